/**
 * TIMEX3 expressions built on weekdays that the date rules do not read: weekends ("over the weekend", "ce
 * week-end") and a weekday counted in a month or a season ("le premier dimanche du printemps", "the last Monday
 * of May"). Each a sticky pattern and a reader for `timexRules.ts`'s families.
 */
import { addDays, daysInMonth, isoDay, isoWeek, isoWeekday, type Ymd } from './calendar';
import { MONTHS, WEEKDAYS } from './calendarWords';
import { hasFutureCue } from './text';
import type { Pub, TimexHit } from './timexRules';

type Hit = Omit<TimexHit, 'start' | 'end'>;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export const WEEKEND_FIRSTS = ['the', 'this', 'last', 'next', 'ce', 'le'];
export const WEEKEND_RE = new RegExp(`${B}(?:[tT]he|[tT]his|[lL]ast|[nN]ext|[cC]e|[lL]e)\\s(?:weekend|week-end)(?:\\s(dernier|prochain))?${E}`, 'uy');

/**
 * The weekend a mention names, as its ISO week and "WE": on a Saturday or Sunday the one under way; else the
 * one just past ("over the weekend" in a Monday article), the coming one for "next" or a future clause.
 */
export function readWeekend(m: RegExpExecArray, pub: Pub | null, text: string): Hit {
  if (pub?.m === undefined || pub.d === undefined) return { type: 'DATE', value: 'XXXX-WXX-WE' };
  const day = { y: pub.y, m: pub.m, d: pub.d };
  const onWeekend = isoWeekday(day) >= 6;
  const lead = m[0].toLowerCase();
  const last = lead.startsWith('last') || m[1] === 'dernier';
  const next = lead.startsWith('next') || m[1] === 'prochain' || (!last && hasFutureCue(text, m.index, m.index + m[0].length));
  const weeks = last ? -1 : next ? (onWeekend ? 1 : 0) : onWeekend ? 0 : -1;
  return { type: 'DATE', value: `${isoWeek(addDays(day, weeks * 7))}-WE` };
}

export const PERIOD_END_FIRSTS = ['the', 'end', 'year', 'fin'];
export const PERIOD_END_RE = new RegExp(
  `${B}(?:(?:[tT]he\\s)?[eE]nd\\sof\\s(?:(the|this|next|last)\\s)?(year|week)|[yY]ear(?:-|\\s|['’]s\\s)end|[fF]in\\s(?:d['’]|de\\sl['’])année)${E}`,
  'uy',
);
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|depuis)\s$/iu;

/**
 * "by year-end", "the end of this week", "fin d'année": the last day of the year of publication (whose
 * prefixes give its year and month) or its week; "next"/"last" move it, and "since year-end" is the one
 * before publication. The end of a month is left out: the articles' gold does not count "before the end of
 * the month" as a date.
 */
export function readPeriodEnd(m: RegExpExecArray, pub: Pub | null, text: string): Hit | null {
  if (pub?.m === undefined || pub.d === undefined) return null;
  const shift = m[1] === 'next' ? 1 : m[1] === 'last' ? -1 : 0;
  if (m[2] === 'week') return { type: 'DATE', value: isoWeek(addDays({ y: pub.y, m: pub.m, d: pub.d }, shift * 7)), covers: true };
  const since = SINCE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
  return { type: 'DATE', value: `${pub.y + shift - (since ? 1 : 0)}-12-31`, covers: true };
}

// prettier-ignore
const RANK: Record<string, number> = {
  premier: 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4, dernier: -1, first: 1, third: 3, fourth: 4, last: -1,
};
/** The first day of each season (the equinoxes and solstices, to the day as most years have them) and the season after it. */
// prettier-ignore
const SEASON_START: Record<string, [month: number, day: number]> = {
  printemps: [3, 20], spring: [3, 20], été: [6, 21], summer: [6, 21], automne: [9, 22], autumn: [9, 22], fall: [9, 22], hiver: [12, 21], winter: [12, 21],
};
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).filter((w) => !w.endsWith('.'));
const MONTH_WORDS = Object.keys(MONTHS).filter((w) => !w.endsWith('.'));
const words = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).join('|');

export const ORDINAL_WEEKDAY_FIRSTS = ['le', 'the'];
/** The ranks and weekdays that follow ORDINAL_WEEKDAY_FIRSTS, for timexPaths. */
export const ORDINAL_WEEKDAY_WORDS = [Object.keys(RANK), WEEKDAY_WORDS];
export const ORDINAL_WEEKDAY_RE = new RegExp(
  `${B}(?:[lL]e|[tT]he)\\s(${words(Object.keys(RANK))})\\s(${words(WEEKDAY_WORDS)})\\s(?:du|de|d['’]|of|in)\\s?(?:l['’]|the\\s)?` +
    `(${words([...MONTH_WORDS, ...Object.keys(SEASON_START)])})(?:\\s(\\d{4}))?${E}`,
  'uiy',
);

/** The `rank`-th (-1: last) weekday `wd` in [from, to) (days of a month or a season), or null. */
function rankedDay(from: Ymd, days: number, wd: number, rank: number): Ymd | null {
  if (rank > 0) {
    const offset = ((wd - isoWeekday(from) + 7) % 7) + (rank - 1) * 7;
    return offset < days ? addDays(from, offset) : null;
  }
  const lastDay = addDays(from, days - 1);
  return addDays(lastDay, -((isoWeekday(lastDay) - wd + 7) % 7));
}

/** The period a month or season word names in year `y`: its first day and its length in days. */
function periodOf(word: string, y: number): { from: Ymd; days: number } {
  const month = MONTHS[word];
  if (month) return { from: { y, m: month, d: 1 }, days: daysInMonth(y, month) };
  const [m, d] = SEASON_START[word];
  // A season lasts until the next one starts: about 93 days, cut at the next start.
  const next = Object.values(SEASON_START).find(([nm]) => nm === (m % 12) + 3) ?? [3, 20];
  const end = { y: next[0] < m ? y + 1 : y, m: next[0], d: next[1] };
  let days = 0;
  for (let x = { y, m, d }; isoDay(x) < isoDay(end); x = addDays(x, 1)) days++;
  return { from: { y, m, d }, days };
}

/**
 * "le premier dimanche du printemps", "the last Monday of May": that day in the year named, else in the
 * publication year, the next one when it is already past in a future clause ("prévue le premier dimanche du
 * printemps" in a May article).
 */
export function readOrdinalWeekday(m: RegExpExecArray, pub: Pub | null, text: string): Hit | null {
  const rank = RANK[m[1].toLowerCase()];
  const wd = WEEKDAYS[m[2].toLowerCase()];
  const word = m[3].toLowerCase();
  if (!rank || !wd || (!MONTHS[word] && !SEASON_START[word])) return null;
  const named = m[4] ? Number(m[4]) : undefined;
  const y = named ?? pub?.y;
  if (y === undefined) return null;
  const at = (year: number): Ymd | null => {
    const p = periodOf(word, year);
    return rankedDay(p.from, p.days, wd, rank);
  };
  let day = at(y);
  if (day && named === undefined && pub?.m !== undefined && pub.d !== undefined) {
    const past = isoDay(day) < isoDay({ y: pub.y, m: pub.m, d: pub.d });
    if (past && hasFutureCue(text, m.index, m.index + m[0].length)) day = at(y + 1);
  }
  return day ? { type: 'DATE', value: isoDay(day), covers: true } : null;
}
