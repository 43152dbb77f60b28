/**
 * Named holidays as dates: fixed ones ("Christmas", "le jour de l'An", "la Toussaint"), those counted from a
 * weekday of a month ("Thanksgiving", "Labor Day") and those counted from Easter ("Pâques", "la Pentecôte",
 * "l'Ascension", "Good Friday"), resolved against the publication date. Written by us from the calendar rules.
 */
import { addDays, isoDay, isoWeekday, type Ymd } from './calendar';
import { escapeRegExp as esc } from '../text/regexp';

/** How a holiday falls in year `y`. */
type Rule = (y: number) => Ymd;

const fixed =
  (m: number, d: number): Rule =>
  (y) => ({ y, m, d });
/** The `n`th (1-based; -1 for the last) ISO weekday `wd` of month `m`. */
const nthWeekday =
  (m: number, wd: number, n: number): Rule =>
  (y) => {
    if (n > 0) {
      const first = { y, m, d: 1 };
      return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
    }
    const lastOf = m === 12 ? { y, m: 12, d: 31 } : addDays({ y, m: m + 1, d: 1 }, -1);
    return addDays(lastOf, -((isoWeekday(lastOf) - wd + 7) % 7));
  };

/** Easter Sunday of year `y` (Gregorian computus, Meeus/Jones/Butcher). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
const fromEaster =
  (days: number): Rule =>
  (y) =>
    addDays(easter(y), days);

/** Holiday names (lower case, spaces single) and their rule. */
const HOLIDAYS: Record<string, Rule> = {
  christmas: fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  'independence day': fixed(7, 4),
  halloween: fixed(10, 31),
  "valentine's day": fixed(2, 14),
  'veterans day': fixed(11, 11),
  thanksgiving: nthWeekday(11, 4, 4),
  'thanksgiving day': nthWeekday(11, 4, 4),
  'labor day': nthWeekday(9, 1, 1),
  'memorial day': nthWeekday(5, 1, -1),
  easter: fromEaster(0),
  'easter sunday': fromEaster(0),
  'good friday': fromEaster(-2),
  "jour de l'an": fixed(1, 1),
  'saint-sylvestre': fixed(12, 31),
  toussaint: fixed(11, 1),
  'saint-valentin': fixed(2, 14),
  'fête du travail': fixed(5, 1),
  'fête nationale': fixed(7, 14),
  armistice: fixed(11, 11),
  pâques: fromEaster(0),
  pentecôte: fromEaster(49),
  ascension: fromEaster(39),
};

const names = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length);
const capitalised = (w: string): string => w.replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
/** The French holidays named after their article ("la Toussaint", "l'Ascension"). */
export const HOLIDAY_AFTER_ARTICLE = ['Toussaint', 'Saint-Sylvestre', 'Saint-Valentin', 'Fête du travail', 'Fête nationale', 'Pentecôte', 'Ascension'];
/**
 * English holidays are capitalised; French ones after their article ("la Toussaint", "l'Ascension": alone,
 * "Toussaint" and "Ascension" are also a name and a noun), "Pâques" and "Noël" after a preposition of time.
 */
export const HOLIDAY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:((?:[lL]ast|[nN]ext|[tT]his)\\s)?(${names
    .filter((n) => /^[a-z' ]+$/.test(n) && !/jour de/.test(n))
    .map((n) => esc(capitalised(n)).replace(/ /g, '\\s'))
    .join('|')})` +
    `|(?:[lL]a\\s|[lL]['’])(${HOLIDAY_AFTER_ARTICLE.map((n) => n.replace(/ /g, '\\s')).join('|')})` +
    `|(?:[lL]e\\s)?(jour\\sde\\sl['’]An)` +
    `|(?<=(?:à|avant|après|depuis|pour|de|dès)\\s)(Pâques|Noël))(?![\\p{L}\\p{N}])`,
  'uy',
);

/** The words a HOLIDAY_RE match can start with, lower case (for the word pass of timexRules). */
export const HOLIDAY_FIRSTS: readonly string[] = ['last', 'next', 'this', 'la', 'l', 'le', 'jour', 'pâques', 'noël', ...names.map((n) => n.split(/[\s'-]/)[0])];

/** How many days after publication a holiday of the publication year is still the coming one. */
const NEAR_DAYS_AHEAD = 90;

/**
 * The day of the holiday a HOLIDAY_RE match names, against the publication date: "last"/"next" the one
 * before/after it, else the one of its year unless that is more than NEAR_DAYS_AHEAD days ahead (last year's).
 */
export function readHoliday(m: RegExpExecArray, pub: { y: number; m?: number; d?: number } | null): { type: 'DATE'; value: string } | null {
  const name = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/’/g, "'")
    .replace(/^noël$/, 'christmas')
    .replace(/^jour de l'an$/, "jour de l'an");
  const rule = HOLIDAYS[name];
  if (!rule || !pub) return null;
  const ref: Ymd = { y: pub.y, m: pub.m ?? 7, d: pub.d ?? 1 };
  const dayNumber = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d) / 86400000;
  const mod = (m[1] ?? '').trim().toLowerCase();
  let day = rule(pub.y);
  const ahead = dayNumber(day) - dayNumber(ref);
  if (mod === 'last' ? ahead >= 0 : mod === 'next' ? false : ahead > NEAR_DAYS_AHEAD) day = rule(pub.y - 1);
  if (mod === 'next' && ahead <= 0) day = rule(pub.y + 1);
  return { type: 'DATE', value: isoDay(day) };
}
