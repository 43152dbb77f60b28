/**
 * The one manager of Newsmark's worker threads: the corpus's analysis pool (corpus/pool.ts, several workers)
 * and the editor's detector (src/extension/detector.ts, a pool of one) both post their messages through it.
 * It starts workers on demand up to its size, posts each message to the least busy one, hands each message
 * its answer, and owns what can go wrong: a worker that fails or exits answers its messages with undefined
 * (the caller then does the work in its own thread), and after `maxFailures` the pool gives up and answers
 * every message with undefined at once. Workers that have been idle `idleMs` end; they start again on the
 * next message. Plain Node (`node:worker_threads`), no `vscode`.
 *
 * A worker answers each message with exactly one message, in the order received (core/worker/entry.ts does),
 * so answers are matched to messages by order, per worker: no ids.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions<S> {
  /** The worker entry (dist/detectWorker.js, or a test's). */
  workerPath: string;
  /** Workers at most. */
  size: number;
  /** Messages a worker holds at once (posted, not answered); the pool has no room when every worker holds this many. */
  depth?: number;
  /** A worker ends after this long without a message to answer (default: never). */
  idleMs?: number;
  /** Failures (a worker that cannot start, fails or exits) after which the pool gives up. */
  maxFailures?: number;
  /** Per-worker state a caller keeps (what it has told that worker so far), made when the worker starts. */
  state?: () => S;
  log?: (message: string) => void;
  /** How the log names a worker ("an analysis worker"). */
  name?: string;
  /** What the log says when the pool gives up (after the failure that made it). */
  gaveUp?: string;
}

interface Slot<S> {
  worker: Worker;
  /** Answer handlers of the messages posted to this worker, oldest first. */
  waiting: Array<(answer: unknown) => void>;
  state: S;
  idleTimer?: NodeJS.Timeout;
}

/** Worker threads answering messages. `dispose` ends them; an idle worker does not keep the process alive. */
export class WorkerPool<Request, Answer, S = undefined> {
  private readonly slots: Array<Slot<S>> = [];
  private failures = 0;
  private disposed = false;

  constructor(private readonly options: WorkerPoolOptions<S>) {}

  get size(): number {
    return Math.max(1, this.options.size);
  }

  /** Whether the pool has given up (or was disposed): every message is then answered undefined. */
  get closed(): boolean {
    return this.disposed || this.failures >= (this.options.maxFailures ?? 3);
  }

  private get name(): string {
    return this.options.name ?? 'a worker thread';
  }

  /** Workers running now. */
  get running(): number {
    return this.slots.length;
  }

  /**
   * Whether a message posted now would go to a worker holding fewer than `depth` messages (starting one if
   * the pool is below its size). False once the pool is closed: `post` then answers at once.
   */
  hasRoom(): boolean {
    if (this.closed) return false;
    const depth = this.options.depth ?? Infinity;
    return this.slots.length < this.size || this.slots.some((s) => s.waiting.length < depth);
  }

  /** Starts workers ahead of the work, up to `count` running (one by default): the first messages then find them ready. */
  warm(count = 1): void {
    while (!this.closed && this.slots.length < Math.min(count, this.size)) if (!this.start()) return;
  }

  /**
   * Posts the message `make` builds for the chosen worker's state (`make` runs once, synchronously) and
   * resolves to its answer; undefined when no worker could answer it (the pool is closed, or the worker
   * failed or ended first).
   */
  post(make: (state: S) => Request): Promise<Answer | undefined> {
    const slot = this.closed ? undefined : this.pick();
    if (!slot) return Promise.resolve(undefined);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    return new Promise((resolve) => {
      const message = make(slot.state);
      // A busy worker keeps the process alive (a CLI awaiting it must not exit), an idle one does not.
      if (slot.waiting.length === 0) slot.worker.ref();
      slot.waiting.push(resolve as (answer: unknown) => void);
      slot.worker.postMessage(message);
    });
  }

  /** The least busy worker, starting one while the pool is below its size and every worker is busy. */
  private pick(): Slot<S> | undefined {
    let best: Slot<S> | undefined;
    for (const s of this.slots) if (!best || s.waiting.length < best.waiting.length) best = s;
    if ((best && best.waiting.length === 0) || this.slots.length >= this.size) return best;
    return this.start() ?? best;
  }

  private start(): Slot<S> | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerPath);
    } catch (e) {
      this.failed(`${this.name} cannot start: ${String(e)}`);
      return undefined;
    }
    worker.unref();
    const slot: Slot<S> = { worker, waiting: [], state: (this.options.state?.() ?? undefined) as S };
    worker.on('message', (answer: unknown) => {
      const resolve = slot.waiting.shift();
      if (slot.waiting.length === 0) {
        worker.unref();
        this.scheduleIdle(slot);
      }
      resolve?.(answer);
    });
    worker.on('error', (e) => this.lost(slot, `${this.name} failed: ${e.stack ?? String(e)}`));
    worker.on('exit', (code) => this.lost(slot, `${this.name} exited (code ${code})`));
    this.slots.push(slot);
    // A worker started ahead of its work (`warm`) ends too if the work never comes.
    this.scheduleIdle(slot);
    return slot;
  }

  private scheduleIdle(slot: Slot<S>): void {
    const ms = this.options.idleMs;
    if (ms === undefined || this.disposed) return;
    slot.idleTimer = setTimeout(() => {
      if (slot.waiting.length) return;
      this.remove(slot);
      void slot.worker.terminate();
    }, ms);
    slot.idleTimer.unref();
  }

  /** Takes a worker out of the pool; false when it was not in it (ended on purpose, or already lost). */
  private remove(slot: Slot<S>): boolean {
    const i = this.slots.indexOf(slot);
    if (i < 0) return false;
    this.slots.splice(i, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    return true;
  }

  /** A worker is gone: its messages are answered undefined (the caller does their work), another starts on demand. */
  private lost(slot: Slot<S>, why: string): void {
    if (!this.remove(slot)) return;
    void slot.worker.terminate();
    if (!this.disposed) this.failed(why);
    for (const resolve of slot.waiting.splice(0)) resolve(undefined);
  }

  private failed(why: string): void {
    this.failures++;
    const gaveUp = this.failures === (this.options.maxFailures ?? 3);
    this.options.log?.(gaveUp && this.options.gaveUp ? `${why}; ${this.options.gaveUp}` : why);
  }

  /** Ends the workers; the messages they hold are answered undefined. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const slot of this.slots.splice(0)) {
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      void slot.worker.terminate();
      for (const resolve of slot.waiting.splice(0)) resolve(undefined);
    }
  }
}
