/**
 * Approximate matches of an annotation's quote (approx-string-match, Myers' algorithm, as Hypothesis does),
 * scored with its context: re-anchoring's last resort before an orphan, and a passage edited where it stood
 * (see reanchor.ts).
 */
// approx-string-match ships ES modules only; esbuild bundles it and tsx / Node >= 20.19 load it
// from CommonJS, but TypeScript's Node16 mode reports TS1479 for the import.
// @ts-expect-error TS1479: ESM-only package imported from a CommonJS module
import approxSearch from 'approx-string-match';
import type { NormalizedText } from './normalized';
import { combinedScore, contextSimilarity, levenshtein } from './similarity';
import { CLEAR_MARGIN, CONTEXT_LENGTH, FUZZY_MAX_ERROR_RATE, FUZZY_MIN_QUOTE_LENGTH, MIN_INTACT_CONTEXT } from './thresholds';

/** What a search needs of an annotation: its quote and context, in NFC. */
export interface Quoted {
  quote: string;
  /** The quote's length in code points. */
  quoteCp: number;
  prefix: string;
  suffix: string;
}

export interface FuzzyMatch {
  start: number;
  end: number;
  score: number;
  /** The context similarity there. */
  ctx: number;
}

/** Searches near where the annotation is expected first, then the whole text. */
export function fuzzyFind(t: NormalizedText, w: Quoted, expected: number, taken: Set<number> | undefined, threshold: number): FuzzyMatch | undefined {
  if (w.quoteCp < FUZZY_MIN_QUOTE_LENGTH) return undefined;
  const maxErrors = Math.floor(w.quote.length * FUZZY_MAX_ERROR_RATE);
  const margin = 2 * w.quote.length + 2048;
  const lo = Math.max(0, expected - margin);
  const hi = Math.min(t.norm.length, expected + w.quote.length + margin);
  const near = bestFuzzy(t, w, lo, hi, maxErrors, expected, taken);
  if (near && near.score >= threshold) return near;
  if (lo === 0 && hi === t.norm.length) return undefined;
  const anywhere = bestFuzzy(t, w, 0, t.norm.length, maxErrors, expected, taken);
  return anywhere && anywhere.score >= threshold ? anywhere : undefined;
}

export function bestFuzzy(
  t: NormalizedText,
  w: Quoted,
  lo: number,
  hi: number,
  maxErrors: number,
  expected: number,
  taken: Set<number> | undefined,
): FuzzyMatch | undefined {
  const matches = approxSearch(t.norm.slice(lo, hi), w.quote, maxErrors);
  let best: FuzzyMatch | undefined;
  let bestKey = -Infinity;
  for (const m of matches.slice(0, 2000)) {
    const start = lo + m.start;
    const end = lo + m.end;
    if (taken?.has(start) || end <= start) continue;
    const quoteSim = 1 - m.errors / Math.max(1, w.quote.length);
    const ctx = contextSimilarity(t.norm, start, end, w.prefix, w.suffix);
    const score = combinedScore(w.quoteCp, quoteSim, ctx);
    // Closeness breaks ties only.
    const key = score - Math.abs(start - expected) / (1e3 * (t.norm.length + 1));
    if (key > bestKey) {
      bestKey = key;
      best = { start, end, score, ctx };
    }
  }
  return best;
}

/**
 * Where the annotation's passage still stands, edited inside, if it does: near where it is expected
 * the quote is gone, but an approximate match of it is there, or its context is still intact on both
 * sides of other text; and no exact occurrence close by explains it better as a mere shift of the
 * text. Such an annotation is re-anchored fuzzily (for review) there, never moved silently to a
 * look-alike elsewhere.
 */
export function editedInPlace(t: NormalizedText, w: Quoted, expected: number, threshold: number, fuzzy: boolean): FuzzyMatch | undefined {
  const len = w.quote.length;
  const n = t.norm.length;
  let best: FuzzyMatch | undefined;
  const lo = Math.max(0, expected - len);
  const hi = Math.min(n, expected + 2 * len);
  if (fuzzy && w.quoteCp >= FUZZY_MIN_QUOTE_LENGTH && lo < hi) {
    const near = bestFuzzy(t, w, lo, hi, Math.floor(len * FUZZY_MAX_ERROR_RATE), expected, undefined);
    if (near && near.score >= threshold) best = near;
  }
  const between = intactSurroundings(t, w, expected);
  if (between && (!best || between.score > best.score)) best = between;
  if (!best) return undefined;
  // An exact occurrence close by whose context fits as well means the text only shifted; one that
  // fits worse is another passage ("Itanbul réunion Istanbul": the edited one keeps its context).
  // As well as a whole match and as a context: a text that only shifted keeps the passage's context,
  // so an occurrence whose context fits clearly worse than the edited passage's own is another
  // passage, however much its exact quote outweighs a heavily edited one ("Ibul étrangères
  // Istanbul", the annotated "Istanbul" edited to "Ibul").
  const from = Math.max(0, Math.min(best.start, expected) - 2 * len);
  const around = t.norm.slice(from, Math.min(n, Math.max(best.end, hi) + len));
  for (let i = around.indexOf(w.quote); i >= 0; i = around.indexOf(w.quote, i + 1)) {
    const at = from + i;
    const ctx = contextSimilarity(t.norm, at, at + len, w.prefix, w.suffix);
    if (ctx > best.ctx - CLEAR_MARGIN && combinedScore(w.quoteCp, 1, ctx) >= best.score) return undefined;
  }
  return best;
}

/**
 * The text between the annotation's context where it is expected, when that context is intact on
 * both sides (each side long enough to mean something, or still at the article's start or end) and
 * holds other, non-empty text: the passage rewritten in place, maybe beyond a fuzzy match. Scored as
 * a match whose context agrees fully.
 */
function intactSurroundings(t: NormalizedText, w: Quoted, expected: number): FuzzyMatch | undefined {
  const { suffix, quote } = w;
  // A prefix that starts with combining marks cut from their character (NFC composed them in the text).
  const prefix = w.prefix.replace(/^\p{M}+/u, '');
  const n = t.norm.length;
  if (expected < prefix.length || expected >= n || !t.norm.startsWith(prefix, expected - prefix.length)) return undefined;
  if (prefix.length < MIN_INTACT_CONTEXT && expected !== prefix.length) return undefined;
  const last = expected + 2 * quote.length + CONTEXT_LENGTH;
  let suffixAt: number;
  if (suffix.length < MIN_INTACT_CONTEXT) suffixAt = t.norm.endsWith(suffix) ? n - suffix.length : -1;
  else {
    const found = t.norm.slice(expected + 1, last + suffix.length).indexOf(suffix);
    suffixAt = found < 0 ? -1 : expected + 1 + found;
  }
  if (suffixAt <= expected || suffixAt > last) return undefined;
  const between = t.norm.slice(expected, suffixAt);
  if (between.includes(quote)) return undefined;
  const quoteSim = 1 - levenshtein(between, quote) / Math.max(between.length, quote.length);
  return { start: expected, end: suffixAt, score: combinedScore(w.quoteCp, quoteSim, 1), ctx: 1 };
}
