import { TextIndex } from '../text/offsets';

/**
 * An article text with its NFC form, for comparisons that must not care whether an editor saved
 * "é" as one code point or as "e" + U+0301. Offsets found in the NFC form map back to the real
 * text, whose code points are what sidecars store.
 *
 * NFC is applied per base character and its combining marks, which equals whole-text NFC except
 * for conjoining Hangul jamo (written decomposed only by unusual tools): those stay as they are.
 */
export class NormalizedText {
  readonly index: TextIndex;
  /** The NFC form (the raw text itself when it is already NFC: the common case costs nothing). */
  readonly norm: string;
  /** Changed stretches, ascending: raw [rawStart, rawEnd) became norm [normStart, normEnd). */
  private readonly rawStarts: number[] = [];
  private readonly rawEnds: number[] = [];
  private readonly normStarts: number[] = [];
  private readonly normEnds: number[] = [];

  constructor(readonly raw: string) {
    this.index = new TextIndex(raw);
    if (raw.normalize('NFC') === raw) {
      this.norm = raw;
      return;
    }
    const parts: string[] = [];
    let copied = 0;
    let normLength = 0;
    for (const m of raw.matchAll(/\P{M}\p{M}+|\p{M}+|[^\p{ASCII}\u0080-\u00bf]/gu)) {
      const n = m[0].normalize('NFC');
      if (n === m[0]) continue;
      const at = m.index;
      parts.push(raw.slice(copied, at));
      normLength += at - copied;
      this.rawStarts.push(at);
      this.rawEnds.push(at + m[0].length);
      this.normStarts.push(normLength);
      parts.push(n);
      normLength += n.length;
      this.normEnds.push(normLength);
      copied = at + m[0].length;
    }
    parts.push(raw.slice(copied));
    this.norm = parts.join('');
  }

  /** Number of code points of the raw text. */
  get length(): number {
    return this.index.length;
  }

  /** Raw code point -> NFC UTF-16 offset. */
  cpToNorm(cp: number): number {
    return this.rawToNorm(this.index.toUtf16(Math.min(cp, this.index.length)));
  }

  /** NFC UTF-16 offset -> raw code point; an offset inside a changed stretch snaps to its start or end. */
  normToCp(n: number, side: 'start' | 'end'): number {
    return this.index.toCodePoint(this.normToRaw(n, side));
  }

  private rawToNorm(r: number): number {
    const k = lastAtOrBefore(this.rawStarts, r);
    if (k < 0) return r;
    if (r < this.rawEnds[k]) return this.normStarts[k];
    return this.normEnds[k] + (r - this.rawEnds[k]);
  }

  private normToRaw(n: number, side: 'start' | 'end'): number {
    const k = lastAtOrBefore(this.normStarts, n);
    if (k < 0) return n;
    if (n === this.normStarts[k]) return this.rawStarts[k];
    if (n < this.normEnds[k]) return side === 'start' ? this.rawStarts[k] : this.rawEnds[k];
    return this.rawEnds[k] + (n - this.normEnds[k]);
  }
}

/** Index of the last element <= x in an ascending array, or -1. */
function lastAtOrBefore(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
