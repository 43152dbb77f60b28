/**
 * Scoring detections against a hand-written gold annotation (test/fixtures/gold/*.yaml), for
 * docs/quality.md and the quality unit test.
 *
 * Matching rule: a detection matches a gold item of the same kind when their spans overlap (share at
 * least one code point) and their values agree — the person key (personKey of the full name) for people,
 * the ISO value for dates, minutes and qualifier for durations, nothing more for quotes (content spans).
 * Each gold item matches at most one detection. Quote speakers are scored over quotes with a non-null
 * speaker only (gold or detected): a detected speaker is right when its quote overlaps a gold quote whose
 * speaker has the same person key; a null speaker costs recall but never precision.
 */
import type { Detections } from '../model';
import { TextIndex } from '../text/offsets';
import { personKey } from './personKey';

export type Kind = 'people' | 'dates' | 'durations' | 'quotes' | 'speakers';
export const KINDS: readonly Kind[] = ['people', 'dates', 'durations', 'quotes', 'speakers'];

export interface GoldItem {
  kind: Kind;
  start: number; // code points
  end: number;
  value: string;
  text: string;
}

export interface GoldFile {
  article: string;
  options?: { published?: string };
  published: { value: string; precision: string; source: string } | null;
  people: Array<{ at: string; person: string }>;
  dates: Array<{ at: string; value: string }>;
  durations: Array<{ at: string; minutes: number; qualifier: string }>;
  quotes: Array<{ open: string; close: string; speaker: string | null }>;
}

/** Locates `[mention]` of a snippet that must occur exactly once in `text`; UTF-16 offsets. */
function locate(text: string, at: string, where: string): [number, number] {
  const open = at.indexOf('[');
  const close = at.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`${where}: no [mention] in ${JSON.stringify(at)}`);
  const plain = at.slice(0, open) + at.slice(open + 1, close) + at.slice(close + 1);
  const first = text.indexOf(plain);
  if (first < 0) throw new Error(`${where}: snippet not found: ${JSON.stringify(plain)}`);
  if (text.indexOf(plain, first + 1) >= 0) throw new Error(`${where}: snippet not unique: ${JSON.stringify(plain)}`);
  return [first + open, first + close - 1];
}

/** Resolves the gold file's snippets into code-point spans. Throws on an ambiguous or missing snippet. */
export function goldItems(text: string, gold: GoldFile): GoldItem[] {
  const idx = new TextIndex(text);
  const items: GoldItem[] = [];
  const push = (kind: Kind, s: number, e: number, value: string): void => {
    items.push({ kind, start: idx.toCodePoint(s), end: idx.toCodePoint(e), value, text: text.slice(s, e) });
  };
  for (const p of gold.people ?? []) {
    const [s, e] = locate(text, p.at, gold.article);
    push('people', s, e, personKey(p.person));
  }
  for (const d of gold.dates ?? []) {
    const [s, e] = locate(text, d.at, gold.article);
    push('dates', s, e, String(d.value));
  }
  for (const d of gold.durations ?? []) {
    const [s, e] = locate(text, d.at, gold.article);
    push('durations', s, e, `${d.minutes}|${d.qualifier}`);
  }
  for (const q of gold.quotes ?? []) {
    const [s] = locate(text, q.open.replace('[', '[') + (q.open.includes(']') ? '' : ']'), gold.article);
    // `close` is searched from the opening on: "…text]»".
    const ci = q.close.indexOf(']');
    const plain = q.close.replace(']', '');
    const at = text.indexOf(plain, s);
    if (at < 0) throw new Error(`${gold.article}: quote close not found: ${q.close}`);
    const e = at + ci;
    push('quotes', s, e, '');
    if (q.speaker) push('speakers', s, e, personKey(q.speaker));
  }
  return items;
}

export interface KindScore {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  kind: Kind;
  type: 'missed' | 'spurious';
  text: string;
  value: string;
}

const CALENDAR_VALUE = /^(?:\d{4}|XXXX)(?:-|$)|^T\d/;

/** The detections as scoreable items. */
export function predictedItems(d: Detections): GoldItem[] {
  const items: GoldItem[] = [];
  for (const p of d.people) items.push({ kind: 'people', start: p.start, end: p.end, value: personKey(p.name), text: p.text });
  // The gold files annotate calendar dates and clock times; references, sets, vague durations, decades are
  // TimeML kinds they predate, measured on the public corpora (npm run eval) instead.
  for (const x of d.dates) if (CALENDAR_VALUE.test(x.value)) items.push({ kind: 'dates', start: x.start, end: x.end, value: x.value, text: x.text });
  for (const x of d.durations) items.push({ kind: 'durations', start: x.start, end: x.end, value: `${x.minutes}|${x.qualifier}`, text: x.text });
  for (const q of d.quotes) {
    items.push({ kind: 'quotes', start: q.start, end: q.end, value: '', text: q.text });
    if (q.speaker) items.push({ kind: 'speakers', start: q.start, end: q.end, value: personKey(q.speakerName ?? q.speaker), text: q.text });
  }
  return items;
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Counts matches per kind, and lists misses for debugging. */
export function compare(gold: GoldItem[], predicted: GoldItem[]): { counts: Record<Kind, Counts>; misses: Miss[] } {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }])) as Record<Kind, Counts>;
  const misses: Miss[] = [];
  for (const kind of KINDS) {
    const g = gold.filter((x) => x.kind === kind);
    const p = predicted.filter((x) => x.kind === kind);
    counts[kind].gold += g.length;
    counts[kind].predicted += p.length;
    const used = new Set<number>();
    for (const gi of g) {
      const k = p.findIndex((pi, i) => !used.has(i) && pi.start < gi.end && gi.start < pi.end && pi.value === gi.value);
      if (k >= 0) {
        used.add(k);
        counts[kind].tp++;
      } else misses.push({ kind, type: 'missed', text: gi.text, value: gi.value });
    }
    p.forEach((pi, i) => {
      if (!used.has(i)) misses.push({ kind, type: 'spurious', text: pi.text, value: pi.value });
    });
  }
  return { counts, misses };
}

export function score(c: Counts): KindScore {
  const precision = c.predicted ? c.tp / c.predicted : 1;
  const recall = c.gold ? c.tp / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Record<Kind, Counts>, b: Record<Kind, Counts>): Record<Kind, Counts> {
  return Object.fromEntries(
    KINDS.map((k) => [k, { tp: a[k].tp + b[k].tp, predicted: a[k].predicted + b[k].predicted, gold: a[k].gold + b[k].gold }]),
  ) as Record<Kind, Counts>;
}
