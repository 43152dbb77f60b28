/** Timing helpers: warm-up, then several runs; median, min and max. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median: round(median), min: round(s[0]), max: round(s[s.length - 1]), runs: s.length };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Times `fn` (ms): `warmup` untimed calls, then `runs` timed ones. */
export function time(fn: () => unknown, runs = 5, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

export async function timeAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

/** Samples the heap while work runs (peak of used heap + external), for in-process memory figures. */
export class HeapSampler {
  peak = 0;
  private timer: NodeJS.Timeout | undefined;
  start(everyMs = 20): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    return this;
  }
  sample(): void {
    const m = process.memoryUsage();
    this.peak = Math.max(this.peak, m.heapUsed + m.external + m.arrayBuffers);
  }
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

export function mb(bytes: number): number {
  return round(bytes / (1 << 20), 1);
}
