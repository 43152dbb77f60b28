/**
 * TIMEX3 scores with exactly the rules of the public corpora's README: strict and relaxed span P/R/F1
 * over all TIMEX3 types, and value F1 over spans paired one to one, largest overlap first.
 */
import type { EvalSpan } from './corpus';
import { pairByOverlap, sameSpan, overlaps, spanCounts, type SpanCounts } from './spanScore';

export interface TimexCounts {
  strict: SpanCounts;
  relaxed: SpanCounts;
  /** matchedSystem = matchedGold = pairs whose values agree; system and gold are all spans. */
  value: SpanCounts;
}

/** Gold values compared at their own granularity: the system value cut to their length must equal them. */
const GRANULAR = /^(?:\d{4}|\d{4}-\d{2}|\d{4}-W\d{2}|\d{4}-\d{2}-\d{2})$/;

const UNIT_MINUTES: Record<string, number> = { Y: 525600, M: 43800, W: 10080, D: 1440, H: 60, TM: 1, S: 1 / 60 };

/**
 * Minutes of an ISO-8601 duration with numbers only ("P3D", "PT1H30M", "PT30.4S", "P1.5Y"); null for any
 * other value ("PXD", "P1DT", a date). A month is 43,800 minutes and a year 525,600, as in the model.
 */
export function isoDurationMinutes(value: string): number | null {
  const m =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      value,
    );
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const units = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];
  let total = 0;
  units.forEach((u, k) => {
    if (m[k + 1] !== undefined) total += Number(m[k + 1]) * UNIT_MINUTES[u];
  });
  return total;
}

/**
 * True when a system value agrees with a gold value: at gold's granularity for YYYY, YYYY-MM, YYYY-Www and
 * YYYY-MM-DD; otherwise equal, or, for durations, the same minutes within 0.1%.
 */
export function valueAgrees(gold: string, system: string, systemMinutes?: number): boolean {
  if (GRANULAR.test(gold)) return system.slice(0, gold.length) === gold;
  if (gold === system) return true;
  const g = isoDurationMinutes(gold);
  if (g === null) return false;
  const s = systemMinutes ?? isoDurationMinutes(system);
  if (s === null || s === undefined) return false;
  return g === 0 ? s === 0 : Math.abs(s - g) <= 0.001 * g;
}

/** Strict, relaxed and value counts of one document. */
export function scoreTimex(gold: readonly EvalSpan[], system: readonly EvalSpan[]): TimexCounts {
  const pairs = pairByOverlap(gold, system);
  const right = pairs.filter(([gi, si]) => valueAgrees(gold[gi].value, system[si].value, system[si].minutes)).length;
  return {
    strict: spanCounts(gold, system, sameSpan),
    relaxed: spanCounts(gold, system, overlaps),
    value: { matchedSystem: right, system: system.length, matchedGold: right, gold: gold.length },
  };
}
