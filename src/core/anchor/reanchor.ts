/**
 * Re-attaching annotations to an article that changed since they were made.
 *
 * An annotation carries two selectors (W3C Web Annotation): a position (`start`/`end`, code points)
 * and a quote with ~32 code points of context (`quote`, `prefix`, `suffix`). Re-anchoring tries,
 * in order:
 *   1. the old position: the quote is still there and its context agrees  -> 'exact';
 *   2. the exact quote elsewhere, chosen by context, then by order among look-alikes, then by
 *      distance from where it is expected                                 -> 'moved';
 *   3. an approximate match of the quote (approx-string-match, Myers' algorithm, as Hypothesis
 *      does), scored with the context, accepted above FUZZY_THRESHOLD     -> 'fuzzy' (for review);
 *   4. otherwise                                                          -> 'orphan', old offsets kept.
 * All comparisons are made on NFC text, so a file re-saved decomposed (NFD) still anchors.
 */
// approx-string-match ships ES modules only; esbuild bundles it and tsx / Node >= 20.19 load it
// from CommonJS, but TypeScript's Node16 mode reports TS1479 for the import.
// @ts-expect-error TS1479: ESM-only package imported from a CommonJS module
import approxSearch from 'approx-string-match';
import { TextIndex, codePointLength } from '../text/offsets';
import { NormalizedText } from './normalized';

/** Code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Context similarity (0..1) above which an exact quote found elsewhere is the same passage. */
export const MOVED_CONTEXT_THRESHOLD = 0.5;
/** How much better one occurrence's context must be than every other's to win outright. */
const CLEAR_MARGIN = 0.1;
/** Combined score (0..1) a fuzzy match needs to be accepted (for review). */
export const FUZZY_THRESHOLD = 0.75;
/** Errors allowed in a fuzzy match, as a fraction of the quote's length. */
export const FUZZY_MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this (code points) are never matched fuzzily: too many look-alikes. */
export const FUZZY_MIN_QUOTE_LENGTH = 4;

export interface Selector {
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** What re-anchoring needs of an annotation. `type` keeps a person and a note on one span apart. */
export interface AnchorTarget {
  quote: string;
  start: number;
  end: number;
  prefix?: string;
  suffix?: string;
  type?: string;
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  /** exact: same place; moved: same text elsewhere (safe); fuzzy: similar text, needs review; orphan: not found. */
  status: AnchorStatus;
  /** Code points. An orphan keeps its old offsets. */
  start: number;
  end: number;
  /** 0..1: how sure the match is (1 for exact, 0 for an orphan). */
  score: number;
}

export interface ReanchorOptions {
  /** Overrides FUZZY_THRESHOLD. */
  fuzzyThreshold?: number;
  /** Set false to skip the fuzzy stage (orphans instead). */
  fuzzy?: boolean;
}

/** An article text prepared once for many selectors and re-anchorings. */
export type AnchorText = string | TextIndex | NormalizedText;

function prepare(text: AnchorText): NormalizedText {
  if (text instanceof NormalizedText) return text;
  return new NormalizedText(typeof text === 'string' ? text : text.text);
}

/** Prepares a text for repeated `makeSelector` / `reanchor` calls (O(n) once). */
export function prepareText(text: string): NormalizedText {
  return new NormalizedText(text);
}

/**
 * The selector of the span [start, end) (code points): its exact text and ~32 code points of
 * context on each side (cut at the text's ends).
 */
export function makeSelector(text: AnchorText, start: number, end: number, contextLength = CONTEXT_LENGTH): Selector {
  const index = text instanceof NormalizedText ? text.index : text instanceof TextIndex ? text : new TextIndex(text);
  const n = index.length;
  const s = clamp(start, 0, n);
  const e = clamp(end, s, n);
  return {
    quote: index.slice(s, e),
    start: s,
    end: e,
    prefix: index.slice(Math.max(0, s - contextLength), s),
    suffix: index.slice(e, Math.min(n, e + contextLength)),
  };
}

/** Re-anchors one annotation. For many annotations on one text, `reanchorAll` is faster and keeps look-alikes in order. */
export function reanchor(text: AnchorText, annotation: AnchorTarget, options: ReanchorOptions = {}): AnchorResult {
  return reanchorAll(text, [annotation], options)[0];
}

interface Work {
  i: number;
  a: AnchorTarget;
  quote: string; // NFC
  prefix: string; // NFC
  suffix: string; // NFC
  /** Old start in the NFC text (UTF-16). */
  oldNorm: number;
  quoteCp: number;
  result?: AnchorResult;
  /** NFC UTF-16 start of the match, for claims. */
  at?: number;
  /** Its passage is still where expected, edited inside: never moved silently to a look-alike. */
  editedInPlace?: boolean;
}

/**
 * Re-anchors every annotation of one article; results are in the input's order.
 * Cost: O(n) to prepare the text plus O(context) per annotation that is still in place; only
 * annotations that moved pay for a search.
 */
export function reanchorAll(text: AnchorText, annotations: readonly AnchorTarget[], options: ReanchorOptions = {}): AnchorResult[] {
  const t = prepare(text);
  const work: Work[] = annotations.map((a, i) => ({
    i,
    a,
    quote: nfc(a.quote),
    prefix: nfc(a.prefix ?? ''),
    suffix: nfc(a.suffix ?? ''),
    oldNorm: t.cpToNorm(a.start),
    quoteCp: codePointLength(a.quote),
  }));

  // 1. Still in place, or shifted by as much as the annotation before it (text inserted or deleted
  //    above: the common case after an external edit), with the context agreeing. O(context) each.
  const claimed = new Map<string, Set<number>>(); // group -> NFC starts taken
  const claim = (w: Work, at: number) => {
    const g = groupKey(w);
    if (!claimed.has(g)) claimed.set(g, new Set());
    claimed.get(g)!.add(at);
    w.at = at;
  };
  const pending: Work[] = [];
  let shift = 0;
  for (const w of [...work].sort((x, y) => x.a.start - y.a.start || x.i - y.i)) {
    let done = false;
    for (const at of shift === 0 ? [w.oldNorm] : [w.oldNorm, w.oldNorm + shift]) {
      if (at < 0 || !t.norm.startsWith(w.quote, at)) continue;
      const ctx = contextSimilarity(t.norm, at, at + w.quote.length, w.prefix, w.suffix);
      if (ctx < MOVED_CONTEXT_THRESHOLD && w.quote.length > 0) continue;
      if (at === w.oldNorm && w.quote.length === 0 && w.a.start > t.length) continue;
      settle(w, at, ctx);
      shift = at - w.oldNorm;
      done = true;
      break;
    }
    // The span cut a character from its combining marks (no NFC equivalent): compare the raw text.
    if (!done && w.a.end <= t.length && t.index.slice(w.a.start, w.a.end) === w.a.quote && w.quote.length > 0) {
      const raw = t.index;
      const ctx = contextSimilarity(raw.text, raw.toUtf16(w.a.start), raw.toUtf16(w.a.end), w.a.prefix ?? '', w.a.suffix ?? '');
      if (ctx >= MOVED_CONTEXT_THRESHOLD) {
        w.result = { status: 'exact', start: w.a.start, end: w.a.end, score: 1 };
        claim(w, w.oldNorm);
        shift = 0;
        done = true;
      }
    }
    // Edited inside where it stood: fuzzy, for review, below; an identical passage elsewhere must not take it.
    if (!done && w.quote.length > 0 && options.fuzzy !== false && editedInPlace(t, w, w.oldNorm + shift, options.fuzzyThreshold ?? FUZZY_THRESHOLD)) {
      w.editedInPlace = true;
    }
    // Not there: one search; a clear winner by context also tells where the next ones went.
    if (!done && w.quote.length > 0 && !w.editedInPlace) {
      const found = clearWinner(t, w, claimed.get(groupKey(w)));
      if (found) {
        settle(w, found.at, found.ctx);
        shift = found.at - w.oldNorm;
        done = true;
      }
    }
    if (!done) pending.push(w);
  }

  // 2. The exact quote elsewhere.
  const anchoredOrder = work.filter((w) => w.result).sort((x, y) => x.a.start - y.a.start);
  const expectedAt = (w: Work) => w.oldNorm + nearestShift(anchoredOrder, w, t);
  const groups = new Map<string, Work[]>();
  for (const w of pending) {
    if (w.quote.length === 0 || w.editedInPlace) continue;
    const g = groupKey(w);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(w);
  }
  for (const [g, members] of groups) {
    const taken = claimed.get(g) ?? new Set<number>();
    const occurrences: number[] = [];
    for (let at = t.norm.indexOf(members[0].quote); at >= 0; at = t.norm.indexOf(members[0].quote, at + 1)) {
      if (!taken.has(at)) occurrences.push(at);
    }
    if (occurrences.length === 0) continue;
    const len = members[0].quote.length;
    // Context of each member at each occurrence (only good ones are candidates).
    const sims = members.map((w) => occurrences.map((at) => contextSimilarity(t.norm, at, at + len, w.prefix, w.suffix)));
    const used = new Set<number>();
    const ambiguous: number[] = [];
    // A member whose context points at one occurrence clearly takes it, order notwithstanding
    // (a paragraph may have moved); look-alikes are settled below, in order.
    const maxSim = sims.map((row) => row.reduce((m, v) => Math.max(m, v), 0));
    const order = members.map((_, k) => k).sort((x, y) => maxSim[y] - maxSim[x]);
    for (const k of order) {
      const row = sims[k];
      let best = -1;
      let second = 0;
      row.forEach((s, j) => {
        if (best < 0 || s > row[best]) {
          if (best >= 0) second = Math.max(second, row[best]);
          best = j;
        } else second = Math.max(second, s);
      });
      if (row[best] >= MOVED_CONTEXT_THRESHOLD && row[best] - second >= CLEAR_MARGIN && !used.has(best)) {
        used.add(best);
        settle(members[k], occurrences[best], row[best]);
      } else ambiguous.push(k);
    }
    // Look-alikes (same quote, same context: duplicate passages) keep their order: monotone matching
    // that maximises matches, then context, then closeness to where each is expected.
    ambiguous.sort((x, y) => members[x].a.start - members[y].a.start || members[x].i - members[y].i);
    const free = occurrences.map((_, j) => j).filter((j) => !used.has(j));
    const pairs = monotoneMatch(ambiguous.length, free.length, (x, y) => {
      const s = sims[ambiguous[x]][free[y]];
      if (s < MOVED_CONTEXT_THRESHOLD) return undefined;
      const dist = Math.abs(occurrences[free[y]] - expectedAt(members[ambiguous[x]]));
      return 1000 + 10 * s - dist / (t.norm.length + 1);
    });
    for (const [x, y] of pairs) settle(members[ambiguous[x]], occurrences[free[y]], sims[ambiguous[x]][free[y]]);
  }

  function settle(w: Work, at: number, ctx: number) {
    const start = t.normToCp(at, 'start');
    const end = t.normToCp(at + w.quote.length, 'end');
    const exact = start === w.a.start && end === w.a.end;
    w.result = { status: exact ? 'exact' : 'moved', start, end, score: exact ? 1 : round(combinedScore(w.quoteCp, 1, ctx)) };
    claim(w, at);
  }

  // 3. Fuzzy, 4. orphan.
  const threshold = options.fuzzyThreshold ?? FUZZY_THRESHOLD;
  for (const w of pending) {
    if (w.result) continue;
    const found = options.fuzzy === false ? undefined : fuzzyFind(t, w, expectedAt(w), claimed.get(groupKey(w)), threshold);
    if (found) {
      w.result = { status: 'fuzzy', start: t.normToCp(found.start, 'start'), end: t.normToCp(found.end, 'end'), score: round(found.score) };
      claim(w, found.start);
    } else {
      w.result = { status: 'orphan', start: w.a.start, end: w.a.end, score: 0 };
    }
  }
  return work.map((w) => w.result!);
}

/**
 * True when the annotation's passage is still near where it is expected but its text was edited:
 * no exact occurrence of the quote there, and an approximate one whose context agrees. Such an
 * annotation is re-anchored fuzzily (for review) rather than moved to a look-alike elsewhere.
 */
function editedInPlace(t: NormalizedText, w: Work, expected: number, threshold: number): boolean {
  if (w.quoteCp < FUZZY_MIN_QUOTE_LENGTH) return false;
  const lo = Math.max(0, expected - w.quote.length);
  const hi = Math.min(t.norm.length, expected + 2 * w.quote.length);
  // An exact occurrence overlapping the window means the text only shifted: not an edit.
  const len = w.quote.length;
  if (lo >= hi || t.norm.slice(Math.max(0, lo - len), Math.min(t.norm.length, hi + len)).includes(w.quote)) return false;
  const near = bestFuzzy(t, w, lo, hi, Math.floor(w.quote.length * FUZZY_MAX_ERROR_RATE), expected, undefined);
  return !!near && near.score >= threshold;
}

/** The occurrence of the quote whose context clearly beats every other one, if any. */
function clearWinner(t: NormalizedText, w: Work, taken: Set<number> | undefined): { at: number; ctx: number } | undefined {
  let best: { at: number; ctx: number } | undefined;
  let second = 0;
  for (let at = t.norm.indexOf(w.quote); at >= 0; at = t.norm.indexOf(w.quote, at + 1)) {
    if (taken?.has(at)) continue;
    const ctx = contextSimilarity(t.norm, at, at + w.quote.length, w.prefix, w.suffix);
    if (!best || ctx > best.ctx) {
      if (best) second = Math.max(second, best.ctx);
      best = { at, ctx };
    } else second = Math.max(second, ctx);
  }
  return best && best.ctx >= MOVED_CONTEXT_THRESHOLD && best.ctx - second >= CLEAR_MARGIN ? best : undefined;
}

function groupKey(w: Work): string {
  return `${w.a.type ?? ''}\u0000${w.quote}`;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * How far the text around `w` has shifted, judged by the nearest annotation (by old position)
 * that is still anchored: where a look-alike is expected.
 */
function nearestShift(anchored: readonly Work[], w: Work, t: NormalizedText): number {
  if (anchored.length === 0) return 0;
  let lo = 0;
  let hi = anchored.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchored[mid].a.start < w.a.start) lo = mid + 1;
    else hi = mid;
  }
  const candidates = [anchored[lo - 1], anchored[lo]].filter((x): x is Work => !!x);
  candidates.sort((x, y) => Math.abs(x.a.start - w.a.start) - Math.abs(y.a.start - w.a.start));
  const near = candidates[0];
  return t.cpToNorm(near.result!.start) - near.oldNorm;
}

/**
 * The match score: quote similarity and context similarity, the quote weighing more the longer it
 * is (a long verbatim passage identifies itself; a short word needs its context).
 */
function combinedScore(quoteCp: number, quoteSim: number, contextSim: number): number {
  const wq = 0.5 + 0.3 * Math.min(1, quoteCp / 64);
  return wq * quoteSim + (1 - wq) * contextSim;
}

/**
 * Similarity of the expected context to the text around [start, end): the mean of prefix and
 * suffix similarity (bigram Dice coefficient, which scores unrelated text of the same language
 * low, where edit distance would not). A side with no expected context counts as agreeing when
 * the text has none there either (start or end of the article), else as half.
 */
export function contextSimilarity(norm: string, start: number, end: number, prefix: string, suffix: string): number {
  const actualPrefix = norm.slice(Math.max(0, start - prefix.length), start);
  const actualSuffix = norm.slice(end, end + suffix.length);
  const p = prefix.length === 0 ? (start === 0 ? 1 : 0.5) : dice(prefix, actualPrefix);
  const s = suffix.length === 0 ? (end >= norm.length ? 1 : 0.5) : dice(suffix, actualSuffix);
  return (p + s) / 2;
}

/** Bigram Dice coefficient of two short strings (1 = same, 0 = no bigram in common). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const c = counts.get(g);
    if (c) {
      common++;
      counts.set(g, c - 1);
    }
  }
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

/**
 * Maximum-weight matching of rows to columns that keeps order (row x < row x' => col y < col y').
 * `weight` returns undefined for a forbidden pair. O(rows * cols).
 */
function monotoneMatch(rows: number, cols: number, weight: (x: number, y: number) => number | undefined): [number, number][] {
  if (rows === 0 || cols === 0) return [];
  // best[x][y]: best total using rows < x and cols < y.
  const best: Float64Array[] = [];
  const choice: Uint8Array[] = []; // 0 skip row, 1 skip col, 2 take pair
  for (let x = 0; x <= rows; x++) {
    best.push(new Float64Array(cols + 1));
    choice.push(new Uint8Array(cols + 1));
  }
  for (let x = 1; x <= rows; x++) {
    for (let y = 1; y <= cols; y++) {
      let v = best[x - 1][y];
      let c = 0;
      if (best[x][y - 1] > v) {
        v = best[x][y - 1];
        c = 1;
      }
      const w = weight(x - 1, y - 1);
      if (w !== undefined && best[x - 1][y - 1] + w > v) {
        v = best[x - 1][y - 1] + w;
        c = 2;
      }
      best[x][y] = v;
      choice[x][y] = c;
    }
  }
  const pairs: [number, number][] = [];
  for (let x = rows, y = cols; x > 0 && y > 0; ) {
    const c = choice[x][y];
    if (c === 2) {
      pairs.push([x - 1, y - 1]);
      x--;
      y--;
    } else if (c === 1) y--;
    else x--;
  }
  return pairs.reverse();
}

interface FuzzyMatch {
  start: number;
  end: number;
  score: number;
}

/** Searches near where the annotation is expected first, then the whole text. */
function fuzzyFind(t: NormalizedText, w: Work, expected: number, taken: Set<number> | undefined, threshold: number): FuzzyMatch | undefined {
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

function bestFuzzy(t: NormalizedText, w: Work, lo: number, hi: number, maxErrors: number, expected: number, taken: Set<number> | undefined): FuzzyMatch | undefined {
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
      best = { start, end, score };
    }
  }
  return best;
}
