/**
 * Dates and times in French and English, normalised to ISO-8601 against the publication date:
 * absolute and partial dates, weekdays, relative phrases, times of day. Compiled-once regular
 * expressions, each linear in the text (no nested quantifiers over overlapping classes).
 */
import type { DatePrecision, PublicationDate } from '../model';
import {
  addDays, addMonths, daysInMonth, isoDay, isoMonth, isoWeek, isoWeekday, isValidDay, weekdaysInMonth, type Ymd,
} from './calendar';
import { MONTHS, WEEKDAYS } from './calendarWords';
import { classTable, DIGIT, isLetterAt, isSpaceUnit, LETTER, SPACE } from './chars';
import { SPACE_CODES } from './durations';
import { NUMBER_WORD_PATTERN, parseNumber } from './numbers';
import { hasFutureCue, hasPastCue, type RawSpan } from './text';
import { stickyOf } from './scan';
import { TriggerScan, type CodeTrigger, type LiteralTrigger, type TriggerHits } from './triggers';

export interface RawDate extends RawSpan {
  value: string;
  precision: DatePrecision;
  candidates?: string[];
  relative?: boolean;
  /** Set on "le 12 du même mois": the day, resolved against the previous date mention. */
  sameMonthDay?: number;
  /** Moves the start of the span by this many UTF-16 units (a preposition read before the match). */
  startShift?: number;
}

/** The publication date split into numbers; `d` only for day or datetime precision. */
interface Anchor {
  y: number;
  m?: number;
  d?: number;
}

function anchorOf(pub: PublicationDate | null): Anchor | null {
  if (!pub) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(pub.value);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(esc).join('|');

const FR_MONTH_KEYS = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'janv.', 'févr.', 'fév.', 'sept.', 'oct.', 'nov.', 'déc.'];
const EN_MONTH_KEYS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'];
// French month names are lowercase in running text (capitalised at a sentence start); English ones are
// always capitalised, which keeps "may" and "march" the verbs out.
const MONTH = `(?:${alt([...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)])})(?!\\p{L})`;
const FR_WD = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY = `(?:${alt([...FR_WD, ...FR_WD.map(cap), ...EN_WD])})(?!\\p{L})`;
const APOS = `['’]`;
const E = '(?![\\p{L}\\p{N}])';
// A time of day: "16h20", "16 h 20", "16h", "15:16", "4:20 p.m.", "4 pm".
const TIME = `(?:(?:[01]?\\d|2[0-3])\\s?h\\s?(?:[0-5]\\d)?|(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s?[ap]\\.?m\\.?)?|(?:1[0-2]|0?\\d)\\s?[ap]\\.?m\\.?)(?![\\p{L}\\p{N}:])`;

function monthNumber(word: string): number {
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

const timeValue = (t: { h: number; min: number }): string => `T${String(t.h).padStart(2, '0')}:${String(t.min).padStart(2, '0')}`;

type Handler = (m: RegExpExecArray, text: string, a: Anchor | null) => Omit<RawDate, 'start' | 'end'> | null;

interface Rule {
  re: RegExp;
  handle: Handler;
  /**
   * A cheap pattern (plain literals, no look-behind) that every match contains. The rule's own pattern then
   * runs only near the trigger's hits, which keeps the pass over a large text fast.
   */
  trigger?: RegExp;
  /**
   * How far (UTF-16 units) after the start of a match the hit of `trigger` it holds may start: LOOK_BEFORE
   * when not given. The longest text the pattern reads before the trigger's words (a unit test checks every
   * match against it): the tighter, the less of a text dense with hits the windows cover.
   */
  before?: number;
  /**
   * The words and numbers that can begin a match (their first two units matter; a digit or letter alone
   * stands for any second unit): the pattern is tried only where one of them starts a word.
   */
  starts: readonly string[];
}

const words = (...lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())];
const DIGIT_CHARS = '0123456789'.split('');

const MONTH_TRIGGER = new RegExp(alt([...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)]), 'g');
/** The words of MONTH and WEEKDAY, for the rules' `starts`. */
const MONTH_WORDS = [...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)];
const WEEKDAY_WORDS = [...FR_WD, ...FR_WD.map(cap), ...EN_WD];
const EN_MONTH_TRIGGER = new RegExp(alt(EN_MONTH_KEYS.map(cap)), 'g');
const WEEKDAY_TRIGGER = new RegExp(alt([...FR_WD, ...FR_WD.map(cap), ...EN_WD]), 'g');
const RELATIVE_DAY_KEYS = ['hier', 'Hier', 'demain', 'Demain', 'aujourd', 'Aujourd', 'today', 'Today', 'yesterday', 'Yesterday', 'tomorrow', 'Tomorrow', 'ce matin', 'Ce matin', 'ce soir', 'Ce soir', 'tonight', 'this morning', 'this afternoon', 'this evening', 'night'];
const RELATIVE_DAY_TRIGGER = new RegExp(alt(RELATIVE_DAY_KEYS), 'g');
const AGO_KEYS = ['ago'];
const AGO_TRIGGER = new RegExp(alt(AGO_KEYS), 'g');
const IL_Y_A_KEYS = ['il y a', 'Il y a', 'dans', 'Dans'];
const IL_Y_A_TRIGGER = new RegExp(alt(IL_Y_A_KEYS), 'g');
/**
 * A count before "ago" or after "il y a" / "dans": digits or one word, hyphens allowed ("deux", "twenty-one",
 * "a"), read by `parseNumber` in the handler. A plain word class keeps the pattern cheap where it fails, at
 * every "dans la", "dans les" of a French text.
 */
const AGO_COUNT = `\\d{1,3}|\\p{L}+(?:-\\p{L}+)*`;
const AGO_NUMBER_STARTS = [...NUMBER_WORD_PATTERN.split('|'), 'a', 'an'];

// The other triggers, found in the same pass (see DATE_TRIGGERS).
const NUMERIC_DATE_TRIGGER = /\d[/.]\d/g;
const ISO_TRIGGER = /\d-[01]/g;
const SAME_MONTH_TRIGGER = /même|ce mois|du mois/g;
const WEEK_TRIGGER = /semaine|week/g;
const MONTH_WORD_TRIGGER = /mois|month/g;
const YEAR_WORD_TRIGGER = /[lL]['’]an|année|year/g;
const YEAR_TRIGGER = /1[5-9]\d\d|20\d\d/g;
const TIME_TRIGGER = /\d\s?h|\d:\d|\d\s?[ap]\.?m|\d\sheure/g;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

/** TIME_TRIGGER's match at a digit `i`: its alternatives in order, `\s?` and `\.?` greedy. */
function timeTriggerAt(text: string, i: number): number {
  const c1 = text.charCodeAt(i + 1);
  const c2 = text.charCodeAt(i + 2);
  const space1 = isSpaceUnit(text, i + 1);
  // \d\s?h
  if (space1 && c2 === 104) return 3;
  if (c1 === 104) return 2;
  // \d:\d
  if (c1 === 58 && isDigitCode(c2)) return 3;
  // \d\s?[ap]\.?m
  if (space1 && (c2 === 97 || c2 === 112)) {
    const c3 = text.charCodeAt(i + 3);
    if (c3 === 46 && text.charCodeAt(i + 4) === 109) return 5;
    if (c3 === 109) return 4;
  }
  if (c1 === 97 || c1 === 112) {
    if (c2 === 46 && text.charCodeAt(i + 3) === 109) return 4;
    if (c2 === 109) return 3;
  }
  // \d\sheure (never reached: \d\s?h has matched already), kept for the letter of the pattern
  if (space1 && text.startsWith('heure', i + 2)) return 7;
  return 0;
}

/** Every trigger of the rules, for a scan in one pass over the text (see `TriggerScan`). */
export const DATE_LITERAL_TRIGGERS: readonly LiteralTrigger[] = [
  { re: MONTH_TRIGGER, keys: [...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)] },
  { re: EN_MONTH_TRIGGER, keys: EN_MONTH_KEYS.map(cap) },
  { re: WEEKDAY_TRIGGER, keys: [...FR_WD, ...FR_WD.map(cap), ...EN_WD] },
  { re: RELATIVE_DAY_TRIGGER, keys: RELATIVE_DAY_KEYS },
  { re: AGO_TRIGGER, keys: AGO_KEYS },
  { re: IL_Y_A_TRIGGER, keys: IL_Y_A_KEYS },
  { re: SAME_MONTH_TRIGGER, keys: ['même', 'ce mois', 'du mois'] },
  { re: WEEK_TRIGGER, keys: ['semaine', 'week'] },
  { re: MONTH_WORD_TRIGGER, keys: ['mois', 'month'] },
  { re: YEAR_WORD_TRIGGER, keys: ["l'an", "L'an", 'l’an', 'L’an', 'année', 'year'] },
];
/** Every pair (a, b) of a unit of `seconds` and one of `thirds`: what may follow a trigger's first unit. */
const pairs = (seconds: readonly number[], thirds: readonly number[]): Array<[number, number]> => seconds.flatMap((a) => thirds.map((b): [number, number] => [a, b]));
/** Every low byte: any unit, or the end of the text (read as 0 by the scan). */
const ANY_UNIT = Array.from({ length: 0x100 }, (_, k) => k);

// The digit triggers say what may follow their digit: a text dense with digits (tables, scores, a run of
// numbers) calls each matcher only where its second and third units fit, not at every digit.
export const DATE_CODE_TRIGGERS: readonly CodeTrigger[] = [
  {
    re: NUMERIC_DATE_TRIGGER,
    firsts: DIGITS,
    follows: pairs([47, 46], DIGITS),
    match: (t, i) => ((t.charCodeAt(i + 1) === 47 || t.charCodeAt(i + 1) === 46) && isDigitCode(t.charCodeAt(i + 2)) ? 3 : 0),
  },
  { re: ISO_TRIGGER, firsts: DIGITS, follows: pairs([45], [48, 49]), match: (t, i) => (t.charCodeAt(i + 1) === 45 && (t.charCodeAt(i + 2) === 48 || t.charCodeAt(i + 2) === 49) ? 3 : 0) },
  {
    re: YEAR_TRIGGER,
    firsts: [49, 50],
    follows: pairs([48, 53, 54, 55, 56, 57], DIGITS),
    match: (t, i) => {
      const c1 = t.charCodeAt(i + 1);
      const century = t.charCodeAt(i) === 49 ? c1 >= 53 && c1 <= 57 : c1 === 48;
      return century && isDigitCode(t.charCodeAt(i + 2)) && isDigitCode(t.charCodeAt(i + 3)) ? 4 : 0;
    },
  },
  {
    re: TIME_TRIGGER,
    firsts: DIGITS,
    // "5 h", "5 a", "5 p"; "5h" followed by anything (or nothing); "5:3"; "5a.", "5am", "5p.", "5pm".
    follows: [...pairs(SPACE_CODES, [104, 97, 112]), ...pairs([104], ANY_UNIT), ...pairs([58], DIGITS), ...pairs([97, 112], [46, 109])],
    match: timeTriggerAt,
  },
];
const DATE_TRIGGERS = new TriggerScan(DATE_LITERAL_TRIGGERS, DATE_CODE_TRIGGERS);

/** The hits of every trigger of the rules in `text` (exported for the test that checks them against the patterns). */
export function dateTriggerHits(text: string): TriggerHits {
  return DATE_TRIGGERS.hits(text);
}

/** How many months after the publication month a month named without a year is still the coming one. */
const NEAR_MONTHS_AHEAD = 3;

/**
 * Year for a month/day given without one: the publication year; the next one with a future cue when the
 * date is already past; the previous one for a month more than NEAR_MONTHS_AHEAD ahead, or one a past cue
 * puts behind us.
 */
function yearFor(a: Anchor, month: number, day: number | undefined, future: () => boolean, pastCue: () => boolean = () => false): number {
  if (a.m === undefined) return a.y;
  if (future()) return month < a.m || (month === a.m && day !== undefined && a.d !== undefined && day < a.d) ? a.y + 1 : a.y;
  // A month shortly after publication, with no past cue to say otherwise, is the coming one ("fin avril" in a
  // March article: an article of March rarely names last April without "dernier"); further ahead it reads
  // as last year ("le 28 décembre" in a January article).
  if (month > a.m) return month - a.m <= NEAR_MONTHS_AHEAD && !pastCue() ? a.y : a.y - 1;
  if (month === a.m && day !== undefined && a.d !== undefined && day > a.d + 7) return a.y - 1;
  return a.y;
}

function dayMonth(day: number, month: number, year: number | undefined, a: Anchor | null, future: () => boolean, past: () => boolean = () => false): Omit<RawDate, 'start' | 'end'> | null {
  if (!month || day < 1 || day > 31) return null;
  if (year !== undefined) return isValidDay(year, month, day) ? { value: isoDay({ y: year, m: month, d: day }), precision: 'day' } : null;
  if (!a) return { value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'day', relative: true };
  const y = yearFor(a, month, day, future, past);
  if (!isValidDay(y, month, day)) return null;
  return { value: isoDay({ y, m: month, d: day }), precision: 'day', relative: true };
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

/** A weekday resolved against the publication date: the nearest past one, or the nearest future one with a future cue. */
function weekday(wd: number, a: Anchor | null, future: () => boolean, shift = 0): Omit<RawDate, 'start' | 'end'> {
  if (!a) return { value: `XXXX-WXX-${wd}`, precision: 'day', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  if (a.d === undefined) {
    return { value: isoMonth(a.y, a.m), precision: 'month', relative: true, candidates: weekdaysOf(a.y, a.m, wd) };
  }
  const pub: Ymd = { y: a.y, m: a.m, d: a.d };
  const delta = wd - isoWeekday(pub);
  let day: Ymd;
  if (future()) day = addDays(pub, delta >= 0 ? delta : delta + 7);
  else day = addDays(pub, delta <= 0 ? delta : delta - 7);
  if (shift) day = addDays(day, shift * 7);
  return { value: isoDay(day), precision: 'day', relative: true };
}

/** `count` units (days, weeks, months, years in French or English) from publication, back (-1) or ahead (1); at most 100. */
function countedFromPublication(count: string, unit: string, sign: 1 | -1, a: Anchor | null): Omit<RawDate, 'start' | 'end'> | null {
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
function relativeDay(offset: number, a: Anchor | null): Omit<RawDate, 'start' | 'end'> {
  if (!a) return { value: 'XXXX-XX-XX', precision: 'day', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  if (a.d === undefined) return { value: isoMonth(a.y, a.m), precision: 'month', relative: true };
  return { value: isoDay(addDays({ y: a.y, m: a.m, d: a.d }, offset)), precision: 'day', relative: true };
}

function relativeWeek(offset: number, a: Anchor | null): Omit<RawDate, 'start' | 'end'> {
  if (!a) return { value: 'XXXX-WXX', precision: 'week', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  if (a.d === undefined) return { value: isoMonth(a.y, a.m), precision: 'month', relative: true };
  return { value: isoWeek(addDays({ y: a.y, m: a.m, d: a.d }, offset * 7)), precision: 'week', relative: true };
}

function relativeMonth(offset: number, a: Anchor | null): Omit<RawDate, 'start' | 'end'> {
  if (!a) return { value: 'XXXX-XX', precision: 'month', relative: true };
  if (a.m === undefined) return { value: String(a.y), precision: 'year', relative: true };
  const r = addMonths(a.y, a.m, offset);
  return { value: isoMonth(r.y, r.m), precision: 'month', relative: true };
}

function relativeYear(offset: number, a: Anchor | null): Omit<RawDate, 'start' | 'end'> {
  if (!a) return { value: 'XXXX', precision: 'year', relative: true };
  return { value: String(a.y + offset), precision: 'year', relative: true };
}

/** A month without a year ("en octobre dernier", "in March"): the nearest one before (after) publication. */
function bareMonth(month: number, a: Anchor | null, direction: 'last' | 'next' | 'auto', future: () => boolean, past: () => boolean = () => false): Omit<RawDate, 'start' | 'end'> {
  if (!a) return { value: `XXXX-${String(month).padStart(2, '0')}`, precision: 'month', relative: true };
  if (a.m === undefined) return { value: isoMonth(a.y, month), precision: 'month', relative: true };
  const y =
    direction === 'last' ? (month < a.m ? a.y : a.y - 1)
    : direction === 'next' ? (month > a.m ? a.y : a.y + 1)
    : yearFor(a, month, undefined, future, past);
  return { value: isoMonth(y, month), precision: 'month', relative: true };
}

// Years alone count only after a preposition that makes them a date; after "de"/"of"/"from" only when no
// noun follows ("de 2000 soldats" is a count).
const STRONG_YEAR_PREP = new Set(['en', 'depuis', 'dès', 'jusqu’en', "jusqu'en", 'in', 'since', 'until', 'by', 'année', 'year', "l'an", 'l’an', 'printemps', 'été', 'automne', 'hiver', 'spring', 'summer', 'autumn', 'fall', 'winter', 'début', 'fin', 'mi-', 'early', 'late']);
const FUNCTION_AFTER_YEAR = /^\s*(?:$|[^\p{L}\p{N}\s]|(?:et|ou|à|a|au|aux|puis|quand|lorsque|alors|avec|pour|par|dans|sur|le|la|les|l|il|elle|ils|elles|on|nous|un|une|des|and|or|to|when|as|with|for|in|on|at|the|a|he|she|it|we|they|was|were|has|had|is|are|after|before|de|du|d|qui|que|ce|cette|ne|n|s|se)(?![\p{L}\p{N}]))/iu;

// A module constant: bundled for Node 20, a `\p{…}` literal becomes a `new RegExp` evaluated at every call.
const YEAR_PREP_RE = /(jusqu['’]en|l['’]an|mi-|[dD]['’]|\p{L}+)\s{0,2}$/u;

/**
 * False when YEAR_PREP_RE cannot match text[floor, end): every alternative ends with a letter, a hyphen or an
 * apostrophe, at most two spaces before `end`. A year after a digit or a mark ("12/2025", "«2025") is turned
 * down without the pattern, which is tried at each of its positions.
 */
function mayEndWithYearPrep(text: string, floor: number, end: number): boolean {
  const T = classTable();
  let i = end - 1;
  for (let spaces = 0; i >= floor && (T[text.charCodeAt(i)] & SPACE) !== 0; i--) if (++spaces > 2) return false;
  if (i < floor) return false;
  const c = text.charCodeAt(i);
  return (T[c] & LETTER) !== 0 || c === 45 || c === 39 || c === 0x2019 || (c >= 0xd800 && c <= 0xdfff);
}

const RULES: Rule[] = [
  // "26/02/2025 à 15:16", "26/02/2025"
  {
    trigger: NUMERIC_DATE_TRIGGER,
    before: 4, // a digit of the day, or of the month when a hit before the match took the day's
    starts: words(DIGIT_CHARS),
    re: new RegExp(`(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:,?\\s{1,3}(?:à|a|at|-)?\\s{0,3}(${TIME}))?${E}`, 'gu'),
    handle: (m, _t, a) => {
      let d = Number(m[1]);
      let mo = Number(m[2]);
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      const y = Number(m[3]);
      if (!isValidDay(y, mo, d)) return null;
      const day = isoDay({ y, m: mo, d });
      const t = m[4] ? parseTime(m[4]) : null;
      void a;
      return t ? { value: `${day}${timeValue(t)}`, precision: 'datetime' } : { value: day, precision: 'day' };
    },
  },
  // ISO "2025-02-26", "2025-02" (header lines, data tables)
  {
    trigger: ISO_TRIGGER,
    before: 4, // the year's last digit
    starts: words(DIGIT_CHARS),
    re: /(?<![\p{L}\p{N}-])(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\p{N}-])/gu,
    handle: (m) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (m[3]) return isValidDay(y, mo, Number(m[3])) ? { value: isoDay({ y, m: mo, d: Number(m[3]) }), precision: 'day' } : null;
      return { value: isoMonth(y, mo), precision: 'month' };
    },
  },
  // "jeudi 27 février 2025", "le 18 février", "1er mars", "18 February 2025", with an optional time
  {
    trigger: MONTH_TRIGGER,
    before: 24, // "Wednesday, le 18 "
    starts: words(WEEKDAY_WORDS, ['le', 'Le'], DIGIT_CHARS),
    re: new RegExp(`(?:(${WEEKDAY}),?\\s{1,3})?(?:(?:le|Le)\\s{1,3})?(1er|1re|\\d{1,2})\\s{1,3}(${MONTH})(?:\\s{1,3}(\\d{4})${E})?(?:,?\\s{1,3}(?:à|vers|at)\\s{1,3}(${TIME}))?`, 'gu'),
    handle: (m, text, a) => {
      const day = m[2].startsWith('1r') || m[2] === '1er' ? 1 : Number(m[2]);
      const future = (): boolean => hasFutureCue(text, m.index, m.index + m[0].length);
      const r = dayMonth(day, monthNumber(m[3]), m[4] ? Number(m[4]) : undefined, a, future, () => hasPastCue(text, m.index, m.index + m[0].length));
      if (r && m[5]) {
        const t = parseTime(m[5]);
        if (t && !r.value.startsWith('X')) return { ...r, value: `${r.value}${timeValue(t)}`, precision: 'datetime' };
      }
      return r;
    },
  },
  // "Feb. 18, 2025", "on February 18", "Thursday, March 6"
  {
    trigger: EN_MONTH_TRIGGER,
    starts: words(WEEKDAY_WORDS, MONTH_WORDS),
    re: new RegExp(`(?:(${WEEKDAY}),?\\s{1,3})?(${MONTH})\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?\\s{1,3}(\\d{4})${E})?`, 'gu'),
    handle: (m, text, a) => {
      const future = (): boolean => hasFutureCue(text, m.index, m.index + m[0].length);
      return dayMonth(Number(m[3]), monthNumber(m[2]), m[4] ? Number(m[4]) : undefined, a, future, () => hasPastCue(text, m.index, m.index + m[0].length));
    },
  },
  // "en février 2022", "janvier 2025", "in March 2024"
  {
    trigger: MONTH_TRIGGER,
    before: 17, // "depuis début "
    starts: words(['en', 'dès', 'depuis', 'in', 'since', 'from', 'until'], ['début', 'fin', 'mi-', 'mid-', 'early', 'late'], MONTH_WORDS),
    re: new RegExp(`(?:(?:en|dès|depuis|in|since|from|until)\\s{1,3})?(?:(?:début|fin|mi-|mid-|early|late)\\s{0,3})?(${MONTH})\\s{1,3}(\\d{4})${E}`, 'gu'),
    handle: (m) => ({ value: isoMonth(Number(m[2]), monthNumber(m[1])), precision: 'month' }),
  },
  // "en octobre dernier", "en mars", "in March", "last October", "octobre prochain"
  {
    trigger: MONTH_TRIGGER,
    before: 9, // "depuis "
    starts: words(['en', 'dès', 'depuis', 'début', 'fin', 'mi-', 'in', 'since', 'early', 'late', 'last', 'next', 'this', 'mid-', 'end'], MONTH_WORDS),
    re: new RegExp(`(?:(en|dès|depuis|début|fin|mi-|in|since|early|late|last|next|this|mid-|end\\sof)\\s{0,3})?(${MONTH})(?:\\s{1,3}(dernier|prochain|passé))?${E}`, 'gu'),
    handle: (m, text, a) => {
      const prep = m[1]?.toLowerCase();
      if (!prep && !m[3]) return null; // a bare month name is too often something else ("Mars", "May")
      const dir = m[3] === 'dernier' || m[3] === 'passé' || prep === 'last' ? 'last' : m[3] === 'prochain' || prep === 'next' ? 'next' : 'auto';
      return bareMonth(monthNumber(m[2]), a, dir, () => hasFutureCue(text, m.index, m.index + m[0].length), () => hasPastCue(text, m.index, m.index + m[0].length));
    },
  },
  // "le 12 du même mois"
  {
    trigger: SAME_MONTH_TRIGGER,
    starts: words(['le', 'Le', 'du', 'au']),
    re: new RegExp(`(?:le|Le|du|au)\\s{1,3}(1er|\\d{1,2})\\s{1,3}(?:du\\s{1,3}même\\s{1,3}mois|de\\s{1,3}ce\\s{1,3}mois|du\\s{1,3}mois)${E}`, 'gu'),
    handle: (m) => ({ value: 'XXXX-XX', precision: 'day', relative: true, sameMonthDay: m[1] === '1er' ? 1 : Number(m[1]) }),
  },
  // Weekdays: "jeudi", "ce jeudi matin", "mardi dernier", "on Thursday", "last Monday"
  {
    trigger: WEEKDAY_TRIGGER,
    before: 8, // "cette "
    starts: words(['ce', 'cette', 'on', 'last', 'next', 'this'], WEEKDAY_WORDS),
    re: new RegExp(`(?:(ce|cette|on|last|next|this)\\s{1,3})?(${WEEKDAY})(?:\\s{1,3}(dernier|prochain|matin|soir|après-midi|midi|morning|afternoon|evening|night))?${E}`, 'gu'),
    handle: (m, text, a) => {
      const wd = WEEKDAYS[m[2].toLowerCase()];
      const pre = m[1]?.toLowerCase();
      const post = m[3];
      const explicitPast = post === 'dernier' || pre === 'last';
      const explicitFuture = post === 'prochain' || pre === 'next';
      return weekday(wd, a, () => explicitFuture || (!explicitPast && hasFutureCue(text, m.index, m.index + m[0].length)));
    },
  },
  // Relative days
  {
    trigger: RELATIVE_DAY_TRIGGER,
    before: 6, // "avant-" of "avant-hier"
    starts: words(['aujourd', 'Aujourd', 'avant-hier', 'Avant-hier', 'après-demain', 'Après-demain', 'hier', 'Hier', 'demain', 'Demain', 'today', 'Today', 'yesterday', 'Yesterday', 'tomorrow', 'Tomorrow', 'ce matin', 'Ce matin', 'ce soir', 'Ce soir', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'Last night']),
    re: new RegExp(`(aujourd${APOS}hui|Aujourd${APOS}hui|avant-hier|Avant-hier|après-demain|Après-demain|hier|Hier|demain|Demain|today|Today|yesterday|Yesterday|tomorrow|Tomorrow|ce matin|Ce matin|ce soir|Ce soir|tonight|this morning|this afternoon|this evening|last night|Last night)(?:\\s{1,3}(?:matin|soir|après-midi|morning|afternoon|evening|night))?(?:,?\\s{1,3}(?:à|vers|at)\\s{1,3}(${TIME}))?${E}`, 'gu'),
    handle: (m, _t, a) => {
      const w = m[1].toLowerCase();
      const off = /^(?:hier|yesterday|last night)$/.test(w) ? -1 : w === 'avant-hier' ? -2 : /^(?:demain|tomorrow)$/.test(w) ? 1 : w === 'après-demain' ? 2 : 0;
      const r = relativeDay(off, a);
      const t = m[2] ? parseTime(m[2]) : null;
      if (t && r.precision === 'day' && !r.value.startsWith('X')) return { ...r, value: `${r.value}${timeValue(t)}`, precision: 'datetime' };
      return r;
    },
  },
  // Counted from publication: back with "il y a deux semaines", ahead with "dans trois jours" (English "in
  // three days" is as often a duration: left to durations). The match starts at its trigger.
  {
    trigger: IL_Y_A_TRIGGER,
    before: 0,
    starts: words(['il', 'Il', 'dans', 'Dans']),
    re: new RegExp(`([iI]l\\s{1,3}y\\s{1,3}a|[dD]ans)\\s{1,3}(${AGO_COUNT})\\s{1,3}(jours?|semaines?|mois|ans?|années?)${E}`, 'gu'),
    handle: (m, _t, a) => countedFromPublication(m[2], m[3], /^dans$/i.test(m[1]) ? 1 : -1, a),
  },
  // "three days ago", "a year ago", "twenty-one months ago"
  {
    trigger: AGO_TRIGGER,
    before: 32, // "twenty-three months " before "ago"
    starts: words(DIGIT_CHARS, AGO_NUMBER_STARTS, AGO_NUMBER_STARTS.map(cap)),
    re: new RegExp(`(${AGO_COUNT})\\s{1,3}(days?|weeks?|months?|years?)\\s{1,3}ago${E}`, 'gu'),
    handle: (m, _t, a) => countedFromPublication(m[1], m[2], -1, a),
  },
  // Relative weeks, months, years
  {
    trigger: WEEK_TRIGGER,
    before: 6, // "Cette "
    starts: words(['la', 'La', 'cette', 'Cette', 'semaine', 'last', 'next', 'this', 'Last', 'Next', 'This']),
    re: new RegExp(`(?:(?:(?:la|La|cette|Cette)\\s)?semaine(?:\\s(dernière|passée|précédente|prochaine))?|(last|next|this|Last|Next|This)\\sweek)${E}`, 'gu'),
    handle: (m, _t, a) => {
      const text = m[0].toLowerCase();
      if (/^(?:la\s+)?semaine$/.test(text) || text === 'de la semaine') return null; // "la semaine" alone is not a date
      if (!/cette|this|dernière|passée|précédente|prochaine|last|next/.test(text)) return null;
      const off = /dernière|passée|précédente|last/.test(text) ? -1 : /prochaine|next/.test(text) ? 1 : 0;
      return relativeWeek(off, a);
    },
  },
  {
    trigger: MONTH_WORD_TRIGGER,
    before: 7, // "last "
    starts: words(['le', 'Le', 'du', 'au', 'ce', 'Ce', 'last', 'next', 'this', 'Last', 'Next', 'This']),
    re: new RegExp(`(?:(?:le|Le|du|au|ce|Ce)\\s{1,3}mois(?:\\s{1,3}(dernier|passé|prochain)|-ci)|(last|next|this|Last|Next|This)\\s{1,3}month)${E}`, 'gu'),
    handle: (m, _t, a) => {
      const text = m[0].toLowerCase();
      if (/^(?:le|du|au)\s+mois-ci$/.test(text)) return null;
      const off = /dernier|passé|last/.test(text) ? -1 : /prochain|next/.test(text) ? 1 : 0;
      return relativeMonth(off, a);
    },
  },
  {
    trigger: YEAR_WORD_TRIGGER,
    before: 8, // "Cette "
    starts: words(['l', 'L', 'cette', 'Cette', 'last', 'next', 'this', 'Last', 'Next', 'This']),
    re: new RegExp(`(?:[lL]${APOS}(?:an|année)\\s{1,3}(dernier|dernière|passé|passée|prochain|prochaine)|(?:cette|Cette)\\s{1,3}année|(?:last|next|this|Last|Next|This)\\s{1,3}year)${E}`, 'gu'),
    handle: (m, _t, a) => {
      const text = m[0].toLowerCase();
      const off = /dernier|dernière|passé|last/.test(text) ? -1 : /prochain|next/.test(text) ? 1 : 0;
      return relativeYear(off, a);
    },
  },
  // Years in context: "en 2019", "depuis 2014", "since 2022", "l'erreur de 2023 »". The preposition is read
  // in code rather than in the pattern, so the pattern stays linear on long runs of letters.
  {
    trigger: YEAR_TRIGGER,
    before: 0, // the year itself
    starts: words(['1', '2']),
    re: /(?<![\p{L}\p{N}])(1[5-9]\d{2}|20\d{2})(?![\p{L}\p{N}])/gu,
    handle: (m, text) => {
      const floor = Math.max(0, m.index - 16);
      const back = mayEndWithYearPrep(text, floor, m.index) ? YEAR_PREP_RE.exec(text.slice(floor, m.index)) : null;
      if (!back) return null;
      const prep = back[1].toLowerCase().replace(/’/g, "'");
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (STRONG_YEAR_PREP.has(prep)) {
        if (/^\s*(?:%|€|\$|euros?|dollars?|francs?|personnes|people|soldats|troops|km|kilomètres|mètres|tonnes|morts|victimes|habitants)/iu.test(after)) return null;
        return { value: m[1], precision: 'year', startShift: -back[0].length };
      }
      if (/^(?:de|d'|of|from|avant|après|before|after|entre|between|et|and|à|to)$/.test(prep) && FUNCTION_AFTER_YEAR.test(after)) {
        return { value: m[1], precision: 'year', startShift: -back[0].length };
      }
      return null;
    },
  },
  // Times: "16h20", "16 h 20", "15:16", "4:20 p.m.", "à 16 heures"
  {
    trigger: TIME_TRIGGER,
    starts: words(DIGIT_CHARS),
    re: new RegExp(`(${TIME})|(?<=(?:à|vers|dès|jusqu['’]à|avant|après|at|by)\\s)((?:[01]?\\d|2[0-3])\\s{1,3}heures?(?:\\s{1,3}(?:[0-5]\\d|trente|quinze|et demie|et quart))?)${E}`, 'gu'),
    handle: (m) => {
      if (m[1]) {
        const t = parseTime(m[1]);
        // "4h" alone is too often a duration or a score; require minutes, a colon or am/pm, or a French "16h".
        return t ? { value: timeValue(t), precision: 'time' } : null;
      }
      const h = Number(/\d+/.exec(m[2])![0]);
      const rest = m[2].toLowerCase();
      const min = /trente|et demie/.test(rest) ? 30 : /quinze|et quart/.test(rest) ? 15 : Number(/\s(\d{2})$/.exec(rest)?.[1] ?? 0);
      return { value: timeValue({ h, min }), precision: 'time' };
    },
  },
];

/**
 * How far before a trigger a match may start, for the rules whose every match need not hold a hit of its own
 * ("16  heures", two spaces, holds no `\d\s?h`) and which rely on a hit nearby.
 */
const LOOK_BEFORE = 40;

/**
 * Month and weekday names end every pattern use with `(?!\p{L})`: a trigger hit can only be the name a
 * match holds when some name of the set starts there and no letter follows it ("mai" in "maison" is not).
 */
function wordStartsAt(keys: string[]): (text: string, i: number) => boolean {
  const byFirst = new Map<number, string[]>();
  for (const k of new Set(keys)) {
    const c = k.charCodeAt(0);
    const list = byFirst.get(c) ?? [];
    list.push(k);
    byFirst.set(c, list);
  }
  return (text, i) => {
    const list = byFirst.get(text.charCodeAt(i));
    if (!list) return false;
    for (const k of list) if (text.startsWith(k, i) && !isLetterAt(text, i + k.length)) return true;
    return false;
  };
}
const MONTH_ALL_KEYS = [...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)];
const REAL_HIT = new Map<RegExp, (text: string, i: number) => boolean>([
  [MONTH_TRIGGER, wordStartsAt(MONTH_ALL_KEYS)],
  [EN_MONTH_TRIGGER, wordStartsAt(MONTH_ALL_KEYS)],
  [WEEKDAY_TRIGGER, wordStartsAt([...FR_WD, ...FR_WD.map(cap), ...EN_WD])],
]);

/**
 * Ranges [from, to] where a rule's matches may start: `before` units back from the trigger's hits (`hits`,
 * [index, length] pairs), merged. A window whose hits are none of them a whole name (`real`, by hit; see
 * REAL_HIT) is dropped: any match holds a whole name, whose hit starts at most `before` after the match
 * start and so lies in the same merged window.
 */
function windows(hits: readonly number[], real: Uint8Array | null, before: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let keep = false;
  for (let k = 0; k < hits.length; k += 2) {
    const from = Math.max(0, hits[k] - before);
    const to = hits[k] + hits[k + 1];
    const hit = !real || real[k >> 1] === 1;
    const last = out[out.length - 1];
    if (last && from <= last[1]) {
      last[1] = to;
      keep ||= hit;
    } else {
      if (last && !keep) out.pop();
      out.push([from, to]);
      keep = hit;
    }
  }
  if (out.length && !keep) out.pop();
  return out;
}

/** A trigger's hits in `text` ([index, length] pairs) and, for a trigger in REAL_HIT, which of them are whole names. */
function triggerHits(text: string, trigger: RegExp, literal: number[] | undefined): { hits: number[]; real: Uint8Array | null } {
  let hits = literal;
  if (!hits) {
    hits = [];
    trigger.lastIndex = 0;
    for (let m = trigger.exec(text); m; m = trigger.exec(text)) hits.push(m.index, m[0].length);
  }
  const isReal = REAL_HIT.get(trigger);
  let real: Uint8Array | null = null;
  if (isReal) {
    real = new Uint8Array(hits.length >> 1);
    for (let k = 0; k < hits.length; k += 2) real[k >> 1] = isReal(text, hits[k]) ? 1 : 0;
  }
  return { hits, real };
}

/**
 * Each rule's `starts` as tables: its first units (ASCII), those that stand alone (any second unit), and
 * the pairs of first two units, as (first << 16) | second.
 */
interface StartTables {
  firsts: Uint8Array;
  alone: Uint8Array;
  pairs: Set<number>;
}
const STARTS = new Map<Rule, StartTables>(
  RULES.map((rule) => {
    const t: StartTables = { firsts: new Uint8Array(128), alone: new Uint8Array(128), pairs: new Set() };
    for (const w of rule.starts) {
      const c = w.charCodeAt(0);
      if (c >= 128) throw new Error(`a rule starts with a unit outside ASCII: ${w}`);
      t.firsts[c] = 1;
      if (w.length === 1) t.alone[c] = 1;
      else t.pairs.add((c << 16) | w.charCodeAt(1));
    }
    return [rule, t];
  }),
);

/** The year rule's two readings of the 16 units before `end`, for the test that compares them. */
export function yearPrepReadings(text: string, end: number): { quick: boolean; pattern: boolean } {
  const floor = Math.max(0, end - 16);
  return { quick: mayEndWithYearPrep(text, floor, end), pattern: YEAR_PREP_RE.test(text.slice(floor, end)) };
}

/** Rules with the same trigger and `before` have the same windows: their index in a list of those pairs. */
const WINDOW_SLOT = new Map<Rule, number>();
for (const rule of RULES) {
  const same = [...WINDOW_SLOT.keys()].find((r) => r.trigger === rule.trigger && (r.before ?? LOOK_BEFORE) === (rule.before ?? LOOK_BEFORE));
  WINDOW_SLOT.set(rule, same ? WINDOW_SLOT.get(same)! : new Set(WINDOW_SLOT.values()).size);
}

/** The rules' patterns, `starts`, triggers and `before`, for the tests that check every match against them. */
export function dateRuleStarts(): Array<{ re: RegExp; starts: readonly string[]; trigger?: RegExp; before: number }> {
  return RULES.map((r) => ({ re: r.re, starts: r.starts, trigger: r.trigger, before: r.before ?? LOOK_BEFORE }));
}

/**
 * Dates and times in `text` (UTF-16 offsets), normalised against the publication date `pub`. Spans in
 * `exclude` (durations found first) are skipped, so "ont causé 6h30" is not a time. `hits` are those of
 * the date triggers when a shared scan has found them already.
 */
export function detectDates(text: string, pub: PublicationDate | null, exclude: readonly RawSpan[] = [], hits?: TriggerHits): RawDate[] {
  const a = anchorOf(pub);
  const found: RawDate[] = [];
  // Several rules share a trigger (the month names): find its hits once, and its windows once per distance.
  const hitsOf = new Map<RegExp, ReturnType<typeof triggerHits>>();
  const windowsOf: Array<Array<[number, number]> | undefined> = [];
  const literal = hits ?? DATE_TRIGGERS.hits(text);
  const T = classTable();
  for (const rule of RULES) {
    const slot = WINDOW_SLOT.get(rule)!;
    let ws = windowsOf[slot];
    if (!ws) {
      if (rule.trigger) {
        let h = hitsOf.get(rule.trigger);
        if (!h) hitsOf.set(rule.trigger, (h = triggerHits(text, rule.trigger, literal.get(rule.trigger))));
        ws = windows(h.hits, h.real, rule.before ?? LOOK_BEFORE);
      } else {
        ws = [[0, text.length]];
      }
      windowsOf[slot] = ws;
    }
    const sticky = stickyOf(rule.re);
    const starts = STARTS.get(rule)!;
    for (let w = 0; w < ws.length; w++) {
      const from = ws[w][0];
      const to = ws[w][1];
      // Run on a slice: an exec from `from` on the whole text would scan on to its end when nothing matches.
      // Cut when a position is first tried: most windows of a text dense with hits have none.
      const base = Math.max(0, from - 1);
      let sub: string | null = rule.trigger ? null : text;
      const offset = rule.trigger ? base : 0;
      // The matches of a global `exec` loop from `from`, whose matches that start inside a word are skipped
      // (the left word boundary is checked in code rather than by a look-behind in every pattern, 4×
      // faster): tried with a sticky copy at the positions where such a match can start, a word start
      // whose unit can begin the pattern. A global search would try every position of the window.
      let p = from;
      while (p <= to) {
        const c = text.charCodeAt(p);
        // Every start is an ASCII letter or digit.
        if ((T[c] & (LETTER | DIGIT)) === 0) {
          p++;
          continue;
        }
        const tried =
          (p === 0 || (T[text.charCodeAt(p - 1)] & (LETTER | DIGIT)) === 0) &&
          c < 128 &&
          starts.firsts[c] !== 0 &&
          (starts.alone[c] !== 0 || starts.pairs.has((c << 16) | text.charCodeAt(p + 1)));
        let m: RegExpExecArray | null = null;
        if (tried) {
          sub ??= text.slice(base, Math.min(text.length, to + 80));
          sticky.lastIndex = p - offset;
          m = sticky.exec(sub);
        }
        if (m === null || m[0].length === 0) {
          // No position inside this run of letters and digits is a word start.
          p++;
          while (p <= to && (T[text.charCodeAt(p)] & (LETTER | DIGIT)) !== 0) p++;
          continue;
        }
        m.index += offset;
        p = m.index + m[0].length;
        const r = rule.handle(m, text, a);
        if (r) {
          // Keep leading prepositions that are part of the phrase ("en février 2022") but trim trailing spaces.
          const end = m.index + m[0].trimEnd().length;
          const start = m.index + (r.startShift ?? 0);
          found.push({ value: r.value, precision: r.precision, candidates: r.candidates, relative: r.relative, sameMonthDay: r.sameMonthDay, start, end });
        }
      }
    }
  }
  // Longest match wins; earlier rules win ties (they are listed from most to least specific).
  // The sort is stable: equal starts and lengths keep the order of the rules.
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: RawDate[] = [];
  let lastEnd = -1;
  // Durations come sorted already: the copy and the sort only when they would change something.
  const ex = exclude.every((x, k) => k === 0 || exclude[k - 1].start <= x.start) ? exclude : [...exclude].sort((x, y) => x.start - y.start);
  let e = 0;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    while (e < ex.length && ex[e].end <= f.start) e++;
    if (e < ex.length && ex[e].start < f.end) continue;
    kept.push(f);
    lastEnd = f.end;
  }
  resolveSameMonth(kept);
  return kept;
}

/** "le 12 du même mois" takes the month of the previous date mention that has one. */
function resolveSameMonth(dates: RawDate[]): void {
  let month: string | null = null;
  for (const d of dates) {
    if (d.sameMonthDay !== undefined) {
      const day = String(d.sameMonthDay).padStart(2, '0');
      d.value = month ? `${month}-${day}` : `XXXX-XX-${day}`;
      if (month && !month.startsWith('X')) {
        const [y, mo] = month.split('-').map(Number);
        if (d.sameMonthDay > daysInMonth(y, mo)) d.value = `${month}-${day}`;
      }
      delete d.sameMonthDay;
      continue;
    }
    const m = /^((?:\d{4}|XXXX)-(?:\d{2}))(?:-|$|T)/.exec(d.value);
    if (m && d.precision !== 'week') month = m[1];
  }
}

