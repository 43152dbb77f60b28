/**
 * CoNLL-style BIO tokens, for training other tools: per article a `# file = …` comment, then one
 * token per line, `TOKEN<TAB>START<TAB>END<TAB>ENTITY<TAB>QUOTE` (code points), a blank line after
 * each sentence. Two tag columns because a quote holds names and dates: ENTITY is B-/I-PER or
 * B-/I-DATE (the earlier span wins where two overlap), QUOTE is B-/I-QUOTE (the quote's words,
 * without its marks). From the sidecar's annotations, or the detections with `detections`.
 */
import { splitSentences } from '../corpus/sentences';
import type { Detections } from '../model';
import type { SidecarAnnotation } from '../sidecar/schema';
import { TextIndex } from '../text/offsets';
import type { ExportArticle, ExportFormat, ExportOptions, ExportSink } from './types';

interface Labelled {
  start: number;
  end: number;
  label: 'PER' | 'DATE' | 'QUOTE';
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const LABEL: Partial<Record<SidecarAnnotation['type'], Labelled['label']>> = { person: 'PER', date: 'DATE', quote: 'QUOTE' };

function fromAnnotations(list: readonly SidecarAnnotation[]): Labelled[] {
  return list.flatMap((a) => (LABEL[a.type] && a.status !== 'orphan' && a.end > a.start ? [{ start: a.start, end: a.end, label: LABEL[a.type]! }] : []));
}

function fromDetections(d: Detections): Labelled[] {
  return [
    ...d.people.map((p) => ({ start: p.start, end: p.end, label: 'PER' as const })),
    ...d.dates.map((p) => ({ start: p.start, end: p.end, label: 'DATE' as const })),
    ...d.quotes.map((q) => ({ start: q.start, end: q.end, label: 'QUOTE' as const })),
  ];
}

/** Tags the tokens of [start, end) spans: B- on the first token a span covers, I- on the next ones. */
function tagger(spans: Labelled[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let i = 0;
  let open: Labelled | undefined;
  return (start: number, end: number): string => {
    if (open && open.end <= start) open = undefined;
    while (i < sorted.length && sorted[i].start < end) {
      const s = sorted[i++];
      if (s.end > start && !open) {
        open = s;
        return `B-${s.label}`;
      }
    }
    return open ? `I-${open.label}` : 'O';
  };
}

/** The CoNLL block of one article. */
export function toConll(article: ExportArticle, useDetections = false): string {
  const spans = useDetections && article.detections ? fromDetections(article.detections) : fromAnnotations(article.annotations);
  const entity = tagger(spans.filter((s) => s.label !== 'QUOTE'));
  const quote = tagger(spans.filter((s) => s.label === 'QUOTE'));
  const index = new TextIndex(article.text);
  const sentenceStarts = splitSentences(article.text).map((s) => s.start);
  let nextSentence = 1;
  const lines = [`# file = ${article.file}`];
  // A token is cut where a span starts or ends inside it ("diplomatiques-Lavrov"), so tags fit the spans.
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  let c = 0;
  for (const m of article.text.matchAll(TOKEN)) {
    const at = m.index;
    if (nextSentence < sentenceStarts.length && at >= sentenceStarts[nextSentence]) {
      while (nextSentence < sentenceStarts.length && at >= sentenceStarts[nextSentence]) nextSentence++;
      if (lines.length > 1) lines.push('');
    }
    let start = index.toCodePoint(at);
    const end = index.toCodePoint(at + m[0].length);
    while (c < cuts.length && cuts[c] <= start) c++;
    while (start < end) {
      const to = c < cuts.length && cuts[c] < end ? cuts[c++] : end;
      lines.push(`${index.slice(start, to)}\t${start}\t${to}\t${entity(start, to)}\t${quote(start, to)}`);
      start = to;
    }
  }
  return `${lines.join('\n')}\n\n`;
}

export function conllFormat(): ExportFormat {
  return {
    name: 'conll',
    description: 'CoNLL/BIO tokens with people, dates and quotes, for training other tools',
    needsDetections: (options: ExportOptions) => !!options.detections,
    article(article: ExportArticle, sink: ExportSink, options: ExportOptions) {
      sink.write(toConll(article, options.detections));
    },
  };
}
