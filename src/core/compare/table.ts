/**
 * Sources side by side: for one event, a column per article and a row per attribute (date, place,
 * participants, durations, counts, quotes), each cell the article's own words with a link to their span,
 * and the disagreements the corpus found marked on the cells they involve. Pure data in, pure data out:
 * the webview and `newsmark report --event` render the same table.
 */
import { isoDuration } from '../corpus/intervals';
import { measureValue } from '../corpus/analyzeMeasures';
import type { MentionAnalysis, QuoteAnalysis } from '../corpus/analyze';
import type { Contradiction, DiffOp, NewsEvent } from '../model';
import { personIdKey } from '../detect/personKey';

export type CompareAttribute =
  | 'date'
  | 'time'
  | 'place'
  | 'participants'
  | 'duration'
  | 'count'
  | 'magnitude'
  | 'direction'
  | 'distance'
  | 'depth'
  | 'speed'
  | 'area'
  | 'penalty'
  | 'ordinal'
  | 'quote';

/** The rows in the order they are shown; quotes come last, one row per speaker. */
export const ATTRIBUTE_ORDER: readonly CompareAttribute[] = [
  'date',
  'time',
  'place',
  'participants',
  'duration',
  'count',
  'magnitude',
  'direction',
  'distance',
  'depth',
  'speed',
  'area',
  'penalty',
  'ordinal',
  'quote',
];

export interface CompareColumn {
  file: string;
  outlet?: string;
  published?: string;
}

/** One thing an article says, with the span that says it (code points). */
export interface CompareValue {
  file: string;
  start: number;
  end: number;
  /** The article's words. */
  text: string;
  /** The normalised value ("2025-02-27", "PT3H", "istanbul"), when there is one. */
  value?: string;
  /** Part of a disagreement the corpus found. */
  differs: boolean;
  /** 1-based line of `start` in the article, when the text was at hand (for links in Markdown). */
  line?: number;
}

export interface CompareCell {
  values: CompareValue[];
  /** Some value of the cell is part of a disagreement. */
  differs: boolean;
}

/** A disagreement as the table shows it under its row: the values on each side, and for quotes the word diff. */
export interface CompareDisagreement {
  id: string;
  status: Contradiction['status'];
  values: Array<{ file: string; value: string; text: string }>;
  diff?: DiffOp[];
}

export interface CompareRow {
  attribute: CompareAttribute;
  /** For a quote row: the speaker's person id and name. */
  speaker?: { id: string; name: string };
  /** One cell per column, in column order. */
  cells: CompareCell[];
  disagreements: CompareDisagreement[];
}

export interface Comparison {
  event: { id: string; title: string; date?: string; place?: string };
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** What the table is built from (gathered from the corpus index by `comparisonFor`). */
export interface ComparisonInput {
  event: NewsEvent;
  /** The articles, whatever their order: columns follow publication date, then file. */
  documents: CompareColumn[];
  /** The event's mentions as analysed. */
  mentions: readonly MentionAnalysis[];
  /** Quotes said about the event. */
  quotes: readonly QuoteAnalysis[];
  /** The event's disagreements (not dismissed) and agreements, whose sides fill cells mentions missed. */
  contradictions: readonly Contradiction[];
  agreements?: readonly Contradiction[];
  /** Display name of a person id. */
  personName?: (id: string) => string;
  /** Display name of a place id. */
  placeName?: (id: string) => string;
}

type Key = string;
const keyOf = (attribute: CompareAttribute, speaker?: string): Key => (speaker ? `${attribute}:${speaker}` : attribute);

/** What each mention says, attribute by attribute. */
function mentionValues(m: MentionAnalysis, input: ComparisonInput): Array<[CompareAttribute, Omit<CompareValue, 'differs'>]> {
  const out: Array<[CompareAttribute, Omit<CompareValue, 'differs'>]> = [];
  const at = (attribute: CompareAttribute, span: { start: number; end: number; text: string }, value?: string) =>
    out.push([attribute, { file: m.file, start: span.start, end: span.end, text: span.text, ...(value ? { value } : {}) }]);
  const d = m.date;
  if (d) at('date', d, d.day ?? d.candidates?.join(' | ') ?? d.approx ?? d.monthDay);
  if (m.place) at('place', m.place, input.placeName?.(m.place.id) ?? m.place.id);
  // A participant is shown by name, linked to the mention that involves them.
  for (const id of m.persons) at('participants', { ...m, text: input.personName?.(id) ?? id });
  for (const id of m.parties) at('participants', { ...m, text: input.placeName?.(id) ?? id });
  for (const du of m.durations) at('duration', du, `${du.qualifier === 'exact' ? '' : `${du.qualifier} `}${isoDuration(du.minutes)}`);
  for (const c of m.counts) at('count', c, `${c.noun}: ${c.value}`);
  if (m.ordinal) at('ordinal', m.ordinal, String(m.ordinal.n));
  for (const x of m.measures ?? []) at(x.attribute as CompareAttribute, x, measureValue(x));
  return out;
}

function fold(s: string): string {
  return s.normalize('NFC').replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function overlaps(a: { file: string; start: number; end: number }, b: { file: string; start: number; end: number }): boolean {
  return a.file === b.file && a.start < b.end && b.start < a.end;
}

/**
 * The comparison table of one event. Rows without a value in any article are left out; a disagreement
 * whose side no mention gave (a claim read further from the mention) adds that side to its cell, so the
 * table never hides what the Contradictions view shows.
 */
export function buildComparison(input: ComparisonInput): Comparison {
  const ev = input.event;
  const files = new Set(ev.mentions.map((m) => m.file));
  const columns = input.documents
    .filter((d) => files.has(d.file))
    .sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || (a.file < b.file ? -1 : 1));
  const col = new Map(columns.map((c, i) => [c.file, i]));
  const rows = new Map<Key, CompareRow>();
  const rowFor = (attribute: CompareAttribute, speaker?: { id: string; name: string }) => {
    const key = keyOf(attribute, speaker?.id);
    let row = rows.get(key);
    if (!row)
      rows.set(key, (row = { attribute, ...(speaker ? { speaker } : {}), cells: columns.map(() => ({ values: [], differs: false })), disagreements: [] }));
    return row;
  };
  const add = (row: CompareRow, v: Omit<CompareValue, 'differs'>) => {
    const i = col.get(v.file);
    if (i === undefined) return;
    const cell = row.cells[i];
    // Once per thing said: the same words for the same value (Istanbul named five times) or the same span
    // (a claim side a mention already gave) show once, linked to their first place.
    const words = fold(v.text);
    if (!cell.values.some((x) => (fold(x.text) === words && x.value === v.value) || (x.start === v.start && x.end === v.end)))
      cell.values.push({ ...v, differs: false });
  };

  for (const m of input.mentions) for (const [attribute, v] of mentionValues(m, input)) add(rowFor(attribute), v);
  const speakerOf = (q: { speaker?: string | null; speakerName?: string }) =>
    // One row per person: speakers compared by key, as claims compare them ("vladimir-poutine" = "vladimir-putin").
    q.speaker ? { id: personIdKey(q.speaker), name: input.personName?.(q.speaker) ?? q.speakerName ?? q.speaker } : undefined;
  for (const q of input.quotes) {
    const speaker = speakerOf(q);
    if (speaker) add(rowFor('quote', speaker), { file: q.file, start: q.start, end: q.end, text: q.text });
  }
  for (const c of [...(input.agreements ?? []), ...input.contradictions]) {
    const attribute = ATTRIBUTE_ORDER.includes(c.attribute as CompareAttribute) ? (c.attribute as CompareAttribute) : undefined;
    if (!attribute) continue;
    const row = rowFor(attribute, attribute === 'quote' && c.speaker ? speakerOf({ speaker: c.speaker }) : undefined);
    const shown = (value: string) => (attribute === 'quote' ? undefined : attribute === 'place' ? (input.placeName?.(value) ?? value) : value);
    for (const s of c.sides) {
      const value = shown(s.value);
      add(row, { file: s.file, start: s.start, end: s.end, text: s.text, ...(value ? { value } : {}) });
    }
  }
  for (const c of input.contradictions) markDisagreement(rows, c, speakerOf);

  const order = (r: CompareRow) => ATTRIBUTE_ORDER.indexOf(r.attribute);
  const sorted = [...rows.values()]
    .filter((r) => r.cells.some((c) => c.values.length))
    .sort((a, b) => order(a) - order(b) || (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? ''));
  for (const r of sorted) for (const cell of r.cells) cell.values.sort((a, b) => a.start - b.start);
  return {
    event: { id: ev.id, title: ev.title, ...(ev.date ? { date: ev.date } : {}), ...(ev.place ? { place: ev.place } : {}) },
    columns,
    rows: sorted,
  };
}

function markDisagreement(rows: Map<Key, CompareRow>, c: Contradiction, speakerOf: (q: { speaker?: string | null }) => { id: string } | undefined): void {
  // A user's own link has no attribute row: it marks whichever cells its sides fall in.
  const targets =
    c.attribute === 'user'
      ? [...rows.values()]
      : [rows.get(keyOf(c.attribute as CompareAttribute, c.attribute === 'quote' ? speakerOf({ speaker: c.speaker })?.id : undefined))];
  for (const row of targets) {
    if (!row) continue;
    let hit = false;
    for (const cell of row.cells) {
      for (const v of cell.values) {
        if (!c.sides.some((s) => overlaps(s, v))) continue;
        v.differs = cell.differs = hit = true;
      }
    }
    if (hit && !row.disagreements.some((d) => d.id === c.id)) {
      row.disagreements.push({
        id: c.id,
        status: c.status,
        values: c.sides.map((s) => ({ file: s.file, value: s.value, text: s.text })),
        ...(c.diff ? { diff: c.diff } : {}),
      });
    }
  }
}
