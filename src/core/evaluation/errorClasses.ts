/**
 * Error classes derived mechanically from the differences between system and gold spans (no list of
 * corpus examples): which side a span misses, which words an extent adds or drops, what shape a value has
 * on each side. `docs/quality.md` shows the largest classes of each corpus with one example each.
 */
import type { EvalSpan } from './corpus';
import { overlaps, pairByOverlap, sameSpan } from './spanScore';
import { valueAgrees } from './timexScore';

export interface ErrorRecord {
  /** The class, e.g. "span includes leading preposition", "missed SET (set)". */
  cls: string;
  /** One instance, with a little context. */
  example: string;
}

export interface ErrorClass {
  cls: string;
  count: number;
  example: string;
}

const PREPOSITIONS = new Set([
  'en',
  'in',
  'on',
  'at',
  'à',
  'a',
  'au',
  'aux',
  'dans',
  'depuis',
  'since',
  'pour',
  'for',
  'de',
  'du',
  'des',
  "d'",
  'by',
  'from',
  'until',
  'till',
  'to',
  'jusqu',
  "jusqu'",
  "jusqu'à",
  'vers',
  'dès',
  'avant',
  'après',
  'before',
  'after',
  'during',
  'pendant',
  'durant',
  'within',
  'over',
  'through',
  'throughout',
  'of',
  'par',
  'sur',
  'entre',
  'between',
  'as',
]);
const DETERMINERS = new Set([
  'le',
  'la',
  'les',
  "l'",
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'ce',
  'cet',
  'cette',
  'ces',
  'un',
  'une',
  'des',
  'chaque',
  'each',
  'every',
  'quelques',
  'some',
  'plusieurs',
  'several',
  'its',
  'their',
  'his',
  'her',
  'our',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
]);
const MODIFIERS = new Set([
  'dernier',
  'dernière',
  'derniers',
  'dernières',
  'prochain',
  'prochaine',
  'prochains',
  'passé',
  'passée',
  'précédent',
  'précédente',
  'suivant',
  'suivante',
  'last',
  'next',
  'ago',
  'later',
  'earlier',
  'plus',
  'avant',
  'après',
  'before',
  'after',
  'même',
  'ci',
]);

/** The shape of a TIMEX3 value, a name for a class ("day", "clock time only", "part of day"…). */
export function valueShape(v: string): string {
  if (/_REF$/.test(v)) return 'PAST/PRESENT/FUTURE_REF';
  if (/^P/.test(v)) return /X/.test(v) ? 'vague duration' : 'duration';
  if (/^T\d/.test(v)) return 'clock time only';
  if (/T\d{2}:\d{2}/.test(v)) return 'clock time with day';
  if (/T(?:MO|AF|EV|NI|DT|MI)$/.test(v)) return 'part of day';
  if (/-(?:SP|SU|FA|WI)$/.test(v)) return 'season';
  if (/-Q\d$|-H\d$/.test(v)) return 'quarter/half';
  if (/W(?:XX|\d\d)-\d$/.test(v)) return 'weekday';
  if (/-WE$/.test(v)) return 'weekend';
  if (/^[\dX]{4}-W[\dX]{2}$/.test(v)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(v)) return v.startsWith('X') ? 'day without year' : 'day';
  if (/^[\dX]{4}-[\dX]{2}$/.test(v)) return 'month';
  if (/^\d{4}$/.test(v)) return 'year';
  if (/^\d{3}X?$/.test(v)) return 'decade';
  if (/^\d{2}X{0,2}$/.test(v)) return 'century';
  if (v === '') return 'no value';
  return 'other';
}

/** What a run of words is, for an extent class: a preposition, a determiner, a modifier, a number, words. */
function wordsKind(s: string): string {
  const words = s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!words.length) return 'punctuation';
  const first = words[0].replace(/^(l'|d')\S+$/, '$1');
  if (words.length === 1 && /^\d/.test(first)) return 'number';
  if (PREPOSITIONS.has(first)) return 'preposition';
  if (DETERMINERS.has(first)) return 'determiner';
  if (MODIFIERS.has(first)) return 'modifier';
  if (/\d/.test(s)) return 'number';
  return words.length === 1 ? 'word' : 'words';
}

const cp = (text: string[], s: number, e: number): string => text.slice(s, e).join('');

/** A span with a little context, the span in brackets. */
function context(text: string[], s: { start: number; end: number }): string {
  const before = cp(text, Math.max(0, s.start - 30), s.start).replace(/\s+/g, ' ');
  const after = cp(text, s.end, Math.min(text.length, s.end + 30)).replace(/\s+/g, ' ');
  return `…${before}[${cp(text, s.start, s.end)}]${after}…`;
}

/** Extent classes of a pair whose spans differ: one record per side that differs. */
function extentErrors(text: string[], g: EvalSpan, s: EvalSpan): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  const ex = `gold ${context(text, g)} system [${s.text}]`;
  if (s.start < g.start) out.push({ cls: `span includes leading ${wordsKind(cp(text, s.start, g.start))}`, example: ex });
  if (s.start > g.start) out.push({ cls: `span drops leading ${wordsKind(cp(text, g.start, s.start))}`, example: ex });
  if (s.end > g.end) out.push({ cls: `span includes trailing ${wordsKind(cp(text, g.end, s.end))}`, example: ex });
  if (s.end < g.end) out.push({ cls: `span drops trailing ${wordsKind(cp(text, s.end, g.end))}`, example: ex });
  return out;
}

/** The value class of a pair whose values disagree. */
function valueError(g: EvalSpan, s: EvalSpan): string {
  if (g.type !== s.type) return `${g.type} read as ${s.type || 'no type'}`;
  const gs = valueShape(g.value);
  const ss = valueShape(s.value);
  if (gs !== ss) return `value: gold ${gs}, system ${ss}`;
  const gp = g.value.split(/[-T:]/);
  const sp = s.value.split(/[-T:]/);
  const names = ['year', 'month or week', 'day', 'hour', 'minute'];
  const k = gp.findIndex((x, i) => x !== sp[i]);
  return `${gs}: wrong ${gs.includes('duration') ? 'amount or unit' : (names[k] ?? 'part')}`;
}

/** The one-to-one pairs by overlap, and the spans of each side left without a partner. */
function pairing(gold: readonly EvalSpan[], system: readonly EvalSpan[]): { pairs: Array<[number, number]>; lonelyGold: EvalSpan[]; lonelySystem: EvalSpan[] } {
  const pairs = pairByOverlap(gold, system);
  const pairedG = new Set(pairs.map((p) => p[0]));
  const pairedS = new Set(pairs.map((p) => p[1]));
  return { pairs, lonelyGold: gold.filter((_, i) => !pairedG.has(i)), lonelySystem: system.filter((_, i) => !pairedS.has(i)) };
}

/**
 * The TIMEX3 errors of one document: missed and spurious spans by type and value shape, a gold span fused
 * with another in one system span or split over two, extents that differ, values that disagree.
 */
export function timexErrors(textCps: string[], gold: readonly EvalSpan[], system: readonly EvalSpan[]): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  const { pairs, lonelyGold, lonelySystem } = pairing(gold, system);
  for (const g of lonelyGold) {
    const fused = system.find((s) => overlaps(g, s));
    if (fused) out.push({ cls: 'two gold expressions in one system span', example: `gold ${context(textCps, g)} system [${fused.text}]` });
    else out.push({ cls: `missed ${g.type} (${valueShape(g.value)})`, example: `${context(textCps, g)} ${g.value}` });
  }
  for (const s of lonelySystem) {
    if (gold.some((g) => overlaps(g, s))) out.push({ cls: 'one gold expression split over two system spans', example: `${context(textCps, s)}` });
    else out.push({ cls: `spurious ${s.type} (${valueShape(s.value)})`, example: `${context(textCps, s)} ${s.value}` });
  }
  for (const [gi, si] of pairs) {
    const g = gold[gi];
    const s = system[si];
    if (!sameSpan(g, s)) out.push(...extentErrors(textCps, g, s));
    if (!valueAgrees(g.value, s.value, s.minutes))
      out.push({ cls: valueError(g, s), example: `${context(textCps, g)} gold ${g.value}, system [${s.text}] ${s.value}` });
  }
  return out;
}

/** The shape of a name, for the classes of missed and spurious people. */
function nameShape(s: string): string {
  const words = s.split(/\s+/).filter(Boolean);
  if (/(?:^|\s)(?:de|d'|d’|du|des|van|von|der|del|da|di|al|el|bin|ben|le|la)(?:\s|-)/i.test(s) || /\b(?:al|el)-/.test(s)) return 'name with a particle';
  if (words.length === 1) return /^\p{Lu}+$/u.test(s) ? 'single word in capitals' : 'single word';
  if (words.some((w) => /^\p{Lu}\.?$/u.test(w))) return 'name with an initial';
  return `${Math.min(words.length, 3)}${words.length > 3 ? '+' : ''} words`;
}

/** The people errors of one document: missed and spurious names by shape, extents that differ. */
export function peopleErrors(textCps: string[], gold: readonly EvalSpan[], system: readonly EvalSpan[]): ErrorRecord[] {
  const { pairs, lonelyGold, lonelySystem } = pairing(gold, system);
  const out: ErrorRecord[] = lonelyGold.map((g) => ({ cls: `missed ${nameShape(g.text)}`, example: context(textCps, g) }));
  for (const s of lonelySystem) out.push({ cls: `spurious ${nameShape(s.text)}`, example: context(textCps, s) });
  for (const [gi, si] of pairs) if (!sameSpan(gold[gi], system[si])) out.push(...extentErrors(textCps, gold[gi], system[si]));
  return out;
}

/** The `n` largest classes, largest first (ties by name), each with its first example. */
export function largestClasses(records: readonly ErrorRecord[], n = 10): ErrorClass[] {
  const byClass = new Map<string, ErrorClass>();
  for (const r of records) {
    const c = byClass.get(r.cls);
    if (c) c.count++;
    else byClass.set(r.cls, { cls: r.cls, count: 1, example: r.example });
  }
  return [...byClass.values()].sort((a, b) => b.count - a.count || a.cls.localeCompare(b.cls)).slice(0, n);
}
