/**
 * Letter runs of a text, scanned by hand: the analysis looks at every word of every article (demonyms), and
 * a regular expression's match object per word costs more than the look-up it feeds.
 */
import { firstAtLeast } from './analyzeLookup';

const LETTER = /^\p{L}$/u;
const YES = 1;
const NO = 2;
/** A high surrogate: the answer is the pair's. */
const HIGH = 3;
/** Per UTF-16 unit: 0 not asked yet, YES a letter, NO not (lone surrogates are no letters, as for the regex), or HIGH. */
const letterUnit = new Uint8Array(0x10000).fill(HIGH, 0xd800, 0xdc00);
const letterAstral = new Map<number, boolean>();

/** Length in UTF-16 units of the letter at `i` (1, or 2 for an astral letter), or 0: for units 0 and HIGH. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let v = letterAstral.get(cp);
    if (v === undefined) letterAstral.set(cp, (v = LETTER.test(String.fromCodePoint(cp))));
    return v ? 2 : 0;
  }
  return (letterUnit[c] = LETTER.test(String.fromCharCode(c)) ? YES : NO) === YES ? 1 : 0;
}

/**
 * Calls `visit` for every maximal run of letters (`\p{L}`) in `text`, in order, with UTF-16 offsets.
 * `joined` is true when the run follows the previous one across a single hyphen ("russo-américain"), so
 * the runs of one match of `[\p{L}]+(?:-[\p{L}]+)*` are its first run and the joined runs after it.
 */
export function forEachLetterRun(text: string, visit: (start: number, end: number, joined: boolean) => void): void {
  const { starts, ends, joined } = letterRuns(text);
  for (let k = 0; k < starts.length; k++) visit(starts[k], ends[k], joined[k]);
}

/** The runs `forEachLetterRun` visits, as lists: filled by the walk itself (a callback per run cost a fifth of it). */
function letterRuns(text: string): { starts: number[]; ends: number[]; joined: boolean[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const joined: boolean[] = [];
  const n = text.length;
  let previousEnd = -2;
  let w = 0;
  for (let i = 0; i < n;) {
    const v = letterUnit[text.charCodeAt(i)];
    if (v === NO || (v !== YES && !(w = letterAt(text, i)))) {
      i++;
      continue;
    }
    const start = i;
    i += v === YES ? 1 : w;
    for (;;) {
      const u = letterUnit[text.charCodeAt(i)]; // undefined past the end
      if (u === YES) i++;
      else if ((u === 0 || u === HIGH) && (w = letterAt(text, i))) i += w;
      else break;
    }
    starts.push(start);
    ends.push(i);
    joined.push(start === previousEnd + 1 && text.charCodeAt(previousEnd) === 0x2d);
    previousEnd = i;
  }
  return { starts, ends, joined };
}

/**
 * The letter runs of a whole text (`forEachLetterRun`), walked once for every step that reads words: the
 * demonyms over the whole text, the supporting words sentence by sentence.
 */
export class LetterRuns {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly joined: boolean[];

  constructor(private readonly text: string) {
    ({ starts: this.starts, ends: this.ends, joined: this.joined } = letterRuns(text));
  }

  /** Calls `visit` as `forEachLetterRun(text, visit)` does. */
  forEach(visit: (start: number, end: number, joined: boolean) => void): void {
    for (let k = 0; k < this.starts.length; k++) visit(this.starts[k], this.ends[k], this.joined[k]);
  }

  /**
   * Calls `visit` for the runs of text.slice(from, to), as `forEachLetterRun` on that slice does but with offsets
   * in the text (`joined` left out). A run that the slice cuts is one the slice reads otherwise: it is walked.
   */
  forEachIn(from: number, to: number, visit: (start: number, end: number) => void): void {
    const { starts, ends } = this;
    // The first run that ends after `from` (ends ascend with starts: runs are disjoint).
    const lo = firstAtLeast(ends, from + 1);
    let last = lo;
    while (last < starts.length && starts[last] < to) last++;
    if ((lo < starts.length && starts[lo] < from) || (last > lo && ends[last - 1] > to)) {
      forEachLetterRun(this.text.slice(from, to), (s, e) => visit(from + s, from + e));
      return;
    }
    for (let k = lo; k < last; k++) visit(starts[k], ends[k]);
  }
}

/**
 * A test that rules out most words before a costly look-up, from the first letters (lower-cased, or folded)
 * of the words the look-up can answer for: `keys` as `wordPrefixes` gives them, `fold` one character's fold.
 */
export class FirstLetters {
  private readonly lower = new Int16Array(256);
  private readonly folded = new Int16Array(256);

  constructor(
    private readonly keys: ReadonlySet<number>,
    fold: (c: string) => string,
  ) {
    for (let c = 0; c < 256; c++) {
      const ch = String.fromCharCode(c);
      const l = ch.toLowerCase();
      const f = fold(ch);
      this.lower[c] = l.length === 1 && l.charCodeAt(0) < 256 ? l.charCodeAt(0) : -1;
      this.folded[c] = f.length === 1 && f.charCodeAt(0) < 256 ? f.charCodeAt(0) : -1;
    }
  }

  /** False only when neither the lower-cased nor the folded start of text[start, end) is among the keys. */
  mayStart(text: string, start: number, end: number): boolean {
    const n = Math.min(3, end - start);
    let lower = 0;
    let folded = 0;
    for (let i = start; i < start + n; i++) {
      const c = text.charCodeAt(i);
      if (c > 0xff || this.lower[c] < 0 || this.folded[c] < 0) return true;
      lower = lower * 256 + this.lower[c];
      folded = folded * 256 + this.folded[c];
    }
    // Most words' first letters fold to their lower case: one look-up then.
    return this.keys.has(n * 0x1000000 + lower) || (folded !== lower && this.keys.has(n * 0x1000000 + folded));
  }
}
