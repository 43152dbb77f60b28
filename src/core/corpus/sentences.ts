/**
 * Sentence splitting for French and English news text. Offsets are UTF-16 (internal to corpus analysis).
 */

export interface SentenceRange {
  start: number;
  end: number;
}

// Words after which a dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'me',
  'st',
  'ste',
  'mgr',
  'gén',
  'gen',
  'col',
  'cdt',
  'lt',
  'sgt',
  'capt',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'vs',
  'etc',
  'cf',
  'ex',
  'env',
  'p',
  'pp',
  'vol',
  'no',
  'nº',
  'art',
  'av',
  'bd',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'min',
  'max',
  'approx',
  'fig',
  'janv',
  'févr',
  'fév',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'déc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'dec',
  'hon',
  'rev',
  'éd',
]);

// At module level: esbuild turns a literal with \p{…} into `new RegExp(…)`, built again at every use.
const BOUNDARY = /[.!?…]+["»”’)\]]*(?=\s+["«“([]?\s*[\p{Lu}\d])|\n+/gu;
const WORD_BEFORE = /([\p{L}\p{M}.]+)$/u;
const CAPITAL = /^\p{Lu}$/u;
const DOTTED = /\p{L}\.\p{L}$/u;

/**
 * Sentences of `text`: a sentence ends at `.`, `!`, `?` or `…` followed by a space and a capital letter, a
 * digit or an opening quote, or at a line break. A dot after an abbreviation ("M.", "Dr.", "U.S."),
 * an initial ("D. Trump") or inside a number ("3.5") does not end a sentence.
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
    while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    if (m[0].startsWith('\n')) {
      push(at);
      continue;
    }
    if (m[0] === '.' && !longWordBefore(text, Math.max(start, at - 12), at)) {
      const before = text.slice(Math.max(start, at - 12), at);
      const word = WORD_BEFORE.exec(before)?.[1] ?? '';
      const last = word.split('.').pop() ?? '';
      if (ABBREVIATIONS.has(last.toLowerCase())) continue;
      // An initial ("D. Trump") or a dotted abbreviation ("U.S.").
      if (CAPITAL.test(last) || DOTTED.test(word)) continue;
    }
    push(at + m[0].length);
  }
  push(text.length);
  return out;
}

/** Per UTF-16 unit: 0 not asked yet, 1 white space, 2 not. */
const spaceUnit = new Uint8Array(0x10000);

/** True when the UTF-16 unit `c` is white space, as `\s` sees it. */
export function isSpaceUnit(c: number): boolean {
  if (c === 32) return true;
  if (c > 32 && c < 0x80) return false;
  let v = spaceUnit[c];
  if (v === 0) spaceUnit[c] = v = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

const LONG_WORD = Math.max(...[...ABBREVIATIONS].map((a) => a.length)) + 1;

/**
 * True when the LONG_WORD characters before `at` (from `from` on) are Latin letters: the word there is no
 * abbreviation (it is longer than any), no initial and no dotted abbreviation, so the dot ends the
 * sentence. Most sentences end so, and this answers without the regular expressions.
 */
function longWordBefore(text: string, from: number, at: number): boolean {
  if (at - from < LONG_WORD) return false;
  for (let j = at - LONG_WORD; j < at; j++) {
    const c = text.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7))) return false;
  }
  return true;
}

/** Index of the sentence that contains UTF-16 offset `pos` (binary search), or -1. */
export function sentenceAt(sentences: readonly SentenceRange[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences (whitespace): the following one.
  return lo < sentences.length ? lo : sentences.length - 1;
}
