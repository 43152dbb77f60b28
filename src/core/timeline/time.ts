/**
 * Calendar arithmetic for the timeline: days counted from 1970-01-01 (UTC), so a time axis is plain numbers
 * and a month or an ISO week is an interval of whole days. No time zones: news dates are calendar dates.
 */

const MS_PER_DAY = 86_400_000;

/** How precisely an event's date is known, as the timeline draws it. */
export type Granularity = 'day' | 'week' | 'month' | 'year';

/** Whole days `[start, end)` since 1970-01-01. */
export interface DayInterval {
  start: number;
  end: number;
}

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1-12) and day of month of a day number. */
export function calendarOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** The first day of the month `month` (1-12; 13 is January of the next year). */
export function monthStart(year: number, month: number): number {
  return Math.floor(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
}

/** Monday of ISO week `week` of `year` (the week holding the year's 4 January is week 1). */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = monthStart(year, 1) + 3;
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const mondayOfWeek1 = jan4 - ((jan4 + 3) % 7);
  return mondayOfWeek1 + (week - 1) * 7;
}

/**
 * The days an ISO-8601 event date covers and how precise it is: `2025-02-27` one day, `2025-W09` a Monday to
 * Sunday, `2025-02` a month, `2025` a year. A date with a time keeps its day. Undefined for anything else
 * (no date, a month-day without a year), which the timeline lists apart rather than guessing a year.
 */
export function dateInterval(date: string | undefined): (DayInterval & { granularity: Granularity }) | undefined {
  if (!date) return undefined;
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$/.exec(date);
  if (m) {
    const start = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
    return { start, end: start + 1, granularity: 'day' };
  }
  m = /^(\d{4})-W(\d\d)$/.exec(date);
  if (m) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return { start, end: start + 7, granularity: 'week' };
  }
  m = /^(\d{4})-(\d\d)$/.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { start: monthStart(y, mo), end: monthStart(y, mo + 1), granularity: 'month' };
  }
  m = /^(\d{4})$/.exec(date);
  if (m) {
    const y = Number(m[1]);
    return { start: monthStart(y, 1), end: monthStart(y + 1, 1), granularity: 'year' };
  }
  return undefined;
}
