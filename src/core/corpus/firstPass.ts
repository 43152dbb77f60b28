/**
 * The first indexing pass over a folder, the one loop the CLI (`report`, `export`, `detect --workspace`) and the
 * extension's `CorpusService` both run: what was listed is read (a few articles ahead), each article the cache
 * lacks is analysed (in the worker pool, or in this thread a batch at a time), and every article is filed into the
 * index in the order listed, so the index is exactly the one filing them one by one would make. The caller says how
 * to read an item, what to do once it is filed (progress, streaming), when to stop and when to let its thread breathe.
 *
 * Plain TypeScript over `AnalysisPool` / `BatchAnalyser` / `AnalysisQueue` (pool.ts, batchAnalyser.ts); no `vscode`.
 */
import type { CorpusIndex, DocumentOptions } from './corpusIndex';
import type { AnalysisResult } from './analyseArticle';
import type { AnalysisCache } from './cache';
import { AnalysisPool, AnalysisQueue, defaultPoolSize, POOL_MIN_ARTICLES, type Analyser } from './pool';
import { BatchAnalyser } from './batchAnalyser';

/** One article of a pass as read, ready to be filed. */
export interface PassArticle {
  file: string;
  text: string;
  options?: DocumentOptions;
}

/** How a pass analyses what the cache lacks: worker threads, or this thread a batch at a time. */
export interface PassAnalysis {
  /** Worker threads (0: none; undefined or negative: `defaultPoolSize()` from `POOL_MIN_ARTICLES` articles on, when `workerPath` is given). */
  workers?: number;
  /** The pool's worker entry (dist/detectWorker.js); without one, no pool. */
  workerPath?: string;
  /** The in-thread batches' bound (`BatchAnalyser`; default `DETECT_BATCH`). */
  batch?: { texts: number; chars: number };
  /**
   * Start every worker at once, ahead of the first article (for a pass that analyses everything: no cache), so they
   * load while the caller reads; otherwise each starts on its first message, which a pass of cache hits never posts.
   */
  warm?: boolean;
  log?: (message: string) => void;
}

/** What analyses a pass's articles, chosen for its size. */
export class PassAnalyser {
  readonly pool: AnalysisPool | undefined;
  readonly inThread: BatchAnalyser | undefined;

  constructor(articles: number, options: PassAnalysis = {}) {
    const workers = passWorkers(articles, options);
    this.pool = workers > 0 ? new AnalysisPool({ workerPath: options.workerPath!, size: workers, ...(options.log ? { log: options.log } : {}) }) : undefined;
    if (options.warm) this.pool?.warm();
    this.inThread = this.pool ? undefined : new BatchAnalyser(options.batch);
  }

  get analyser(): Analyser {
    return this.pool ?? this.inThread!;
  }

  /** Workers the pass had (0: in this thread), articles they analysed, and those that came back to this thread after a failure. */
  get stats(): { workers: number; analysed: number; failed: number } {
    return { workers: this.pool?.size ?? 0, analysed: this.pool?.analysed ?? 0, failed: this.pool?.failed ?? 0 };
  }

  dispose(): void {
    this.pool?.dispose();
  }
}

/** Worker threads for a pass over `articles` articles (see `PassAnalysis.workers`). */
export function passWorkers(articles: number, options: PassAnalysis): number {
  if (!options.workerPath) return 0;
  if (options.workers !== undefined && options.workers >= 0) return Math.floor(options.workers);
  return articles >= POOL_MIN_ARTICLES ? defaultPoolSize() : 0;
}

/** A pass's cancellation: asked between articles; `onCancelled` stops the pass at once (articles not filed yet are dropped). */
export interface PassCancellation {
  isCancelled(): boolean;
  onCancelled?(stop: () => void): { dispose(): void };
}

export interface FirstPassOptions<T, R extends PassArticle> {
  /** None: the items are only read and handed to `filed` in order (a CLI format that needs no analysis). */
  index: CorpusIndex | undefined;
  /** What was listed, in the order the index files it. */
  items: readonly T[];
  /** Reads an item; undefined: nothing to file (unreadable, skipped, unchanged). Runs up to `readAhead` items ahead. */
  read(item: T): Promise<R | undefined>;
  /** Items read ahead of the one being filed (default 16: each read mostly waits on the disk). */
  readAhead?: number;
  /** What analyses the articles (none: the index analyses each as it files it). */
  analysis?: PassAnalyser;
  /** The index's cache (the pool's workers then answer with its entries). */
  cache?: AnalysisCache;
  /** Files an article (default: `index.setDocument`). */
  file?(article: R, result: AnalysisResult | undefined): void;
  /** Called for each item in the order listed once it is filed (`article` undefined when `read` gave nothing); awaited. */
  filed?(article: R | undefined, item: T): Promise<void> | void;
  cancellation?: PassCancellation;
  /** Awaited after each item: lets the caller's thread breathe (the extension host). */
  between?(): Promise<void>;
  /**
   * Articles analysed apart from the in-thread batches (the extension's large articles, detected in its detection
   * worker, which the host must not wait on): `prepare` resolves once the index can analyse the article quickly,
   * which it then does as it files it. Not used with a pool.
   */
  apart?: { wants(article: R): boolean; prepare(article: R): Promise<void> };
}

/** How a pass ended: items filed (read or not) of those listed, and whether it was cancelled. */
export interface FirstPassResult {
  filed: number;
  cancelled: boolean;
}

/**
 * Runs a first pass (see the file's comment). The caller owns `analysis` (`dispose` it after, which ends the
 * workers). Throws what `file` or `filed` threw, once the pass stopped.
 */
export async function firstPass<T, R extends PassArticle>(options: FirstPassOptions<T, R>): Promise<FirstPassResult> {
  const { index, items, analysis } = options;
  const queue = new AnalysisQueue(analysis?.analyser, options.cache);
  const cancelled = () => options.cancellation?.isCancelled() ?? false;
  const stop = options.cancellation?.onCancelled?.(() => queue.cancel());
  const file = options.file ?? ((a: R, result: AnalysisResult | undefined) => index?.setDocument(a.file, a.text, a.options, result));
  const readAhead = Math.max(1, options.readAhead ?? 16);
  const reads: Array<Promise<R | undefined> | undefined> = [];
  const ready: Array<{ article: R | undefined; item: T; result: AnalysisResult | undefined }> = [];
  let filed = 0;
  // Filed and told one at a time, and no more once the pass is cancelled: a batch answers several articles at
  // once, and a pass stopped at its first article must not then file or report the batch's others.
  const flushFiled = async () => {
    while (ready.length > 0 && !cancelled()) {
      const r = ready.shift()!;
      if (r.article && index) file(r.article, r.result);
      filed++;
      await options.filed?.(r.article, r.item);
    }
  };
  try {
    for (let i = 0; i < items.length && !cancelled(); i++) {
      for (let k = i; k < Math.min(items.length, i + readAhead); k++) reads[k] ??= handled(options.read(items[k]));
      const article = await reads[i];
      reads[i] = undefined;
      const item = items[i];
      const request = article && index?.analysisRequest(article.file, article.text, article.options);
      const done = (result?: AnalysisResult) => void ready.push({ article, item, result });
      if (article && request && analysis?.inThread && options.apart?.wants(article)) {
        // What waits in the batch is analysed first: the work follows the order listed.
        analysis.inThread.flush();
        await options.apart.prepare(article);
        await queue.add(undefined, () => done());
      } else await queue.add(request, done);
      await flushFiled();
      await options.between?.();
    }
    if (!cancelled()) await queue.done();
    await flushFiled();
  } finally {
    stop?.dispose();
  }
  return { filed, cancelled: cancelled() };
}

/**
 * A read started ahead, marked handled: if it fails before the pass awaits it, that is not an unhandled rejection
 * (which would end the process); the pass still gets the failure when it awaits it.
 */
function handled<V>(p: Promise<V>): Promise<V> {
  void p.catch(() => undefined);
  return p;
}
