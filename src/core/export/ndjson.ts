/**
 * NDJSON (one JSON object per line) for loading an archive into a search engine: a line per article
 * (its document facts, annotations and detections), written as the article is read, then a line per
 * event and per contradiction. Nothing is held back, so the output starts at once and memory does
 * not grow with the folder beyond what the corpus index itself keeps.
 */
import type { ExportArticle, ExportCorpus, ExportFormat, ExportSink } from './types';

export function ndjsonFormat(): ExportFormat {
  return {
    name: 'ndjson',
    description: 'NDJSON, streamed: every article with its detections, then the events and contradictions',
    needsCorpus: true,
    needsDetections: () => true,
    article(a: ExportArticle, sink: ExportSink) {
      const d = a.detections;
      const line = {
        record: 'article',
        file: a.file,
        ...(a.document?.published ? { published: a.document.published } : d?.published ? { published: d.published.value } : {}),
        ...(a.document?.outlet ? { outlet: a.document.outlet } : {}),
        ...(d ? { language: d.language } : {}),
        annotations: a.annotations,
        ...(d ? { detections: { people: d.people, dates: d.dates, durations: d.durations, quotes: d.quotes } } : {}),
      };
      sink.write(`${JSON.stringify(line)}\n`);
    },
    end(corpus: ExportCorpus | undefined, sink: ExportSink) {
      for (const e of corpus?.events ?? []) sink.write(`${JSON.stringify({ record: 'event', ...e })}\n`);
      for (const c of corpus?.contradictions ?? []) sink.write(`${JSON.stringify({ record: 'contradiction', ...c })}\n`);
    },
  };
}
