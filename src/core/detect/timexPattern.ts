/**
 * The pieces the TIMEX3 word patterns are written with (timexRules.ts, timexYears.ts): word bounds that know
 * letters and digits of every script, and alternations of literal words, longest first so that a regex
 * alternation takes the longest phrase.
 */
import { escapeRegExp as esc } from '../text/regexp';

/** No letter or digit after. */
export const E = '(?![\\p{L}\\p{N}])';
/** No letter or digit before. */
export const B = '(?<![\\p{L}\\p{N}])';

/** An alternation of the words, longest first, each space matching any one white space. */
export const alt = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s'))
    .join('|');

/** `alt` of the words and of their capitalised forms (a sentence may start with them). */
export const capAlt = (words: readonly string[]): string => alt([...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]);
