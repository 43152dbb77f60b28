/**
 * TIMEX3 conformance of the dates and durations found by the rules: extents as TimeML draws them (no
 * leading preposition, the determiner and "dernier"/"last" kept), ages dropped from durations, the
 * expressions of `timexRules.ts` added where nothing else was found, and TimeML values (clock times with
 * their day, parts of day, anaphoric days and quarters resolved against the previous mention).
 */
import type { DatePrecision, PublicationDate } from '../model';
import { addDays, addMonths, isoDay, isValidDay, type Ymd } from './calendar';
import { MONTHS } from './calendarWords';
import { isLetterUnit, isSpaceUnit } from './chars';
import type { RawDate } from './dates';
import type { RawDuration } from './durations';
import { partOfDay, detectTimexWords, type Pub, type TimexHit } from './timexRules';
import { LowerWordMap } from './wordSignature';

/** Words TimeML leaves out of an extent at its start. */
const LEADING_PREPOSITIONS = new Set([
  'en',
  'in',
  'on',
  'at',
  'depuis',
  'since',
  'dès',
  'from',
  'until',
  'till',
  'by',
  'due',
  'during',
  'pendant',
  'durant',
  'jusqu’en',
  "jusqu'en",
  'au',
  'de',
  'à',
  'entre',
  'avant',
  'après',
  'of',
  'to',
  'between',
  'before',
  'after',
  'through',
  'throughout',
  'into',
  'for',
  'and',
  'et',
  'or',
  'ou',
  'both',
  'during',
  'pour',
]);
/** The same words, read from the text in place: most extents start with a digit or a name, which this turns down without a regular expression. */
const PREPOSITION_WORDS = new LowerWordMap([...LEADING_PREPOSITIONS].map((w) => [w, true] as const));
/**
 * Words kept in an extent when they stand just before it: French TimeBank keeps the determiner ("le jeudi
 * 7 octobre"); TempEval-3 English leaves "the" out ("the [August 7] bombings") but keeps a modifier of the
 * time itself ("early Tuesday", "late yesterday", "almost two years ago").
 */
const DETERMINERS = new Set([
  'le',
  'la',
  'ce',
  'cette',
  'cet',
  'early',
  'late',
  'noon',
  'midnight',
  'around',
  'about',
  'almost',
  'nearly',
  'approximately',
  'roughly',
]);
const DETERMINER_WORDS = new LowerWordMap([...DETERMINERS].map((w) => [w, true] as const));
const MONTH_BEFORE_YEAR =
  /(?:^|[^\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s$/u;
const TRAILING_MODIFIERS = new Set(['dernier', 'dernière', 'derniers', 'dernières', 'prochain', 'prochaine', 'prochains', 'prochaines', 'passé', 'passée']);
const DURATION_PREFIX =
  /(?:^|[^\p{L}])((?:the|The)\s(?:(?:past|last|next|first|coming|previous|following|latest)\s)?|(?:les|Les|ces|Ces)\s(?:(?:dernières|derniers|prochaines|prochains)\s)?)$/u;
/**
 * Before a number of years, an age rather than a duration: "âgé de", "aged", "at the age of", "les moins de",
 * "les 6-" (an age band), and "de" after a word for a person ("une fillette de 6 ans", "enfants de 2 à").
 */
const AGE_BEFORE =
  /(?:\d-|(?:[âa]g[ée]e?s?\sde|aged|age\sof|l['’][âa]ge\sde|les\s(?:moins|plus)\sde|(?:^|[^\p{L}])(?:enfants?|filles?|fillettes?|garçons?|garçonnets?|hommes?|femmes?|jeunes|adolescente?s?|bébés?|fils|retraitée?s?|victimes?|élèves?|lycéen(?:ne)?s?|collégien(?:ne)?s?|étudiante?s?|patiente?s?|\p{Lu}\p{Ll}+)\sde(?:\s\d{1,2}\sà)?)\s)$/u;
const AGE_AFTER = /^(?:\s|-)old(?![\p{L}])/u;
// Module constants, not literals in the functions: bundled for Node 20, a `\p{…}` literal there is a `new RegExp` at every call.
const NAME_COMMA_BEFORE = /\p{Lu}\p{L}+,\s$/u;
const FIRST_WORD = /^([\p{L}'’]+)\s+/u;
const THE_START = /^(?:the|The)\s+/;
const THE_BEFORE = /(?:^|[^\p{L}])(the|The)\s$/u;
const NEXT_TOKEN = /^\s*([\p{L}]+|[^\s\p{L}]|$)/u;
const NO_THE_BEFORE = /^(?:\d|last|this|next|a\s)/i;
const TRAILING_WORD = /^\s([\p{L}]+)(?![\p{L}])/u;
const LOWER_START = /^\p{Ll}/u;

export interface ConformedDate extends RawDate {
  timexType?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  timexValue?: string;
}

export interface ConformedDuration extends RawDuration {
  timexType?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  timexValue?: string;
}

function pubOf(pub: PublicationDate | null): Pub | null {
  const m = pub ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(pub.value) : null;
  return m ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined } : null;
}

/**
 * The start of the word ending at `end` (letters and apostrophes) when it is a determiner or an elided article
 * ("l'", "L’"), else -1: read in place, without making the word or its lowercase.
 */
function articleBefore(text: string, end: number): number {
  // Class-table reads of one unit each: /\s/ and /[\p{L}'’]/u tested on text[i - 1] made a string per unit.
  let i = end;
  while (i > 0 && isSpaceUnit(text, i - 1) && end - i < 2) i--;
  // An elided word is glued to the next by its apostrophe ("l'année 2001").
  const glued = i === end && (text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019);
  if (i === end && !glued) return -1;
  const stop = i;
  while (i > 0 && (isLetterUnit(text, i - 1) || text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019)) i--;
  if (i >= stop) return -1;
  if (DETERMINER_WORDS.get(text, i, stop)) return i;
  const apostrophe = text.charCodeAt(i + 1);
  return stop - i === 2 && (text.charCodeAt(i) | 0x20) === 108 && (apostrophe === 39 || apostrophe === 0x2019) ? i : -1;
}

/** An age: "X, 87 ans," / "âgé de 54 ans" / "a 22-year-old son" / "37 years old". */
function isAge(text: string, d: RawDuration): boolean {
  if (d.unit !== 'year') return false;
  const after = text.slice(d.end, d.end + 8);
  if (AGE_AFTER.test(after)) return true;
  // What comes before the number, qualifier included ("les [moins de 17 ans]").
  const digit = text.slice(d.start, d.end).search(/\d/);
  const at = digit > 0 ? d.start + digit : d.start;
  // Both patterns below end with a space or a hyphen: without one before the number, neither can match.
  if (!isSpaceUnit(text, at - 1) && text.charCodeAt(at - 1) !== 45) return false;
  const before = text.slice(Math.max(0, at - 24), at);
  if (AGE_BEFORE.test(before)) return true;
  // An apposition after a name: "Jean Burget, 87 ans, a été…".
  return d.qualifier === 'exact' && NAME_COMMA_BEFORE.test(before) && /^\s?[,)]/.test(after);
}

/** Moves the start past a leading preposition and back over a determiner just before it. */
function conformStart(text: string, start: number, end: number): number {
  // FIRST_WORD's word is the run of letters and apostrophes at `start` (or, past an astral letter, a longer word
  // that no preposition is): when that run is not a preposition, the pattern need not run.
  let k = start;
  while (isLetterUnit(text, k) || text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019) k++;
  // The first word and its spaces: a preposition is short, so 40 units are enough to read them.
  const first = k > start && PREPOSITION_WORDS.get(text, start, k) ? FIRST_WORD.exec(text.slice(start, Math.min(end, start + 40))) : null;
  if (first && LEADING_PREPOSITIONS.has(first[1].toLowerCase()) && start + first[0].length < end) return start + first[0].length;
  const article = articleBefore(text, start);
  return article >= 0 ? article : start;
}

/** Words after a time expression that leave it the head of its phrase ("in the third quarter, …", "the quarter ended"). */
const HEAD_FOLLOWERS = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'the',
  'a',
  'an',
  'when',
  'as',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'will',
  'would',
  'could',
  'compared',
  'ended',
  'ending',
  'that',
  'which',
  'than',
  'after',
  'before',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'but',
  'while',
  'because',
  'if',
  'so',
  'there',
  'this',
  'its',
  'their',
  'his',
  'her',
  'earlier',
  'ago',
  'or so',
]);

const UNIT_NOUN_END = /(?:^|\s)(?:quarters?|months?|periods?|years?|weeks?|weekend|days?|half)$/i;

/**
 * English "the" belongs to a time expression that heads its phrase ("in [the third quarter]."), not to one
 * that modifies a noun ("the [August 7] bombings", "the [third-quarter] loss"): what follows decides.
 */
function englishThe(text: string, d: ConformedDate): ConformedDate {
  // Most spans neither start with "the" nor follow one: nothing to read for them.
  // "t"/"T" first, or a space after an "e" just before: the tests of char codes the patterns begin and end with.
  const c = text.charCodeAt(d.start);
  const starts =
    (c === 116 || c === 84) && text.charCodeAt(d.start + 1) === 104 && text.charCodeAt(d.start + 2) === 101
      ? THE_START.exec(text.slice(d.start, Math.min(d.end, d.start + 12)))
      : null;
  const mayFollow = !starts && isSpaceUnit(text, d.start - 1) && text.charCodeAt(d.start - 2) === 101;
  const before = mayFollow ? THE_BEFORE.exec(text.slice(Math.max(0, d.start - 5), d.start)) : null;
  if (!starts && !before) return d;
  const next = NEXT_TOKEN.exec(text.slice(d.end, d.end + 24));
  const word = next ? next[1] : '';
  // A span ending with a unit noun is a noun phrase of its own: what follows is its verb ("the third quarter
  // jumped"), not a noun it modifies (which a date or a hyphenated "third-quarter" would be).
  const heads = word === '' || !LOWER_START.test(word) || HEAD_FOLLOWERS.has(word) || UNIT_NOUN_END.test(text.slice(d.start, d.end));
  if (starts && !heads) return { ...d, start: d.start + starts[0].length };
  if (before && heads && !NO_THE_BEFORE.test(text.slice(d.start, d.end))) return { ...d, start: d.start - before[1].length - 1 };
  return d;
}

/** "June last year", "janvier cette année": the month named before a relative year joins it. */
function monthOfYear(text: string, d: ConformedDate): ConformedDate {
  // The relative years below begin with "l", "t", "n" or "c" (in any case): a span that does not is left as it is.
  const first = text.charCodeAt(d.start) | 0x20;
  if (
    !/^\d{4}$/.test(d.value) ||
    !(first === 108 || first === 116 || first === 110 || first === 99) ||
    !/^(?:last|this|next)\s+year$|^(?:l['’]an(?:née)?\s+(?:dernière?|passée?|prochaine?)|cette\s+année)$/iu.test(text.slice(d.start, d.end))
  )
    return d;
  const m = MONTH_BEFORE_YEAR.exec(text.slice(Math.max(0, d.start - 12), d.start));
  if (!m) return d;
  const month = MONTHS[m[1].toLowerCase()];
  return { ...d, start: d.start - m[0].length + (m[0].length - m[1].length - 1), value: `${d.value}-${String(month).padStart(2, '0')}`, precision: 'month' };
}

const DATE_THEN_TIME = /^(.*[^\s,])(,?\s+(?:à|vers|at|a)\s+|,\s+)(\d{1,2}(?:\s?h|:)[^]*)$/u;

/**
 * "samedi 24 juillet à 15 h 45", "26/02/2025 à 15:16": TimeML has two expressions, the day and the clock time
 * (the time's value keeps its day: 2025-02-26T15:16).
 */
function splitDateTime(text: string, d: ConformedDate): ConformedDate[] {
  if (!/T\d/.test(d.value)) return [d];
  const m = DATE_THEN_TIME.exec(text.slice(d.start, d.end));
  if (!m) return [d];
  const day: ConformedDate = { ...d, end: d.start + m[1].length, value: d.value.slice(0, d.value.indexOf('T')), precision: 'day' };
  const time: ConformedDate = { ...d, start: d.start + m[1].length + m[2].length, timexType: 'TIME' };
  return [day, time];
}

/** A clock time's value ("T15:16"), as /^T\d/ by its first two units. */
const isClockValue = (v: string): boolean => v.charCodeAt(0) === 84 && v.charCodeAt(1) >= 48 && v.charCodeAt(1) <= 57;
/** What may stand between a clock time and the day after it: a space, a time zone and a comma ("EST, "). */
const TIME_DAY_GAP = /^\s(?:(?:[ECMP][SD]T|GMT|UTC)(?![\p{L}]),?\s)?$/u;
/** An English clock time ("10 p.m.", "9 a.m"): French TimeBank keeps "0 h 40 jeudi" as two expressions. */
const AM_PM_END = /[ap]\.?m\.?$/i;

/**
 * "10 p.m. Wednesday", "5 p.m. EST Nov. 9": a clock time followed by its day is one TIME expression whose
 * value is that day at that time (`dates` sorted by start; the merged day is dropped).
 */
function clockTimeThenDay(text: string, dates: ConformedDate[]): ConformedDate[] {
  const out: ConformedDate[] = [];
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    const e = dates[k + 1];
    const day = e && isClockValue(d.value) && e.value.length === 10 && DAY_VALUE.test(e.value) && e.start > d.end;
    if (day && AM_PM_END.test(text.slice(d.start, d.end)) && TIME_DAY_GAP.test(text.slice(d.end, e.start))) {
      out.push({ ...d, end: e.end, value: `${e.value}${d.value}`, precision: 'datetime', timexType: 'TIME', relative: e.relative });
      k++;
    } else out.push(d);
  }
  return out;
}

/** The shape of "2001-Q3" by its length and its "Q": most values are days, which this turns down without a pattern. */
const isQuarterValue = (v: string): boolean => v.length === 7 && v.charCodeAt(5) === 81;
const YEAR_POSSESSIVE = /^(?:(?:this|last|next)\s+year|\d{4})$/i;
const YEAR_AGO_BEFORE = /(?:^|[^\p{L}])((?:[tT]he\s)?year-(?:ago|earlier)\s)$/u;

/**
 * "this year's third quarter", "the year-ago third quarter": one expression, the quarter of that year (the
 * year before for "year-ago"). `dates` sorted by start; a year merged into its quarter is dropped.
 */
function quarterOfYear(text: string, dates: ConformedDate[]): ConformedDate[] {
  const out: ConformedDate[] = [];
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    const q = isQuarterValue(d.value) ? /^(\d{4})-Q(\d)$/.exec(d.value) : null;
    const ago = q ? YEAR_AGO_BEFORE.exec(text.slice(Math.max(0, d.start - 20), d.start)) : null;
    if (q && ago && QUARTER_ORDINAL.test(text.slice(d.start, d.end))) {
      const start = d.start - ago[1].length;
      // "year-ago" alone was read as an anaphor of its own: the quarter takes it in.
      while (out.length && out[out.length - 1].start >= start) out.pop();
      out.push({ ...d, start, value: `${Number(q[1]) - 1}-Q${q[2]}` });
      continue;
    }
    const e = dates[k + 1];
    const eq = e && isQuarterValue(e.value) ? /^\d{4}-Q(\d)$/.exec(e.value) : null;
    if (eq && /^\d{4}$/.test(d.value) && YEAR_POSSESSIVE.test(text.slice(d.start, d.end)) && /^['’]s\s$/.test(text.slice(d.end, e!.start))) {
      out.push({ ...e!, start: d.start, value: `${d.value}-Q${eq[1]}` });
      k++;
    } else out.push(d);
  }
  return out;
}

const FIRST_MEMBER = /(?:^|[^\p{L}\p{N}])(\d{1,2})(?:er)?\s(au|et|à|ou)\s(?:le\s)?$/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])([lL]es?)\s$/u;

/**
 * The first member of a French range or list of days: "du [19] au [23 juillet]", "[les 6] et [13 avril]"
 * (TimeML's two expressions; the first takes the month and year of the second). "le", "les" stay in the
 * extent, "du" and "entre" are signals.
 */
function addFirstMembers(text: string, dates: ConformedDate[]): void {
  const n = dates.length;
  for (let k = 0; k < n; k++) {
    const d = dates[k];
    if (d.precision !== 'day' || !DAY_VALUE.test(d.value) || d.value.length !== 10 || !/^(?:le\s)?\d/.test(text.slice(d.start, d.start + 4))) continue;
    // FIRST_MEMBER ends with a space.
    if (!isSpaceUnit(text, d.start - 1)) continue;
    const back = FIRST_MEMBER.exec(text.slice(Math.max(0, d.start - 24), d.start));
    if (!back) continue;
    const day = Number(back[1]);
    const later = Number(d.value.slice(8));
    if (day < 1 || day === later || ((back[2] === 'au' || back[2] === 'à') && day > later)) continue;
    const numberStart = d.start - back[0].length + back[0].indexOf(back[1]);
    const det = DETERMINER_BEFORE.exec(text.slice(Math.max(0, numberStart - 5), numberStart));
    const start = det ? numberStart - det[1].length - 1 : numberStart;
    const value = `${d.value.slice(0, 8)}${back[1].padStart(2, '0')}`;
    if (isValidDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), day)) dates.push({ ...d, start, end: numberStart + back[1].length, value });
  }
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const ENGLISH_DAY_END = /(?:^|\s)\p{Lu}\p{Ll}+\.?\s\d{1,2}$/u;
const SECOND_MEMBER = /^\s(?:and|or|to|through)\s(\d{1,2})(?=\s*[.,;:)]|\s*$|\s(?:and|in|at|to|of|with|for|when|while|but)\s)/u;

/**
 * The second member of an English list or range of days: "April 24 and [25]", "May 3 to [7]" (TimeML's two
 * expressions; the second takes the month and year of the first).
 */
function addSecondMembers(text: string, dates: ConformedDate[]): void {
  const n = dates.length;
  for (let k = 0; k < n; k++) {
    const d = dates[k];
    if (d.precision !== 'day' || d.value.length !== 10 || !DAY_VALUE.test(d.value) || !isDigitCode(text.charCodeAt(d.end - 1))) continue;
    if (!ENGLISH_DAY_END.test(text.slice(Math.max(d.start, d.end - 16), d.end))) continue;
    const m = SECOND_MEMBER.exec(text.slice(d.end, d.end + 40));
    if (!m) continue;
    const day = Number(m[1]);
    const start = d.end + m[0].length - m[1].length;
    if (day > Number(d.value.slice(8)) && isValidDay(Number(d.value.slice(0, 4)), Number(d.value.slice(5, 7)), day))
      dates.push({ ...d, start, end: start + m[1].length, value: `${d.value.slice(0, 8)}${m[1].padStart(2, '0')}` });
  }
}

const PART_OF_DAY_AFTER = /^\s(?:en\s(?:début|fin)\s(?:de\s|d['’])|dans\sla\s|dans\sl['’]|en\s)(matinée|après-midi|soirée)(?![\p{L}])/u;

/**
 * A day followed by its part ("hier en début d'après-midi", "samedi dans la soirée", "demain en fin de
 * matinée") is one TIME expression: the end moves over the part, which timexValues turns into TAF, TEV, TMO.
 */
function partOfDayAfter(text: string, d: ConformedDate): number {
  if (d.value.length !== 10 || !DAY_VALUE.test(d.value) || !isSpaceUnit(text, d.end)) return d.end;
  const m = PART_OF_DAY_AFTER.exec(text.slice(d.end, d.end + 40));
  return m ? d.end + m[0].length : d.end;
}

/** Extends the end over "dernier", "prochain" after a date ("le 6 mai dernier"). */
function conformEnd(text: string, end: number): number {
  if (!isSpaceUnit(text, end)) return end;
  const m = TRAILING_WORD.exec(text.slice(end, end + 14));
  return m && TRAILING_MODIFIERS.has(m[1].toLowerCase()) ? end + m[0].length : end;
}

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const ymdOf = (v: string): Ymd | null => {
  const m = DAY_VALUE.exec(v);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
};
const AUJOURDHUI = /^aujourd['’]hui$/i;
const PART_WORD = /(?:^|\s|['’])(matin|matinée|soir|soirée|après-midi|midi|nuit|morning|afternoon|evening|night|tonight)$/iu;

/** Adds TIMEX3 values that the ISO `value` does not carry: a clock time's day, a part of day, a resolved anaphor. */
function timexValues(text: string, dates: ConformedDate[], pub: Pub | null): void {
  const pubDay = pub?.d !== undefined ? isoDay({ y: pub.y, m: pub.m!, d: pub.d }) : null;
  let lastDay: string | null = pubDay;
  let lastQuarter: string | null = null;
  let lastMonth: string | null = null;
  for (const d of dates) {
    const span = text.slice(d.start, d.end);
    if (/^T\d/.test(d.value)) {
      d.timexType = 'TIME';
      if (lastDay) d.timexValue = `${lastDay}${d.value}`;
    } else if (d.value === 'DAY_ANAPHOR') {
      const base = lastDay ? ymdOf(lastDay) : null;
      const hit = d as ConformedDate & { anaphoricDays?: number; partOfDay?: string };
      d.value = base ? isoDay(addDays(base, hit.anaphoricDays ?? 0)) : 'XXXX-XX-XX';
      if (hit.partOfDay) {
        d.timexType = 'TIME';
        d.timexValue = `${d.value}${hit.partOfDay}`;
      }
      d.relative = true;
    } else if (d.value.startsWith('PERIOD_ANAPHOR')) {
      d.value = periodAnaphor(d.value, lastMonth);
      d.precision = d.value.length === 4 ? 'year' : 'month';
    } else if (d.value.startsWith('QUARTER_ANAPHOR')) {
      d.value = quarterAnaphor(span, d.value, lastQuarter, pub);
    } else if (lastQuarter && /^a\s+year\s+(?:ago|earlier)$/i.test(span)) {
      d.value = shiftedQuarter(lastQuarter, 'QUARTER_ANAPHOR-1');
    } else if (AUJOURDHUI.test(span) && /^\s?,/.test(text.slice(d.end, d.end + 2))) {
      // "Aujourd'hui, la ville a changé": set off by a comma, it contrasts now with before (PRESENT_REF); the
      // mention keeps its day for the editor and the corpus.
      d.timexValue = 'PRESENT_REF';
    } else if (d.value.length === 10 && DAY_VALUE.test(d.value)) {
      // A day's span may end with its part; PART_WORD, tried from every unit of the span, runs only then.
      const pod = PART_WORD.exec(span);
      if (pod) {
        d.timexType = 'TIME';
        d.timexValue = `${d.value}${partOfDay(pod[1])}`;
      }
    }
    // Only a quarter named by its number is the one later anaphors take: "the year-ago quarter" is not.
    if (isQuarterValue(d.value) && /^\d{4}-Q\d$/.test(d.value) && QUARTER_ORDINAL.test(span) && !/year-/i.test(span)) lastQuarter = d.value;
    if (DAY_VALUE.test(d.value) && (d.precision === 'day' || d.precision === 'datetime')) lastDay = d.value.slice(0, 10);
    // The year and month of the last date named with them (a plain year keeps the month unknown).
    if (/^\d{4}(?:-\d{2})?(?:$|-\d{2}|T)/.test(d.value)) lastMonth = /^\d{4}-\d{2}/.test(d.value) ? d.value.slice(0, 7) : d.value.slice(0, 4);
  }
}

/** "that year", "the following month": the year or month of the last date named, moved by the offset ("PERIOD_ANAPHORY1"). */
function periodAnaphor(marker: string, last: string | null): string {
  const m = /^PERIOD_ANAPHOR([YM])(-?\d)$/.exec(marker)!;
  const offset = Number(m[2]);
  if (!last) return m[1] === 'Y' ? 'XXXX' : 'XXXX-XX';
  const y = Number(last.slice(0, 4));
  if (m[1] === 'Y') return String(y + offset);
  if (last.length < 7) return `${y}-XX`;
  const r = addMonths(y, Number(last.slice(5, 7)), offset);
  return `${r.y}-${String(r.m).padStart(2, '0')}`;
}

const QUARTER_ORDINAL = /(?:first|second|third|fourth|1st|2nd|3rd|4th|premier|deuxième|second|troisième|quatrième)[\s-](?:quarter|trimestre)/i;
const REPORTED_QUARTER = /(?:latest|last|recent|dernier)\s/i;
const CURRENT_QUARTER = /(?:current|this|ce)\s/i;

/**
 * The quarter an anaphor names. "the latest quarter" is the last one ended before publication, "the current
 * quarter" the one under way; "the quarter", "that quarter" the quarter last named by its number (else the last
 * one ended). "the latest period", "year-earlier", "the 1988 period" mean a quarter only after one was named.
 */
function quarterAnaphor(span: string, marker: string, lastQuarter: string | null, pub: Pub | null): string {
  const reported = pub?.m !== undefined ? previousQuarter(pub.y, pub.m) : null;
  if (marker === 'QUARTER_ANAPHOR' && /quarter/i.test(span)) {
    if (pub?.m !== undefined && CURRENT_QUARTER.test(span)) return `${pub.y}-Q${Math.floor((pub.m - 1) / 3) + 1}`;
    if (reported && REPORTED_QUARTER.test(span)) return reported;
    return lastQuarter ?? reported ?? `${pub?.y ?? 'XXXX'}-QX`;
  }
  if (!lastQuarter) return '';
  if (marker === 'QUARTER_ANAPHOR' && reported) return reported;
  return shiftedQuarter(lastQuarter, marker);
}

/** The quarter last named, a year back ("-1") or in a named year ("@1988"). */
function shiftedQuarter(last: string, marker: string): string {
  const [y, q] = last.split('-Q');
  if (marker.endsWith('-1')) return `${Number(y) - 1}-Q${q}`;
  const at = /@(\d{4})$/.exec(marker);
  return at ? `${at[1]}-Q${q}` : last;
}

function previousQuarter(y: number, m: number): string {
  const q = Math.floor((m - 1) / 3) + 1;
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

const PRECISION_OF: Record<string, DatePrecision> = { SET: 'day', DURATION: 'year' };

/** A TimexHit as a date mention: its TIMEX3 value is the mention's value. */
function hitToDate(h: TimexHit): ConformedDate & { anaphoricDays?: number; partOfDay?: string } {
  const precision: DatePrecision = /^\d{4}-\d{2}-\d{2}/.test(h.value) ? 'day' : /Q|SP|SU|FA|WI/.test(h.value) ? 'month' : (PRECISION_OF[h.type] ?? 'year');
  return { start: h.start, end: h.end, value: h.value, precision, timexType: h.type, relative: true, anaphoricDays: h.anaphoricDays, partOfDay: h.partOfDay };
}

/**
 * Dates and durations in TIMEX3 form: extents, ages out, the expressions of `timexRules.ts` where no
 * other rule found anything, and TIMEX3 types and values. Offsets are UTF-16, as the rules'.
 */
export function conformTimex(
  text: string,
  dates: readonly RawDate[],
  durations: readonly RawDuration[],
  published: PublicationDate | null,
): { dates: ConformedDate[]; durations: ConformedDuration[] } {
  const pub = pubOf(published);
  const outDurations: ConformedDuration[] = [];
  for (const d of durations) {
    if (isAge(text, d)) continue;
    // DURATION_PREFIX ends with a space.
    const prefix = isSpaceUnit(text, d.start - 1) ? DURATION_PREFIX.exec(text.slice(Math.max(0, d.start - 20), d.start)) : null;
    outDurations.push(prefix ? { ...d, start: d.start - prefix[1].length } : { ...d });
  }
  const outDates: ConformedDate[] = [];
  for (const d of dates)
    outDates.push(...splitDateTime(text, monthOfYear(text, { ...d, start: conformStart(text, d.start, d.end), end: conformEnd(text, d.end) })));
  addFirstMembers(text, outDates);
  addSecondMembers(text, outDates);
  for (const d of outDates) d.end = partOfDayAfter(text, d);
  const taken = [...outDates, ...outDurations].sort((a, b) => a.start - b.start);
  const hits = detectTimexWords(text, pub);
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue;
    if (overlapsAny(taken, h.start, h.end) && !(h.covers && takeOver(outDates, outDurations, h))) continue;
    const d = hitToDate(h);
    if (h.type === 'DURATION' || h.type === 'SET') d.timexValue = h.value;
    outDates.push(d);
    lastEnd = h.end;
  }
  for (let k = 0; k < outDates.length; k++) outDates[k] = englishThe(text, outDates[k]);
  outDates.sort((a, b) => a.start - b.start);
  const merged = quarterOfYear(text, clockTimeThenDay(text, outDates));
  timexValues(text, merged, pub);
  return { dates: merged.filter((d) => d.value !== ''), durations: outDurations };
}

/**
 * A hit that reads a whole phrase of which the rules found parts ("le premier [dimanche] du printemps", "the
 * last Monday of [May]") replaces those parts: true when every date it overlaps lies inside it (they are
 * removed from `dates`) and no duration does.
 */
function takeOver(dates: ConformedDate[], durations: readonly ConformedDuration[], h: TimexHit): boolean {
  const inside = (x: { start: number; end: number }): boolean => x.start >= h.start && x.end <= h.end;
  const overlaps = (x: { start: number; end: number }): boolean => x.start < h.end && h.start < x.end;
  if (durations.some(overlaps) || dates.some((d) => overlaps(d) && !inside(d))) return false;
  for (let k = dates.length - 1; k >= 0; k--) if (overlaps(dates[k])) dates.splice(k, 1);
  return true;
}

/** True when [start, end) overlaps a span of `sorted` (sorted by start). */
function overlapsAny(sorted: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    if (sorted[k].end > start) return true;
    if (sorted[k].start < start - 200) break;
  }
  return false;
}
