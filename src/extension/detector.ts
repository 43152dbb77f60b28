import { join } from 'node:path';
import type * as vscode from 'vscode';
import { detect } from '../core/detect/index';
import type { DetectOptions } from '../core/detect/index';
import type { Detections } from '../core/model';
import type { DetectRequest, WorkerAnswer } from '../core/worker/protocol';
import { WorkerPool } from '../core/worker/workerPool';

/**
 * From this many UTF-16 units on, `prepare` detects in a worker thread: below it, detection takes a few
 * milliseconds, less than sending the text to the worker and back.
 */
export const WORKER_MIN_CHARS = 20_000;
/** Texts remembered with their detections: the open articles being edited, not the whole corpus. */
const MEMO_SIZE = 8;
/** The worker ends after this long without work (it is started again on the next large text). */
const WORKER_IDLE_MS = 120_000;
/** After this many crashes the worker is not started again: detection runs in the extension host. */
const MAX_WORKER_FAILURES = 3;

interface Memo {
  text: string;
  key: string;
  result: Detections;
}

interface Job {
  id: number;
  text: string;
  key: string;
  options: DetectOptions;
  waiters: Array<(ready: boolean) => void>;
}

function optionsKey(options: DetectOptions): string {
  return JSON.stringify([options.published ?? null, options.language ?? null, options.registry ?? [], options.knownNames ?? []]);
}

/**
 * The detector the sessions and the corpus index share: one detection per text (and publication date and
 * registry) serves the editor's suggestions and the index. `prepare` gets a large text detected in a
 * worker thread, so neither a keystroke nor the extension host waits for it; `detect` is the synchronous
 * path core calls, which answers from what was prepared or detects on the spot.
 *
 * The worker is a pool of one over the workers' one manager (core/worker/workerPool.ts), which starts it on
 * demand, ends it when idle, and gives up on it after repeated crashes; a text it could not answer is
 * detected here.
 */
export class Detector implements vscode.Disposable {
  private readonly memo: Memo[] = [];
  private readonly worker: WorkerPool<DetectRequest, WorkerAnswer>;
  private nextId = 1;
  /** Per channel (an article): the job the worker runs and the one waiting behind it. */
  private readonly channels = new Map<string, { running?: Job; queued?: Job }>();
  private disposed = false;
  /** Texts detected in this thread (by `detect`, `detectOnce` or `prepare`). */
  detections = 0;
  /** Texts the worker thread detected (for tests: a worker that keeps failing would go unnoticed otherwise). */
  workerDetections = 0;

  constructor(
    private readonly log: (message: string) => void = () => undefined,
    workerPath = join(__dirname, 'detectWorker.js'),
  ) {
    this.worker = new WorkerPool({
      workerPath,
      size: 1,
      idleMs: WORKER_IDLE_MS,
      maxFailures: MAX_WORKER_FAILURES,
      log: (m) => this.log(m),
      name: 'the detection worker',
      gaveUp: 'large articles are now detected in the extension host.',
    });
  }

  /** Detections of a text: remembered, so the next caller with the same inputs gets them for free. */
  readonly detect = (text: string, options: DetectOptions = {}): Detections => {
    const key = optionsKey(options);
    const known = this.lookup(text, key);
    if (known) return known;
    this.detections++;
    const result = detect(text, options);
    this.remember(text, key, result);
    return result;
  };

  /** Like `detect`, but does not remember (the corpus's first pass goes through every article once). */
  readonly detectOnce = (text: string, options: DetectOptions = {}): Detections => {
    const known = this.lookup(text, optionsKey(options));
    if (known) return known;
    this.detections++;
    return detect(text, options);
  };

  /** Whether `detect` would answer without detecting. */
  has(text: string, options: DetectOptions = {}): boolean {
    return this.lookup(text, optionsKey(options)) !== undefined;
  }

  /**
   * Makes the detections of `text` ready for `detect` without blocking the extension host: a large text
   * goes to the worker thread, a small one is detected on a later turn of the event loop. Resolves true
   * once ready, false when a newer request on the same `channel` (an article) superseded this one (or
   * detection failed, which the log tells).
   * Without a worker (it crashed, or cannot start) the text is detected here: it is slower, never wrong.
   */
  prepare(text: string, options: DetectOptions, channel: string): Promise<boolean> {
    const key = optionsKey(options);
    if (this.lookup(text, key)) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const state = this.channels.get(channel) ?? {};
      this.channels.set(channel, state);
      const same = (j: Job | undefined) => j !== undefined && j.text === text && j.key === key;
      if (same(state.running)) return void state.running!.waiters.push(resolve);
      if (same(state.queued)) return void state.queued!.waiters.push(resolve);
      const job: Job = { id: this.nextId++, text, key, options, waiters: [resolve] };
      if (state.queued) for (const w of state.queued.waiters) w(false);
      state.queued = job;
      if (!state.running) this.startNext(channel);
    });
  }

  /**
   * Starts the worker ahead of the work it will get (a large article was opened), and has it detect `sample`
   * once, answer unused: a fresh thread runs detection several times slower until V8 has compiled it.
   */
  warmUp(sample?: string): void {
    if (this.disposed) return;
    this.worker.warm();
    if (sample && this.worker.running) void this.worker.post(() => ({ kind: 'detect', id: -this.nextId++, text: sample, options: {} }));
  }

  private startNext(channel: string): void {
    const state = this.channels.get(channel);
    const job = state?.queued;
    if (!state || !job) {
      this.channels.delete(channel);
      return;
    }
    state.queued = undefined;
    state.running = job;
    if (job.text.length >= WORKER_MIN_CHARS && !this.worker.closed) {
      void this.worker
        .post(() => ({ kind: 'detect', id: job.id, text: job.text, options: job.options }))
        .then((answer) => {
          const detected = answer?.kind === 'detected' ? answer : undefined;
          if (detected?.error) this.log(`Detection failed in the worker: ${detected.error}`);
          else if (detected?.result) this.workerDetections++;
          // A text the worker could not detect (an error, or the worker is gone) is detected here, where the
          // error reaches the log as before.
          this.finish(channel, job, detected?.result ?? this.detectHere(job));
        });
    } else {
      setImmediate(() => this.finish(channel, job, this.detectHere(job)));
    }
  }

  private detectHere(job: Job): Detections | undefined {
    if (this.disposed) return undefined;
    try {
      const known = this.lookup(job.text, job.key);
      if (known) return known;
      this.detections++;
      return detect(job.text, job.options);
    } catch (e) {
      this.log(`Detection failed: ${(e as Error).stack ?? String(e)}`);
      return undefined;
    }
  }

  private finish(channel: string, job: Job, result: Detections | undefined): void {
    if (result) this.remember(job.text, job.key, result);
    const state = this.channels.get(channel);
    if (state?.running === job) state.running = undefined;
    for (const w of job.waiters) w(result !== undefined);
    if (!this.disposed) this.startNext(channel);
  }

  private lookup(text: string, key: string): Detections | undefined {
    for (let i = this.memo.length - 1; i >= 0; i--) {
      const m = this.memo[i];
      if (m.key === key && m.text === text) return m.result;
    }
    return undefined;
  }

  private remember(text: string, key: string, result: Detections): void {
    const i = this.memo.findIndex((m) => m.key === key && m.text === text);
    if (i >= 0) this.memo.splice(i, 1);
    this.memo.push({ text, key, result });
    if (this.memo.length > MEMO_SIZE) this.memo.shift();
  }

  dispose(): void {
    this.disposed = true;
    // The jobs the worker holds are answered undefined: their waiters hear false (see startNext, detectHere).
    this.worker.dispose();
    for (const state of this.channels.values()) for (const w of state.queued?.waiters ?? []) w(false);
    this.channels.clear();
    this.memo.length = 0;
  }
}
