/**
 * Dates and times in French and English, normalised to ISO-8601 against the publication date:
 * absolute and partial dates, weekdays, relative phrases, times of day. Compiled-once regular
 * expressions, each linear in the text (no nested quantifiers over overlapping classes).
 */
import type { DatePrecision, PublicationDate } from '../model';
import { daysInMonth } from './calendar';
import { classTable, DIGIT, isLetterAt, LETTER } from './chars';
import { anchorOf, type Anchor } from './dateResolve';
import { RULES, type Rule } from './dateRules';
import { DATE_TRIGGERS, EN_MONTH_TRIGGER, MONTH_TRIGGER, MONTH_WORDS, WEEKDAY_TRIGGER, WEEKDAY_WORDS } from './dateTriggers';
import type { RawSpan } from './text';
import { stickyOf } from './scan';
import type { TriggerHits } from './triggers';

export { DATE_CODE_TRIGGERS, DATE_LITERAL_TRIGGERS, dateTriggerHits } from './dateTriggers';
export { parseTime } from './dateResolve';
export { yearPrepReadings } from './dateRules';

export interface RawDate extends RawSpan {
  value: string;
  precision: DatePrecision;
  candidates?: string[];
  relative?: boolean;
  /** Set on "le 12 du même mois": the day, resolved against the previous date mention. */
  sameMonthDay?: number;
  /** Moves the start of the span by this many UTF-16 units (a preposition read before the match). */
  startShift?: number;
}

/**
 * How far before a trigger a match may start, for the rules whose every match need not hold a hit of its own
 * ("16  heures", two spaces, holds no `\d\s?h`) and which rely on a hit nearby.
 */
const LOOK_BEFORE = 40;

/**
 * Month and weekday names end every pattern use with `(?!\p{L})`: a trigger hit can only be the name a
 * match holds when some name of the set starts there and no letter follows it ("mai" in "maison" is not).
 */
function wordStartsAt(keys: string[]): (text: string, i: number) => boolean {
  const byFirst = new Map<number, string[]>();
  for (const k of new Set(keys)) {
    const c = k.charCodeAt(0);
    const list = byFirst.get(c) ?? [];
    list.push(k);
    byFirst.set(c, list);
  }
  return (text, i) => {
    const list = byFirst.get(text.charCodeAt(i));
    if (!list) return false;
    for (const k of list) if (text.startsWith(k, i) && !isLetterAt(text, i + k.length)) return true;
    return false;
  };
}
const REAL_HIT = new Map<RegExp, (text: string, i: number) => boolean>([
  [MONTH_TRIGGER, wordStartsAt(MONTH_WORDS)],
  [EN_MONTH_TRIGGER, wordStartsAt(MONTH_WORDS)],
  [WEEKDAY_TRIGGER, wordStartsAt(WEEKDAY_WORDS)],
]);

/**
 * Ranges [from, to] where a rule's matches may start: `before` units back from the trigger's hits (`hits`,
 * [index, length] pairs), merged. A window whose hits are none of them a whole name (`real`, by hit; see
 * REAL_HIT) is dropped: any match holds a whole name, whose hit starts at most `before` after the match
 * start and so lies in the same merged window.
 */
function windows(hits: readonly number[], real: Uint8Array | null, before: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let keep = false;
  for (let k = 0; k < hits.length; k += 2) {
    const from = Math.max(0, hits[k] - before);
    const to = hits[k] + hits[k + 1];
    const hit = !real || real[k >> 1] === 1;
    const last = out[out.length - 1];
    if (last && from <= last[1]) {
      last[1] = to;
      keep ||= hit;
    } else {
      if (last && !keep) out.pop();
      out.push([from, to]);
      keep = hit;
    }
  }
  if (out.length && !keep) out.pop();
  return out;
}

/** A trigger's hits in `text` ([index, length] pairs) and, for a trigger in REAL_HIT, which of them are whole names. */
function triggerHits(text: string, trigger: RegExp, literal: number[] | undefined): { hits: number[]; real: Uint8Array | null } {
  let hits = literal;
  if (!hits) {
    hits = [];
    trigger.lastIndex = 0;
    for (let m = trigger.exec(text); m; m = trigger.exec(text)) hits.push(m.index, m[0].length);
  }
  const isReal = REAL_HIT.get(trigger);
  let real: Uint8Array | null = null;
  // No hit, no table: a text without a month name made an empty array for each of those triggers.
  if (isReal && hits.length > 0) {
    real = new Uint8Array(hits.length >> 1);
    for (let k = 0; k < hits.length; k += 2) real[k >> 1] = isReal(text, hits[k]) ? 1 : 0;
  }
  return { hits, real };
}

/**
 * Each rule's `starts` as tables: its first units (ASCII), those that stand alone (any second unit), and
 * the pairs of first two units, as (first << 16) | second.
 */
interface StartTables {
  firsts: Uint8Array;
  alone: Uint8Array;
  pairs: Set<number>;
}
const STARTS = new Map<Rule, StartTables>(
  RULES.map((rule) => {
    const t: StartTables = { firsts: new Uint8Array(128), alone: new Uint8Array(128), pairs: new Set() };
    for (const w of rule.starts) {
      const c = w.charCodeAt(0);
      if (c >= 128) throw new Error(`a rule starts with a unit outside ASCII: ${w}`);
      t.firsts[c] = 1;
      if (w.length === 1) t.alone[c] = 1;
      else t.pairs.add((c << 16) | w.charCodeAt(1));
    }
    return [rule, t];
  }),
);

/** The rules' triggers, each once. */
const RULE_TRIGGERS = [...new Set(RULES.map((r) => r.trigger))].filter((t): t is RegExp => t !== undefined);
/** Only then does a text without hits have no window (a rule without a trigger runs over the whole text). */
const EVERY_RULE_TRIGGERED = RULES.every((r) => r.trigger);

/** Rules with the same trigger and `before` have the same windows: their index in a list of those pairs. */
const WINDOW_SLOT = new Map<Rule, number>();
for (const rule of RULES) {
  const same = [...WINDOW_SLOT.keys()].find((r) => r.trigger === rule.trigger && (r.before ?? LOOK_BEFORE) === (rule.before ?? LOOK_BEFORE));
  WINDOW_SLOT.set(rule, same ? WINDOW_SLOT.get(same)! : new Set(WINDOW_SLOT.values()).size);
}

/** The rules' patterns, `starts`, triggers and `before`, for the tests that check every match against them. */
export function dateRuleStarts(): Array<{ re: RegExp; starts: readonly string[]; trigger?: RegExp; before: number }> {
  return RULES.map((r) => ({ re: r.re, starts: r.starts, trigger: r.trigger, before: r.before ?? LOOK_BEFORE }));
}

/**
 * Dates and times in `text` (UTF-16 offsets), normalised against the publication date `pub`. Spans in
 * `exclude` (durations found first) are skipped, so "ont causé 6h30" is not a time. `hits` are those of
 * the date triggers when a shared scan has found them already.
 */
export function detectDates(text: string, pub: PublicationDate | null, exclude: readonly RawSpan[] = [], hits?: TriggerHits): RawDate[] {
  const literal = hits ?? DATE_TRIGGERS.hits(text);
  // A text without a hit of any rule's trigger (most short ones) has no window: no date.
  if (EVERY_RULE_TRIGGERED && RULE_TRIGGERS.every((t) => literal.get(t)?.length === 0)) return [];
  const a = anchorOf(pub);
  const found: RawDate[] = [];
  const windowsOf = ruleWindows(text, literal);
  for (const rule of RULES) {
    const ws = windowsOf(rule);
    for (let w = 0; w < ws.length; w++) runRule(rule, text, ws[w][0], ws[w][1], a, found);
  }
  const kept = longestOutsideOf(found, exclude);
  resolveSameMonth(kept);
  return kept;
}

/**
 * Each rule's windows in `text`. Several rules share a trigger (the month names): its hits are found once,
 * and its windows once per distance.
 */
function ruleWindows(text: string, literal: TriggerHits): (rule: Rule) => Array<[number, number]> {
  const hitsOf = new Map<RegExp, ReturnType<typeof triggerHits>>();
  const windowsOf: Array<Array<[number, number]> | undefined> = [];
  return (rule) => {
    const slot = WINDOW_SLOT.get(rule)!;
    let ws = windowsOf[slot];
    if (!ws) {
      if (rule.trigger) {
        let h = hitsOf.get(rule.trigger);
        if (!h) hitsOf.set(rule.trigger, (h = triggerHits(text, rule.trigger, literal.get(rule.trigger))));
        ws = windows(h.hits, h.real, rule.before ?? LOOK_BEFORE);
      } else {
        ws = [[0, text.length]];
      }
      windowsOf[slot] = ws;
    }
    return ws;
  };
}

/** The matches of `rule` that start in text[from, to], resolved against `a`, pushed to `found`. */
function runRule(rule: Rule, text: string, from: number, to: number, a: Anchor | null, found: RawDate[]): void {
  const T = classTable();
  const sticky = stickyOf(rule.re);
  const starts = STARTS.get(rule)!;
  // Run on a slice: an exec from `from` on the whole text would scan on to its end when nothing matches.
  // Cut when a position is first tried: most windows of a text dense with hits have none.
  const base = Math.max(0, from - 1);
  let sub: string | null = rule.trigger ? null : text;
  const offset = rule.trigger ? base : 0;
  // The matches of a global `exec` loop from `from`, whose matches that start inside a word are skipped
  // (the left word boundary is checked in code rather than by a look-behind in every pattern, 4×
  // faster): tried with a sticky copy at the positions where such a match can start, a word start
  // whose unit can begin the pattern. A global search would try every position of the window.
  let p = from;
  while (p <= to) {
    const c = text.charCodeAt(p);
    // Every start is an ASCII letter or digit.
    if ((T[c] & (LETTER | DIGIT)) === 0) {
      p++;
      continue;
    }
    const tried =
      (p === 0 || (T[text.charCodeAt(p - 1)] & (LETTER | DIGIT)) === 0) &&
      c < 128 &&
      starts.firsts[c] !== 0 &&
      (starts.alone[c] !== 0 || starts.pairs.has((c << 16) | text.charCodeAt(p + 1)));
    let m: RegExpExecArray | null = null;
    if (tried) {
      sub ??= text.slice(base, Math.min(text.length, to + 80));
      sticky.lastIndex = p - offset;
      m = sticky.exec(sub);
    }
    if (m === null || m[0].length === 0) {
      // No position inside this run of letters and digits is a word start.
      p++;
      while (p <= to && (T[text.charCodeAt(p)] & (LETTER | DIGIT)) !== 0) p++;
      continue;
    }
    m.index += offset;
    p = m.index + m[0].length;
    const r = rule.handle(m, text, a);
    if (r) {
      // Keep leading prepositions that are part of the phrase ("en février 2022") but trim trailing spaces.
      const end = m.index + m[0].trimEnd().length;
      const start = m.index + (r.startShift ?? 0);
      found.push({ value: r.value, precision: r.precision, candidates: r.candidates, relative: r.relative, sameMonthDay: r.sameMonthDay, start, end });
    }
  }
}

/**
 * The longest of overlapping matches, none inside a span of `exclude`. Earlier rules win ties (they are
 * listed from most to least specific): the sort is stable, equal starts and lengths keep the rules' order.
 */
function longestOutsideOf(found: RawDate[], exclude: readonly RawSpan[]): RawDate[] {
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: RawDate[] = [];
  let lastEnd = -1;
  // Durations come sorted already: the copy and the sort only when they would change something.
  const ex = exclude.every((x, k) => k === 0 || exclude[k - 1].start <= x.start) ? exclude : [...exclude].sort((x, y) => x.start - y.start);
  let e = 0;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    while (e < ex.length && ex[e].end <= f.start) e++;
    if (e < ex.length && ex[e].start < f.end) continue;
    kept.push(f);
    lastEnd = f.end;
  }
  return kept;
}

/** "le 12 du même mois" takes the month of the previous date mention that has one. */
function resolveSameMonth(dates: RawDate[]): void {
  let month: string | null = null;
  for (const d of dates) {
    if (d.sameMonthDay !== undefined) {
      const day = String(d.sameMonthDay).padStart(2, '0');
      d.value = month ? `${month}-${day}` : `XXXX-XX-${day}`;
      if (month && !month.startsWith('X')) {
        const [y, mo] = month.split('-').map(Number);
        if (d.sameMonthDay > daysInMonth(y, mo)) d.value = `${month}-${day}`;
      }
      delete d.sameMonthDay;
      continue;
    }
    const m = /^((?:\d{4}|XXXX)-(?:\d{2}))(?:-|$|T)/.exec(d.value);
    if (m && d.precision !== 'week') month = m[1];
  }
}
