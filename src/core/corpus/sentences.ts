/**
 * Sentence splitting for French and English news text. Offsets are UTF-16 (internal to corpus analysis).
 */

export interface SentenceRange {
  start: number;
  end: number;
}

// Words after which a dot does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'mgr', 'gén', 'gen', 'col', 'cdt', 'lt', 'sgt', 'capt',
    'mr', 'mrs', 'ms', 'prof', 'sen', 'rep', 'gov', 'jr', 'sr', 'vs', 'etc', 'cf', 'ex', 'env', 'p', 'pp', 'vol', 'no', 'nº',
    'art', 'av', 'bd', 'inc', 'ltd', 'co', 'corp', 'dept', 'min', 'max', 'approx', 'fig', 'janv', 'févr', 'fév', 'avr',
    'juil', 'sept', 'oct', 'nov', 'déc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'dec', 'hon', 'rev', 'éd',
  ],
);

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
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  const boundary = /[.!?…]+["»”’)\]]*(?=\s+["«“([]?\s*[\p{Lu}\d])|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    if (m[0].startsWith('\n')) {
      push(at);
      continue;
    }
    if (m[0] === '.') {
      const before = text.slice(Math.max(start, at - 12), at);
      const word = /([\p{L}\p{M}.]+)$/u.exec(before)?.[1] ?? '';
      const last = word.split('.').pop() ?? '';
      if (ABBREVIATIONS.has(last.toLowerCase())) continue;
      // An initial ("D. Trump") or a dotted abbreviation ("U.S.").
      if (/^\p{Lu}$/u.test(last) || /\p{L}\.\p{L}$/u.test(word)) continue;
    }
    push(at + m[0].length);
  }
  push(text.length);
  return out;
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
