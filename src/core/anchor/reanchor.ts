/**
 * Re-attaching annotations to an article that changed since they were made.
 *
 * An annotation carries two selectors (W3C Web Annotation): a position (`start`/`end`, code points)
 * and a quote with ~32 code points of context (`quote`, `prefix`, `suffix`). Re-anchoring tries,
 * in order:
 *   1. the old position: the quote is still there and its context agrees  -> 'exact';
 *   2. the exact quote elsewhere, chosen by context, then by order among look-alikes, then by
 *      distance from where it is expected                                 -> 'moved';
 *      look-alikes (one quote, alike contexts: a passage repeated, each copy annotated) keep their
 *      old order, each on its own copy, whatever their contexts suggest;
 *   3. an approximate match of the quote (approx-string-match, Myers' algorithm, as Hypothesis
 *      does), scored with the context, accepted above FUZZY_THRESHOLD     -> 'fuzzy' (for review);
 *      a passage edited where it stood (its context still there around it) is never moved
 *      silently to a look-alike elsewhere;
 *   4. otherwise                                                          -> 'orphan', old offsets kept.
 * All comparisons are made on NFC text, so a file re-saved decomposed (NFD) still anchors.
 */
import { TextIndex, codePointLength } from '../text/offsets';
import { NormalizedText } from './normalized';
import { editedInPlace, fuzzyFind, type FuzzyMatch } from './fuzzy';
import { combinedScore, contextSimilarity, monotoneMatch } from './similarity';
import { CLEAR_MARGIN, CONTEXT_LENGTH, FUZZY_MIN_QUOTE_LENGTH, FUZZY_THRESHOLD, MIN_INTACT_CONTEXT, MOVED_CONTEXT_THRESHOLD } from './thresholds';

export { contextSimilarity, dice } from './similarity';
export { CONTEXT_LENGTH, FUZZY_MAX_ERROR_RATE, FUZZY_MIN_QUOTE_LENGTH, FUZZY_THRESHOLD, MOVED_CONTEXT_THRESHOLD } from './thresholds';

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
  /** NFC UTF-16 start of the match, for claims, and the context similarity there. */
  at?: number;
  ctx?: number;
  /** Its passage is still where expected, edited inside: never moved silently to a look-alike. */
  editedInPlace?: boolean;
  /** Where it stands, edited (see `editedInPlace`). */
  inPlace?: FuzzyMatch;
  /** Its quote's group (same type, same quote) and its slot there; absent for an empty quote. */
  group?: Group;
  slot?: number;
}

/**
 * The annotations of one type on one quote. A slot holds the annotations of one passage (same old
 * start, same selector: they re-anchor together); slots are in their old order.
 */
interface Group {
  key: string;
  slots: Work[][];
  /** Per slot: how alike its context is to the closest other slot's (see contextsAlike); -1 unknown yet. */
  alike: Int8Array;
}

/**
 * Re-anchors every annotation of one article; results are in the input's order.
 *
 * Look-alikes, annotations of one type on one quote with the same text on one side of them or
 * both (a passage repeated, each copy annotated), cannot be told apart by that context, only by
 * their order: those re-anchored silently ('exact' or 'moved') stay in their old relative order,
 * each on its own occurrence. When there are fewer copies than annotations (a copy was deleted),
 * the ones left over are re-anchored fuzzily (for review) or orphaned; none takes an occurrence
 * given to another. Only a look-alike whose context differs on one side, and fits its new place
 * clearly better than its look-alikes' would, may leave that order (its paragraph moved); an
 * annotation with no look-alike follows its context as before.
 *
 * Cost: O(n) to prepare the text plus O(context) per annotation that is still in place; only
 * annotations that moved pay for a search.
 */
export function reanchorAll(text: AnchorText, annotations: readonly AnchorTarget[], options: ReanchorOptions = {}): AnchorResult[] {
  const run = new Placement(prepare(text), annotations, options);
  run.inPlaceOrShifted();
  run.checkLookAlikes();
  // Where each annotation not placed yet is expected, judged by those placed so far (steps 1 and 2).
  const expectedAt = run.expectedAt();
  run.exactElsewhere(expectedAt);
  return run.fuzzyOrOrphan(expectedAt);
}

/** One `reanchorAll`: the text, the annotations grouped by quote, and the occurrences taken so far. The steps run in order. */
class Placement {
  private readonly work: Work[];
  private readonly byOldStart: Work[];
  private readonly groups = new Map<string, Group>();
  /** Per group, the NFC starts already taken. */
  private readonly claimed = new Map<string, Set<number>>();
  private readonly threshold: number;

  constructor(
    private readonly t: NormalizedText,
    annotations: readonly AnchorTarget[],
    private readonly options: ReanchorOptions,
  ) {
    this.threshold = options.fuzzyThreshold ?? FUZZY_THRESHOLD;
    this.work = annotations.map((a, i) => ({
      i,
      a,
      quote: nfc(a.quote),
      prefix: nfc(a.prefix ?? ''),
      suffix: nfc(a.suffix ?? ''),
      oldNorm: t.cpToNorm(a.start),
      quoteCp: codePointLength(a.quote),
    }));
    this.byOldStart = [...this.work].sort((x, y) => x.a.start - y.a.start || x.i - y.i);
    for (const w of this.byOldStart) {
      if (w.quote.length === 0) continue;
      const key = groupKey(w);
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = { key, slots: [], alike: new Int8Array(0) }));
      const last = g.slots[g.slots.length - 1];
      const rep = last?.[0];
      if (rep && rep.oldNorm === w.oldNorm && rep.prefix === w.prefix && rep.suffix === w.suffix) last.push(w);
      else g.slots.push([w]);
      w.group = g;
      w.slot = g.slots.length - 1;
    }
    for (const g of this.groups.values()) g.alike = new Int8Array(g.slots.length).fill(g.slots.length === 1 ? 0 : -1);
  }

  private claim(w: Work, at: number): void {
    const g = groupKey(w);
    if (!this.claimed.has(g)) this.claimed.set(g, new Set());
    this.claimed.get(g)!.add(at);
    w.at = at;
  }

  private settle(w: Work, at: number, ctx: number): void {
    const start = this.t.normToCp(at, 'start');
    const end = this.t.normToCp(at + w.quote.length, 'end');
    const exact = start === w.a.start && end === w.a.end;
    w.result = { status: exact ? 'exact' : 'moved', start, end, score: exact ? 1 : round(combinedScore(w.quoteCp, 1, ctx)) };
    this.claim(w, at);
    w.ctx = ctx;
  }

  /** The annotation that speaks for its slot (the others follow it). */
  private repOf(w: Work): Work {
    return w.group ? w.group.slots[w.slot!][0] : w;
  }

  /**
   * 1. Still in place, or shifted by as much as the annotation before it (text inserted or deleted above: the
   * common case after an external edit), with the context agreeing. O(context) each.
   */
  inPlaceOrShifted(): void {
    const t = this.t;
    let shift = 0;
    for (const w of this.byOldStart) {
      if (this.repOf(w) !== w) continue;
      let done = false;
      for (const at of shift === 0 ? [w.oldNorm] : [w.oldNorm, w.oldNorm + shift]) {
        if (at < 0 || !t.norm.startsWith(w.quote, at) || this.claimed.get(groupKey(w))?.has(at)) continue;
        const ctx = contextSimilarity(t.norm, at, at + w.quote.length, w.prefix, w.suffix);
        if (ctx < MOVED_CONTEXT_THRESHOLD && w.quote.length > 0) continue;
        if (at === w.oldNorm && w.quote.length === 0 && w.a.start > t.length) continue;
        this.settle(w, at, ctx);
        shift = at - w.oldNorm;
        done = true;
        break;
      }
      // The span cut a character from its combining marks (no NFC equivalent, so its NFC quote is
      // nowhere in the NFC text): compare the raw text, where it is expected first, else elsewhere.
      if (!done && w.quote.length > 0 && cutsCharacter(w.a)) {
        const found = rawFind(t, w, t.normToCp(w.oldNorm + shift, 'start'), this.claimed.get(groupKey(w)));
        if (found) {
          const exact = found.start === w.a.start;
          w.result = {
            status: exact ? 'exact' : 'moved',
            start: found.start,
            end: found.start + w.quoteCp,
            score: exact ? 1 : round(combinedScore(w.quoteCp, 1, found.ctx)),
          };
          const at = t.cpToNorm(found.start);
          this.claim(w, at);
          w.ctx = found.ctx;
          shift = at - w.oldNorm;
          done = true;
        }
      }
      // Edited inside where it stood: fuzzy, for review, below; an identical passage elsewhere must not take it.
      if (!done && w.quote.length > 0) {
        w.inPlace = editedInPlace(t, w, w.oldNorm + shift, this.threshold, this.options.fuzzy !== false);
        w.editedInPlace = !!w.inPlace;
      }
      // Not there: one search; a clear winner by context also tells where the next ones went. (Context
      // cannot tell duplicate passages apart: step 2 checks the look-alikes' order.)
      if (!done && w.quote.length > 0 && !w.editedInPlace) {
        const found = clearWinner(t, w, this.claimed.get(groupKey(w)));
        if (found) {
          this.settle(w, found.at, found.ctx);
          shift = found.at - w.oldNorm;
        }
      }
    }
  }

  /**
   * True when slot k's context fits the occurrence at `at` clearly better than the context of any
   * of its look-alikes would: the side where they differ speaks for it (its paragraph moved).
   * Never for a slot alike another on both sides.
   */
  private fitsBetterThanLookAlikes(g: Group, k: number, at: number, ctx: number): boolean {
    if (alikeLevel(g, k) !== 1) return alikeLevel(g, k) === 0;
    const w = g.slots[k][0];
    return g.slots.every(
      ([y], j) => j === k || contextsAlike(w, y) === 0 || contextSimilarity(this.t.norm, at, at + w.quote.length, y.prefix, y.suffix) <= ctx - CLEAR_MARGIN,
    );
  }

  /**
   * 2. Look-alikes (duplicate passages) placed above stay only if none of them is missing and no two are out
   * of their old order, unless context explains it (see fitsBetterThanLookAlikes); otherwise those, with their
   * look-alikes, are placed again together by the ordered matching below (a fast-path hit may be a copy that
   * slid into another's place, a clear winner by context a copy whose surroundings were edited).
   */
  checkLookAlikes(): void {
    for (const g of this.groups.values()) {
      if (g.slots.length < 2) continue;
      const spoken = new Map<number, boolean>();
      const speaksForItself = (k: number) => {
        const w = g.slots[k][0];
        if (!spoken.has(k)) spoken.set(k, !!w.result && w.at !== undefined && this.fitsBetterThanLookAlikes(g, k, w.at, w.ctx!));
        return spoken.get(k)!;
      };
      const problems = new Set<number>();
      g.slots.forEach(([w], k) => {
        if (!w.result && !w.editedInPlace && alikeLevel(g, k) > 0) problems.add(k);
      });
      if (!slotsInOrder(g.slots)) {
        const placed = g.slots.map((_, k) => k).filter((k) => g.slots[k][0].result);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            const [x, y] = [placed[i], placed[j]];
            if (g.slots[x][0].at! < g.slots[y][0].at! || contextsAlike(g.slots[x][0], g.slots[y][0]) === 0) continue;
            if (!speaksForItself(x)) problems.add(x);
            if (!speaksForItself(y)) problems.add(y);
          }
        }
      }
      if (problems.size === 0) continue;
      const taken = this.claimed.get(g.key);
      const from = [...problems];
      g.slots.forEach(([w], k) => {
        if (!w.result) return;
        if (!problems.has(k) && (speaksForItself(k) || !from.some((j) => contextsAlike(w, g.slots[j][0]) > 0))) return;
        taken?.delete(w.at!);
        w.result = undefined;
        w.at = undefined;
      });
    }
  }

  /** Where an annotation not placed yet is expected: its old place, shifted as the nearest placed annotation was. */
  expectedAt(): (w: Work) => number {
    const anchoredOrder = this.byOldStart.filter((w) => this.repOf(w) === w && w.result);
    return (w) => w.oldNorm + nearestShift(anchoredOrder, w, this.t);
  }

  /** 3. The exact quote elsewhere. */
  exactElsewhere(expectedAt: (w: Work) => number): void {
    for (const g of this.groups.values()) {
      const slots = g.slots.map((_, k) => k).filter((k) => !g.slots[k][0].result && !g.slots[k][0].editedInPlace);
      if (slots.length) this.placeExactly(g, slots, expectedAt);
    }
  }

  /** Step 3 for the slots of one group not placed yet. */
  private placeExactly(g: Group, slots: number[], expectedAt: (w: Work) => number): void {
    const t = this.t;
    const reps = slots.map((k) => g.slots[k][0]);
    const taken = this.claimed.get(g.key) ?? new Set<number>();
    const occurrences: number[] = [];
    for (let at = t.norm.indexOf(reps[0].quote); at >= 0; at = t.norm.indexOf(reps[0].quote, at + 1)) {
      if (!taken.has(at)) occurrences.push(at);
    }
    if (occurrences.length === 0) return;
    const len = reps[0].quote.length;
    // Context of each slot at each occurrence (only good ones are candidates).
    const sims = reps.map((w) => occurrences.map((at) => contextSimilarity(t.norm, at, at + len, w.prefix, w.suffix)));
    const used = new Set<number>();
    const ambiguous: number[] = [];
    // A slot whose context points at one occurrence clearly takes it, order notwithstanding (a
    // paragraph may have moved); a look-alike only if its context fits there clearly better than its
    // look-alikes' would. The others are settled below, in order.
    const maxSim = sims.map((row) => row.reduce((m, v) => Math.max(m, v), 0));
    const order = reps.map((_, k) => k).sort((x, y) => maxSim[y] - maxSim[x]);
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
      if (
        row[best] >= MOVED_CONTEXT_THRESHOLD &&
        row[best] - second >= CLEAR_MARGIN &&
        !used.has(best) &&
        this.fitsBetterThanLookAlikes(g, slots[k], occurrences[best], row[best])
      ) {
        used.add(best);
        this.settle(reps[k], occurrences[best], row[best]);
      } else ambiguous.push(k);
    }
    // Look-alikes (same quote, alike context: duplicate passages) keep their order: monotone matching
    // that maximises matches, then context, then closeness to where each is expected. A look-alike's
    // copy whose context was edited on both sides still holds its place in the order, for review
    // (fuzzy), as long as the exact quote with that context would pass as a fuzzy match: otherwise
    // its neighbours would shift onto the wrong copies.
    ambiguous.sort((x, y) => x - y);
    const free = occurrences.map((_, j) => j).filter((j) => !used.has(j));
    const forReview = (k: number, s: number) =>
      s < MOVED_CONTEXT_THRESHOLD && this.options.fuzzy !== false && alikeLevel(g, slots[k]) > 0 && combinedScore(reps[k].quoteCp, 1, s) >= this.threshold;
    const pairs = monotoneMatch(ambiguous.length, free.length, (x, y) => {
      const s = sims[ambiguous[x]][free[y]];
      if (s < MOVED_CONTEXT_THRESHOLD && !forReview(ambiguous[x], s)) return undefined;
      const dist = Math.abs(occurrences[free[y]] - expectedAt(reps[ambiguous[x]]));
      return 1000 + 10 * s - dist / (t.norm.length + 1);
    });
    for (const [x, y] of pairs) {
      const k = ambiguous[x];
      const at = occurrences[free[y]];
      const s = sims[k][free[y]];
      if (forReview(k, s)) {
        const w = reps[k];
        w.result = { status: 'fuzzy', start: t.normToCp(at, 'start'), end: t.normToCp(at + len, 'end'), score: round(combinedScore(w.quoteCp, 1, s)) };
        this.claim(w, at);
        w.ctx = s;
      } else this.settle(reps[k], at, s);
    }
  }

  /** 4. Fuzzy, 5. orphan; then the other annotations of a passage follow the one that spoke for it. The results, in input order. */
  fuzzyOrOrphan(expectedAt: (w: Work) => number): AnchorResult[] {
    const t = this.t;
    const threshold = this.threshold;
    for (const w of this.byOldStart) {
      if (w.result || this.repOf(w) !== w) continue;
      const taken = this.claimed.get(groupKey(w));
      const inPlace = w.inPlace && w.inPlace.score >= threshold && w.quoteCp >= FUZZY_MIN_QUOTE_LENGTH && !taken?.has(w.inPlace.start) ? w.inPlace : undefined;
      const found = this.options.fuzzy === false ? undefined : (inPlace ?? fuzzyFind(t, w, expectedAt(w), taken, threshold));
      if (found) {
        w.result = { status: 'fuzzy', start: t.normToCp(found.start, 'start'), end: t.normToCp(found.end, 'end'), score: round(found.score) };
        this.claim(w, found.start);
      } else {
        w.result = { status: 'orphan', start: w.a.start, end: w.a.end, score: 0 };
      }
    }
    for (const w of this.work) {
      const rep = this.repOf(w);
      if (rep !== w) w.result = { ...rep.result! };
    }
    return this.work.map((w) => w.result!);
  }
}

/** True when the slots placed so far are in their old order, each on its own occurrence. */
function slotsInOrder(slots: readonly Work[][]): boolean {
  let last = -1;
  for (const [w] of slots) {
    if (!w.result || w.at === undefined) continue;
    if (w.at <= last) return false;
    last = w.at;
  }
  return true;
}

/** How alike the slot's context is to the closest other slot's of its group (see contextsAlike). Computed once per slot, on demand. */
function alikeLevel(g: Group, k: number): number {
  if (g.alike[k] < 0) {
    let level = 0;
    const w = g.slots[k][0];
    for (let j = 0; j < g.slots.length && level < 2; j++) if (j !== k) level = Math.max(level, contextsAlike(w, g.slots[j][0]));
    g.alike[k] = level;
  }
  return g.alike[k];
}

/**
 * How alike two annotations of one quote are: on how many sides (0, 1 or 2) the text next to them
 * was the same. Look-alikes (1 or 2: a repeated passage, each copy followed or preceded by the same
 * words) cannot be told apart by the side they share; alike on both sides, only their order tells
 * them apart. Each side is compared over the length both have, since a context cut at the
 * article's start or end says nothing beyond it; a few characters (MIN_INTACT_CONTEXT) tell nothing.
 */
function contextsAlike(x: Work, y: Work): number {
  const p = Math.min(x.prefix.length, y.prefix.length);
  const s = Math.min(x.suffix.length, y.suffix.length);
  const prefix = p < MIN_INTACT_CONTEXT || x.prefix.endsWith(y.prefix.slice(y.prefix.length - p));
  const suffix = s < MIN_INTACT_CONTEXT || x.suffix.startsWith(y.suffix.slice(0, s));
  return (prefix ? 1 : 0) + (suffix ? 1 : 0);
}

/**
 * True when the span cut a character from its combining marks: its quote starts with a mark, or
 * its suffix does. Its NFC quote then differs from the NFC text's, which composed the mark.
 */
function cutsCharacter(a: AnchorTarget): boolean {
  return /^\p{M}/u.test(a.quote) || /^\p{M}/u.test(a.suffix ?? '');
}

/**
 * The raw occurrence (code points) of a span that cuts a character from its marks whose raw
 * context agrees best, the nearest to `expected` among equals; none under MOVED_CONTEXT_THRESHOLD.
 */
function rawFind(t: NormalizedText, w: Work, expected: number, taken: Set<number> | undefined): { start: number; ctx: number } | undefined {
  const raw = t.index;
  const { quote, prefix = '', suffix = '' } = w.a;
  let best: { start: number; ctx: number } | undefined;
  for (let at = raw.text.indexOf(quote); at >= 0; at = raw.text.indexOf(quote, at + 1)) {
    const ctx = contextSimilarity(raw.text, at, at + quote.length, prefix, suffix);
    if (ctx < MOVED_CONTEXT_THRESHOLD) continue;
    const start = raw.toCodePoint(at);
    if (taken?.has(t.cpToNorm(start))) continue;
    if (!best || ctx > best.ctx || (ctx === best.ctx && Math.abs(start - expected) < Math.abs(best.start - expected))) best = { start, ctx };
  }
  return best;
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
