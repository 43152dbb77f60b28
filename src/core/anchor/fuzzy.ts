/**
 * Approximate matches of an annotation's quote (approx-string-match, Myers' algorithm, as Hypothesis does),
 * scored with its context: re-anchoring's last resort before an orphan (see reanchor.ts).
 */
// approx-string-match ships ES modules only; esbuild bundles it and tsx / Node >= 20.19 load it
// from CommonJS, but TypeScript's Node16 mode reports TS1479 for the import.
// @ts-expect-error TS1479: ESM-only package imported from a CommonJS module
import approxSearch from 'approx-string-match';
import type { NormalizedText } from './normalized';
import { combinedScore, contextSimilarity } from './similarity';

/** Errors allowed in a fuzzy match, as a fraction of the quote's length. */
export const FUZZY_MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this (code points) are never matched fuzzily: too many look-alikes. */
export const FUZZY_MIN_QUOTE_LENGTH = 4;

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

export function bestFuzzy(t: NormalizedText, w: Quoted, lo: number, hi: number, maxErrors: number, expected: number, taken: Set<number> | undefined): FuzzyMatch | undefined {
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
