/**
 * The corpus report: plain JSON (the CLI's `--json`, code-point offsets) and a Markdown rendering a
 * journalist can paste into a note.
 */
import type { Contradiction, DiffOp } from '../model';
import type { CorpusIndex } from './index';
import { formatDate } from './index';

export interface ReportSpan {
  file: string;
  start: number;
  end: number;
  text: string;
}

export interface ReportSide extends ReportSpan {
  value: string;
  outlet?: string;
  qualifier?: string;
}

export interface ReportClaim {
  id: string;
  event: string | null;
  attribute: string;
  status: string;
  sides: ReportSide[];
  note?: string;
  diff?: DiffOp[];
  speaker?: string;
  sources?: number;
}

export interface ReportJson {
  documents: Array<{ file: string; published: string | null; outlet?: string }>;
  events: Array<{
    id: string;
    title: string;
    date: string | null;
    place: string | null;
    participants: string[];
    mentions: ReportSpan[];
    sources?: number;
    reasoning?: string[];
  }>;
  contradictions: ReportClaim[];
  agreements: ReportClaim[];
  people: Array<{ id: string; name: string; aliases: string[]; mentions: ReportSpan[]; documents: string[] }>;
}

function claim(c: Contradiction): ReportClaim {
  const out: ReportClaim = {
    id: c.id,
    event: c.event,
    attribute: c.attribute,
    status: c.status,
    sides: c.sides.map((s) => ({
      file: s.file,
      start: s.start,
      end: s.end,
      text: s.text,
      value: s.value,
      ...(s.outlet ? { outlet: s.outlet } : {}),
      ...(s.qualifier ? { qualifier: s.qualifier } : {}),
    })),
  };
  if (c.note) out.note = c.note;
  if (c.diff) out.diff = c.diff;
  if (c.speaker) out.speaker = c.speaker;
  if (c.sources !== undefined) out.sources = c.sources;
  return out;
}

/** The report of an index, in the shape of `newsmark report --json`. */
export function buildReport(index: CorpusIndex): ReportJson {
  return {
    documents: index.documents().map((d) => ({ file: d.file, published: d.published ?? null, ...(d.outlet ? { outlet: d.outlet } : {}) })),
    events: index.events().map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date ?? null,
      place: e.place ?? null,
      participants: e.participants,
      mentions: e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text })),
      ...(e.sources !== undefined ? { sources: e.sources } : {}),
      ...(e.reasoning?.length ? { reasoning: e.reasoning } : {}),
    })),
    contradictions: index.contradictions().map(claim),
    agreements: index.agreements().map(claim),
    people: index.people().map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, mentions: p.mentions, documents: p.documents })),
  };
}

const ATTRIBUTE_FR: Record<string, string> = {
  duration: 'durée',
  date: 'date',
  time: 'heure',
  count: 'nombre',
  place: 'lieu',
  participants: 'participants',
  ordinal: 'rang de la rencontre',
  quote: 'citation',
  user: 'contradiction signalée',
};

function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function sourceLabel(file: string, outlet: string | undefined): string {
  return outlet ? `${code(file)} (${md(outlet)})` : code(file);
}

function renderDiff(ops: readonly DiffOp[]): string {
  return ops
    .map((o) => (o.op === 'equal' ? md(o.text) : o.op === 'delete' ? `~~${md(o.text)}~~` : `**${md(o.text)}**`))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** A readable Markdown report: timeline of events, disagreements with both sides quoted, corroborations. */
export function renderMarkdown(report: ReportJson): string {
  const out: string[] = [];
  const titleOf = new Map(report.events.map((e) => [e.id, e.title]));
  const outletOf = new Map(report.documents.map((d) => [d.file, d.outlet]));
  out.push('# Newsmark report', '');
  out.push(`${report.documents.length} articles, ${report.events.length} events, ${report.contradictions.length} disagreements, ${report.agreements.length} corroborations.`, '');

  out.push('## Timeline', '');
  for (const e of report.events) {
    const files = [...new Set(e.mentions.map((m) => m.file))];
    out.push(`### ${md(e.title)}`);
    const facts = [
      `**Date:** ${e.date ? formatDate(e.date, 'fr') : 'non datée'}`,
      `**Lieu:** ${e.place ? md(e.place) : '—'}`,
      ...(e.participants.length ? [`**Participants:** ${e.participants.map(md).join(', ')}`] : []),
      `**Sources:** ${files.length} article${files.length > 1 ? 's' : ''}${e.sources !== undefined && e.sources !== files.length ? ` (${e.sources} indépendantes)` : ''}`,
    ];
    out.push(facts.join(' · '), '');
    for (const f of files) {
      const ms = e.mentions.filter((m) => m.file === f);
      out.push(`- ${sourceLabel(f, outletOf.get(f))}: ${ms.map((m) => `«${md(m.text)}»`).join(', ')}`);
    }
    if (e.reasoning?.length) {
      out.push('', '<details><summary>Pourquoi ces mentions sont regroupées</summary>', '');
      for (const r of e.reasoning) out.push(`- ${md(r)}`);
      out.push('', '</details>');
    }
    out.push('');
  }

  out.push('## Désaccords entre sources', '');
  if (!report.contradictions.length) out.push('Aucun désaccord détecté.', '');
  for (const c of report.contradictions) {
    const ev = c.event ? titleOf.get(c.event) ?? c.event : 'événement non identifié';
    const status = c.status === 'open' ? '' : ` — ${c.status === 'confirmed' ? 'confirmé' : 'écarté'}`;
    out.push(`### ${md(ATTRIBUTE_FR[c.attribute] ?? c.attribute)}${c.speaker ? ` (${md(c.speaker)})` : ''} — ${md(ev)}${status}`);
    for (const s of c.sides) {
      const value = c.attribute === 'quote' || c.attribute === 'user' ? '' : ` → ${md(s.value)}${s.qualifier && s.qualifier !== 'exact' ? ` (${s.qualifier})` : ''}`;
      out.push(`- ${sourceLabel(s.file, s.outlet)}: «${md(s.text)}»${value}`);
    }
    if (c.diff) out.push('', `Différences: ${renderDiff(c.diff)}`);
    if (c.note) out.push('', `Note: ${md(c.note)}`);
    out.push('', `<sub>id ${c.id}</sub>`, '');
  }

  out.push('## Corroborations', '');
  if (!report.agreements.length) out.push('Aucune corroboration détectée.', '');
  for (const a of report.agreements) {
    const ev = a.event ? titleOf.get(a.event) ?? a.event : 'événement non identifié';
    const files = [...new Set(a.sides.map((s) => s.file))];
    const values = [...new Set(a.sides.map((s) => `«${md(s.text)}»`))].join(', ');
    out.push(`- **${md(ATTRIBUTE_FR[a.attribute] ?? a.attribute)}** — ${md(ev)}: ${values} — ${a.sources ?? files.length} source(s) indépendante(s) (${files.map(code).join(', ')})`);
  }
  out.push('');

  out.push('## Personnes', '');
  for (const p of report.people.slice(0, 50)) {
    out.push(`- **${md(p.name)}**${p.aliases.length ? ` (${p.aliases.map(md).join(', ')})` : ''}: ${p.mentions.length} mention(s) dans ${p.documents.length} article(s)`);
  }
  out.push('');
  return out.join('\n');
}
