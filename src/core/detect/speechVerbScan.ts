/**
 * Speech verbs found in a stretch of text, forwards (the first or all) and backwards (the last), as runs of
 * letters that are the whole of a verb of SPEAKER_VERBS, "selon", "according to" or "d'après". Read unit by
 * unit with word signatures: most runs of letters are passed over without building a string.
 */
import { SPEAKER_VERBS } from '../lexicon/speakerVerbs';
import { classTable, codePointWidth, isLetterAt, LETTER } from './chars';
import { LowerWordMap } from './wordSignature';

/** The longest run of letters that may be a verb (lowercasing may double its units). */
export const MAX_VERB_UNITS = 2 * Math.max(9, ...[...SPEAKER_VERBS].map((v) => v.length));

/**
 * The words that `speechVerbsIn` looks for, read in place (signature, then hash and units): most runs of
 * letters are passed over, and the others looked up, without a string. VERB: the word is the whole verb;
 * ACCORDING and ELIDED_D: "according to", "d'après" when the words after follow.
 */
const VERB = 1;
const ACCORDING = 2;
const ELIDED_D = 3;
const VERB_WORDS = new LowerWordMap<number>([...[...SPEAKER_VERBS, 'selon'].map((w) => [w, VERB] as const), ['according', ACCORDING], ['d', ELIDED_D]]);

/** Runs of letters that are the whole of a speech verb (SPEECH_RE's matches), or null to use SPEECH_RE. */
export function speechVerbsIn(text: string, s: number, e: number, first: boolean): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  const T = classTable();
  let i = s;
  while (i < e) {
    if (!letterIn(T, text, i, e)) {
      i++;
      continue;
    }
    const a = i;
    for (let w = letterIn(T, text, i, e); w; w = i < e ? letterIn(T, text, i, e) : 0) {
      if (text.charCodeAt(i) === 0x17f) return null; // "ſ" folds onto "s" under the `iu` flags
      i += w;
    }
    // Lowercasing gives at least one unit per code point (of at most two units): a longer run is no verb.
    if (i - a > MAX_VERB_UNITS) continue;
    const end = verbEnd(T, text, a, i, e);
    if (end < 0) continue;
    out.push([a, end]);
    if (first) return out;
    i = end;
  }
  return out;
}

/** Width of the letter at i inside [s, e), or 0: a surrogate pair cut by `e` is a lone surrogate in the slice, no letter. `T`: classTable(). */
function letterIn(T: Uint8Array, text: string, i: number, e: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (T[c] & LETTER) !== 0 ? 1 : 0;
  const w = codePointWidth(text, i);
  if (i + w > e) return 0;
  return isLetterAt(text, i) ? w : 0;
}

/**
 * Where the speech verb that the run of letters [a, i) begins ends (the run itself, or "according to",
 * "d'après" read on, inside `e`), or -1 when the run begins none.
 */
function verbEnd(T: Uint8Array, text: string, a: number, i: number, e: number): number {
  const kind = VERB_WORDS.get(text, a, i);
  if (kind === VERB) return i;
  if (
    kind === ACCORDING &&
    text.charCodeAt(i) === 32 &&
    i + 3 <= e &&
    text.slice(i + 1, i + 3).toLowerCase() === 'to' &&
    !(i + 3 < e && letterIn(T, text, i + 3, e))
  )
    return i + 3;
  if (
    kind === ELIDED_D &&
    (text[i] === "'" || text[i] === '’') &&
    i + 6 <= e &&
    text.slice(i + 1, i + 6).toLowerCase() === 'après' &&
    !(i + 6 < e && letterIn(T, text, i + 6, e))
  )
    return i + 6;
  return -1;
}

/**
 * The last of `speechVerbsIn(text, s, e, false)`, read backwards from `e`, for a text without "ſ" (with
 * one, `speechVerbsIn` gives up and SPEECH_RE decides). The runs of letters are the same read from either
 * end (a surrogate pair is a letter only whole and inside [s, e)), and the words that the forward reading
 * takes with a verb ("to" of "according to", "après" of "d'après") are no verbs themselves.
 */
export function lastSpeechVerb(text: string, s: number, e: number): [number, number] | null {
  const T = classTable();
  let i = e;
  while (i > s) {
    let w = letterBefore(T, text, s, i);
    if (!w) {
      i--;
      continue;
    }
    const end = i;
    while (w) {
      i -= w;
      w = i > s ? letterBefore(T, text, s, i) : 0;
    }
    if (end - i > MAX_VERB_UNITS) continue;
    const v = verbEnd(T, text, i, end, e);
    if (v >= 0) return [i, v];
  }
  return null;
}

/** Width of the letter that ends at i inside [s, e), or 0. `T`: classTable(). */
function letterBefore(T: Uint8Array, text: string, s: number, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 0xd800 || c > 0xdfff) return (T[c] & LETTER) !== 0 ? 1 : 0;
  if (c >= 0xdc00 && i - 2 >= s) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff && isLetterAt(text, i - 2)) return 2;
  }
  return 0;
}

/** The speech verbs of [s, e) read forwards and backwards (last first), for the test that compares them. */
export function speechVerbReadings(text: string, s: number, e: number): { forward: Array<[number, number]> | null; backward: Array<[number, number]> } {
  const backward: Array<[number, number]> = [];
  for (let v = lastSpeechVerb(text, s, e); v; v = lastSpeechVerb(text, s, v[0])) backward.push(v);
  return { forward: speechVerbsIn(text, s, e, false), backward };
}
