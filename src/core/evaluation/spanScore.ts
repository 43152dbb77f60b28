/**
 * Span scores of the public corpora's README (TempEval-3 style): strict = identical start and end,
 * relaxed = any overlap. Precision counts the system's spans that match some gold span, recall the gold
 * spans that some system span matches (not one to one: one long system span over two gold spans counts
 * once for precision and twice for recall, as in the TempEval-3 scorer).
 */
import type { EvalSpan } from './corpus';

/** Matched and total counts on each side; P = matchedSystem / system, R = matchedGold / gold. */
export interface SpanCounts {
  matchedSystem: number;
  system: number;
  matchedGold: number;
  gold: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const zeroCounts = (): SpanCounts => ({ matchedSystem: 0, system: 0, matchedGold: 0, gold: 0 });

/** Adds `b` into `a` and returns `a`. */
export function addSpanCounts(a: SpanCounts, b: SpanCounts): SpanCounts {
  a.matchedSystem += b.matchedSystem;
  a.system += b.system;
  a.matchedGold += b.matchedGold;
  a.gold += b.gold;
  return a;
}

/** Precision, recall and F1 of counts; an empty side scores 1 (nothing to get wrong), F1 0 when both are 0. */
export function prf(c: SpanCounts): Prf {
  const precision = c.system ? c.matchedSystem / c.system : 1;
  const recall = c.gold ? c.matchedGold / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

type Span = Pick<EvalSpan, 'start' | 'end'>;
export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Counts of `system` against `gold` under a span relation (`sameSpan` for strict, `overlaps` for relaxed). */
export function spanCounts(gold: readonly Span[], system: readonly Span[], match: (g: Span, s: Span) => boolean): SpanCounts {
  return {
    matchedSystem: system.filter((s) => gold.some((g) => match(g, s))).length,
    system: system.length,
    matchedGold: gold.filter((g) => system.some((s) => match(g, s))).length,
    gold: gold.length,
  };
}

/**
 * Pairs system and gold spans one to one, the largest overlap first (ties: the earlier gold span, then the
 * earlier system span): the pairing value F1 is computed on. Returns [goldIndex, systemIndex] pairs.
 */
export function pairByOverlap(gold: readonly Span[], system: readonly Span[]): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const n = overlapLength(g, s);
      if (n > 0) candidates.push([n, gi, si]);
    }),
  );
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, gi, si] of candidates) {
    if (usedG.has(gi) || usedS.has(si)) continue;
    usedG.add(gi);
    usedS.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}
