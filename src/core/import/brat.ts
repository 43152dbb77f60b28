/**
 * Reading a brat standoff `.ann` with its `.txt`. Newsmark's own export comes back whole (ids, types,
 * fields, notes); another project's annotations come in with their types mapped where one fits
 * (PER -> person, LOC/GPE -> place, ORG -> organisation, DATE/TIME -> date), else as notes naming
 * their brat type, and ids made from their `T` ids. Unreadable lines are reported, never guessed.
 */
import { makeSelector, prepareText } from '../anchor/reanchor';
import { ANNOTATION_TYPES, type AnnotationType } from '../sidecar/schema';
import { unescapeNote } from '../export/brat';
import { isCarriedField } from '../export/fields';
import type { ImportedAnnotation, ImportRead } from './types';

const FOREIGN_TYPES: Record<string, AnnotationType> = {
  per: 'person',
  persname: 'person',
  loc: 'place',
  location: 'place',
  gpe: 'place',
  org: 'organisation',
  organization: 'organisation',
  timex: 'date',
  timex3: 'date',
  time: 'date',
};

function typeOf(bratType: string): { type: AnnotationType; foreign?: string } {
  const t = bratType.toLowerCase();
  if ((ANNOTATION_TYPES as readonly string[]).includes(t)) return { type: t as AnnotationType };
  if (FOREIGN_TYPES[t]) return { type: FOREIGN_TYPES[t] };
  return { type: 'note', foreign: bratType };
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const A_LINE = /^(A\d+|M\d+)\t(\S+) ([TE]\d+)(?: (\S+))?$/;
const N_LINE = /^(N\d+)\t\S+ ([TE]\d+) ([^:\s]+):(\S+)(?:\t(.*))?$/;
const R_LINE = /^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$/;
const E_LINE = /^(E\d+)\t\S+?:(T\d+)(.*)$/;
const NOTE_LINE = /^(#\d*)\t\S+ ([TER]\d+)\t(.*)$/;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Reads one `.ann` (`source` names its article, `text` is the `.txt`). Each span is returned with
 * its text and context from the `.txt`, so it can be anchored in a copy of the article that changed.
 * A `T` whose text is not the `.txt` slice (brat's own rule) is reported and still read by offsets.
 */
export function readBrat(source: string, ann: string, text: string): ImportRead {
  const out: ImportRead = { annotations: [], warnings: [], texts: new Map([[source, text]]) };
  const prepared = prepareText(text);
  const byT = new Map<string, ImportedAnnotation>();
  const eventTrigger = new Map<string, string>(); // E id -> T id
  const speakers: Array<[string, string]> = [];
  const later: string[] = [];
  const notes = new Map<ImportedAnnotation, string[]>();
  const addNote = (a: ImportedAnnotation, note: string) => notes.set(a, [...(notes.get(a) ?? []), note]);
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const t = T_LINE.exec(line);
    if (!t) return void later.push(line);
    const frags = t[3].split(';').map((f) => f.split(' ').map(Number));
    const start = Math.min(...frags.map((f) => f[0]));
    const end = Math.max(...frags.map((f) => f[1]));
    if (end > prepared.length || frags.some(([s, e]) => s > e))
      return void out.warnings.push({ code: 'import.brat.outside', params: [`${source}.ann:${i + 1}`, t[1]] });
    const joined = frags.map(([s, e]) => prepared.index.slice(s, e)).join(' ');
    if (joined !== t[4]) out.warnings.push({ code: 'import.brat.text-differs', params: [`${source}.ann:${i + 1}`, t[1], t[4], joined] });
    const { type, foreign } = typeOf(t[2]);
    const sel = makeSelector(prepared, start, end);
    const a: ImportedAnnotation = { source, id: `b-${t[1]}`, type, exact: sel.quote, prefix: sel.prefix, suffix: sel.suffix, start, end, fields: {} };
    if (foreign) addNote(a, `brat type: ${foreign}`);
    byT.set(t[1], a);
    out.annotations.push(a);
  });
  for (const line of later) {
    let m: RegExpExecArray | null;
    if ((m = E_LINE.exec(line))) eventTrigger.set(m[1], m[2]);
    else if ((m = R_LINE.exec(line)) && m[2] === 'Speaker') speakers.push([m[3], m[4]]);
    else if ((m = N_LINE.exec(line))) {
      const a = byT.get(eventTrigger.get(m[2]) ?? m[2]);
      const db = m[3];
      const id = safeDecode(m[4]);
      if (!a) out.warnings.push({ code: 'import.brat.no-span', params: [`${source}.ann`, m[1], m[2]] });
      else if (db === 'Newsmark') a.id = id;
      else if (db === 'span' && /^\d+-\d+$/.test(id)) extent(a, id);
      else if (isCarriedField(db)) a.fields[db] = id;
      else addNote(a, `${db}:${id}${m[5] ? ` (${m[5]})` : ''}`);
    } else if ((m = A_LINE.exec(line))) {
      const a = byT.get(eventTrigger.get(m[3]) ?? m[3]);
      const name = m[2].toLowerCase();
      if (!a) out.warnings.push({ code: 'import.brat.no-span', params: [`${source}.ann`, m[1], m[3]] });
      else if (isCarriedField(name) && m[4]) a.fields[name] = safeDecode(m[4]);
      else addNote(a, m[4] ? `${m[2]}: ${m[4]}` : m[2]);
    } else if ((m = NOTE_LINE.exec(line))) {
      const a = byT.get(eventTrigger.get(m[2]) ?? m[2]);
      if (a) addNote(a, unescapeNote(m[3]));
    } else if (!/^[ER]\d+\t/.test(line)) out.warnings.push({ code: 'import.brat.unreadable', params: [`${source}.ann`, line.slice(0, 60)] });
  }
  // A speaker given only by the relation takes the person's id.
  for (const [quote, person] of speakers) {
    const q = byT.get(quote);
    const p = byT.get(person);
    if (q && p && !q.fields.speaker && p.fields.entity) q.fields.speaker = p.fields.entity;
  }
  for (const [a, list] of notes) a.fields.note = list.join('\n');
  return out;

  /** The whole extent of a span whose fragments leave out a line break at its start or end. */
  function extent(a: ImportedAnnotation, range: string): void {
    const [start, end] = range.split('-').map(Number);
    if (end > prepared.length || start > end) return void out.warnings.push({ code: 'import.brat.span-outside', params: [`${source}.ann`, range, a.id ?? ''] });
    Object.assign(a, makeSelector(prepared, start, end), { exact: prepared.index.slice(start, end) });
    delete (a as { quote?: string }).quote;
  }
}
