/**
 * Dates resolved against the publication date: a day and month without a year, a weekday, a month, days,
 * weeks, months and years counted from publication, and clock times read into hours and minutes.
 */
import type { PublicationDate } from '../model';
import { addDays, addMonths, isoDay, isoMonth, isoWeek, isoWeekday, isValidDay, weekdaysInMonth, type Ymd } from './calendar';
import { MONTHS } from './calendarWords';
import type { RawDate } from './dates';
import { parseNumber } from './numbers';

/** What a rule's handler gives: a date without its span. */
export type DateFields = Omit<RawDate, 'start' | 'end'>;

/** The publication date split into numbers; `d` only for day or datetime precision. */
export interface Anchor {
  y: number;
  m?: number;
  d?: number;
}

export function anchorOf(pub: PublicationDate | null): Anchor | null {
  if (!pub) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(pub.value);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase()] ?? 0;
}

/** Parses a TIME match into hours and minutes (24-hour clock), or null. */
export function parseTime(raw: string): { h: number; min: number } | null {
  const s = raw.toLowerCase().replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:h(\d{2})?|:(\d{2}))?([ap])?\.?m?\.?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? m[3] ?? 0);
  if (m[4] === 'p' && h < 12) h += 12;
  if (m[4] === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { h, min };
}

export const timeValue = (t: { h: number; min: number }): string => `T${String(t.h).padStart(2, '0')}:${String(t.min).padStart(2, '0')}`;

/**
 * A year written in four digits, or in two ("98"): the year of that century nearest before publication, or
 * up to ten years after it ("05" in an article of 1999 is 1905 no more than "98" in one of 2003 is 2098).
 */
export function fullYear(raw: string, a: Anchor | null): number {
  const n = Number(raw);
  if (raw.length !== 2) return n;
  const ref = a?.y ?? 2000;
  const y = Math.floor(ref / 100) * 100 + n;
  return y > ref + 10 ? y - 100 : y;
}

/** How many months after the publication month a month named without a year is still the coming one. */
export const NEAR_MONTHS_AHEAD = 3;

/**
 * Year for a month/day given without one: the publication year; the next one with a future cue when the
 * date is already past; a month up to NEAR_MONTHS_AHEAD ahead (across the new year too: "Jan. 2" in a
 * November article) is the coming one unless a past cue puts it behind us; further ahead, last year.
 */
function yearFor(a: Anchor, month: number, day: number | undefined, future: () => boolean, pastCue: () => boolean = () => false): number {
  if (a.m === undefined) return a.y;
  if (future()) return month < a.m || (month === a.m && day !== undefined && a.d !== undefined && day < a.d) ? a.y + 1 : a.y;
  // A month shortly after publication, with no past cue to say otherwise, is the coming one ("fin avril" in a
  // March article: an article of March rarely names last April without "dernier"); further ahead it reads
  // as last year ("le 28 décembre" in a January article). Across the new year only a day is read ahead (a
  // deadline, "payable Jan. 2"): a month alone there is as often this year's past one ("In January, …").
  const ahead = (month - a.m + 12) % 12;
  if (ahead > 0 && ahead <= NEAR_MONTHS_AHEAD && (month > a.m || day !== undefined) && !pastCue()) return month > a.m ? a.y : a.y + 1;
  if (month > a.m) return a.y - 1;
  // Later in the publication month: a deadline or a coming event ("expire Nov. 21" in a Nov. 2 article),
  // unless the clause says it is past (then a year back: the day has not come yet this year).
  if (month === a.m && day !== undefined && a.d !== undefined && day > a.d && pastCue()) return a.y - 1;
  return a.y;
}

export function dayMonth(
  day: number,
  month: number,
  year: number | undefined,
  a: Anchor | null,
  future: () => boolean,
  past: () => boolean = () => false,
  wd?: number,
): DateFields | null {
  if (!month || day < 1 || day > 31) return null;
  if (year !== undefined) return isValidDay(year, month, day) ? { value: isoDay({ y: year, m: month, d: day }), precision: 'day' } : null;
  if (!a) return { value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'day', relative: true };
  const guess = yearFor(a, month, day, future, past);
  const y = wd === undefined ? guess : yearOfWeekday(guess, month, day, wd);
  if (!isValidDay(y, month, day)) return null;
  return { value: isoDay({ y, m: month, d: day }), precision: 'day', relative: true };
}

/**
 * A day and month named with their weekday ("jeudi 16 septembre") are in a year where that day is that
 * weekday: the guessed year when it is one, else the nearer of the years around it that is (a date falls on
 * the same weekday only every few years, so one year either side settles nearly every case).
 */
function yearOfWeekday(guess: number, month: number, day: number, wd: number): number {
  for (const y of [guess, guess + 1, guess - 1]) if (isValidDay(y, month, day) && isoWeekday({ y, m: month, d: day }) === wd) return y;
  return guess;
}

const weekdaysCache = new Map<number, string[]>();
/** weekdaysInMonth, computed once per month and weekday (a fresh copy each time). */
function weekdaysOf(y: number, m: number, wd: number): string[] {
  const key = (y * 13 + m) * 8 + wd;
  let days = weekdaysCache.get(key);
  if (!days) {
    if (weekdaysCache.size > 4096) weekdaysCache.clear();
    weekdaysCache.set(key, (days = weekdaysInMonth(y, m, wd)));
  }
  return days.slice();
}

/**
 * A weekday resolved against the publication date: the nearest past one, or the nearest future one with a
 * future cue. `strictPast` ("last Monday") never names the publication day itself: on a Monday it is a week back.
 */
export function weekday(wd: number, a: Anchor | null, future: () => boolean, shift = 0, strictPast = false): DateFields {
  if (!a) return { value: `XXXX-WXX-${wd}`, precision: 'day', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  if (a.d === undefined) {
    return { value: isoMonth(a.y, a.m), precision: 'month', relative: true, candidates: weekdaysOf(a.y, a.m, wd) };
  }
  const pub: Ymd = { y: a.y, m: a.m, d: a.d };
  const delta = wd - isoWeekday(pub);
  let day: Ymd;
  if (future()) day = addDays(pub, delta >= 0 ? delta : delta + 7);
  else day = addDays(pub, delta < 0 || (delta === 0 && !strictPast) ? delta : delta - 7);
  if (shift) day = addDays(day, shift * 7);
  return { value: isoDay(day), precision: 'day', relative: true };
}

/** `count` units (days, weeks, months, years in French or English) from publication, back (-1) or ahead (1); at most 100. */
export function countedFromPublication(count: string, unit: string, sign: 1 | -1, a: Anchor | null): DateFields | null {
  const raw = count.toLowerCase();
  const n = /^(?:an?|une?)$/.test(raw) ? 1 : parseNumber(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) return null;
  const u = unit.toLowerCase();
  if (/^(?:jour|day)/.test(u)) return relativeDay(sign * n, a);
  if (/^(?:semaine|week)/.test(u)) return relativeWeek(sign * n, a);
  if (/^(?:mois|month)/.test(u)) return relativeMonth(sign * n, a);
  return relativeYear(sign * n, a);
}

/** A day offset from publication ("hier" = -1). */
export function relativeDay(offset: number, a: Anchor | null): DateFields {
  if (!a) return { value: 'XXXX-XX-XX', precision: 'day', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  if (a.d === undefined) return { value: isoMonth(a.y, a.m), precision: 'month', relative: true };
  return { value: isoDay(addDays({ y: a.y, m: a.m, d: a.d }, offset)), precision: 'day', relative: true };
}

export function relativeWeek(offset: number, a: Anchor | null): DateFields {
  if (!a) return { value: 'XXXX-WXX', precision: 'week', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  if (a.d === undefined) return { value: isoMonth(a.y, a.m), precision: 'month', relative: true };
  return { value: isoWeek(addDays({ y: a.y, m: a.m, d: a.d }, offset * 7)), precision: 'week', relative: true };
}

export function relativeMonth(offset: number, a: Anchor | null): DateFields {
  if (!a) return { value: 'XXXX-XX', precision: 'month', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  const r = addMonths(a.y, a.m, offset);
  return { value: isoMonth(r.y, r.m), precision: 'month', relative: true };
}

export function relativeYear(offset: number, a: Anchor | null): DateFields {
  if (!a) return { value: 'XXXX', precision: 'year', relative: true };
  return { value: String(a.y + offset), precision: 'year', relative: true };
}

/** A month without a year ("en octobre dernier", "in March"): the nearest one before (after) publication. */
export function bareMonth(
  month: number,
  a: Anchor | null,
  direction: 'last' | 'next' | 'auto',
  future: () => boolean,
  past: () => boolean = () => false,
): DateFields {
  if (!a) return { value: `XXXX-${String(month).padStart(2, '0')}`, precision: 'month', relative: true };
  if (a.m === undefined) return { value: isoMonth(a.y, month), precision: 'month', relative: true };
  const y =
    direction === 'last' ? (month < a.m ? a.y : a.y - 1) : direction === 'next' ? (month > a.m ? a.y : a.y + 1) : yearFor(a, month, undefined, future, past);
  return { value: isoMonth(y, month), precision: 'month', relative: true };
}
