/**
 * Analysing articles in worker threads, for the first indexing pass: detection and analysis are nearly all
 * of a cold pass, and articles are independent. A worker runs `analyseRequest` and answers the cache entry
 * ready-made (`EntryEncoder`), so the indexing thread only files and decodes it; without a cache, the
 * analysis itself.
 *
 * `AnalysisPool` owns the workers; `AnalysisQueue` feeds it one pass's articles and hands the results back in
 * the order the articles came, so the index is exactly the one indexing them one by one would make. A
 * worker that fails or dies costs nothing but time: its articles come back without a result, and the
 * caller analyses them in its own thread (`setDocument` without a result does).
 *
 * Plain Node (`node:worker_threads`), no `vscode`: the extension, the CLI and the benchmark run it on the
 * bundled worker entry (core/worker/entry.ts, as dist/detectWorker.js, which also serves the editor's detection;
 * the messages are core/worker/protocol.ts's).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseRequest, type AnalysisRequest, type AnalysisResult } from './analyseArticle';
import { EntryEncoder, type AnalysisCache, type ShapeUpdate } from './cache';

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

/** The worker's side: analyses the requests of a message (a worker entry calls this on each `PoolRequest`). */
export function answerPoolRequest(message: PoolRequest): PoolAnswer {
  if (message.shapes) encoder.sync(message.shapes);
  return {
    kind: 'analysed',
    answers: message.requests.map(({ id, request }) => {
      try {
        return { id, result: analyseRequest(request, encoder) };
      } catch (e) {
        return { id, error: (e as Error).stack ?? String(e) };
      }
    }),
  };
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
 * detector on its own (bench: about a second of CPU for two workers), which a few hundred articles at about
 * a millisecond each do not pay back.
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
/** Articles per message at most (a few milliseconds of work); fewer when fewer are waiting. */
const BATCH = 8;
/** After this many workers failed or died, the pool gives up: every request is answered without a result. */
const MAX_FAILURES = 3;

interface Job {
  id: number;
  request: AnalysisRequest;
  cache: AnalysisCache | undefined;
  cancelled?: () => boolean;
  resolve: (result: AnalysisResult | undefined) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Messages posted and not answered yet. */
  batches: number;
  /** The cache's shape table as this worker knows it. */
  epoch: number;
  shapes: number;
}

/** Worker threads analysing articles. `dispose` ends them; they do not keep the process alive. */
export class AnalysisPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private head = 0;
  private nextId = 1;
  private failures = 0;
  private disposed = false;
  /** Articles the workers analysed, and requests answered without a result (failed, or the pool gave up). */
  analysed = 0;
  failed = 0;

  constructor(private readonly options: AnalysisPoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
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
      if (this.disposed || this.failures >= MAX_FAILURES || job.cancelled?.()) {
        this.take();
        if (!job.cancelled?.()) this.failed++;
        job.resolve(undefined);
        continue;
      }
      const slot = this.freeSlot();
      if (!slot) {
        // No worker at all: starting one failed (counted), so try again until the pool gives up.
        if (this.slots.length) return;
        continue;
      }
      // The jobs of one message share the cache whose shapes the worker is sent.
      const message: PoolRequest = { kind: 'analyse', requests: [] };
      const cache = job.cache;
      while (this.head < this.queue.length && message.requests.length < BATCH) {
        const next = this.queue[this.head];
        if (next.cache !== cache) break;
        this.take();
        if (next.cancelled?.()) {
          next.resolve(undefined);
          continue;
        }
        message.requests.push({ id: next.id, request: next.request });
        slot.jobs.set(next.id, next);
      }
      if (!message.requests.length) continue;
      if (cache) {
        const update = cache.shapeUpdate(slot.epoch, slot.shapes);
        if (update.list.length || update.epoch !== slot.epoch) message.shapes = update;
        slot.epoch = update.epoch;
        slot.shapes = update.from + update.list.length;
      }
      // A busy worker keeps the process alive (a CLI awaiting it must not exit), an idle one does not.
      if (slot.batches++ === 0) slot.worker.ref();
      slot.worker.postMessage(message);
    }
  }

  private take(): void {
    this.head++;
    // The queue is consumed from the front: compact it now and then rather than shift each time.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** The least busy worker with room, starting workers up to `size`. */
  private freeSlot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (s.batches < DEPTH && (!best || s.batches < best.batches)) best = s;
    if (best?.batches === 0 || this.slots.length >= this.size) return best;
    return this.start() ?? best;
  }

  private start(): Slot | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerPath);
    } catch (e) {
      this.failures++;
      this.options.log?.(`an analysis worker cannot start: ${String(e)}`);
      return undefined;
    }
    worker.unref();
    const slot: Slot = { worker, jobs: new Map(), batches: 0, epoch: -1, shapes: 0 };
    worker.on('message', (message: PoolAnswer) => {
      if (--slot.batches === 0) worker.unref();
      for (const answer of message.answers) {
        const job = slot.jobs.get(answer.id);
        if (!job) continue;
        slot.jobs.delete(answer.id);
        if (answer.error) {
          this.options.log?.(`Analysing ${job.request.file} failed in a worker: ${answer.error}`);
          this.failed++;
        } else this.analysed++;
        job.resolve(answer.result);
      }
      this.dispatch();
    });
    worker.on('error', (e) => this.lost(slot, `an analysis worker failed: ${e.stack ?? String(e)}`));
    worker.on('exit', (code) => this.lost(slot, `an analysis worker exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** A worker is gone: what it held comes back without a result (the caller analyses it), and another starts on demand. */
  private lost(slot: Slot, why: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (this.disposed) return;
    this.failures++;
    this.options.log?.(this.failures >= MAX_FAILURES ? `${why}; articles are now analysed in this thread.` : why);
    for (const job of slot.jobs.values()) {
      this.failed++;
      job.resolve(undefined);
    }
    slot.jobs.clear();
    this.dispatch();
  }

  /** Ends the workers; what they held, and what waits, resolves undefined. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) {
      void s.worker.terminate();
      for (const job of s.jobs.values()) job.resolve(undefined);
      s.jobs.clear();
    }
    this.dispatch();
  }
}

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
    private readonly pool: AnalysisPool | undefined,
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
    while (!this.cancelled && this.entries.length - this.head >= this.window) await this.entries[this.head].result;
  }

  /** Resolves once every article added is applied (or the queue is cancelled). */
  async done(): Promise<void> {
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
