/**
 * Runs detection over the documents of a public corpus and scores it (rules of `../shared/corpora/README.md`).
 * Pure given the parsed documents: the script `scripts/eval.ts` and the floor test read the files.
 */
import type { Detections } from '../model';
import { detectBatch, detectBatches, type DetectOptions } from '../detect/index';
import { dateTimexType, durationTimexValue } from '../detect/timex';
import { splitLines, type EvalDocument, type EvalSpan } from './corpus';
import { peopleErrors, timexErrors, type ErrorRecord } from './errorClasses';
import { addSpanCounts, overlaps, sameSpan, spanCounts, zeroCounts, type SpanCounts } from './spanScore';
import { scoreTimex, type TimexCounts } from './timexScore';

/** The system's TIMEX3 spans: its dates and its durations. */
export function systemTimexSpans(d: Detections): EvalSpan[] {
  const spans: EvalSpan[] = [];
  for (const x of d.dates) spans.push({ start: x.start, end: x.end, text: x.text, type: x.timexType ?? dateTimexType(x), value: x.timexValue ?? x.value });
  for (const x of d.durations)
    spans.push({ start: x.start, end: x.end, text: x.text, type: x.timexType ?? 'DURATION', value: x.timexValue ?? durationTimexValue(x), minutes: x.minutes });
  return spans.sort((a, b) => a.start - b.start);
}

/** Each document detected with its options, in batches (`detectBatch`: the same detections as one at a time, faster). */
function detectAll(docs: readonly EvalDocument[], options: (doc: EvalDocument) => DetectOptions): Detections[] {
  return detectBatches(docs, (d) => d.text.length).flatMap((batch) =>
    detectBatch(
      batch.map((d) => d.text),
      batch.map(options),
    ),
  );
}

export interface TimexResult {
  documents: number;
  counts: TimexCounts;
  errors: ErrorRecord[];
}

/** Detects every document with its publication date and language, and scores its dates and durations. */
export function evaluateTimexCorpus(docs: readonly EvalDocument[]): TimexResult {
  const counts: TimexCounts = { strict: zeroCounts(), relaxed: zeroCounts(), value: zeroCounts() };
  const errors: ErrorRecord[] = [];
  const detected = detectAll(docs, (doc) => ({ published: doc.published, language: doc.lang }));
  for (const [k, doc] of docs.entries()) {
    const system = systemTimexSpans(detected[k]);
    const c = scoreTimex(doc.gold, system);
    addSpanCounts(counts.strict, c.strict);
    addSpanCounts(counts.relaxed, c.relaxed);
    addSpanCounts(counts.value, c.value);
    errors.push(...timexErrors([...doc.text], doc.gold, system));
  }
  return { documents: docs.length, counts, errors };
}

export interface PeopleResult {
  documents: number;
  exact: SpanCounts;
  relaxed: SpanCounts;
  errors: ErrorRecord[];
}

/** Detects people in each line of each document (each sentence its own article) and scores exact and relaxed spans. */
export function evaluatePeopleCorpus(docs: readonly EvalDocument[]): PeopleResult {
  const exact = zeroCounts();
  const relaxed = zeroCounts();
  const errors: ErrorRecord[] = [];
  const lines = docs.flatMap((whole) => splitLines(whole).map((l) => l.doc));
  const detected = detectAll(lines, (doc) => ({ language: doc.lang }));
  for (const [k, doc] of lines.entries()) {
    const system: EvalSpan[] = detected[k].people.map((p) => ({ start: p.start, end: p.end, text: p.text, type: 'PERS', value: '' }));
    addSpanCounts(exact, spanCounts(doc.gold, system, sameSpan));
    addSpanCounts(relaxed, spanCounts(doc.gold, system, overlaps));
    errors.push(...peopleErrors([...doc.text], doc.gold, system));
  }
  return { documents: lines.length, exact, relaxed, errors };
}
