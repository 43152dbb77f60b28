/**
 * Words of many texts numbered in the order they were first met, found by a hash of the text's characters where
 * a word stands: a word met before is neither sliced out of its text nor hashed again as a string (the same few
 * thousand words make most of every article). Callers keep what they know of each word in arrays indexed by its
 * number (its term, its folded form) and start a new table when `full`.
 */
export class SpanTable {
  /** Word number + 1 per slot of an open-addressed hash table, 0 for a free slot. */
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** The hash and the free slot where the last `find` that missed stopped: where `add` files its word. */
  private missHash = 0;
  private missSlot = -1;

  /**
   * @param capacity words the table holds before it says it is full (callers may go on adding: the slots stay
   * sparse as long as `slotBits` leaves room for what one text adds past it).
   */
  constructor(
    readonly capacity: number,
    slotBits = 16,
  ) {
    this.slots = new Int32Array(1 << slotBits);
  }

  get full(): boolean {
    return this.words.length >= this.capacity;
  }

  /** The number of the word `text.slice(i, j)`, or -1 when it is not known (then `add` may file it). */
  find(text: string, i: number, j: number): number {
    let h = 0x811c9dc5;
    for (let k = i; k < j; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const w = this.slots[s] - 1;
      if (w < 0) {
        this.missHash = h;
        this.missSlot = s;
        return -1;
      }
      if (this.hashes[w] === h && sameSpan(this.words[w], text, i, j)) return w;
    }
  }

  /** Files `word`, the word of the last `find` that missed (nothing filed since), and returns its number. */
  add(word: string): number {
    if (this.missSlot < 0) throw new Error('SpanTable.add without a missed find');
    this.slots[this.missSlot] = this.words.push(word);
    this.hashes.push(this.missHash);
    this.missSlot = -1;
    return this.words.length - 1;
  }
}

function sameSpan(word: string, text: string, i: number, j: number): boolean {
  if (word.length !== j - i) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(i + k)) return false;
  return true;
}
