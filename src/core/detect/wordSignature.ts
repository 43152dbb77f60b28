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

/**
 * Length, first and last unit, hashed onto `bits` bits (16 at most): words that share a slot only cost a
 * lookup. The top bits of a multiplicative hash, so that a small table still spreads the words.
 */
const slotOf = (length: number, first: number, last: number, shift: number): number =>
  Math.imul(Math.imul(Math.imul(length, 0x2f) + first, 0x61) + last, 0x9e3779b1) >>> shift;

/**
 * The bits of a table of about 32 slots a word (a few percent of other words pass), from 2^10 to 2^16: a
 * detector's scan reads it at most words of a text, and a table of 8 KB for a list of twenty words was
 * mostly cache misses once the other detectors had run.
 */
function tableBits(count: number): number {
  let bits = 10;
  while (bits < 16 && 1 << bits < count * 32) bits++;
  return bits;
}

export class WordSignatures {
  /** One bit per slot that a word's signature falls on. */
  private readonly bits: Int32Array;
  /** 32 minus the bits of a slot number. */
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    const b = tableBits(list.length);
    this.shift = 32 - b;
    this.bits = new Int32Array((1 << b) >>> 5);
    for (const w of list) {
      if (w !== w.toLowerCase() || w.includes('\u0307')) throw new Error(`not a lowercase word: ${w}`);
      if (!w.length) continue;
      const h = slotOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1), this.shift);
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** False when the lowercase of text[start, end) is none of the words; true when it may be one. */
  mayHold(text: string, start: number, end: number): boolean {
    if (end <= start) return true;
    const f = text.charCodeAt(start);
    const l = text.charCodeAt(end - 1);
    if (f >= LATIN_END || l >= LATIN_END) return true;
    const h = slotOf(end - start, LOWER[f], LOWER[l], this.shift);
    return ((this.bits[h >>> 5] >>> (h & 31)) & 1) !== 0;
  }
}

/**
 * Values by lowercase word, looked up with a slice of a text (`text[start, end)`) without making the slice
 * or its lowercase: the hash of the lowercase is read from the units, and a candidate is compared unit by
 * unit. A word with a unit from LATIN_END on is looked up as a string (`slice().toLowerCase()`), so the
 * answer is always that of `Map.get(text.slice(start, end).toLowerCase())`.
 *
 * The words sit in three typed arrays (open-addressed slots, offsets, units) of a few kilobytes: a scan that
 * looks up most words of a text touches those lines only, where a `Map` of arrays of entries spread its
 * lookups over the heap (cache misses, once the other detectors have run, were most of their cost).
 */
export class LowerWordMap<V> {
  private readonly byWord = new Map<string, V>();
  private readonly values: V[] = [];
  /** Word k's units are units[offsets[k], offsets[k + 1]). */
  private readonly offsets: Int32Array;
  private readonly units: Uint16Array;
  /** Open addressing by the hash of the lowercase: the word's index + 1, or 0 for an empty slot. */
  private readonly slots: Int32Array;
  /** 32 minus the bits of a slot number. */
  private readonly shift: number;
  /** Length, first and last unit first: most words of a text are turned down without hashing the others. */
  private readonly signatures: WordSignatures;

  constructor(entries: Iterable<readonly [string, V]>) {
    const words: string[] = [];
    for (const [w, value] of entries) {
      if (w !== w.toLowerCase() || w.includes('\u0307')) throw new Error(`not a lowercase word: ${w}`);
      if (this.byWord.has(w)) continue;
      this.byWord.set(w, value);
      words.push(w);
      this.values.push(value);
    }
    // A quarter full at most: a word of the text that is not listed mostly finds an empty slot at once.
    let bits = 4;
    while (1 << bits < words.length * 4) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(1 << bits);
    this.offsets = new Int32Array(words.length + 1);
    this.units = new Uint16Array(words.reduce((n, w) => n + w.length, 0));
    let at = 0;
    words.forEach((w, k) => {
      this.offsets[k] = at;
      let h = w.length;
      for (let i = 0; i < w.length; i++) {
        this.units[at++] = w.charCodeAt(i);
        h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
      }
      let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while (this.slots[s] !== 0) s = (s + 1) & (this.slots.length - 1);
      this.slots[s] = k + 1;
    });
    this.offsets[words.length] = at;
    this.signatures = new WordSignatures(words);
  }

  /** The value of the lowercase of text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    if (!this.signatures.mayHold(text, start, end)) return undefined;
    const length = end - start;
    let h = length;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c >= LATIN_END) return this.byWord.get(text.slice(start, end).toLowerCase());
      h = (Math.imul(h, 31) + LOWER[c]) | 0;
    }
    const slots = this.slots;
    const units = this.units;
    const offsets = this.offsets;
    const mask = slots.length - 1;
    // A unit whose lowercase is longer (İ) reads as 0 in LOWER and so matches no listed word, as its
    // lowercase (with a combining dot) would not.
    next: for (let s = Math.imul(h, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const e = slots[s];
      if (e === 0) return undefined;
      const from = offsets[e - 1];
      if (offsets[e] - from !== length) continue;
      for (let k = 0; k < length; k++) if (LOWER[text.charCodeAt(start + k)] !== units[from + k]) continue next;
      return this.values[e - 1];
    }
  }
}
