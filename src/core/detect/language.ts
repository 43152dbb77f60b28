/** Language identification between French and English by function-word frequency. */
import { classTable, isLetterAt, LETTER, unitsOf } from './chars';

/** The French and English function words counted (exported for the test's reference count). */
export const FR_WORDS = [
  'le',
  'la',
  'les',
  'des',
  'du',
  'de',
  'et',
  'est',
  'une',
  'un',
  'dans',
  'pour',
  'que',
  'qui',
  'sur',
  'avec',
  'au',
  'aux',
  'pas',
  'ont',
  'sont',
  'cette',
  'il',
  'elle',
  'à',
  'a',
  'ne',
  'se',
  'ce',
  'par',
  'mais',
  'leur',
];
export const EN_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'that',
  'for',
  'with',
  'on',
  'was',
  'were',
  'said',
  'by',
  'he',
  'she',
  'it',
  'are',
  'has',
  'have',
  'from',
  'at',
  'this',
  'be',
  'not',
  'but',
  'their',
  'an',
  'which',
];
if (![...FR_WORDS, ...EN_WORDS].every((w) => /^[a-zà]+$/.test(w))) throw new Error('function words are lowercase a-z and à');

/** How many characters are read: the head of the article says which language it is in. */
const SAMPLE = 20000;
/** Lowercasing never shortens a string, so a run of letters longer than the longest listed word is none of them. */
const LONGEST = Math.max(...FR_WORDS.map((w) => w.length), ...EN_WORDS.map((w) => w.length));

/**
 * The letter a unit lowercases to, as a base-32 digit: a-z 1..26 (either case, and the Kelvin sign as k),
 * à 27 (either case); 0 for any other unit, whose lowercase is none of those letters alone.
 */
function digit(c: number): number {
  const l = c | 32;
  if (c < 0x80) return l >= 97 && l <= 122 ? l - 96 : 0;
  return c === 0xe0 || c === 0xc0 ? 27 : c === 0x212a ? 11 : 0;
}

/**
 * Listed words by their base-32 key (the digits of their letters, first letter lowest), in an
 * open-addressing table: bit 1 French, bit 2 English. Most runs of letters are no listed word, and an
 * empty slot says so at the first probe.
 */
const TABLE_BITS = 12;
const TABLE_KEYS = new Int32Array(1 << TABLE_BITS).fill(-1);
const TABLE_VALUES = new Uint8Array(1 << TABLE_BITS);
const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
for (const [words, v] of [
  [FR_WORDS, 1],
  [EN_WORDS, 2],
] as const) {
  for (const w of words) {
    let key = 0;
    for (let k = w.length - 1; k >= 0; k--) key = key * 32 + digit(w.charCodeAt(k));
    let s = slotOf(key);
    while (TABLE_KEYS[s] !== -1 && TABLE_KEYS[s] !== key) s = (s + 1) & ((1 << TABLE_BITS) - 1);
    TABLE_KEYS[s] = key;
    TABLE_VALUES[s] |= v;
  }
}

function lookup(key: number): number {
  let s = slotOf(key);
  for (let k = TABLE_KEYS[s]; k !== -1; k = TABLE_KEYS[s]) {
    if (k === key) return TABLE_VALUES[s];
    s = (s + 1) & ((1 << TABLE_BITS) - 1);
  }
  return 0;
}

/**
 * 'fr' or 'en', by counting function words in the first 20,000 characters (French when undecided): the
 * runs of letters (`/\p{L}+/gu`) of that sample, lowercased, looked up in each list. A run is looked up by
 * a number built from its char codes (ASCII letters and "à"), without a string per word. The class table
 * is the one every scanner reads; the units are read from a typed array (see `unitsOf`).
 */
export function detectLanguage(text: string): 'fr' | 'en' {
  const T = classTable();
  const n = Math.min(text.length, SAMPLE);
  const u = unitsOf(text);
  let fr = 0;
  let en = 0;
  let i = 0;
  while (i < n) {
    const c = u[i];
    // A surrogate pair is a letter when its code point is; one cut by the end of the sample is a lone
    // surrogate in the sample, so no letter. A surrogate has no class in the table.
    const astralStart = (T[c] & LETTER) === 0;
    if (astralStart && !(c >= 0xd800 && c <= 0xdbff && astralLetter(text, i, n))) {
      i++;
      continue;
    }
    const start = i;
    let astral = astralStart;
    i += astralStart ? 2 : 1;
    for (;;) {
      while (i < n && (T[u[i]] & LETTER) !== 0) i++;
      if (i < n && astralLetter(text, i, n)) {
        astral = true;
        i += 2;
        continue;
      }
      break;
    }
    // A run with any other letter is no listed word: its lowercase holds a letter outside a-z and à, or the
    // combining dot of "İ", or the "k" of the Kelvin sign, which no listed word has.
    if (i - start > LONGEST || astral) continue;
    let key = 0;
    let j = i - 1;
    for (; j >= start; j--) {
      const d = digit(u[j]);
      if (d === 0) break;
      key = key * 32 + d;
    }
    if (j >= start) continue;
    const v = lookup(key);
    if (v & 1) fr++;
    if (v & 2) en++;
  }
  return en > fr ? 'en' : 'fr';
}

/** True when the unit at `i` is a high surrogate and it and the unit after it, before `n`, are a letter outside the BMP. */
function astralLetter(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && isLetterAt(text, i);
}
