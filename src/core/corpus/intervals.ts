/**
 * Claimed values as ranges. Two sources agree on a value when their ranges overlap: "quatre heures"
 * (about 3h45–4h15) agrees with "plus de quatre heures" but not with "cinq heures".
 */
import type { DurationMention, DurationQualifier } from '../model';

/** A closed range of numbers (minutes for durations, counts for counts). */
export interface Range {
  lo: number;
  hi: number;
}

const UNIT_MINUTES: Record<DurationMention['unit'], number> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  month: 43200,
  year: 525600,
};

/**
 * The step a value was rounded to: "quatre heures" is rounded to the hour, "quatre heures et demie"
 * to the half hour, "90 minutes" to ten minutes, "6h30" to the half hour.
 */
export function granularity(value: number, unitSize: number): number {
  const steps = unitSize === 1 ? [60, 30, 15, 10, 5, 1] : [unitSize, unitSize / 2, unitSize / 4, unitSize / 12, unitSize / 60];
  for (const step of steps) {
    if (step > 0 && Math.abs(value / step - Math.round(value / step)) < 1e-9) return step;
  }
  return Math.max(1, unitSize / 60);
}

/**
 * The range a stated value covers given its qualifier and precision.
 * - exact: ± a quarter of the rounding step (4h -> 3h45–4h15; 4h30 -> 4h22–4h37);
 * - about: twice that;
 * - almost: a little under, down to the larger of two rounding tolerances and 10 %;
 * - more-than: from the value up to a bound (the larger of one step and 25 %, so "plus de quatre heures" stops at 5h);
 * - less-than: from the larger of one step and 50 % below, up to the value.
 */
export function valueRange(value: number, qualifier: DurationQualifier, unitSize = 1): Range {
  const step = granularity(value, unitSize);
  const tol = step / 4;
  switch (qualifier) {
    case 'exact':
      return { lo: value - tol, hi: value + tol };
    case 'about':
      return { lo: value - 2 * tol, hi: value + 2 * tol };
    case 'almost':
      return { lo: value - Math.max(2 * tol, 0.1 * value), hi: value };
    case 'more-than':
      return { lo: value, hi: value + Math.max(step, 0.25 * value) };
    case 'less-than':
      return { lo: Math.max(0, value - Math.max(step, 0.5 * value)), hi: value };
  }
}

/** The range of a detected duration, in minutes. */
export function durationRange(d: Pick<DurationMention, 'minutes' | 'unit' | 'qualifier'>): Range {
  return valueRange(d.minutes, d.qualifier, UNIT_MINUTES[d.unit] ?? 1);
}

/** True when the two ranges share at least one point. */
export function rangesOverlap(a: Range, b: Range): boolean {
  const eps = 1e-9;
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/** ISO-8601 duration text of a number of minutes ("PT6H30M", "P3D"), the normalised value shown to users. */
export function isoDuration(minutes: number): string {
  if (minutes % 1440 === 0 && minutes > 0) return `P${minutes / 1440}D`;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/** A qualifier prefix for display ("> ", "≈ ", "< "). */
export function qualifierSymbol(q: DurationQualifier): string {
  return q === 'more-than' ? '>' : q === 'less-than' || q === 'almost' ? '<' : q === 'about' ? '≈' : '';
}

function epochDay(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86400000);
}

/** The days a date stands for, as epoch days: a day, a month (YYYY-MM) or a year. */
export function dateRange(value: string): Range | undefined {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return { lo: epochDay(value), hi: epochDay(value) };
  if (/^\d{4}-\d\d$/.test(value)) {
    const [y, mo] = value.split('-').map(Number);
    return { lo: epochDay(`${value}-01`), hi: epochDay(`${value}-01`) + new Date(Date.UTC(y, mo, 0)).getUTCDate() - 1 };
  }
  if (/^\d{4}$/.test(value)) return { lo: epochDay(`${value}-01-01`), hi: epochDay(`${value}-12-31`) };
  return undefined;
}

/**
 * A count's range, one rule in French and English: a figure ± ¼ of its rounding step; "environ", "about" ± that or
 * 10 % if wider; "près de", "nearly" that width below only ("environ 150" 135–165, "près de 200" 175–200 disagree).
 */
export function countRange(value: number, qualifier: string): Range {
  const step = [1000, 100, 10, 5, 1].find((s) => value % s === 0 && value >= s * 2) ?? 1;
  const tol = step === 1 ? 0 : step / 4;
  const loose = Math.max(tol, 0.1 * value);
  switch (qualifier) {
    case 'about':
      return { lo: value - loose, hi: value + loose };
    case 'almost':
      return { lo: value - loose, hi: value };
    case 'more-than':
      return { lo: value, hi: value + Math.max(step, 0.5 * value) };
    case 'less-than':
      return { lo: Math.max(0, value - Math.max(step, 0.5 * value)), hi: value };
    case 'several':
      return { lo: value, hi: 5 * value - 1 };
    default:
      return { lo: value - tol, hi: value + tol };
  }
}
