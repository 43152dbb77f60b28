/**
 * The date rules, most specific first: each a pattern, the trigger near which it runs, the words it can
 * start with, and a handler that resolves its match against the publication date.
 */
import { isoDay, isoMonth, isValidDay } from './calendar';
import { WEEKDAYS } from './calendarWords';
import { classTable, LETTER, SPACE } from './chars';
import {
  bareMonth,
  countedFromPublication,
  dayMonth,
  fullYear,
  NEAR_MONTHS_AHEAD,
  monthNumber,
  parseTime,
  relativeDay,
  relativeMonth,
  relativeWeek,
  relativeYear,
  timeValue,
  weekday,
  type Anchor,
  type DateFields,
} from './dateResolve';
import {
  AGO_COUNT,
  AGO_NUMBER_STARTS,
  AGO_TRIGGER,
  alt,
  APOS,
  cap,
  E,
  EN_MONTH_KEYS,
  EN_MONTH_TRIGGER,
  IL_Y_A_KEYS,
  IL_Y_A_TRIGGER,
  ISO_TRIGGER,
  MONTH,
  MONTH_TRIGGER,
  MONTH_WORD_TRIGGER,
  MONTH_WORDS,
  NUMERIC_DATE_TRIGGER,
  RELATIVE_DAY_TRIGGER,
  RELATIVE_DAYS,
  SAME_MONTH_TRIGGER,
  TIME,
  TIME_TRIGGER,
  WEEK_TRIGGER,
  WEEKDAY,
  WEEKDAY_TRIGGER,
  WEEKDAY_WORDS,
  YEAR_TRIGGER,
  YEAR_WORD_TRIGGER,
} from './dateTriggers';
import { hasFutureCue, hasPastCue } from './text';

type Handler = (m: RegExpExecArray, text: string, a: Anchor | null) => DateFields | null;

export interface Rule {
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

const capitalised = (list: readonly string[]): string[] => [...list, ...list.map(cap)];
const words = (...lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())];
const DIGIT_CHARS = '0123456789'.split('');

// Years alone count only after a preposition that makes them a date; after "de"/"of"/"from" only when no
// noun follows ("de 2000 soldats" is a count).
const STRONG_YEAR_PREP = new Set([
  'en',
  'depuis',
  'dès',
  'jusqu’en',
  "jusqu'en",
  'in',
  'since',
  'until',
  'by',
  'due',
  'année',
  'year',
  "l'an",
  'l’an',
  'printemps',
  'été',
  'automne',
  'hiver',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'début',
  'fin',
  'mi-',
  'early',
  'late',
]);
const FUNCTION_AFTER_YEAR =
  /^\s*(?:$|[^\p{L}\p{N}\s]|(?:et|ou|à|a|au|aux|puis|quand|lorsque|alors|avec|pour|par|dans|sur|le|la|les|l|il|elle|ils|elles|on|nous|un|une|des|and|or|to|when|as|with|for|in|on|at|the|a|he|she|it|we|they|was|were|has|had|is|are|after|before|de|du|d|qui|que|ce|cette|ne|n|s|se)(?![\p{L}\p{N}]))/iu;

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

export /**
 * A year in two digits after a month ("octobre 98", "le 10 novembre 93"), only where a mark or the end of
 * the text follows: before a word the two digits are as often a count ("en mars 12 communes").
 */
const SHORT_YEAR = `\\d{2}(?=\\s?[.,;:!?)]|$)`;

const YEAR_RANGE_AFTER = /^[-–](1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}])\s*(\p{L}*)/u;
const YEAR_RANGE_BEFORE = /(?<![\p{L}\p{N}])(1[5-9]\d\d|20\d\d)[-–]$/u;
/** Words after a range of numbers that make it a count ("1500-2000 soldats"), not years. */
const COUNT_NOUN =
  /^(?:euros?|dollars?|francs?|personnes|people|soldats|troops|km|kilomètres|mètres|tonnes|morts|victimes|habitants|élèves|emplois|jobs|votes|voix)$/iu;

/** The word a text starts with, after its spaces (a module constant: under the Node 20 build a `\p{…}` literal is rebuilt per call). */
const LEADING_WORD = /^\s*(\p{L}*)/u;

/**
 * Both members of a range of years are dates ("1982-1990", TimeML's two expressions): a year followed by a
 * dash and a later year, or preceded by an earlier one and a dash, unless a count noun follows the range.
 * A range of years spans a life or less and starts after 1800: "1500-2000" is a count.
 */
function inYearRange(text: string, at: number, year: number, after: string): boolean {
  const years = (from: number, to: number): boolean => from >= 1800 && to > from && to - from <= 120;
  const next = YEAR_RANGE_AFTER.exec(after);
  if (next) return years(year, Number(next[1])) && !COUNT_NOUN.test(next[2]);
  const prev = YEAR_RANGE_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  if (!prev || !years(Number(prev[1]), year)) return false;
  return !COUNT_NOUN.test(LEADING_WORD.exec(after)![1]);
}

/**
 * English words before a month that make it a date less surely than "in" or "since": "by August", "through
 * January", "for October", "the March accession". Not before "May" (the modal, and a surname: "talks to May").
 */
const WEAK_MONTH_PREPS = ['by', 'through', 'throughout', 'for', 'to', 'until', 'till', 'before', 'after', 'during', 'into', 'from', 'the', 'a'];
const LOWER_START = /^\p{Ll}/u;
const DAY_NUMBER_AFTER = /^\s{1,3}\d/;
const MODIFIED_NOUN = /^(?:['’]s\s|\s\p{Ll})/u;

/** Whether `month` after the weak preposition `prep` is a date: an English month but May, and after "the"/"a" one that modifies a noun. */
function weakPrepMonth(prep: string, month: string, after: string): boolean {
  const key = month.toLowerCase();
  // "by Jan. 14" is a day, read by the English day rule (whose match would start later).
  if (!EN_MONTH_KEYS.includes(key) || key === 'may' || LOWER_START.test(month) || DAY_NUMBER_AFTER.test(after)) return false;
  return (prep !== 'the' && prep !== 'a') || MODIFIED_NOUN.test(after);
}

/**
 * "by February", "through January" in a November article: a deadline a few months ahead, across the new year
 * (a month named without a deadline word there is more often last January).
 */
function deadlineAhead(prep: string | undefined, month: number, a: Anchor | null): boolean {
  if (!prep || !a?.m || !/^(?:by|until|till|through|jusqu['’]en)$/.test(prep)) return false;
  const ahead = (month - a.m + 12) % 12;
  return ahead >= 1 && ahead <= NEAR_MONTHS_AHEAD;
}

const POSSESSIVE_MARK = /['’]/;
/** A lower-case word after a year that it modifies: not a plural, which makes the number a count. */
const YEAR_MODIFIES_NOUN = /^\s\p{Ll}+(?<!s)(?![\p{L}\p{N}])/u;

const RELATIVE_YEAR_AFTER = /^\s(?:(?:last|this|next)\syear|l['’]an(?:née)?\s(?:dernière?|passée?|prochaine?)|cette\sannée)/u;

export const RULES: Rule[] = [
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
    re: new RegExp(
      `(?:(${WEEKDAY}),?\\s{1,3})?(?:(?:le|Le)\\s{1,3})?(1er|1re|\\d{1,2})\\s{1,3}(${MONTH})(?:\\s{1,3}(\\d{4}|${SHORT_YEAR})${E})?(?:,?\\s{1,3}(?:à|vers|at)\\s{1,3}(${TIME}))?`,
      'gu',
    ),
    handle: (m, text, a) => {
      const day = m[2].startsWith('1r') || m[2] === '1er' ? 1 : Number(m[2]);
      const future = (): boolean => hasFutureCue(text, m.index, m.index + m[0].length);
      const wd = m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined;
      const r = dayMonth(day, monthNumber(m[3]), m[4] ? fullYear(m[4], a) : undefined, a, future, () => hasPastCue(text, m.index, m.index + m[0].length), wd);
      if (r && m[5]) {
        const t = parseTime(m[5]);
        if (t && !r.value.startsWith('X')) return { ...r, value: `${r.value}${timeValue(t)}`, precision: 'datetime' };
      }
      return r;
    },
  },
  // "Feb. 18, 2025", "on February 18", "Thursday, March 6". A leading "on" is read (and left out of the extent
  // later) so that "on Tuesday, March 6" is not taken by the weekday rule, whose match would start first.
  {
    trigger: EN_MONTH_TRIGGER,
    starts: words(WEEKDAY_WORDS, MONTH_WORDS, ['on', 'On']),
    re: new RegExp(
      `(?:(?:on|On)\\s{1,3}(?=\\p{Lu}))?(?:(${WEEKDAY}),?\\s{1,3})?(${MONTH})\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?\\s{1,3}(\\d{4})${E})?`,
      'gu',
    ),
    handle: (m, text, a) => {
      const future = (): boolean => hasFutureCue(text, m.index, m.index + m[0].length);
      const wd = m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined;
      return dayMonth(Number(m[3]), monthNumber(m[2]), m[4] ? Number(m[4]) : undefined, a, future, () => hasPastCue(text, m.index, m.index + m[0].length), wd);
    },
  },
  // "en février 2022", "janvier 2025", "in March 2024"
  {
    trigger: MONTH_TRIGGER,
    before: 17, // "depuis début "
    starts: words(['en', 'dès', 'depuis', 'in', 'since', 'from', 'until'], ['début', 'fin', 'mi-', 'mid-', 'early', 'late'], MONTH_WORDS),
    re: new RegExp(
      `(?:(?:en|dès|depuis|in|since|from|until)\\s{1,3})?(?:(?:début|fin|mi-|mid-|early|late)\\s{0,3})?(${MONTH})\\s{1,3}(\\d{4}|${SHORT_YEAR})${E}`,
      'gu',
    ),
    handle: (m, _t, a) => {
      // Two digits after an English month are its day ("Jan. 13."), read by the English rule.
      if (m[2].length === 2 && EN_MONTH_KEYS.includes(m[1].toLowerCase())) return null;
      return { value: isoMonth(fullYear(m[2], a), monthNumber(m[1])), precision: 'month' };
    },
  },
  // "en octobre dernier", "en mars", "in March", "last October", "octobre prochain", "le mois de juin", "la
  // rentrée de septembre", "en mai et juin derniers"; the preposition may open the sentence ("En mars, …").
  {
    trigger: MONTH_TRIGGER,
    before: 12, // "le mois d’"
    starts: words(
      capitalised([
        'en',
        'dès',
        'depuis',
        'début',
        'fin',
        'mi-',
        'in',
        'since',
        'early',
        'late',
        'last',
        'next',
        'this',
        'mid-',
        'end',
        'le',
        'du',
        'au',
        'mois',
        'de',
        "d'",
        'd’',
        ...WEAK_MONTH_PREPS,
      ]),
      MONTH_WORDS,
    ),
    re: new RegExp(
      `(?:(${alt(capitalised(['en', 'dès', 'depuis', 'début', 'fin', 'mi-', 'in', 'since', 'early', 'late', 'last', 'next', 'this', 'mid-', ...WEAK_MONTH_PREPS]))}|[eE]nd\\sof|(?:(?:[lL]e|[dD]u|[aA]u)\\s)?[mM]ois\\sd[e'’]|de|d['’])\\s{0,3})?(${MONTH})(?:\\s{1,3}(dernier|derniers|prochain|prochains|passé))?${E}`,
      'gu',
    ),
    handle: (m, text, a) => {
      const prep = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      if (!prep && !m[3]) return null; // a bare month name is too often something else ("Mars", "May")
      // "June last year", "juin de l'année dernière": the relative year takes the month (see timexConform's monthOfYear).
      if (!m[3] && RELATIVE_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
      // After "de" only a French month in lower case ("de septembre", not "de Mars" the planet or "d'August").
      if (prep && /^(?:de|d['’])$/.test(prep) && !LOWER_START.test(m[2])) return null;
      if (prep && WEAK_MONTH_PREPS.includes(prep) && !weakPrepMonth(prep, m[2], text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      // "depuis mars", "since March": a month already begun, so the last one.
      const last = /^(?:dernier|derniers|passé)$/.test(m[3] ?? '') || prep === 'last' || prep === 'depuis' || prep === 'since';
      const dir = last ? 'last' : /^prochains?$/.test(m[3] ?? '') || prep === 'next' || deadlineAhead(prep, monthNumber(m[2]), a) ? 'next' : 'auto';
      const r = bareMonth(
        monthNumber(m[2]),
        a,
        dir,
        () => hasFutureCue(text, m.index, m.index + m[0].length),
        () => hasPastCue(text, m.index, m.index + m[0].length),
      );
      // "le mois de juin": the extent starts at "mois" ("le" is added back as a determiner); "de septembre", "a June
      // agreement": at the month.
      let shift = 0;
      if (prep && /^(?:de|d['’]|a)$/.test(prep)) shift = m[0].indexOf(m[2], m[1].length);
      else if (prep && /mois/.test(prep)) shift = m[0].toLowerCase().indexOf('mois');
      return shift > 0 ? { ...r, startShift: shift } : r;
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
    re: new RegExp(
      `(?:(ce|cette|on|last|next|this)\\s{1,3})?(${WEEKDAY})(?:\\s{1,3}(dernier|prochain|matin|soir|après-midi|midi|morning|afternoon|evening|night))?${E}`,
      'gu',
    ),
    handle: (m, text, a) => {
      const wd = WEEKDAYS[m[2].toLowerCase()];
      const pre = m[1]?.toLowerCase();
      const post = m[3];
      const explicitPast = post === 'dernier' || pre === 'last';
      const explicitFuture = post === 'prochain' || pre === 'next';
      // English "last Monday" on a Monday is a week back; French "lundi dernier" on a Monday is that day.
      return weekday(wd, a, () => explicitFuture || (!explicitPast && hasFutureCue(text, m.index, m.index + m[0].length)), 0, pre === 'last');
    },
  },
  // Relative days
  {
    trigger: RELATIVE_DAY_TRIGGER,
    before: 6, // "avant-" of "avant-hier"
    starts: words(RELATIVE_DAYS),
    re: new RegExp(
      `(${RELATIVE_DAYS.map((d) => d.replace("'", APOS)).join('|')})(?:\\s{1,3}(?:matin|soir|après-midi|morning|afternoon|evening|night))?(?:,?\\s{1,3}(?:à|vers|at)\\s{1,3}(${TIME}))?${E}`,
      'gu',
    ),
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
    starts: words(IL_Y_A_KEYS),
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
    re: new RegExp(
      `(?:[lL]${APOS}(?:an|année)\\s{1,3}(dernier|dernière|passé|passée|prochain|prochaine)|(?:cette|Cette)\\s{1,3}année|(?:last|next|this|Last|Next|This)\\s{1,3}year)${E}`,
      'gu',
    ),
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
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (inYearRange(text, m.index, Number(m[1]), after)) return { value: m[1], precision: 'year' };
      const back = mayEndWithYearPrep(text, floor, m.index) ? YEAR_PREP_RE.exec(text.slice(floor, m.index)) : null;
      if (!back) return null;
      const prep = back[1].toLowerCase().replace(/’/g, "'");
      // "the company's 1989 results": a year after a possessive modifies the noun after it (not "its 2000 employees").
      if (prep === 's' && back[0] === 's ' && POSSESSIVE_MARK.test(text.charAt(m.index - 3)) && YEAR_MODIFIES_NOUN.test(after))
        return { value: m[1], precision: 'year' };
      if (STRONG_YEAR_PREP.has(prep)) {
        if (/^\s*(?:%|€|\$|euros?|dollars?|francs?|personnes|people|soldats|troops|km|kilomètres|mètres|tonnes|morts|victimes|habitants)/iu.test(after))
          return null;
        return { value: m[1], precision: 'year', startShift: -back[0].length };
      }
      if (
        /^(?:de|d'|of|from|avant|après|before|after|entre|between|et|and|à|to|both|for|into|through|throughout|during|pour|pendant|durant)$/.test(prep) &&
        FUNCTION_AFTER_YEAR.test(after)
      ) {
        return { value: m[1], precision: 'year', startShift: -back[0].length };
      }
      return null;
    },
  },
  // Times: "16h20", "16 h 20", "15:16", "4:20 p.m.", "à 16 heures"
  {
    trigger: TIME_TRIGGER,
    starts: words(DIGIT_CHARS),
    re: new RegExp(
      `(${TIME})|(?<=(?:à|vers|dès|jusqu['’]à|avant|après|at|by)\\s)((?:[01]?\\d|2[0-3])\\s{1,3}heures?(?:\\s{1,3}(?:[0-5]\\d|trente|quinze|et demie|et quart))?)${E}`,
      'gu',
    ),
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

/** The year rule's two readings of the 16 units before `end`, for the test that compares them. */
export function yearPrepReadings(text: string, end: number): { quick: boolean; pattern: boolean } {
  const floor = Math.max(0, end - 16);
  return { quick: mayEndWithYearPrep(text, floor, end), pattern: YEAR_PREP_RE.test(text.slice(floor, end)) };
}
