/**
 * TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) of the corpus's events:
 * each dated event at its real granularity (a year, a month, a week as Monday to Sunday, a day, a
 * minute), its title as headline, its sources and the disagreements about it as text, grouped by kind.
 * An undated event cannot sit on a time axis: it is left out, with a warning.
 */
import { articlesFromOutlets } from '../corpus/report';
import type { Contradiction, NewsEvent } from '../model';
import { dateRange, type DateParts } from './dates';
import type { ExportCorpus, ExportDocument, ExportFormat, ExportSink } from './types';

export interface TimelineDate extends DateParts {
  display_date?: string;
}

export interface TimelineSlide {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJson {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sourcesHtml(e: NewsEvent, docs: Map<string, ExportDocument>): string {
  const byFile = new Map<string, string>();
  for (const m of e.mentions) if (!byFile.has(m.file)) byFile.set(m.file, m.snippet ?? m.text);
  const items = [...byFile].map(([file, snippet]) => {
    const d = docs.get(file);
    const who = [d?.outlet, d?.published].filter(Boolean).join(', ');
    return `<li>${escapeHtml(who ? `${who}: ` : '')}<code>${escapeHtml(file)}</code>: “${escapeHtml(snippet)}”</li>`;
  });
  // Articles and the outlets they come from, as the report says it: "4 independent sources" beside five
  // listed articles (two from one agency) read as a miscount (issue #18, item 12).
  return `<p>${escapeHtml(articlesFromOutlets(byFile.size, e.sources, 'en'))}</p><ul>${items.join('')}</ul>`;
}

function disagreementsHtml(list: readonly Contradiction[]): string {
  if (!list.length) return '';
  const items = list.map((c) => {
    const sides = c.sides.map((s) => `${escapeHtml(s.value)} (${escapeHtml(s.outlet ?? s.file)})`).join(' vs ');
    const verdict = c.status === 'open' ? '' : ` — ${c.status}${c.note ? `: ${escapeHtml(c.note)}` : ''}`;
    return `<li>${escapeHtml(c.attribute)}: ${sides}${verdict}</li>`;
  });
  return `<p>Disagreements</p><ul>${items.join('')}</ul>`;
}

/** The TimelineJS document of a corpus; `skipped` gets the ids of the undated events left out. */
export function toTimeline(corpus: ExportCorpus, skipped: (id: string) => void = () => {}): TimelineJson {
  const docs = new Map(corpus.documents.map((d) => [d.file, d]));
  const byEvent = new Map<string, Contradiction[]>();
  for (const c of corpus.contradictions) if (c.event) byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
  const events: TimelineSlide[] = [];
  for (const e of corpus.events) {
    const range = dateRange(e.date);
    if (!range) {
      skipped(e.id);
      continue;
    }
    const slide: TimelineSlide = {
      unique_id: e.id,
      start_date: range.precision === 'week' ? { ...range.start, display_date: `week ${e.date!.slice(6)}, ${e.date!.slice(0, 4)}` } : range.start,
      text: { headline: escapeHtml(e.title), text: sourcesHtml(e, docs) + disagreementsHtml(byEvent.get(e.id) ?? []) },
      group: e.kind ?? 'event',
    };
    if (range.end) slide.end_date = range.end;
    events.push(slide);
  }
  const n = corpus.documents.length;
  return { title: { text: { headline: 'Newsmark timeline', text: `${events.length} events from ${n} article${n === 1 ? '' : 's'}` } }, events };
}

export function timelineFormat(): ExportFormat {
  return {
    name: 'timelinejs',
    description: 'TimelineJS JSON of the events, at their real granularity, grouped by kind',
    needsCorpus: true,
    end(corpus: ExportCorpus | undefined, sink: ExportSink) {
      const json = toTimeline(corpus ?? { documents: [], events: [], contradictions: [], people: [] }, (id) =>
        sink.warn?.(`event ${id} has no date: left out of the timeline`),
      );
      sink.write(`${JSON.stringify(json, null, 2)}\n`);
    },
  };
}
