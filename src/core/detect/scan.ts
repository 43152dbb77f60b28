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
}

/**
 * Calls `visit` for each match of the global `re` over `text`, as `for (m = re.exec(text); m; …)` would,
 * `m.index` being an offset in `text`. `visit` returns where the search goes on (an offset in `text`),
 * or nothing for the end of the match. The regular expression runs only on short slices around the hits
 * of `options.trigger`, so a text without hits costs one pass of the trigger.
 */
export function execNear(text: string, re: RegExp, options: NearOptions, visit: (m: RegExpExecArray) => number | void): void {
  const { trigger, before, after, behind = 0, extendBack } = options;
  let cursor = 0;
  let winFrom = -1;
  let winTo = -1;
  const flush = (): void => {
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
  trigger.lastIndex = 0;
  for (let h = trigger.exec(text); h; h = trigger.exec(text)) {
    if (h[0].length === 0) trigger.lastIndex++;
    let from = Math.max(0, h.index - before);
    if (extendBack) from = extendBack(text, from, Math.max(0, winTo + 1));
    if (winTo >= 0 && from <= winTo + 1) {
      winTo = Math.max(winTo, h.index);
      continue;
    }
    if (winTo >= 0) flush();
    winFrom = from;
    winTo = h.index;
  }
  if (winTo >= 0) flush();
}
