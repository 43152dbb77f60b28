/**
 * Durations, not dates: "ont causé 6h30", "presque six heures et demie", "plus de quatre heures",
 * "90 minutes", "trois ans", "nearly six and a half hours", each with minutes, unit and qualifier.
 */
import type { DurationMention, DurationQualifier } from '../model';
import { APPROXIMATE_NUMBER_WORDS, NUMBER_WORD_PATTERN, parseNumber } from './numbers';
import { classTable, DIGIT, isLetterOrDigitAt, isWordUnit, LETTER, SPACE_CODES } from './chars';
import { TIME_TRIGGER } from './dateTriggers';
import { execNear, type NearOptions } from './scan';
import type { RawSpan } from './text';
import type { CodeTrigger, TriggerHits } from './triggers';
import { WordSignatures } from './wordSignature';
import { escapeRegExp as esc } from '../text/regexp';

export interface RawDuration extends RawSpan {
  minutes: number;
  unit: DurationMention['unit'];
  qualifier: DurationQualifier;
}

/*
 * Qualifiers. "près de" is read as "almost" (it says the figure was nearly reached, like "presque",
 * "nearly"); "environ", "quelque", "about", "around", "some" are "about"; "au moins"/"at least" are
 * "more-than" (a lower bound), "au plus"/"up to"/"jusqu'à" are "less-than" (an upper bound).
 */
const QUALIFIERS: Record<string, DurationQualifier> = {
  presque: 'almost',
  'près de': 'almost',
  'pres de': 'almost',
  quasiment: 'almost',
  pratiquement: 'almost',
  'pas loin de': 'almost',
  nearly: 'almost',
  almost: 'almost',
  'close to': 'almost',
  'just under': 'less-than',
  environ: 'about',
  quelque: 'about',
  'à peu près': 'about',
  approximativement: 'about',
  'autour de': 'about',
  about: 'about',
  around: 'about',
  some: 'about',
  roughly: 'about',
  approximately: 'about',
  'plus de': 'more-than',
  'au moins': 'more-than',
  'pas moins de': 'more-than',
  'un peu plus de': 'more-than',
  'bien plus de': 'more-than',
  'plus d’': 'more-than',
  "plus d'": 'more-than',
  'more than': 'more-than',
  over: 'more-than',
  'at least': 'more-than',
  'just over': 'more-than',
  'upwards of': 'more-than',
  'moins de': 'less-than',
  'moins d’': 'less-than',
  "moins d'": 'less-than',
  'au plus': 'less-than',
  'un peu moins de': 'less-than',
  "jusqu'à": 'less-than',
  'jusqu’à': 'less-than',
  'less than': 'less-than',
  'fewer than': 'less-than',
  under: 'less-than',
  'up to': 'less-than',
  'no more than': 'less-than',
};
const QUAL = Object.keys(QUALIFIERS)
  .sort((a, b) => b.length - a.length)
  .map((q) => esc(q).replace(/ /g, '\\s'))
  .join('|');

const UNITS: Record<string, DurationMention['unit']> = {
  seconde: 'second',
  secondes: 'second',
  second: 'second',
  seconds: 'second',
  heure: 'hour',
  heures: 'hour',
  h: 'hour',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mn: 'minute',
  jour: 'day',
  jours: 'day',
  journée: 'day',
  journées: 'day',
  nuit: 'day',
  nuits: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  mins: 'minute',
  day: 'day',
  days: 'day',
  night: 'day',
  nights: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};
const PER_UNIT: Record<DurationMention['unit'], number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080, month: 43800, year: 525600 };
const UNIT = Object.keys(UNITS)
  .filter((u) => u !== 'h')
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUMW = `(?:${NUMBER_WORD_PATTERN})`;
// A number: digits, or number words joined by hyphens/spaces/"et" ("vingt-et-un", "quatre-vingt-dix").
const NUM = `(?:\\d+(?:[.,]\\d+)?(?:\\s[13]/[24])?|${NUMW}(?:(?:-|\\s)(?:et(?:-|\\s))?${NUMW}){0,4}|an|a)`;
const HALF = `(?:\\set\\s(demie?|quart)|\\sand\\sa\\s(half|quarter))`;

// "two more weeks", "an additional year": a word between the number and its unit.
const MORE = `(?:more|additional|extra)\\s`;
const DURATION = new RegExp(`(?:(${QUAL})\\s)?(${NUM})${HALF}?[\\s-](?:${MORE})?(${UNIT})(?![\\p{L}\\p{N}])${HALF}?`, 'giu');
// "une demi-heure", "half an hour", "une demi-journée"
const HALF_UNIT = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${QUAL})\\s)?(?:une\\sdemi-(heure|journée)|half\\san\\s(hour)|half\\sa\\s(day))(?![\\p{L}\\p{N}])`, 'giu');

// A time-looking token ("6h30"): a duration after verbs of lasting/talking or before "de discussion(s)".
const CLOCK = /(?<![\p{L}\p{N}:])(\d{1,2})\s?h\s?(\d{2})(?![\p{L}\p{N}])/gu;
const STRONG_BEFORE =
  /(?:^|[^\p{L}])(?:causé|duré|dure|durent|durait|duraient|discuté|négocié|parlé|échangé|débattu|siégé|pendant|durant|lasted|lasting|talked|for)\s{1,2}(?:\p{L}+\s{1,2})?$/iu;
const WEAK_BEFORE = /(?:^|[^\p{L}])(?:après|en|after|in)\s{1,2}$/iu;
const NOUN_AFTER =
  /^\s{1,2}(?:de\s{1,2}|d['’]\s?)(?:discussions?|échanges?|négociations?|pourparlers|entretiens?|réunions?|débats?|dialogue|conversation|audience|travail|vol|route|marche|grève)(?!\p{L})|^\s{1,2}of\s(?:talks|discussions?|negotiations?|meetings?)/iu;

// Every DURATION match holds "<space or hyphen><unit>" after at most a qualifier, five number words and a
// half: the pattern runs only near those hits (a run of digits of any length is followed back).
const LONGEST = (words: string[]): number => Math.max(...words.map((w) => w.length));
const UNIT_TRIGGER = new RegExp(`[\\s-](?:${UNIT})(?![\\p{L}\\p{N}])`, 'giu');
const HALF_TRIGGER = /demi-|half/gi;

/** The letter digits of unit words under the `iu` flags: a-z 1..26 in either case, é 27, ſ as s, the Kelvin sign as k. */
const UNIT_FOLD = new Uint8Array(0x10000);
for (let c = 0; c < 26; c++) {
  UNIT_FOLD[65 + c] = c + 1;
  UNIT_FOLD[97 + c] = c + 1;
}
UNIT_FOLD[0xe9] = 27;
UNIT_FOLD[0xc9] = 27;
UNIT_FOLD[0x17f] = 19;
UNIT_FOLD[0x212a] = 11;
const unitKey = (word: string): number => {
  let key = 0;
  for (let k = word.length - 1; k >= 0; k--) key = key * 32 + UNIT_FOLD[word.charCodeAt(k)];
  return key;
};
const UNIT_WORDS = UNIT.split('|');
/** The keys of the unit words (up to 32^8: doubles, compared in a loop rather than hashed). */
const UNIT_KEYS = Float64Array.from(UNIT_WORDS.map(unitKey));
/** 1 at (digit of the first letter) * 32 + (digit of the second) for the first two letters of a unit word. */
const UNIT_PREFIX = new Uint8Array(32 * 32);
for (const w of UNIT_WORDS) UNIT_PREFIX[UNIT_FOLD[w.charCodeAt(0)] * 32 + UNIT_FOLD[w.charCodeAt(1)]] = 1;
if (UNIT_WORDS.some((w) => w.length < 2)) throw new Error('unit words have two letters at least');
const LONGEST_UNIT = LONGEST(UNIT_WORDS);

/**
 * UNIT_TRIGGER's match at `i` (a space or a hyphen): the run of letters and digits after it must be a
 * unit word (case folded), which the look-ahead then ends. No unit is a prefix of another that a letter
 * could follow, so the alternation's order does not matter. The first two letters are looked up first:
 * most words after a space begin no unit.
 */
function unitTriggerAt(text: string, i: number): number {
  if (UNIT_PREFIX[UNIT_FOLD[text.charCodeAt(i + 1)] * 32 + UNIT_FOLD[text.charCodeAt(i + 2)]] === 0) return 0;
  const n = text.length;
  let j = i + 1;
  let key = 0;
  let scale = 1;
  while (j < n) {
    const d = UNIT_FOLD[text.charCodeAt(j)];
    if (d === 0) {
      if (isLetterOrDigitAt(text, j)) return 0;
      break;
    }
    if (j - i > LONGEST_UNIT) return 0;
    key += d * scale;
    scale *= 32;
    j++;
  }
  for (let k = 0; k < UNIT_KEYS.length; k++) if (UNIT_KEYS[k] === key) return j - i;
  return 0;
}

/** HALF_TRIGGER's match at `i`: "demi-" or "half", ASCII letters in either case (no other letter folds onto them without the `u` flag). */
function halfTriggerAt(text: string, i: number): number {
  if ((text.charCodeAt(i) | 32) === 100) {
    return (text.charCodeAt(i + 1) | 32) === 101 &&
      (text.charCodeAt(i + 2) | 32) === 109 &&
      (text.charCodeAt(i + 3) | 32) === 105 &&
      text.charCodeAt(i + 4) === 45
      ? 5
      : 0;
  }
  return (text.charCodeAt(i + 1) | 32) === 97 && (text.charCodeAt(i + 2) | 32) === 108 && (text.charCodeAt(i + 3) | 32) === 102 ? 4 : 0;
}

/** The pairs of units that fold onto the first two letters of a unit word: what follows the space of a UNIT_TRIGGER hit. */
const FOLDING: number[] = [];
for (let c = 0; c < 0x10000; c++) if (UNIT_FOLD[c]) FOLDING.push(c);
const UNIT_FOLLOWS: Array<[number, number]> = [];
for (const c1 of FOLDING) for (const c2 of FOLDING) if (UNIT_PREFIX[UNIT_FOLD[c1] * 32 + UNIT_FOLD[c2]]) UNIT_FOLLOWS.push([c1, c2]);

/** The triggers of the duration patterns, for a shared scan (see `TriggerScan`). */
export const DURATION_TRIGGERS: readonly CodeTrigger[] = [
  { re: UNIT_TRIGGER, firsts: [...SPACE_CODES, 45], follows: UNIT_FOLLOWS, match: unitTriggerAt },
  {
    re: HALF_TRIGGER,
    firsts: [100, 68, 104, 72],
    follows: [
      [101, 109],
      [101, 77],
      [69, 109],
      [69, 77],
      [97, 108],
      [97, 76],
      [65, 108],
      [65, 76],
    ],
    match: halfTriggerAt,
  },
];

/** The words a DURATION match can start with: the first word of a qualifier, a number word, "an", "a" (lowercase). */
const FIRST_WORDS = new Set<string>([...Object.keys(QUALIFIERS).map((q) => /^\p{L}+/u.exec(q)![0]), ...NUMBER_WORD_PATTERN.split('|'), 'an', 'a']);
const FIRST_SIGNATURES = new WordSignatures(FIRST_WORDS);
const LONGEST_FIRST = LONGEST([...FIRST_WORDS]);

/**
 * True when a DURATION match can start at the word start `p` (the visitor skips a match inside a word):
 * on a digit, or on a run of letters that is one of FIRST_WORDS under the `iu` flags (lowercase, and "ſ"
 * as "s"). Every alternative of the pattern's first word is followed by a space, a hyphen or an
 * apostrophe, so that word is the whole run.
 */
function durationWordAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c >= 48 && c <= 57) return true;
  const T = classTable();
  let e = p;
  let longS = false;
  for (; e < text.length; e++) {
    const d = text.charCodeAt(e);
    if ((T[d] & LETTER) === 0) break;
    if (d === 0x17f) longS = true;
  }
  if (e === p || e - p > LONGEST_FIRST) return false;
  if (longS) return FIRST_WORDS.has(text.slice(p, e).toLowerCase().replace(/ſ/g, 's'));
  return FIRST_SIGNATURES.mayHold(text, p, e) && FIRST_WORDS.has(text.slice(p, e).toLowerCase());
}

/**
 * The first position in [from, to] where a kept DURATION match can start: a word start (a letter or
 * digit unit after none) where `durationWordAt` says yes. The rest of a word is passed over at once.
 */
function nextDurationStart(text: string, from: number, to: number): number {
  const T = classTable();
  let p = from;
  while (p <= to) {
    if ((T[text.charCodeAt(p)] & (LETTER | DIGIT)) === 0) {
      p++;
      continue;
    }
    if ((p === 0 || (T[text.charCodeAt(p - 1)] & (LETTER | DIGIT)) === 0) && durationWordAt(text, p)) return p;
    // No position inside a run of letters and digits is a word start.
    p++;
    while (p <= to && (T[text.charCodeAt(p)] & (LETTER | DIGIT)) !== 0) p++;
  }
  return -1;
}

/** Whether a kept DURATION match can start at `p`, for the unit test that checks every match against it. */
function durationStarts(text: string, p: number): boolean {
  return nextDurationStart(text, p, p) === p;
}

/** DURATION and the test of its starts, for the unit test that checks every match against it. */
export function durationPatternStarts(): { re: RegExp; starts: (text: string, p: number) => boolean } {
  return { re: DURATION, starts: durationStarts };
}

/**
 * The words a DURATION match can hold right before the space or hyphen of its unit (its trigger hit): the last
 * word of its number, of its half ("et demie", "and a half") or "more". Lowercase, as UNIT_FOLD reads them.
 */
const BEFORE_UNIT_WORDS = new Set([...NUMBER_WORD_PATTERN.split('|'), 'a', 'an', 'demi', 'demie', 'quart', 'half', 'quarter', 'more', 'additional', 'extra']);
const LONGEST_BEFORE_UNIT = LONGEST([...BEFORE_UNIT_WORDS]);
/** The lowercase letter of each UNIT_FOLD digit. */
const FOLDED = ' abcdefghijklmnopqrstuvwxyzé';
if ([...BEFORE_UNIT_WORDS].some((w) => [...w].some((c) => !UNIT_FOLD[c.charCodeAt(0)]))) throw new Error('a word before a unit has a letter UNIT_FOLD lacks');

/**
 * Whether a UNIT_TRIGGER hit at `h` can be the unit of a DURATION match: a digit right before it, or a run of
 * letters ending in one of BEFORE_UNIT_WORDS under the `iu` flags. Most hits ("is an", "du mois", "the day") are
 * none, and their windows reach far back (a qualifier and five number words).
 */
function unitAfterNumber(text: string, h: number): boolean {
  const c = text.charCodeAt(h - 1);
  if (c >= 48 && c <= 57) return true;
  let w = '';
  for (let k = h - 1; k >= 0 && h - k <= LONGEST_BEFORE_UNIT; k--) {
    const d = UNIT_FOLD[text.charCodeAt(k)];
    if (d === 0) return false;
    w = FOLDED[d] + w;
    if (BEFORE_UNIT_WORDS.has(w)) return true;
  }
  return false;
}

/** Whether the unit hit at `h` opens a window, for the test that checks every match against it. */
export function durationUnitHoldable(): { re: RegExp; holdable: (text: string, h: number) => boolean } {
  return { re: DURATION, holdable: unitAfterNumber };
}

/** /[\d.,]/ on one unit. */
const isDigitOrSeparator = (c: number): boolean => (c >= 48 && c <= 57) || c === 46 || c === 44;

const DURATION_NEAR: NearOptions = {
  trigger: UNIT_TRIGGER,
  before: LONGEST(Object.keys(QUALIFIERS)) + 1 + 5 * LONGEST(NUMBER_WORD_PATTERN.split('|')) + 4 * 4 + 16 + 1 + 8 + 'additional '.length + 4,
  after: LONGEST(Object.keys(UNITS)) + 1 + 16 + 2,
  extendBack: (text, from, floor) => {
    let f = from;
    while (f > floor && isDigitOrSeparator(text.charCodeAt(f - 1))) f--;
    // A qualifier may come before a long number ("plus de 1000000 heures").
    return f < from ? Math.max(0, f - LONGEST(Object.keys(QUALIFIERS)) - 2) : f;
  },
  starts: nextDurationStart,
  holdable: unitAfterNumber,
};
// Every HALF_UNIT match holds "demi-" or "half" after at most a qualifier.
const HALF_UNIT_NEAR: NearOptions = { trigger: HALF_TRIGGER, before: LONGEST(Object.keys(QUALIFIERS)) + 1 + 4 + 2, after: 24, behind: 2 };
// Qualifier right before a clock-like duration ("plus de 6h30").
const QUAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${QUAL})\\s$`, 'iu');
const CLOCK_NOT_DURATION = /^\s(?:du\smatin|du\ssoir|heure\slocale|GMT|UTC)/iu;

// Module constants rather than literals in the functions: bundled for Node 20, a `\p{…}` literal becomes a
// `new RegExp` evaluated at every call.
const TIME_PREP_BEFORE = /(?:^|[^\p{L}])(?:à|vers|dès|jusqu['’]à|at)\s$/iu;
const IL_Y_A_BEFORE = /(?:^|[^\p{L}])il\sy\sa\s$/iu;
/** "dans trois jours": a date ahead of publication, not a duration (hours stay durations: "dans deux heures"). */
const DANS_BEFORE = /(?:^|[^\p{L}])dans\s$/iu;
const AGO_AFTER = /^\s(?:ago|plus\stôt|auparavant)(?!\p{L})/iu;

/**
 * CLOCK runs near TIME_TRIGGER's hits: every match holds a hit at the digit before its "h" ("6h30", "16 h 30":
 * the digit before that one, if any, is the match's start, and a hit that ends before can take none of these
 * units). before: the first of two digits; after: the digit, \s?, h, \s?, two digits and the look-ahead's code point.
 */
const CLOCK_NEAR: NearOptions = { trigger: TIME_TRIGGER, before: 1, after: 8, behind: 2 };

/** The clock-like pattern and the options it runs with, for the test that checks them against a scan of the whole text. */
export function clockPatternNear(): { re: RegExp; near: NearOptions } {
  return { re: CLOCK, near: CLOCK_NEAR };
}

/** The duration a clock-like match ("6h30") stands for, when its words around make it one, else null. */
function clockDuration(text: string, m: RegExpExecArray): RawDuration | null {
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // "après 16h20" is a time; "après 6h30 de discussions" and "en 6h30" (h < 13) are durations.
  const duration = STRONG_BEFORE.test(before) || NOUN_AFTER.test(after) || (WEAK_BEFORE.test(before) && h < 13 && !CLOCK_NOT_DURATION.test(after));
  if (!duration) return null;
  const qm = QUAL_BEFORE.exec(before);
  const qualifier = qm ? (QUALIFIERS[qm[1].toLowerCase().replace(/\s+/g, ' ')] ?? 'exact') : 'exact';
  const start = qm ? m.index - qm[1].length - 1 : m.index;
  return { start, end: m.index + m[0].length, minutes: h * 60 + min, unit: 'hour', qualifier };
}

/**
 * Durations in `text` (UTF-16 offsets). Run before dates: the spans found here are not times. `hits` are
 * those of DURATION_TRIGGERS when a shared scan has found them already (else the triggers' regular
 * expressions find them).
 */
export function detectDurations(text: string, hits?: TriggerHits): RawDuration[] {
  const out: RawDuration[] = [];
  execNear(
    text,
    DURATION,
    DURATION_NEAR,
    (m) => {
      // Left word boundary checked here: a look-behind at the head of this pattern costs 4× the time.
      if (m.index > 0 && isWordUnit(text, m.index - 1)) return m.index + 1;
      const d = durationOf(text, m);
      if (d) out.push(d);
    },
    hits?.get(UNIT_TRIGGER),
  );
  execNear(
    text,
    HALF_UNIT,
    HALF_UNIT_NEAR,
    (m) => {
      const isDay = Boolean(m[4]) || /journée/i.test(m[2] ?? '');
      const qualifier = m[1] ? (QUALIFIERS[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? 'exact') : 'exact';
      out.push({ start: m.index, end: m.index + m[0].length, minutes: isDay ? 720 : 30, unit: isDay ? 'day' : 'hour', qualifier });
    },
    hits?.get(HALF_TRIGGER),
  );
  execNear(
    text,
    CLOCK,
    CLOCK_NEAR,
    (m) => {
      const d = clockDuration(text, m);
      if (d) out.push(d);
    },
    hits?.get(TIME_TRIGGER),
  );
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawDuration[] = [];
  for (const d of out) if (!kept.length || d.start >= kept[kept.length - 1].end) kept.push(d);
  return kept;
}

/**
 * "une seconde fois", "a second wave", "the 1988 second quarter": "second(e)" as an ordinal. Singular after a
 * space it is a length only for one ("one second"), and "une"/"one" only after "pendant", "for", a qualifier;
 * "30-second" is a length.
 */
function ordinalSecond(text: string, m: RegExpExecArray, lowerNum: string, unitRaw: string, qual: string | undefined): boolean {
  const singular = !/s$/i.test(unitRaw);
  const hyphen = text.charAt(m.index + m[0].length - unitRaw.length - 1) === '-';
  if (singular && !hyphen && !/^(?:1|une?|one)$/.test(lowerNum)) return true;
  return /^(?:une?|one)$/.test(lowerNum) && !qual && !/(?:for|within|pendant|durant|en|in)\s$/i.test(text.slice(Math.max(0, m.index - 9), m.index));
}

const FRACTION = /^(\d+)\s([13])\/([24])$/;

/** A number with a trailing fraction ("2 1/2" is 2.5), else parseNumber's reading. */
function numberWithFraction(raw: string): number {
  const f = FRACTION.exec(raw);
  return f ? Number(f[1]) + Number(f[2]) / Number(f[3]) : parseNumber(raw);
}

/** The duration a DURATION match gives, or null ("à 16 heures" is a time, "il y a deux semaines" a date). */
function durationOf(text: string, m: RegExpExecArray): RawDuration | null {
  const [whole, qual, numRaw, half1, half1en, unitRaw, half2, half2en] = m;
  const unit = UNITS[unitRaw.toLowerCase()];
  if (!unit) return null;
  let n = /^an?$/i.test(numRaw) ? (unit === 'hour' || /^an?$/i.test(numRaw) ? 1 : NaN) : numberWithFraction(numRaw);
  // "un an", "an hour"; but "a week ago" is a date, handled below, and "l'an" is not a number.
  if (Number.isNaN(n)) return null;
  const lowerNum = numRaw.toLowerCase();
  if (/^an?$/.test(lowerNum) && !qual && !(half1 || half1en || half2 || half2en) && /^(?:a|an)$/.test(lowerNum) && unit !== 'hour') {
    // "a year", "a week": count only with a qualifier or "for", "within"; "a year after" reads as a date phrase.
    if (!/(?:for|within|pendant|durant)\s$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
  }
  if (unit === 'second' && ordinalSecond(text, m, lowerNum, unitRaw, qual)) return null;
  const half = half1 ?? half1en ?? half2 ?? half2en;
  if (half) n += /^(?:quart|quarter)$/i.test(half) ? 0.25 : 0.5;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  // "à 16 heures" is a time of day; "il y a deux semaines", "two weeks ago" are dates.
  if (unit === 'hour' && !qual && TIME_PREP_BEFORE.test(before) && /^\d+$/.test(numRaw)) return null;
  if (DANS_BEFORE.test(before) && !qual && unit !== 'hour' && unit !== 'minute') return null;
  if (IL_Y_A_BEFORE.test(before) || AGO_AFTER.test(text.slice(m.index + whole.length, m.index + whole.length + 12))) return null;
  let qualifier: DurationQualifier = qual ? (QUALIFIERS[qual.toLowerCase().replace(/\s+/g, ' ')] ?? 'exact') : 'exact';
  const lastWord = lowerNum.split(/[\s-]/).pop()!;
  if (qualifier === 'exact' && APPROXIMATE_NUMBER_WORDS.has(lastWord)) qualifier = 'about';
  // Whole minutes for the longer units; seconds and minutes keep their fraction ("30 secondes" is 0.5, "a
  // minute and a half" 1.5, not 2).
  const minutes = unit === 'second' || unit === 'minute' ? n * PER_UNIT[unit] : Math.round(n * PER_UNIT[unit]);
  return { start: m.index, end: m.index + whole.length, minutes, unit, qualifier };
}
