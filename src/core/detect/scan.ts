/**
 * Running a costly global regular expression only near the hits of a cheap one, with the same matches
 * in the same order as a plain `exec` loop over the whole text.
 */

export interface NearOptions {
  /** Every match contains a hit of `trigger`, starting at most `before` UTF-16 units after the match start. */
  trigger: RegExp;
  before: number;
  /** Every match ends (look-ahead included) at most `after` units after the start of that hit. */
  after: number;
  /** Units a look-behind of `re` reads before a match start. */
  behind?: number;
  /**
   * Moves a window's start further back when a match may start earlier than `before` allows (a run of
   * digits of any length). Never called below `floor`: what lies before it is already covered.
   */
  extendBack?: (text: string, from: number, floor: number) => number;
  /**
   * The first position in [from, to] where a match of `re` can start and be kept (`visit` skips the
   * others, returning the next position), or -1. With it, `re` is tried with a sticky copy at those
   * positions of a window rather than searched through the window: a long alternation is costly at
   * every position it is tried.
   */
  starts?: (text: string, from: number, to: number) => number;
  /**
   * False for a hit of `trigger` that no match of `re` can hold as the one `before` and `after` speak of (what
   * precedes it cannot end a match's beginning): the hit opens no window. Every match keeps its own hit, whose
   * window covers its start, so the matches are the same.
   */
  holdable?: (text: string, index: number) => boolean;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/** A sticky copy of a global pattern: tried at one position only. */
export function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
}

/**
 * Calls `visit` for each match of the global `re` over `text`, as `for (m = re.exec(text); m; …)` would,
 * `m.index` being an offset in `text`. `visit` returns where the search goes on (an offset in `text`),
 * or nothing for the end of the match. The regular expression runs only on short slices around the hits
 * of `options.trigger`, so a text without hits costs one pass of the trigger. `hits` are the trigger's
 * hits ([index, length] pairs, flattened) when they are known already.
 */
export function execNear(text: string, re: RegExp, options: NearOptions, visit: (m: RegExpExecArray) => number | void, hits?: readonly number[]): void {
  // No hit, no window (most short texts have none): nothing else is set up.
  if (hits && !hits.length) return;
  const { trigger, before, after, behind = 0, extendBack, starts, holdable } = options;
  let cursor = 0;
  let winFrom = -1;
  let winTo = -1;
  const sticky = starts ? stickyOf(re) : re;
  const flushAt = (): void => {
    // Matching at a position reads no further back than `behind` and no further on than the window's end,
    // so one slice serves the whole window.
    let pos = Math.max(winFrom, cursor);
    const base = Math.max(0, pos - behind);
    const sub = text.slice(base, Math.min(text.length, winTo + after));
    while (pos <= winTo) {
      const p = starts!(text, pos, winTo);
      if (p < 0) break;
      sticky.lastIndex = p - base;
      const m = sticky.exec(sub);
      if (!m) {
        pos = p + 1;
        continue;
      }
      m.index += base;
      const next = visit(m);
      pos = next ?? (m[0].length ? m.index + m[0].length : m.index + 1);
      cursor = pos;
    }
  };
  const flushSearch = (): void => {
    let pos = Math.max(winFrom, cursor);
    while (pos <= winTo) {
      const base = Math.max(0, pos - behind);
      const sub = text.slice(base, Math.min(text.length, winTo + after));
      re.lastIndex = pos - base;
      const m = re.exec(sub);
      if (!m || m.index + base > winTo) break;
      m.index += base;
      const next = visit(m);
      pos = next ?? (m[0].length ? m.index + m[0].length : m.index + 1);
      cursor = pos;
    }
  };
  const flush = starts ? flushAt : flushSearch;
  const hit = (index: number): void => {
    if (holdable && !holdable(text, index)) return;
    let from = Math.max(0, index - before);
    if (extendBack) from = extendBack(text, from, Math.max(0, winTo + 1));
    if (winTo >= 0 && from <= winTo + 1) {
      winTo = Math.max(winTo, index);
      return;
    }
    if (winTo >= 0) flush();
    winFrom = from;
    winTo = index;
  };
  if (hits) {
    for (let k = 0; k < hits.length; k += 2) hit(hits[k]);
  } else {
    trigger.lastIndex = 0;
    for (let h = trigger.exec(text); h; h = trigger.exec(text)) {
      if (h[0].length === 0) trigger.lastIndex++;
      hit(h.index);
    }
  }
  if (winTo >= 0) flush();
}
