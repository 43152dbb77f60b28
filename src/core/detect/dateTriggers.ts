/**
 * The words and patterns of dates (month and weekday names, clock times) and the triggers of the date
 * rules: cheap literals and digit shapes found in one pass over the text (see `TriggerScan`), near which
 * the rules' own patterns run.
 */
import { isSpaceUnit, SPACE_CODES } from './chars';
import { NUMBER_WORD_PATTERN } from './numbers';
import { TriggerScan, type CodeTrigger, type LiteralTrigger, type TriggerHits } from './triggers';
import { escapeRegExp as esc } from '../text/regexp';

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const alt = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

export const FR_MONTH_KEYS = [
  'janvier',
  'février',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'decembre',
  'janv.',
  'févr.',
  'fév.',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
export const EN_MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
];
// French month names are lowercase in running text (capitalised at a sentence start); English ones are
// always capitalised, which keeps "may" and "march" the verbs out.
export const MONTH = `(?:${alt([...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)])})(?!\\p{L})`;
export const FR_WD = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const WEEKDAY = `(?:${alt([...FR_WD, ...FR_WD.map(cap), ...EN_WD])})(?!\\p{L})`;
export const APOS = `['’]`;
export const E = '(?![\\p{L}\\p{N}])';
// A time of day: "16h20", "16 h 20", "16h", "15:16", "4:20 p.m.", "4 pm".
export const TIME = `(?:(?:[01]?\\d|2[0-3])\\s?h\\s?(?:[0-5]\\d)?|(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s?[ap]\\.?m\\.?)?|(?:1[0-2]|0?\\d)\\s?[ap]\\.?m\\.?)(?![\\p{L}\\p{N}:])`;

export const MONTH_TRIGGER = new RegExp(alt([...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)]), 'g');
/** The words of MONTH and WEEKDAY, for the rules' `starts`. */
export const MONTH_WORDS = [...FR_MONTH_KEYS, ...FR_MONTH_KEYS.map(cap), ...EN_MONTH_KEYS.map(cap)];
export const WEEKDAY_WORDS = [...FR_WD, ...FR_WD.map(cap), ...EN_WD];
export const EN_MONTH_TRIGGER = new RegExp(alt(EN_MONTH_KEYS.map(cap)), 'g');
export const WEEKDAY_TRIGGER = new RegExp(alt([...FR_WD, ...FR_WD.map(cap), ...EN_WD]), 'g');
/**
 * The relative days, as the relative-day rule reads them (in its pattern's order; "'" stands for either
 * apostrophe). The one list: the rule's pattern and first words, and the keys of its trigger, come from it.
 */
// prettier-ignore
export const RELATIVE_DAYS = [
  "aujourd'hui", "Aujourd'hui", 'avant-hier', 'Avant-hier', 'après-demain', 'Après-demain', 'hier', 'Hier', 'demain', 'Demain',
  'today', 'Today', 'yesterday', 'Yesterday', 'tomorrow', 'Tomorrow', 'ce matin', 'Ce matin', 'ce soir', 'Ce soir',
  'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'Last night',
];
/**
 * A relative day's trigger key: the day without the word that shifts it ("hier" of "avant-hier", "night" of
 * "last night"), cut at the apostrophe ("aujourd"); every key is a literal of the text, none a prefix of another.
 */
const relativeDayKey = (day: string): string => day.replace(/^(?:avant-|après-|last )/i, '').split("'")[0];
const RELATIVE_DAY_KEYS = [...new Set(RELATIVE_DAYS.map(relativeDayKey))];
export const RELATIVE_DAY_TRIGGER = new RegExp(alt(RELATIVE_DAY_KEYS), 'g');
const AGO_KEYS = ['ago'];
export const AGO_TRIGGER = new RegExp(alt(AGO_KEYS), 'g');
/** The words that open a count from publication ("il y a deux ans", "dans trois jours"): its trigger's keys, and its rule's first words. */
export const IL_Y_A_KEYS = ['il y a', 'Il y a', 'dans', 'Dans'];
export const IL_Y_A_TRIGGER = new RegExp(alt(IL_Y_A_KEYS), 'g');
/**
 * A count before "ago" or after "il y a" / "dans": digits or one word, hyphens allowed ("deux", "twenty-one",
 * "a"), read by `parseNumber` in the handler. A plain word class keeps the pattern cheap where it fails, at
 * every "dans la", "dans les" of a French text.
 */
export const AGO_COUNT = `\\d{1,3}|\\p{L}+(?:-\\p{L}+)*`;
export const AGO_NUMBER_STARTS = [...NUMBER_WORD_PATTERN.split('|'), 'a', 'an'];

// The other triggers, found in the same pass (see DATE_TRIGGERS).
export const NUMERIC_DATE_TRIGGER = /\d[/.]\d/g;
export const ISO_TRIGGER = /\d-[01]/g;
export const SAME_MONTH_TRIGGER = /même|ce mois|du mois/g;
export const WEEK_TRIGGER = /semaine|week/g;
export const MONTH_WORD_TRIGGER = /mois|month/g;
export const YEAR_WORD_TRIGGER = /[lL]['’]an|année|year/g;
export const YEAR_TRIGGER = /1[5-9]\d\d|20\d\d/g;
export const TIME_TRIGGER = /\d\s?h|\d:\d|\d\s?[ap]\.?m|\d\sheure/g;

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
const pairs = (seconds: readonly number[], thirds: readonly number[]): Array<[number, number]> =>
  seconds.flatMap((a) => thirds.map((b): [number, number] => [a, b]));
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
  {
    re: ISO_TRIGGER,
    firsts: DIGITS,
    follows: pairs([45], [48, 49]),
    match: (t, i) => (t.charCodeAt(i + 1) === 45 && (t.charCodeAt(i + 2) === 48 || t.charCodeAt(i + 2) === 49) ? 3 : 0),
  },
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
export const DATE_TRIGGERS = new TriggerScan(DATE_LITERAL_TRIGGERS, DATE_CODE_TRIGGERS);

/** The hits of every trigger of the rules in `text` (exported for the test that checks them against the patterns). */
export function dateTriggerHits(text: string): TriggerHits {
  return DATE_TRIGGERS.hits(text);
}
