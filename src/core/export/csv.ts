/**
 * CSV (RFC 4180) for spreadsheets: one row per annotation, then one per event and one per
 * contradiction, in one table whose `record` column says which. Every field is quoted when it holds
 * a comma, a quote or a line break; a text cell starting with = + - @ gets a leading apostrophe, so a
 * spreadsheet shows it rather than running it as a formula (article text is untrusted input).
 */
import type { Contradiction, NewsEvent } from '../model';
import type { SidecarAnnotation } from '../sidecar/schema';
import type { ExportArticle, ExportCorpus, ExportFormat, ExportSink } from './types';

export const CSV_COLUMNS = [
  'record',
  'file',
  'id',
  'type',
  'start',
  'end',
  'text',
  'entity',
  'value',
  'speaker',
  'event',
  'attribute',
  'qualifier',
  'status',
  'origin',
  'note',
  'date',
  'place',
  'participants',
  'sources',
  'sides',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | undefined>>;

/** Columns of free text, where a formula-looking start is neutralised. */
const TEXT_COLUMNS = new Set<Column>(['text', 'note', 'value', 'place', 'participants', 'sides']);

/** One CSV field: quoted when needed, quotes doubled. */
export function csvField(value: string | number | undefined, column?: Column): string {
  if (value === undefined) return '';
  let s = String(value);
  if (column && TEXT_COLUMNS.has(column) && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvRow(row: Row): string {
  return `${CSV_COLUMNS.map((c) => csvField(row[c], c)).join(',')}\r\n`;
}

function annotationRow(file: string, a: SidecarAnnotation): Row {
  return {
    record: 'annotation',
    file,
    id: a.id,
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.quote,
    entity: a.entity,
    value: a.value,
    speaker: a.speaker,
    event: a.event,
    attribute: a.attribute,
    qualifier: a.qualifier,
    status: a.status ?? 'confirmed',
    origin: a.origin ?? 'user',
    note: a.note,
  };
}

function eventRow(e: NewsEvent): Row {
  return {
    record: 'event',
    id: e.id,
    type: e.kind,
    text: e.title,
    date: e.date,
    place: e.place,
    participants: e.participants.join('; '),
    sources: e.sources,
    sides: e.mentions.map((m) => `${m.file}:${m.start}-${m.end}`).join('; '),
  };
}

function contradictionRow(c: Contradiction): Row {
  return {
    record: 'contradiction',
    id: c.id,
    type: c.attribute,
    event: c.event ?? undefined,
    status: c.status,
    note: c.note,
    speaker: c.speaker,
    sides: c.sides.map((s) => `${s.value} (${s.outlet ? `${s.outlet}, ` : ''}${s.file}:${s.start}-${s.end})`).join(' | '),
  };
}

export function csvFormat(): ExportFormat {
  return {
    name: 'csv',
    description: 'CSV for spreadsheets: a row per annotation, event and contradiction',
    needsCorpus: true,
    begin(sink: ExportSink) {
      sink.write(`${CSV_COLUMNS.join(',')}\r\n`);
    },
    article(article: ExportArticle, sink: ExportSink) {
      for (const a of article.annotations) sink.write(csvRow(annotationRow(article.file, a)));
    },
    end(corpus: ExportCorpus | undefined, sink: ExportSink) {
      for (const e of corpus?.events ?? []) sink.write(csvRow(eventRow(e)));
      for (const c of corpus?.contradictions ?? []) sink.write(csvRow(contradictionRow(c)));
    },
  };
}
