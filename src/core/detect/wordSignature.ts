/**
 * A cheap first test before looking a word up in a set of lowercase words: the length, first and last
 * unit of its lowercase, read from the text without making the lowercase string (whose hashing is most
 * of the cost of a lookup). Lowercasing never shortens a string, and the one letter whose lowercase is
 * longer (İ) gives a combining dot that no listed word holds, so a listed word's letters lowercase a unit
 * each and the signature of the text's word is that of its lowercase.
 */

/** Units below LATIN_END are read through LOWER; a word that starts or ends above it always passes. */
const LATIN_END = 0x250;
/** Lowercase of each unit below LATIN_END whose lowercase is one unit (0 for the others). */
const LOWER = new Uint16Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : 0;
}

/** Length, first and last unit, hashed onto 16 bits: words that share a slot only cost a lookup. */
const slotOf = (length: number, first: number, last: number): number => (Math.imul(Math.imul(length, 0x2f) + first, 0x61) + last) & 0xffff;

export class WordSignatures {
  /** One bit per slot that a word's signature falls on. */
  private readonly bits = new Int32Array(0x10000 >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w !== w.toLowerCase() || w.includes('\u0307')) throw new Error(`not a lowercase word: ${w}`);
      if (!w.length) continue;
      const h = slotOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** False when the lowercase of text[start, end) is none of the words; true when it may be one. */
  mayHold(text: string, start: number, end: number): boolean {
    if (end <= start) return true;
    const f = text.charCodeAt(start);
    const l = text.charCodeAt(end - 1);
    if (f >= LATIN_END || l >= LATIN_END) return true;
    const h = slotOf(end - start, LOWER[f], LOWER[l]);
    return ((this.bits[h >>> 5] >>> (h & 31)) & 1) !== 0;
  }
}

/**
 * Values by lowercase word, looked up with a slice of a text (`text[start, end)`) without making the slice
 * or its lowercase: the hash of the lowercase is read from the units, and a candidate is compared unit by
 * unit. A word with a unit from LATIN_END on is looked up as a string (`slice().toLowerCase()`), so the
 * answer is always that of `Map.get(text.slice(start, end).toLowerCase())`.
 */
export class LowerWordMap<V> {
  private readonly byHash = new Map<number, Array<{ word: string; value: V }>>();
  private readonly byWord = new Map<string, V>();
  /** Length, first and last unit first: most words of a text are turned down without reading the others. */
  private readonly signatures: WordSignatures;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [w, value] of entries) {
      if (w !== w.toLowerCase() || w.includes('\u0307')) throw new Error(`not a lowercase word: ${w}`);
      if (this.byWord.has(w)) continue;
      this.byWord.set(w, value);
      let h = w.length;
      for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
      const list = this.byHash.get(h);
      if (list) list.push({ word: w, value });
      else this.byHash.set(h, [{ word: w, value }]);
    }
    this.signatures = new WordSignatures(this.byWord.keys());
  }

  /** The value of the lowercase of text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    if (!this.signatures.mayHold(text, start, end)) return undefined;
    let h = end - start;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c >= LATIN_END) return this.byWord.get(text.slice(start, end).toLowerCase());
      h = (Math.imul(h, 31) + LOWER[c]) | 0;
    }
    const list = this.byHash.get(h);
    if (list === undefined) return undefined;
    // A unit whose lowercase is longer (İ) reads as 0 in LOWER and so matches no listed word, as its
    // lowercase (with a combining dot) would not.
    next: for (const e of list) {
      if (e.word.length !== end - start) continue;
      for (let k = 0; k < e.word.length; k++) if (LOWER[text.charCodeAt(start + k)] !== e.word.charCodeAt(k)) continue next;
      return e.value;
    }
    return undefined;
  }
}
