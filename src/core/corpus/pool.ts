/**
 * Analysing articles in worker threads, for the first indexing pass: detection and analysis are nearly all
 * of a cold pass, and articles are independent. A worker runs `analyseRequest` and answers the cache entry
 * ready-made (`EntryEncoder`), so the indexing thread only files and decodes it; without a cache, the
 * analysis itself.
 *
 * `AnalysisPool` batches articles to the workers, which the workers' one manager owns (core/worker/workerPool.ts,
 * as for the editor's detector); `AnalysisQueue` feeds it one pass's articles and hands the results back in
 * the order the articles came, so the index is exactly the one indexing them one by one would make. A
 * worker that fails or dies costs nothing but time: its articles come back without a result, and the
 * caller analyses them in its own thread (`setDocument` without a result does).
 *
 * Plain Node (`node:worker_threads`), no `vscode`: the extension, the CLI and the benchmark run it on the
 * bundled worker entry (core/worker/entry.ts, as dist/detectWorker.js, which also serves the editor's detection;
 * the messages are core/worker/protocol.ts's).
 */
import { availableParallelism } from 'node:os';
import { analyseRequests, type AnalysisRequest, type AnalysisResult } from './analyseArticle';
import { EntryEncoder, type AnalysisCache, type ShapeUpdate } from './cache';
import { WorkerPool } from '../worker/workerPool';

/**
 * What the pool posts to a worker: several articles at once. Each message wakes the other thread, which on a
 * loaded machine cost a worker more than copying the article (a CPU profile put an eighth of the workers'
 * time in postMessage with one article per message).
 */
export interface PoolRequest {
  kind: 'analyse';
  requests: Array<{ id: number; request: AnalysisRequest }>;
  /** The cache's shapes the worker's encoder lacks (see `EntryEncoder.sync`). */
  shapes?: ShapeUpdate;
}

/** What a worker answers: one answer per request, in one message. */
export interface PoolAnswer {
  kind: 'analysed';
  answers: Array<{ id: number; result?: AnalysisResult; error?: string }>;
}

const encoder = new EntryEncoder();

/**
 * The worker's side: analyses the requests of a message (a worker entry calls this on each `PoolRequest`), their
 * articles detected together (`analyseRequests`).
 */
export function answerPoolRequest(message: PoolRequest): PoolAnswer {
  if (message.shapes) encoder.sync(message.shapes);
  const answers = analyseRequests(
    message.requests.map((r) => r.request),
    encoder,
  );
  // The index has the text it sent (`setDocument` gives it back): a quarter of a lean analysis' characters
  // (bench articles), which would be copied twice and then dropped.
  for (const a of answers) if (a.result?.lean) a.result.lean.text = '';
  return { kind: 'analysed', answers: message.requests.map(({ id }, k) => ({ id, ...answers[k] })) };
}

/**
 * Workers for a machine with `cores` cores: the indexing thread mostly waits on them, so on two cores both
 * work; on more, one is left to it (and to the editor). At most 4: each worker's heap counts in the
 * process's memory, and reading the articles keeps up with about that many.
 */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores > 2 ? cores - 1 : cores));
}

/**
 * Below this many articles a pool is not worth starting unless asked for: each worker loads and warms up the
 * detector on its own (a worker's first 24 bench articles cost it ~0.6 s of CPU against ~40 ms once its code is
 * compiled; the profile spreads it over the detectors' code, no one list to build once), which a few hundred articles
 * do not pay back. Where it pays depends on idle cores more than on size: `report --json` in new processes
 * (bench/abCli.mjs, 2 cores at load 14-17, 2026-12-07), pool of 2 against one thread: 1,000 articles CPU x1.40,
 * wall x1.40; 3,000 articles CPU x1.29, wall x1.04. On idle cores the pool halves the analysis; on a busy machine
 * its threads find no core and it costs its warm-up.
 */
export const POOL_MIN_ARTICLES = 200;

export interface AnalysisPoolOptions {
  /** The worker entry: a script that answers `PoolRequest`s with `answerPoolRequest`. */
  workerPath: string;
  /** Number of workers (see `defaultPoolSize`). */
  size?: number;
  log?: (message: string) => void;
}

/** Messages a worker holds at once: one running, one waiting, so it never idles on a round trip. */
const DEPTH = 2;
/**
 * Articles per message at most (some tens of milliseconds of work); fewer when fewer are waiting. A worker detects
 * a message's articles as one batch (`analyseRequests`), which pays by the batch's size (bench articles, CPU of
 * detection + analysis against one at a time: 8 articles 0.85, 20 0.79, 50 0.73); 24 keeps DEPTH messages
 * within the queue's window of 64 articles a worker.
 */
const BATCH = 24;
/** After this many workers failed or died, the pool gives up: every request is answered without a result. */
const MAX_FAILURES = 3;

interface Job {
  id: number;
  request: AnalysisRequest;
  cache: AnalysisCache | undefined;
  cancelled?: () => boolean;
  resolve: (result: AnalysisResult | undefined) => void;
}

/** The cache's shape table as one worker knows it. */
interface KnownShapes {
  epoch: number;
  shapes: number;
}

/**
 * Worker threads analysing articles, over the workers' one manager (core/worker/workerPool.ts), which starts,
 * loses and ends them; this class batches the articles and keeps each worker's copy of the cache's shapes
 * up to date. `dispose` ends the workers; they do not keep the process alive.
 */
export class AnalysisPool {
  readonly size: number;
  private readonly workers: WorkerPool<PoolRequest, PoolAnswer, KnownShapes>;
  private readonly queue: Job[] = [];
  private head = 0;
  private nextId = 1;
  private readonly log: ((message: string) => void) | undefined;
  private disposed = false;
  /** Articles the workers analysed, and requests answered without a result (failed, or the pool gave up). */
  analysed = 0;
  failed = 0;

  constructor(options: AnalysisPoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.log = options.log;
    this.workers = new WorkerPool({
      workerPath: options.workerPath,
      size: this.size,
      depth: DEPTH,
      maxFailures: MAX_FAILURES,
      state: () => ({ epoch: -1, shapes: 0 }),
      ...(options.log ? { log: options.log } : {}),
      name: 'an analysis worker',
      gaveUp: 'articles are now analysed in this thread.',
    });
  }

  /**
   * Starts every worker now, ahead of the first article: each loads the detector (about half a second of CPU)
   * while the caller lists and reads the folder, rather than after the first articles are posted.
   */
  warm(): void {
    this.workers.warm(this.size);
  }

  /**
   * Analyses a request in a worker (the entry encoded against `cache`'s shapes when the request asks for it).
   * Resolves undefined when no worker could: the caller analyses the article itself. `cancelled` is asked
   * before the request starts: a cancelled request resolves undefined without running.
   */
  analyse(request: AnalysisRequest, cache?: AnalysisCache, cancelled?: () => boolean): Promise<AnalysisResult | undefined> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, request, cache, resolve, ...(cancelled ? { cancelled } : {}) });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.head < this.queue.length) {
      const job = this.queue[this.head];
      if (this.workers.closed || job.cancelled?.()) {
        this.take();
        if (!job.cancelled?.()) this.failed++;
        job.resolve(undefined);
        continue;
      }
      if (!this.workers.hasRoom()) return;
      // The jobs of one message share the cache whose shapes the worker is sent.
      const jobs: Job[] = [];
      const cache = job.cache;
      while (this.head < this.queue.length && jobs.length < BATCH) {
        const next = this.queue[this.head];
        if (next.cache !== cache) break;
        this.take();
        if (next.cancelled?.()) next.resolve(undefined);
        else jobs.push(next);
      }
      if (!jobs.length) continue;
      void this.workers.post((known) => this.message(jobs, cache, known)).then((answer) => this.answered(jobs, answer));
    }
  }

  /** The message for a worker that knows `known` of the cache's shapes (which it then knows all of). */
  private message(jobs: Job[], cache: AnalysisCache | undefined, known: KnownShapes): PoolRequest {
    const message: PoolRequest = { kind: 'analyse', requests: jobs.map((j) => ({ id: j.id, request: j.request })) };
    if (cache) {
      const update = cache.shapeUpdate(known.epoch, known.shapes);
      if (update.list.length || update.epoch !== known.epoch) message.shapes = update;
      known.epoch = update.epoch;
      known.shapes = update.from + update.list.length;
    }
    return message;
  }

  /** A message's answers (none: its worker failed or ended, so its articles come back without a result). */
  private answered(jobs: Job[], answer: PoolAnswer | undefined): void {
    const results = new Map(answer?.answers.map((a) => [a.id, a]));
    for (const job of jobs) {
      const a = results.get(job.id);
      if (a?.error) this.log?.(`Analysing ${job.request.file} failed in a worker: ${a.error}`);
      if (a && !a.error) this.analysed++;
      else if (!this.disposed) this.failed++;
      job.resolve(a?.result);
    }
    this.dispatch();
  }

  private take(): void {
    this.head++;
    // The queue is consumed from the front: compact it now and then rather than shift each time.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Ends the workers; what they held, and what waits, resolves undefined. */
  dispose(): void {
    this.disposed = true;
    this.workers.dispose();
    this.dispatch();
  }
}

/** What analyses a pass's articles: the pool, or a `BatchAnalyser` in this thread (which waits for `flush`). */
export type Analyser = Pick<AnalysisPool, 'size' | 'analyse'> & { flush?(): void };

/** One article of a pass: its analysis, when one is under way, and what to do with it. */
interface Entry {
  result: Promise<AnalysisResult | undefined> | undefined;
  settled: boolean;
  value: AnalysisResult | undefined;
  apply: (result: AnalysisResult | undefined) => void;
}

/** Articles queued ahead of the one being applied: bounds the memory of results waiting for their turn. */
const WINDOW_PER_WORKER = 64;

/**
 * One pass over articles: each article `add`ed is analysed in the pool when it needs analysing, and handed
 * to its `apply` in the order added, with its result (undefined: analyse it in this thread, which
 * `setDocument` does when given none). After `cancel`, nothing more is applied.
 */
export class AnalysisQueue {
  private readonly entries: Entry[] = [];
  private head = 0;
  private cancelled = false;
  /** The first error an `apply` threw (`done` throws it once the rest is applied). */
  private error: unknown;
  private readonly window: number;
  private readonly isCancelled = () => this.cancelled;

  constructor(
    private readonly pool: Analyser | undefined,
    private readonly cache?: AnalysisCache,
  ) {
    this.window = Math.max(8, (pool?.size ?? 1) * WINDOW_PER_WORKER);
  }

  /**
   * Queues an article: `request` (from `CorpusIndex.analysisRequest`) goes to the pool, and `apply` gets its
   * result in turn; undefined `request` (a cache hit) is applied in turn with no result. Resolves once the
   * queue has room for another article, so a caller reading articles never runs far ahead of the workers.
   */
  async add(request: AnalysisRequest | undefined, apply: (result: AnalysisResult | undefined) => void): Promise<void> {
    if (this.cancelled) return;
    const entry: Entry = { result: undefined, settled: !request || !this.pool, value: undefined, apply };
    if (request && this.pool) {
      entry.result = this.pool.analyse(request, this.cache, this.isCancelled);
      void entry.result.then((value) => {
        entry.value = value;
        entry.settled = true;
        this.drain();
      });
    }
    this.entries.push(entry);
    this.drain();
    while (!this.cancelled && this.entries.length - this.head >= this.window) {
      this.pool?.flush?.();
      await this.entries[this.head].result;
    }
  }

  /** Resolves once every article added is applied (or the queue is cancelled). */
  async done(): Promise<void> {
    this.pool?.flush?.();
    while (!this.cancelled && this.head < this.entries.length) await this.entries[this.head].result;
    if (this.error !== undefined) throw this.error;
  }

  /** Drops the articles not applied yet; those the pool has not started are not analysed. */
  cancel(): void {
    this.cancelled = true;
    this.entries.length = 0;
    this.head = 0;
  }

  private drain(): void {
    while (!this.cancelled && this.head < this.entries.length && this.entries[this.head].settled) {
      const e = this.entries[this.head];
      this.entries[this.head++] = undefined as unknown as Entry;
      try {
        e.apply(e.value);
      } catch (err) {
        this.error ??= err;
      }
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
  }
}
