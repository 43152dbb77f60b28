/**
 * Dates as constraints on the day an event happened: weekdays, partial dates, candidates.
 */
import type { DateMention } from '../model';
import type { DateConstraint } from './analysisTypes';

const WEEKDAYS: Record<string, number> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

// Regular expressions with \p{…} live at module level: esbuild turns such a literal into `new RegExp(…)`,
// which would be built again at every call.
const WEEKDAY = /(?<![\p{L}])(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])/iu;
const WEEKDAY_HINTS = Object.keys(WEEKDAYS).every((d) => d.includes('di') || d.includes('day')) ? ['di', 'day'] : undefined;

/** The weekday named in a text ("ce jeudi matin" -> 4), if any. */
export function weekdayIn(text: string): number | undefined {
  // Most dates name no weekday: every name holds "di" or "day", which lower-casing keeps (the pattern ignores case).
  if (WEEKDAY_HINTS) {
    const lower = text.toLowerCase();
    if (!WEEKDAY_HINTS.some((h) => lower.includes(h))) return undefined;
  }
  const m = WEEKDAY.exec(text);
  return m ? WEEKDAYS[m[1].toLowerCase()] : undefined;
}

/** Weekday (0 = Sunday) of an ISO day. */
export function weekdayOf(day: string): number {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`).getUTCDay();
}

/** Turns a detected date into a constraint on the event day; undefined for times of day. */
export function dateConstraint(d: DateMention): DateConstraint | undefined {
  if (d.precision === 'time') return undefined;
  const c: DateConstraint = { start: d.start, end: d.end, text: d.text };
  const wd = weekdayIn(d.text);
  if (wd !== undefined) c.weekday = wd;
  const value = d.value ?? '';
  if (d.candidates && d.candidates.length > 1) {
    c.candidates = d.candidates.map((x) => x.slice(0, 10));
    return c;
  }
  if (/^\d{4}-\d\d-\d\d/.test(value) && (d.precision === 'day' || d.precision === 'datetime')) c.day = value.slice(0, 10);
  else if (/^(?:--|XXXX-)(\d\d-\d\d)$/.test(value)) c.monthDay = value.slice(-5);
  else if (/^\d{4}(?:-\d\d|-W\d\d)?$/.test(value)) {
    // A weekday resolved only to the month or week of a partial publication date stays open.
    c.approx = value;
  } else if (wd === undefined) return undefined;
  return c;
}

/** A day beats candidates, candidates beat a month, a month beats a weekday alone. */
export function better(a: DateConstraint, b: DateConstraint): boolean {
  const rank = (c: DateConstraint) => (c.day ? 4 : c.candidates ? 3 : c.monthDay ? 2 : c.approx ? 1 : 0);
  return rank(a) > rank(b);
}
