/**
 * Years the TIMEX3 word pass reads beside dates proper (timexRules.ts's families): a year as a modifier or in
 * words ("its 1990 invasion", "nineteen ninety-six", "the fiscal year") and a year in two digits after a
 * preposition ("en 97", "since '98").
 */
import { mergePaths, NUMBER, phrasePaths } from './timexPaths';
import { alt, B, E } from './timexPattern';
import type { Pub, TimexHit } from './timexRules';

// prettier-ignore
const TENS_WORDS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// prettier-ignore
const ONES_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/**
 * Years as modifiers and in words: "its [1990] invasion", "the [2000] Olympics", "[fiscal 1989]", "[mid-1996]",
 * "[nineteen ninety-six]", "the year two thousand", "[the fiscal year]", "for [the year]" (the publication year).
 */
// prettier-ignore
export const YEAR_RE = new RegExp(
  `${B}(?:(?:the|a|an|its|his|her|their|that|this|our|The|A|An|Its|His|Her|Their|That|This|Our)\\s((?:19|20)\\d\\d)(?=\\s[\\p{L}])` +
    `|(?:[Ff]iscal\\s|mid-)((?:19|20)\\d\\d)${E}` +
    `|(?:[Nn]ineteen|[Tt]wenty)[\\s-](${alt(Object.keys(TENS_WORDS))})(?:[\\s-](${alt(Object.keys(ONES_WORDS))}))?${E}` +
    `|(?:the\\s)?year\\stwo\\sthousand${E}` +
    `|(?:the|The)\\s(?:(?:current|full|fiscal)\\s){0,2}year(?![\\p{L}\\p{N}-])(?!\\s(?:\\d|two|earlier|ago|before|after|of)))`,
  'uy',
);

/**
 * The words YEAR_RE requires after its first word (see timexPaths.ts): a number after a determiner, "fiscal",
 * "mid"; "year", "current", "full" or "fiscal" after "the"; "two thousand" after "year". "nineteen" and "twenty"
 * are not filtered.
 */
// prettier-ignore
export const YEAR_PATHS = mergePaths(
  phrasePaths(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'that', 'this', 'our', 'fiscal', 'mid'], [NUMBER]),
  phrasePaths(['the'], ['year', 'current', 'full', 'fiscal']),
  phrasePaths(['year two thousand']),
);

// A module constant, not a literal in readYear: bundled for Node 20, a `\p{…}` literal there is a `new RegExp` at every call.
const LOWER_START = /^\p{Ll}/u;
const ENDED_AFTER = /^\s(?:ended|ending)(?![\p{L}])/u;
const WORD_AFTER = /^\s([\p{L}]+)/u;

/** A year named by a YEAR_RE match, or null when the word after a modifier year reads as a count ("the 2000 soldiers"). */
export function readYear(m: RegExpExecArray, pub: Pub | null, text: string): Omit<TimexHit, 'start' | 'end'> | null {
  if (m[1]) {
    const next = WORD_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (!next || (LOWER_START.test(next[1]) && /s$/.test(next[1]))) return null;
    return { type: 'DATE', value: m[1] };
  }
  if (m[2]) return { type: 'DATE', value: m[2] };
  if (m[3]) {
    const tens = TENS_WORDS[m[3].toLowerCase()];
    const year = (/^[Tt]/.test(m[0]) ? 2000 : 1900) + (tens < 20 || !m[4] ? tens : tens + ONES_WORDS[m[4].toLowerCase()]);
    return /^[Tt]wenty/.test(m[0]) && tens >= 20 ? null : { type: 'DATE', value: String(year) };
  }
  if (/two\sthousand$/.test(m[0])) return { type: 'DATE', value: '2000' };
  // "the year ended June 30", "the fiscal year ending in March": a span of a year that a date closes, a duration.
  if (ENDED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return { type: 'DURATION', value: 'P1Y' };
  return pub ? { type: 'DATE', value: String(pub.y) } : null;
}

/**
 * A year in two digits after a preposition that takes years ("en 97", "depuis 98", "since '98"), where a
 * mark, the end or a function word follows: before a noun the number is a count ("en 12 heures", "en 20 points").
 */
export const SHORT_YEAR_RE = new RegExp(
  `${B}(?:[eE]n|[dD]epuis|[dD]ès|[jJ]usqu['’]en|[sS]ince)\\s['’]?(\\d{2})(?=\\s?[.,;:!?)]|$|\\s(?:et|ou|puis|quand|lorsque|avec|and|or|when)\\s)`,
  'uy',
);

/** The year of two digits: that of the publication's century, or the one before when it would be more than ten years ahead. */
export function readShortYear(m: RegExpExecArray, pub: Pub | null): Omit<TimexHit, 'start' | 'end'> | null {
  const ref = pub?.y ?? 2000;
  const y = Math.floor(ref / 100) * 100 + Number(m[1]);
  return { type: 'DATE', value: String(y > ref + 10 ? y - 100 : y) };
}
