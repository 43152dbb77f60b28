/**
 * Reading helpers of the per-article analysis over a text and its sentences (UTF-16 offsets): a sentence
 * as a one-line snippet, real sentences counted, "que"/"that" between two offsets.
 */
import { firstAtLeast } from './analyzeLookup';
import { isSpaceUnit, type SentenceRange } from './sentences';

/**
 * The sentence on one line, cut at 240 characters: `text.slice(start, end).replace(/\s+/g, ' ').slice(0, 240)`,
 * reading no more of a long sentence than those 240 characters need. Collapsing the spaces of a prefix gives
 * a prefix of the collapsed sentence (a run of spaces cut short still collapses to one space); a prefix with
 * single spaces only is its own collapse.
 */
/** A snippet's length at most: a longer sentence is cut there, mid-word. */
export const SNIPPET_CHARS = 240;

export function snippet(text: string, s: SentenceRange): string {
  const head = Math.min(s.end, s.start + SNIPPET_CHARS);
  let single = true;
  for (let i = s.start, space = false; i < head && single; i++) {
    const c = text.charCodeAt(i);
    const ws = isSpaceUnit(c);
    if (ws && (c !== 32 || space)) single = false;
    space = ws;
  }
  if (single) return text.slice(s.start, head);
  for (let length = 256; ; length *= 2) {
    const end = Math.min(s.end, s.start + length);
    const line = text.slice(s.start, end).replace(/\s+/g, ' ');
    if (line.length >= SNIPPET_CHARS || end === s.end) return line.slice(0, SNIPPET_CHARS);
  }
}

/**
 * realBefore[i]: how many of sentences 0..i are real sentences, of four words or more. Captions and credits
 * ("Keystone", "Image: Anadolu") do not count. Reads at most three spaces of each sentence.
 */
export function countRealSentences(text: string, sentences: readonly SentenceRange[]): Int32Array {
  const out = new Int32Array(sentences.length);
  let n = 0;
  for (let i = 0; i < sentences.length; i++) {
    // Sentences are trimmed: k runs of white space inside make k + 1 words.
    let runs = 0;
    for (let j = sentences[i].start, space = false, end = sentences[i].end; j < end && runs < 3; j++) {
      const ws = isSpaceUnit(text.charCodeAt(j));
      if (ws && !space) runs++;
      space = ws;
    }
    if (runs >= 3) n++;
    out[i] = n;
  }
  return out;
}

const THAT = /(?<![\p{L}])(?:que|qu'|qu’|that)(?![\p{L}])/iu;
const THAT_ALL = new RegExp(THAT.source, 'giu');
const THAT_AT_START = /^(?:que|qu'|qu’|that)(?![\p{L}])/iu;
const THAT_AT_END = /(?<![\p{L}])(?:que|qu'|qu’|that)$/iu;

/**
 * `(a, b) => THAT.test(text.slice(a, b))` (a and b not inside a surrogate pair), without reading a long gap
 * once per call: a long gap is answered from the text's matches, found once, and the gap's two ends, where a
 * match in the slice may be no match in the text (a letter just outside the slice).
 */
export function thatBetween(text: string): (a: number, b: number) => boolean {
  let starts: number[] | undefined;
  let ends: number[] = [];
  return (a, b) => {
    if (b - a <= 512) return THAT.test(text.slice(a, b));
    if (!starts) {
      starts = [];
      ends = [];
      for (const m of text.matchAll(THAT_ALL)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
    }
    // Matches never overlap, so the first one after `a` is the one that may end before `b`.
    const i = firstAtLeast(starts, a + 1);
    if (i < starts.length && ends[i] < b) return true;
    return THAT_AT_START.test(text.slice(a, Math.min(b, a + 6))) || THAT_AT_END.test(text.slice(Math.max(a, b - 6), b));
  };
}
