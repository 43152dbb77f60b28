/**
 * TIMEX3 expressions the date and duration rules do not read: present/past/future references ("now",
 * "désormais"), sets ("chaque année", "every Thursday", "daily"), seasons, quarters, decades and centuries,
 * vague durations ("quelques jours", "several years"), duration nouns ("une décennie", "quinquennat") and
 * anaphoric days ("le lendemain", "the day before", resolved later against the previous day mentioned).
 * One pass of one compiled pattern per family; every pattern starts with a literal word and holds no nested
 * quantifier, so it stays linear.
 */
import { isoMonth } from './calendar';
import { HOLIDAY_AFTER_ARTICLE, HOLIDAY_FIRSTS, HOLIDAY_RE, readHoliday } from './holidays';
import { MONTHS, WEEKDAYS } from './calendarWords';
import { classTable, DIGIT as DIGIT_FLAG, LETTER as LETTER_FLAG, UnitScratch } from './chars';
import { parseNumber } from './numbers';
import type { TimexType } from './timex';
import {
  ORDINAL_WEEKDAY_FIRSTS,
  ORDINAL_WEEKDAY_RE,
  ORDINAL_WEEKDAY_WORDS,
  PERIOD_END_FIRSTS,
  PERIOD_END_RE,
  readOrdinalWeekday,
  readPeriodEnd,
  readWeekend,
  WEEKEND_FIRSTS,
  WEEKEND_RE,
} from './timexWeekdays';
import { followsPath, mergePaths, NUMBER, phrasePaths, romanOrdinals, wordsAfter, type WordPath, type WordPaths } from './timexPaths';
import { LowerWordMap } from './wordSignature';
import { alt, B, capAlt, E } from './timexPattern';
import { readShortYear, readYear, SHORT_YEAR_RE, YEAR_PATHS, YEAR_RE } from './timexYears';

/** A TIMEX3 expression found here, UTF-16 offsets. */
export interface TimexHit {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  /** A day counted from the previous day mentioned (or publication): "le lendemain" is +1. */
  anaphoricDays?: number;
  /** A part of day to add to that day ("le lendemain matin"). */
  partOfDay?: string;
  /** Replaces the dates the rules found inside it ("le premier [dimanche] du printemps"). */
  covers?: boolean;
}

/** The publication date as numbers (month and day when known). */
export interface Pub {
  y: number;
  m?: number;
  d?: number;
}

// Module copies of the class flags: read in the inner loop, where an import binding costs a lookup each time.
const DIGIT = DIGIT_FLAG;
const LETTER = LETTER_FLAG;
const WORD = LETTER | DIGIT;
const APOS = `['’]`;
const AGO_AFTER = /^\sago(?![\p{L}])/u;

// The tables and patterns below are laid out by hand, several entries a line, to be read as tables.
// prettier-ignore
const PART_OF_DAY: Record<string, string> = {
  matin: 'TMO', matinée: 'TMO', morning: 'TMO', 'après-midi': 'TAF', afternoon: 'TAF', soir: 'TEV', soirée: 'TEV', evening: 'TEV',
  nuit: 'TNI', night: 'TNI', nights: 'TNI', tonight: 'TNI', overnight: 'TNI', midi: 'TMI', noon: 'TMI',
};
/** The part-of-day suffix of a word ("soir" → "TEV"), or undefined. */
export const partOfDay = (word: string): string | undefined => PART_OF_DAY[word.toLowerCase()];

// prettier-ignore
const SET_UNIT: Record<string, string> = {
  jour: 'P1D', jours: 'P1D', journée: 'P1D', day: 'P1D', days: 'P1D', semaine: 'P1W', semaines: 'P1W', week: 'P1W', weeks: 'P1W',
  mois: 'P1M', month: 'P1M', months: 'P1M', an: 'P1Y', ans: 'P1Y', année: 'P1Y', années: 'P1Y', year: 'P1Y', years: 'P1Y',
  heure: 'PT1H', heures: 'PT1H', hour: 'PT1H', hours: 'PT1H', trimestre: 'P3M', quarter: 'P3M', semestre: 'P6M',
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P3M',
  quotidiennement: 'P1D', annuellement: 'P1Y', mensuellement: 'P1M', hebdomadairement: 'P1W',
};

// Words read as references in nearly every use; "previously", "soon" are left out: in news copy they mostly
// qualify a verb ("previously reported") and TimeML marks few of them. "the past" only as a noun (see PAST_NOUN).
// prettier-ignore
const REF: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', 'these days': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'at present': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF',
  'the past': 'PAST_REF', 'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF',
  maintenant: 'PRESENT_REF', désormais: 'PRESENT_REF', dorénavant: 'PRESENT_REF', actuellement: 'PRESENT_REF', 'à présent': 'PRESENT_REF', 'en ce moment': 'PRESENT_REF',
  'pour le moment': 'PRESENT_REF', "pour l'instant": 'PRESENT_REF', 'de nos jours': 'PRESENT_REF', actuel: 'PRESENT_REF', actuelle: 'PRESENT_REF', actuels: 'PRESENT_REF', actuelles: 'PRESENT_REF',
  récemment: 'PAST_REF', auparavant: 'PAST_REF', autrefois: 'PAST_REF', jadis: 'PAST_REF', naguère: 'PAST_REF', 'par le passé': 'PAST_REF',
  bientôt: 'FUTURE_REF', prochainement: 'FUTURE_REF', "l'avenir": 'FUTURE_REF', 'à l’avenir': 'FUTURE_REF', "à l'avenir": 'FUTURE_REF', 'l’avenir': 'FUTURE_REF', 'le futur': 'FUTURE_REF',
};

/** "the past" is the past only as a noun: before a mark, the end or a clause ("in the past, …", "in the past it"), not in "the past year". */
const PAST_NOUN = /^(?:\s*[^\p{L}\p{N}\s]|\s*$|\s(?:that|when|as|and|but|it|he|she|they|we|I)\s)/u;
const REF_RE = new RegExp(`${B}(${capAlt(Object.keys(REF))})${E}`, 'uy');

const WD_WORDS = Object.keys(WEEKDAYS);
const MONTH_WORDS = Object.keys(MONTHS).filter((w) => !w.endsWith('.'));
const PLURAL_WD = WD_WORDS.map((w) => `${w}s`);
// prettier-ignore
const SET_RE = new RegExp(
  `${B}(?:(${capAlt(['chaque', 'every', 'each'])})\\s(${alt([...Object.keys(SET_UNIT).filter((u) => !/ly$|ment$/.test(u)), ...WD_WORDS, ...MONTH_WORDS, ...Object.keys(PART_OF_DAY)])})` +
    `|(${capAlt(['tous les', 'toutes les'])})\\s(${alt(['jours', 'ans', 'mois', 'semaines', 'matins', 'soirs', 'nuits', 'heures', ...PLURAL_WD])})` +
    // "quarterly" and "annually" are left out: in news copy mostly "quarterly dividend", "rise 5% annually".
    `|(${capAlt(['daily', 'weekly', 'monthly', 'yearly', 'hourly', 'quotidiennement', 'mensuellement', 'hebdomadairement'])})` +
    `|(?:par|per)\\s(jour|an|semaine|mois|semestre|trimestre|day|year|week|month|quarter))${E}`,
  'iuy',
);

// prettier-ignore
const SEASONS: Record<string, string> = { printemps: 'SP', été: 'SU', eté: 'SU', automne: 'FA', hiver: 'WI', spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
// prettier-ignore
const SEASON_LEADS = ['this past', 'this', 'last', 'next', 'the', 'early', 'late', 'cet', 'ce', 'l’', "l'", 'en', 'in', 'au', 'à l’', "à l'", 'début de l’', "début de l'", 'fin de l’', "fin de l'"];
// prettier-ignore
const SEASON_RE = new RegExp(
  `${B}(?:(${capAlt(SEASON_LEADS)})\\s?)` +
    `(${alt(Object.keys(SEASONS))})(?:\\s(dernier|prochain|passé|of\\s\\d{4}|\\d{4}))?${E}`,
  'uy',
);

// prettier-ignore
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, premier: 1, deuxième: 2, second_: 2, troisième: 3, quatrième: 4 };
// prettier-ignore
const QUARTER_RE = new RegExp(
  `${B}(?:(?:the|this|The|This|le|Le|ce|Ce)\\s)?(?:(\\d{4})\\s)?(?:fiscal[\\s-])?(first|second|third|fourth|First|Second|Third|Fourth|1st|2nd|3rd|4th)[\\s-]quarter(?:\\sof\\s(\\d{4}))?${E}` +
    `|${B}(?:(?:le|Le|ce|Ce)\\s)?(premier|deuxième|second|troisième|quatrième)\\strimestre(?:\\s(\\d{4}))?${E}` +
    `|${B}(?:the|this|that|The|This|That)\\s(?:(?:latest|last|same|current|comparable|recent)\\s)?quarter${E}` +
    // "the year-ago quarter", "the latest period", "the 1988 period", "year-earlier": against the quarter last named.
    `|${B}(?:(?:the|The)\\s(?:comparable\\s|corresponding\\s)?)?(year-(?:ago|earlier)|latest|(?:1[5-9]|20)\\d\\d)(?:\\s(?:quarter|period)${E}|(?=\\s\\p{L}))` +
    `|${B}[aA]\\syear\\s(?:earlier|ago)${E}`,
  'uy',
);

// prettier-ignore
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
// prettier-ignore
const DECADE_RE = new RegExp(
  `${B}(?:(?:the|The)\\s)?(?:(?:early|late|mid)[\\s-])?(?:(1[5-9]\\d0|20[0-2]0)s|${APOS}(\\d)0s|(${alt(Object.keys(DECADE_WORDS))}))${E}` +
    `|${B}(?:(?:début|fin|milieu|Début|Fin|Milieu)\\sdes\\s|(?:les|Les|des)\\s)?années\\s(?:(1[5-9]|20)?(\\d)0)${E}`,
  'uy',
);

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const romanValue = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    n += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return n;
};
// prettier-ignore
const CENTURY_RE = new RegExp(
  `${B}(?:(?:the|The)\\s)?(?:(?:early|late|mid)[\\s-])?(\\d{1,2})(?:st|nd|rd|th)[\\s-][cC]entury${E}` +
    `|${B}(?:(?:(?:début|fin|milieu|Début|Fin|Milieu)\\sdu|le|Le)\\s)?([IVX]{1,5}|\\d{1,2})(?:e|ème|è)\\ssiècle${E}`,
  'uy',
);

// prettier-ignore
const VAGUE_UNIT: Record<string, string> = {
  secondes: 'PTXS', seconds: 'PTXS', minutes: 'PTXM', heures: 'PTXH', hours: 'PTXH', jours: 'PXD', days: 'PXD', semaines: 'PXW', weeks: 'PXW', mois: 'PXM', months: 'PXM',
  années: 'PXY', ans: 'PXY', years: 'PXY', décennies: 'PXE', decades: 'PXE', siècles: 'PXC', centuries: 'PXC', quarters: 'PXQ',
};
// prettier-ignore
const VAGUE_LEADS = ['the past few', 'the next few', 'the last few', 'the past several', 'the next several', 'the last several', 'the coming', 'the first few', 'a few', 'several', 'many', 'recent', 'coming', 'quelques', 'plusieurs', 'de nombreuses', 'de nombreux', 'des', 'ces dernières', 'ces derniers', 'les prochaines', 'les prochains', 'les dernières', 'les derniers'];
// prettier-ignore
const VAGUE_RE = new RegExp(
  `${B}(${capAlt(VAGUE_LEADS)})\\s` +
    `(${alt(Object.keys(VAGUE_UNIT))})${E}`,
  'uy',
);

/** "over the past year": the year before publication, as "last year" (TimeML reads it as a date, "the past two years" as a duration). */
const PAST_YEAR_RE = new RegExp(`${B}[tT]he\\spast\\syear${E}`, 'uy');

/** A bare plural unit after a preposition: "for years", "within weeks", "for the first time in years" (PXY, PXW). */
const BARE_UNITS = ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours'];
const BARE_VAGUE_RE = new RegExp(`${B}(?:[Ff]or|[Ww]ithin|in|after|over)\\s(${BARE_UNITS.join('|')})${E}`, 'uy');

// prettier-ignore
const NOUN_YEARS: Record<string, number> = {
  décennie: 10, decade: 10, 'demi-siècle': 50, siècle: 100, century: 100, quinquennat: 5, septennat: 7, millénaire: 1000, millennium: 1000, 'half-century': 50,
};
const NOUN_COUNTS = ['un', 'une', 'a', 'one', 'deux', 'two', 'trois', 'three', 'quatre', 'four', 'cinq', 'five'];
const NOUNS = [...Object.keys(NOUN_YEARS), 'décennies', 'decades', 'siècles', 'centuries', 'quinquennats', 'septennats'];
const NOUN_RE = new RegExp(`${B}(?:(${capAlt(NOUN_COUNTS)})\\s)?(${alt(NOUNS)})${E}`, 'uy');

// prettier-ignore
const ANAPHORA: Record<string, number> = {
  'le lendemain': 1, 'la veille': -1, 'le surlendemain': 2, "l'avant-veille": -2, 'l’avant-veille': -2, 'le même jour': 0, 'ce jour-là': 0, 'le jour même': 0,
  'the next day': 1, 'the following day': 1, 'the day before': -1, 'the previous day': -1, 'the same day': 0, 'that day': 0, 'the day after': 1,
};
// prettier-ignore
const ANAPHORA_RE = new RegExp(`${B}(${capAlt(Object.keys(ANAPHORA))})(?:\\s(${alt(Object.keys(PART_OF_DAY).filter((w) => !/^(?:tonight|overnight|nights)$/.test(w)))}))?${E}`, 'uy');
/**
 * A year or month named against the one last mentioned: "that year", "the following month", "l'année
 * suivante" (unit and offset; timexConform resolves them as it does "le lendemain").
 */
// prettier-ignore
const PERIOD_ANAPHORA: Record<string, [unit: 'Y' | 'M', offset: number]> = {
  'that year': ['Y', 0], 'the same year': ['Y', 0], 'the following year': ['Y', 1], 'the previous year': ['Y', -1],
  'that month': ['M', 0], 'the same month': ['M', 0], 'the following month': ['M', 1], 'the previous month': ['M', -1],
  'cette année-là': ['Y', 0], 'la même année': ['Y', 0], "l'année suivante": ['Y', 1], "l'année précédente": ['Y', -1],
  'ce mois-là': ['M', 0], 'le mois suivant': ['M', 1], 'le mois précédent': ['M', -1],
};
const PERIOD_ANAPHORA_RE = new RegExp(
  `${B}(${capAlt([...Object.keys(PERIOD_ANAPHORA), ...Object.keys(PERIOD_ANAPHORA).map((k) => k.replace("'", '’'))])})${E}`,
  'uy',
);

/**
 * Quarter `q` of the year a mention without a year refers to: the publication year, or the year before
 * when that quarter has not begun at publication ("the fourth quarter" in a January article).
 */
function quarterValue(pub: Pub | null, q: number): string {
  if (!pub) return `XXXX-Q${q}`;
  return pub.m !== undefined && (q - 1) * 3 + 1 > pub.m ? `${pub.y - 1}-Q${q}` : `${pub.y}-Q${q}`;
}

/** The year of a season named against publication ("last fall" in a spring article: the previous year). */
function seasonYear(pub: Pub | null, season: string, mod: string): string {
  if (!pub) return 'XXXX';
  const order = ['WI', 'SP', 'SU', 'FA'];
  const current = pub.m === undefined ? -1 : order[Math.floor((pub.m % 12) / 3)] === undefined ? -1 : Math.floor((pub.m % 12) / 3);
  const k = order.indexOf(season);
  if (/^(?:last|dernier|passé|this past)$/.test(mod)) return String(current >= 0 && k < current ? pub.y : pub.y - 1);
  if (/^(?:next|prochain)$/.test(mod)) return String(current >= 0 && k > current ? pub.y : pub.y + 1);
  return String(pub.y);
}

type Read = (m: RegExpExecArray, pub: Pub | null, text: string) => (Omit<TimexHit, 'start' | 'end'> & { extend?: number }) | null;

/** One family: a sticky pattern, what it gives, the words it can start with, and a lead to leave out of the span. */
interface Family {
  re: RegExp;
  read: Read;
  firsts: readonly string[];
  /** Also tried at a number ("1990s"), a Roman numeral ("XIXe") or an apostrophe ("'80s"). */
  digits?: boolean;
  roman?: boolean;
  apostrophe?: boolean;
  skip?: RegExp;
  /** The words its match must hold after its first word (see timexPaths.ts): where they are not next, the pattern does not run. */
  paths?: WordPaths;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
const REF_NORM = new Map(Object.entries(REF).map(([k, v]) => [norm(k), v]));
const firstWords = (phrases: readonly string[]): string[] => phrases.map((p) => norm(p).split(/[\s'-]/)[0]);

/**
 * A word before "daily", "weekly" that makes it part of a measure or a name ("average daily volume", "the
 * Party daily"), not a frequency. A determiner alone does not: TimeML reads "a daily rally", "his weekly
 * address" as sets.
 */
const ADJECTIVE_BEFORE = /(?:^|[^\p{L}])(?:average|first|party|per)\s$/iu;

function readSet(m: RegExpExecArray, _pub: Pub | null, text: string): Omit<TimexHit, 'start' | 'end'> | null {
  if (m[5] && ADJECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  const unit = (m[2] ?? m[4] ?? m[5] ?? m[6] ?? '').toLowerCase();
  const wd = WEEKDAYS[unit.replace(/s$/, '')];
  if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}` };
  const month = MONTHS[unit];
  if (month) return { type: 'SET', value: isoMonth(0, month).replace(/^0000/, 'XXXX') };
  const pod = partOfDay(unit.replace(/s$/, ''));
  if (pod) return { type: 'SET', value: `XXXX-XX-XX${pod}` };
  const v = SET_UNIT[unit] ?? SET_UNIT[unit.replace(/s$/, '')];
  return v ? { type: 'SET', value: v } : null;
}

function readSeason(m: RegExpExecArray, pub: Pub | null): Omit<TimexHit, 'start' | 'end'> | null {
  const season = SEASONS[m[2].toLowerCase()];
  const pre = (m[1] ?? '').toLowerCase();
  const yearAfter = /(\d{4})$/.exec(m[3] ?? '');
  if (yearAfter) return { type: 'DATE', value: `${yearAfter[1]}-${season}` };
  // "the fall of the wall", "the fall in prices": "fall" after "the" is a season only with a year.
  if (pre === 'the' && season === 'FA' && m[2].toLowerCase() === 'fall') return null;
  if (/^(?:en|in)$/.test(pre) && !m[3]) return { type: 'DATE', value: `XXXX-${season}` };
  const mod = m[3] ?? (/^(?:this past|last|next)$/.test(pre) ? pre : '');
  return { type: 'DATE', value: `${seasonYear(pub, season, mod.toLowerCase())}-${season}` };
}

function readNoun(m: RegExpExecArray, pub: Pub | null, text: string): (Omit<TimexHit, 'start' | 'end'> & { extend?: number }) | null {
  const noun = m[2].toLowerCase();
  const years = NOUN_YEARS[noun] ?? NOUN_YEARS[noun.replace(/s$/, '')];
  if (!years) return null;
  // "le siècle", "the decade" name a period, not a length: a count, or a noun that is a term of office.
  if (!m[1] && !/^(?:quinquennat|septennat|demi-siècle|half-century)s?$/.test(noun)) return null;
  const n = m[1] ? parseNumber(m[1]) : NaN;
  const count = Number.isFinite(n) && n > 0 ? n : 1;
  // "a decade ago", "two decades ago": a year counted back from publication, as "ten years ago".
  const ago = AGO_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
  if (ago) return { type: 'DATE', value: pub ? String(pub.y - count * years) : 'PAST_REF', extend: ago[0].length };
  return { type: 'DURATION', value: `P${count * years}Y` };
}

const WORD_NEXT = /^\s\p{L}/u;

/**
 * "le lendemain", "the day before": a day counted from the last one named. In apposition to a date ("Oct. 12,
 * the day before the plunge") it names that date itself, the preposition opening a clause of its own: "the day", 0 days.
 */
function readAnaphora(m: RegExpExecArray, _pub: Pub | null, text: string): (Omit<TimexHit, 'start' | 'end'> & { extend?: number }) | null {
  const phrase = m[1].toLowerCase().replace(/\s+/g, ' ');
  const prep =
    !m[2] &&
    /^the day (?:before|after)$/.test(phrase) &&
    text.slice(Math.max(0, m.index - 2), m.index) === ', ' &&
    WORD_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
  if (prep) return { type: 'DATE', value: 'DAY_ANAPHOR', anaphoricDays: 0, extend: -(phrase.length - 'the day'.length) };
  const days = ANAPHORA[norm(m[1]).replace(/'/g, "'")] ?? ANAPHORA[phrase];
  return { type: m[2] ? 'TIME' : 'DATE', value: 'DAY_ANAPHOR', anaphoricDays: days, partOfDay: m[2] ? partOfDay(m[2]) : undefined };
}

// The words after a first word that the quarter, decade and century patterns require: a number, "fiscal" or an
// ordinal and "quarter"/"trimestre" after "le"; "années" and a number after "les"; a numeral after "le" of a century.
const ORDINAL_WORDS = Object.keys(ORDINAL).filter((w) => /^\p{L}+$/u.test(w));
// prettier-ignore
const QUARTER_PATHS = mergePaths(phrasePaths(['le', 'ce'], [NUMBER, 'fiscal']), phrasePaths(['le', 'ce'], ORDINAL_WORDS, ['quarter', 'trimestre']), phrasePaths(['a year'], ['earlier', 'ago']), 
  phrasePaths(['the', 'this'], [NUMBER]), phrasePaths(['the fiscal', 'this fiscal'], [NUMBER, ...ORDINAL_WORDS]), phrasePaths(['the', 'this'], ORDINAL_WORDS, ['quarter']), phrasePaths(['the', 'this', 'that'], ['quarter']),
  phrasePaths(['the', 'this', 'that'], ['latest', 'last', 'same', 'current', 'comparable', 'recent'], ['quarter']), phrasePaths(['the latest'], ['period']), phrasePaths(['the comparable', 'the corresponding'], ['year', 'latest', NUMBER]), phrasePaths(['the year'], ['ago', 'earlier']));
// prettier-ignore
const DECADE_PATHS = mergePaths(phrasePaths(['les', 'des', 'début des', 'fin des', 'milieu des'], ['années'], [NUMBER]), phrasePaths(['the'], [NUMBER, 'early', 'late', 'mid', ...Object.keys(DECADE_WORDS)]), phrasePaths(['early', 'late', 'mid'], [NUMBER, ...Object.keys(DECADE_WORDS)]));
const CENTURY_NUMERALS = [NUMBER, ...romanOrdinals()];
// prettier-ignore
const CENTURY_PATHS = mergePaths(phrasePaths(['le'], CENTURY_NUMERALS), phrasePaths(['début du', 'fin du', 'milieu du'], CENTURY_NUMERALS), phrasePaths(['the'], [NUMBER, 'early', 'late', 'mid']), phrasePaths(['early', 'late', 'mid'], [NUMBER]));

// prettier-ignore
const FAMILIES: Family[] = [
  { re: HOLIDAY_RE, firsts: HOLIDAY_FIRSTS, read: (m, pub) => readHoliday(m, pub), paths: mergePaths(phrasePaths(['la', 'l'], HOLIDAY_AFTER_ARTICLE), phrasePaths(['le jour', "jour de l'an"])) },
  { re: REF_RE, firsts: firstWords(Object.keys(REF)), paths: phrasePaths(Object.keys(REF)), read: (m, _pub, text) => {
    const v = REF_NORM.get(norm(m[1]));
    if (/^the\spast$/i.test(m[1]) && !PAST_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7))) return null;
    return v ? { type: 'DATE', value: v } : null;
  } },
  { re: SET_RE, paths: phrasePaths(['par', 'per'], ['jour', 'an', 'semaine', 'mois', 'semestre', 'trimestre', 'day', 'year', 'week', 'month', 'quarter']), firsts: ['chaque', 'every', 'each', 'tous', 'toutes', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'quotidiennement', 'mensuellement', 'hebdomadairement', 'par', 'per'], read: readSet, skip: /^(?:par|per)\s/i },
  { re: SEASON_RE, firsts: ['this', 'last', 'next', 'the', 'early', 'late', 'cet', 'ce', 'l', 'en', 'in', 'au', 'à', 'début', 'fin'], read: readSeason, skip: /^(?:en|in|au|à)\s/i, paths: phrasePaths(SEASON_LEADS, Object.keys(SEASONS)) },
  { re: QUARTER_RE, paths: QUARTER_PATHS, firsts: ['the', 'this', 'that', 'le', 'ce', 'fiscal', 'first', 'second', 'third', 'fourth', 'premier', 'deuxième', 'troisième', 'quatrième', 'year', 'a'], digits: true, read: (m, pub) => {
    const year = m[1] ?? m[3] ?? m[5];
    const ord = m[2] ?? m[4];
    if (/^a\s/i.test(m[0])) return { type: 'DATE', value: 'QUARTER_ANAPHOR-1' };
    if (m[6]) {
      // Without "quarter"/"period" only "year-earlier profit" reads as a period; a bare year is left to the year rules.
      if (!/(?:quarter|period)$/.test(m[0]) && !/^year-/.test(m[6])) return null;
      return { type: 'DATE', value: /^year-/.test(m[6]) ? 'QUARTER_ANAPHOR-1' : m[6] === 'latest' ? 'QUARTER_ANAPHOR' : `QUARTER_ANAPHOR@${m[6]}` };
    }
    if (!ord) return { type: 'DATE', value: 'QUARTER_ANAPHOR' };
    return { type: 'DATE', value: year ? `${year}-Q${ORDINAL[ord.toLowerCase()]}` : quarterValue(pub, ORDINAL[ord.toLowerCase()]) };
  } },
  { re: DECADE_RE, paths: DECADE_PATHS, firsts: ['the', 'early', 'late', 'mid', ...Object.keys(DECADE_WORDS), 'début', 'fin', 'milieu', 'les', 'des', 'années'], digits: true, apostrophe: true, read: (m) => {
    if (m[1]) return { type: 'DATE', value: m[1].slice(0, 3) };
    if (m[2]) return { type: 'DATE', value: `19${m[2]}` };
    if (m[3]) return { type: 'DATE', value: `19${DECADE_WORDS[m[3].toLowerCase()]}` };
    return { type: 'DATE', value: `${m[4] ?? '19'}${m[5]}` };
  } },
  { re: CENTURY_RE, paths: CENTURY_PATHS, firsts: ['the', 'early', 'late', 'mid', 'début', 'fin', 'milieu', 'le'], digits: true, roman: true, read: (m) => {
    const n = m[1] ? Number(m[1]) : /^\d/.test(m[2]) ? Number(m[2]) : romanValue(m[2]);
    return n >= 1 && n <= 21 ? { type: 'DATE', value: String(n - 1).padStart(2, '0') } : null;
  } },
  { re: VAGUE_RE, firsts: ['the', 'a', 'several', 'many', 'recent', 'coming', 'quelques', 'plusieurs', 'de', 'des', 'ces', 'les'], paths: phrasePaths(VAGUE_LEADS, Object.keys(VAGUE_UNIT)), read: (m, _pub, text) => {
    // "several years ago" is a past reference.
    const ago = AGO_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (ago) return { type: 'DATE', value: 'PAST_REF', extend: ago[0].length };
    // "recent weeks", "the coming years": TimeML reads a vague length (PXW, PXY), as "several weeks".
    return { type: 'DURATION', value: VAGUE_UNIT[m[2]] };
  } },
  { re: WEEKEND_RE, firsts: WEEKEND_FIRSTS, read: readWeekend, paths: phrasePaths(WEEKEND_FIRSTS, ['weekend', 'week-end']) },
  { re: ORDINAL_WEEKDAY_RE, firsts: ORDINAL_WEEKDAY_FIRSTS, read: readOrdinalWeekday, paths: phrasePaths(ORDINAL_WEEKDAY_FIRSTS, ...ORDINAL_WEEKDAY_WORDS) },
  { re: PERIOD_END_RE, firsts: PERIOD_END_FIRSTS, read: readPeriodEnd, paths: phrasePaths(['the end of', 'end of', 'year end', "year's end", "fin d'année", "fin de l'année"]) },
  { re: SHORT_YEAR_RE, firsts: ['en', 'depuis', 'dès', 'jusqu', 'since'], paths: phrasePaths(['en', 'depuis', 'dès', "jusqu'en", 'since'], [NUMBER]), read: readShortYear, skip: /^\S+\s['’]?/ },
  { re: PAST_YEAR_RE, firsts: ['the'], paths: phrasePaths(['the past year']), read: (_m, pub) => ({ type: 'DATE', value: pub ? String(pub.y - 1) : 'XXXX' }) },
  { re: BARE_VAGUE_RE, firsts: ['for', 'within', 'in', 'after', 'over'], paths: phrasePaths(['for', 'within', 'in', 'after', 'over'], BARE_UNITS), read: (m) => ({ type: 'DURATION', value: VAGUE_UNIT[m[1]] }), skip: /^\S+\s/ },
  { re: NOUN_RE, paths: phrasePaths(NOUN_COUNTS, NOUNS), firsts: ['un', 'une', 'a', 'one', 'deux', 'two', 'trois', 'three', 'quatre', 'four', 'cinq', 'five', 'quinquennat', 'septennat', 'quinquennats', 'septennats', 'demi', 'half'], read: readNoun },
  { re: YEAR_RE, paths: YEAR_PATHS, firsts: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'that', 'this', 'our', 'fiscal', 'mid', 'nineteen', 'twenty', 'year'], read: readYear, skip: /^(?:the|a|an|its|his|her|their|that|this|our)\s(?=\d)/i },
  { re: PERIOD_ANAPHORA_RE, firsts: firstWords(Object.keys(PERIOD_ANAPHORA)), paths: phrasePaths(Object.keys(PERIOD_ANAPHORA)), read: (m) => {
    const [unit, offset] = PERIOD_ANAPHORA[norm(m[1])];
    return { type: 'DATE', value: `PERIOD_ANAPHOR${unit}${offset}` };
  } },
  { re: ANAPHORA_RE, firsts: firstWords(Object.keys(ANAPHORA)), paths: phrasePaths(Object.keys(ANAPHORA)), read: readAnaphora },
];

/**
 * The families to try at a word, as a list and as bits (one per family, by its index in FAMILIES, so that
 * the families the next word allows are one AND away), and whether the word is an expression alone.
 */
interface Candidates {
  families: readonly Family[];
  bits: readonly number[];
  /** The union of `bits`. */
  mask: number;
  alone: boolean;
  /** By family, its paths at this first word (undefined: not filtered), and the longest of them. */
  paths: ReadonlyArray<readonly WordPath[] | undefined>;
  depth: number;
}
if (FAMILIES.length > 31) throw new Error('more families than bits in a mask');
const FAMILY_BIT = new Map(FAMILIES.map((f, k) => [f, 1 << k] as const));
const candidates = (families: readonly Family[], alone: boolean, first?: string): Candidates => {
  const bits = families.map((f) => FAMILY_BIT.get(f)!);
  const paths = families.map((f) => (first === undefined ? undefined : f.paths?.get(first)));
  const depth = Math.max(0, ...paths.flatMap((ps) => (ps ? ps.map((p) => p.length) : [])));
  return { families, bits, mask: bits.reduce((a, b) => a | b, 0), alone, paths, depth };
};
/** The families by first word (lower case), and those tried at numbers, Roman numerals and apostrophes. */
const BY_FIRST = new Map<string, Family[]>();
for (const f of FAMILIES) for (const w of new Set(f.firsts)) (BY_FIRST.get(w) ?? BY_FIRST.set(w, []).get(w)!).push(f);
const AT_DIGIT = candidates(
  FAMILIES.filter((f) => f.digits),
  false,
);
const AT_ROMAN = candidates(
  FAMILIES.filter((f) => f.roman),
  false,
);
const AT_APOSTROPHE = candidates(
  FAMILIES.filter((f) => f.apostrophe),
  false,
);
/**
 * Words that are a whole expression alone ("now", "daily", "quinquennat"). At any other first word ("the",
 * "le", "first") a family's pattern runs only when the next word is one of its own words or a number, which
 * spares the text's many function words.
 */
// prettier-ignore
const ALONE = new Set([
  ...Object.keys(REF).filter((k) => !/[\s'’]/.test(k)), 'christmas', 'thanksgiving', 'easter', 'halloween', 'pâques', 'noël', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'quotidiennement', 'mensuellement', 'hebdomadairement', 'quinquennat', 'septennat', 'quinquennats', 'septennats', ...Object.keys(DECADE_WORDS),
]);
/** Every literal word of a family's pattern, lower case (escapes such as \\s taken out first). */
const WORDS_OF = new Map<Family, Set<string>>(
  FAMILIES.map((f) => [
    f,
    new Set(
      f.re.source
        .replace(/\\[a-zA-Z](?:\{[^}]*\})?/g, ' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean),
    ),
  ]),
);
// The same sets read from the text in place: a third of a text's words are first words ("le", "the", "de"),
// and making each one and the word after it into lowercase strings was most of the time of this pass. One
// lookup per first word gives its families and whether it stands alone.
const FIRST_WORDS = new LowerWordMap([...BY_FIRST].map(([w, families]) => [w, candidates(families, ALONE.has(w), w)] as const));
/** The bits of the families whose pattern holds a word, by that word. */
const FAMILIES_OF_WORD = new LowerWordMap(
  [...new Set([...WORDS_OF.values()].flatMap((ws) => [...ws]))].map(
    (w) => [w, FAMILIES.reduce((bits, f) => (WORDS_OF.get(f)!.has(w) ? bits | FAMILY_BIT.get(f)! : bits), 0)] as const,
  ),
);
/** What `familiesOfNextWord` answers when every family may match (a number, or no word, after the first word). */
const ANY_FAMILY = (1 << FAMILIES.length) - 1;
const NO_FAMILY = 0;

/**
 * The bits of the families whose pattern holds the word after text[.., j) (over up to four spaces,
 * apostrophes or hyphens): none when nothing is skipped or the text ends, all when a number or a mark comes there.
 */
function familiesOfNextWord(text: string, j: number, T: Uint8Array): number {
  let k = j;
  while (
    k < text.length &&
    k - j < 4 &&
    (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019 || text.charCodeAt(k) === 45 || text.charCodeAt(k) === 160)
  )
    k++;
  if (k === j || k >= text.length) return NO_FAMILY;
  if (T[text.charCodeAt(k)] & DIGIT) return ANY_FAMILY;
  let e = k;
  while (e < text.length && (T[text.charCodeAt(e)] & LETTER) !== 0) e++;
  if (e === k) return ANY_FAMILY;
  return FAMILIES_OF_WORD.get(text, k, e) ?? NO_FAMILY;
}

const LONGEST_FIRST = Math.max(...[...BY_FIRST.keys()].map((w) => w.length));
const ROMAN_WORD = /^[IVX]{1,5}(?:e|ème|è)$/;
/** A number that can begin a family's match: a year ("1988 second quarter"), a decade ("1990s"), an ordinal century ("18th", "19e"). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|e|ème|è)$/;

/**
 * Whether the run text[i, j) has a shape of `\d{4}s?` or `\d{1,2}(st|nd|rd|th|e|ème|è)`, read in place: a
 * text's many numbers (prices, scores, counts) are turned down without a string made of each.
 */
function digitShape(text: string, i: number, j: number): boolean {
  let k = i;
  while (k < j && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  const digits = k - i;
  if (digits === 4) return k === j || (j - k === 1 && text.charCodeAt(k) === 115);
  return digits >= 1 && digits <= 2 && j - k >= 1 && j - k <= 3 && ORDINAL_SUFFIX.test(text.slice(k, j));
}

/** The families to try at the word text[i, j). */
function familiesAt(text: string, i: number, j: number, flags: number): Candidates | undefined {
  const c = text.charCodeAt(i);
  // Only "'80s" starts at an apostrophe: a digit follows.
  if (c === 39 || c === 0x2019) {
    const d = text.charCodeAt(i + 1);
    return d >= 48 && d <= 57 ? AT_APOSTROPHE : undefined;
  }
  if (flags & DIGIT) return digitShape(text, i, j) ? AT_DIGIT : undefined;
  if (j - i > LONGEST_FIRST + 4) return undefined;
  const found = FIRST_WORDS.get(text, i, j);
  if (found || !(c === 73 || c === 86 || c === 88)) return found;
  return ROMAN_WORD.test(text.slice(i, j)) ? AT_ROMAN : undefined;
}

const TIMEX_UNITS = new UnitScratch();

/**
 * The TIMEX3 expressions of the families above in `text`, sorted by start (they may overlap: the caller
 * decides). One pass over the words; a family's sticky pattern runs only at a word it can start with.
 */
export function detectTimexWords(text: string, pub: Pub | null): TimexHit[] {
  const T = classTable();
  const out: TimexHit[] = [];
  const n = text.length;
  // The word loop's units from a scratch of this scanner's own: the family readers below may call scanners that use `unitsOf`.
  const u = TIMEX_UNITS.of(text);
  let i = 0;
  while (i < n) {
    const c = u[i];
    const flags = T[c];
    const apostrophe = c === 39 || c === 0x2019;
    if ((flags & WORD) === 0 && !apostrophe) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (T[u[j]] & WORD) !== 0) j++;
    let next = j;
    const at = familiesAt(text, i, j, flags);
    // A number is weak too: "1988 second quarter" needs its next word, "1990s" is a token of its own.
    const second = at === undefined ? NO_FAMILY : ((flags & DIGIT) !== 0 ? j - i === 4 : !at.alone) ? familiesOfNextWord(text, j, T) : ANY_FAMILY;
    if (at !== undefined && (at.mask & second) !== 0) {
      const { families, bits, paths } = at;
      let after: string[] | null = null;
      for (let k = 0; k < families.length; k++) {
        if ((second & bits[k]) === 0) continue;
        const p = paths[k];
        if (p !== undefined && !followsPath(p, (after ??= wordsAfter(text, j, at.depth, T)))) continue;
        const f = families[k];
        f.re.lastIndex = i;
        const m = f.re.exec(text);
        if (!m) continue;
        const r = f.read(m, pub, text);
        if (!r) continue;
        const lead = f.skip?.exec(m[0]);
        const end = i + m[0].length + (r.extend ?? 0);
        delete r.extend;
        out.push({ start: i + (lead ? lead[0].length : 0), end, ...r });
        next = Math.max(next, end);
      }
    }
    i = next;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
