/**
 * Answers computed once per distinct word, across texts, and looked up with a span of a text (`text[start,
 * end)`) without making its string: the hash is read from the units and a candidate compared unit by unit.
 * A `Map` keyed by a fresh slice hashes that new string at every lookup and allocates it first; here a word
 * seen before costs neither, and the string handed back is the one stored, whose own hash V8 keeps, so the
 * lookups that follow with it (lexicons, caches) do not hash it again either.
 */
export class SliceTable<V> {
  private bits: number;
  private mask: number;
  private hashes: Int32Array;
  private words: Array<string | undefined>;
  private values: V[];
  private count = 0;

  /**
   * The table starts small and doubles when half full, up to 2^maxBits slots; full at that size, it is
   * emptied (the answers are pure). Small, it stays in the processor's caches next to the detectors' other tables.
   */
  constructor(
    private readonly maxBits = 16,
    initialBits = Math.min(10, maxBits),
  ) {
    this.bits = initialBits;
    this.mask = (1 << initialBits) - 1;
    this.hashes = new Int32Array(1 << initialBits);
    this.words = new Array<string | undefined>(1 << initialBits);
    this.values = new Array<V>(1 << initialBits);
  }

  /** The slot that holds text[start, end), or -1. */
  find(text: string, start: number, end: number): number {
    let h = end - start;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    let s = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits);
    for (let w = this.words[s]; w !== undefined; w = this.words[s]) {
      if (this.hashes[s] === h && w.length === end - start && sameUnits(text, start, w)) return s;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** The word stored at `slot` (a slot `find` or `add` gave). */
  word(slot: number): string {
    return this.words[slot]!;
  }

  /** The value stored at `slot`. */
  value(slot: number): V {
    return this.values[slot];
  }

  /** Stores `value` for `word` (not in the table yet) and returns its slot. */
  add(word: string, value: V): number {
    if (this.count >= (this.mask + 1) >>> 1) this.makeRoom();
    let h = word.length;
    for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
    return this.put(h, word, value);
  }

  private put(h: number, word: string, value: V): number {
    let s = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits);
    while (this.words[s] !== undefined) s = (s + 1) & this.mask;
    this.hashes[s] = h;
    this.words[s] = word;
    this.values[s] = value;
    this.count++;
    return s;
  }

  /** Twice the slots (the entries moved over), or, at the largest size, an empty table. */
  private makeRoom(): void {
    const { hashes, words, values } = this;
    const grow = this.bits < this.maxBits;
    if (grow) this.bits++;
    this.mask = (1 << this.bits) - 1;
    this.hashes = new Int32Array(1 << this.bits);
    this.words = new Array<string | undefined>(1 << this.bits);
    this.values = new Array<V>(1 << this.bits);
    this.count = 0;
    if (grow) for (let s = 0; s < words.length; s++) if (words[s] !== undefined) this.put(hashes[s], words[s]!, values[s]);
  }
}

/** text[start, start + word.length) has the units of `word`. */
function sameUnits(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}
