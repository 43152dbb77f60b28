/**
 * Position look-ups for the per-article analysis: binary searches over sorted offsets and spans, so that
 * placing an item (date, place, person, count) in its sentence and clause costs O(log n), not a scan of the
 * sentence. A one-line article of megabytes is one sentence; a scan per item there is quadratic.
 */

/** The first index in [lo, hi) at which `pred` holds, for a `pred` that is false then true over the range. */
export function firstIndex(lo: number, hi: number, pred: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first value >= x in ascending `values`, or values.length. */
export function firstAtLeast(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when an ascending list of offsets holds one in [from, to). */
export function anyInRange(values: readonly number[], from: number, to: number): boolean {
  const i = firstAtLeast(values, from);
  return i < values.length && values[i] < to;
}

/** Spans answering "does any of them overlap [start, end)?" in O(log n). */
export class OverlapIndex {
  private readonly starts: number[];
  /** maxEnd[i]: the largest end among the spans with the i+1 smallest starts. */
  private readonly maxEnd: number[];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let m = -Infinity;
    for (const s of sorted) this.maxEnd.push((m = Math.max(m, s.end)));
  }

  /** Same answer as `spans.some((s) => s.start < end && start < s.end)`. */
  overlaps(start: number, end: number): boolean {
    const k = firstAtLeast(this.starts, end); // spans [0, k) start before `end`
    return k > 0 && this.maxEnd[k - 1] > start;
  }
}

/** What the antecedent search needs of a mention. */
export interface AnaphoraMention {
  index: number;
  sentence: number;
  ordinal?: { n: number };
}

/**
 * Earlier anchored mentions (dated or placed, same anaphora group) that `m` may refer back to, nearest first:
 * those at most three real sentences back (`realBefore[i]`: real sentences up to and including sentence i),
 * with no conflicting ordinal. `anchored` holds the candidates' mention indices, ascending. The walk stops at
 * the first candidate too far back, so it visits the answer and one more, whatever the sentence lengths.
 */
export function antecedentsOf(m: AnaphoraMention, anchored: readonly number[], mentions: readonly AnaphoraMention[], realBefore: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let k = firstAtLeast(anchored, m.index) - 1; k >= 0; k--) {
    const prev = mentions[anchored[k]];
    if (realBefore[m.sentence] - realBefore[prev.sentence] > 3) break;
    if (m.ordinal && prev.ordinal && m.ordinal.n !== prev.ordinal.n) continue;
    out.push(prev.index);
  }
  return out;
}
