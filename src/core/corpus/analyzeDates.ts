/**
 * Dates as constraints on the day an event happened: weekdays, partial dates, candidates.
 */
import type { DateMention } from '../model';
import { WEEKDAYS } from '../detect/calendarWords';
import type { DateConstraint } from './analysisTypes';

// Regular expressions with \p{…} live at module level: esbuild turns such a literal into `new RegExp(…)`,
// which would be built again at every call.
const WEEKDAY = /(?<![\p{L}])(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])/iu;
/** Every name of WEEKDAY holds one of these. */
const WEEKDAY_HINTS = ['di', 'day'];

/** The weekday named in a text ("ce jeudi matin" -> 4), if any. */
export function weekdayIn(text: string): number | undefined {
  // Most dates name no weekday: every name holds "di" or "day", which lower-casing keeps (the pattern ignores case).
  const lower = text.toLowerCase();
  if (!WEEKDAY_HINTS.some((h) => lower.includes(h))) return undefined;
  const m = WEEKDAY.exec(text);
  // calendarWords numbers weekdays the ISO way (Sunday 7); here Sunday is 0, as Date.getUTCDay.
  return m ? WEEKDAYS[m[1].toLowerCase()] % 7 : undefined;
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
