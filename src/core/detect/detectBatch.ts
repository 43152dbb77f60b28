/**
 * Detection of many articles at once, stage by stage: each stage (publication date, language, trigger scan,
 * durations, dates and TIMEX conformance, bylines, people, quotes) runs over every text of the batch before
 * the next starts. The result is exactly `detect()`'s on each text; what changes is the order of the work. A
 * stage's code, regular expressions and tables stay hot over the batch instead of being evicted by the other
 * stages at every article (bench articles, CPU: see bench/abBatch.mjs and bench/RESULTS.md).
 */
import { findBylineAuthors, type BylineAuthor } from './bylines';
import type { DateMention, Detections, DurationMention, Person, PersonMention, QuoteMention } from '../model';
import { TextIndex } from '../text/offsets';
import { DATE_CODE_TRIGGERS, DATE_LITERAL_TRIGGERS, detectDates } from './dates';
import { detectDurations, DURATION_TRIGGERS, type RawDuration } from './durations';
import { detectLanguage } from './language';
import { detectPeople, type RawPerson } from './people';
import { splitGluedNames } from './gluedNames';
import { findPublicationDate } from './publication';
import { attributeQuotes, findQuotes } from './quotes';
import { conformTimex } from './timexConform';
import { TriggerScan, type TriggerHits } from './triggers';

export interface DetectOptions {
  /** The sidecar's `published` value (ISO-8601), which wins over anything found in the text. */
  published?: string;
  /** People the user confirmed: their mentions (name and every alias) are recognised with their id. */
  registry?: Person[];
  /**
   * Full names the workspace's other articles name ("Jacques Chirac"): a surname alone in this article
   * ("Chirac") is that person, with cue 'corpus'. The article's own full names and the registry win.
   */
  knownNames?: readonly string[];
  /** Skip language identification. */
  language?: 'fr' | 'en';
}

const SURROGATE = /[\ud800-\udfff]/;
/** The triggers of dates and durations, found in one pass over the text for both. */
export const TRIGGERS = new TriggerScan(DATE_LITERAL_TRIGGERS, [...DATE_CODE_TRIGGERS, ...DURATION_TRIGGERS]);
const NO_OPTIONS: DetectOptions = {};

/**
 * How much one batch holds at most (bench/abBatch.mjs, CPU, bench articles and real dev news: batches of 20 gave
 * 0.77–0.92 of one-at-a-time, of 50 0.72–0.79, of 100 no better than 50). In characters too, so that a batch's
 * intermediate results stay small: a very long article is a batch of its own.
 */
export const DETECT_BATCH = { texts: 50, chars: 256 * 1024 };

/** `items` cut, in order, into runs of at most `DETECT_BATCH.texts` items and `DETECT_BATCH.chars` characters (one item at least). */
export function detectBatches<T>(items: readonly T[], chars: (item: T) => number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let size = 0;
  for (const item of items) {
    const n = chars(item);
    if (run.length && (run.length >= DETECT_BATCH.texts || size + n > DETECT_BATCH.chars)) {
      out.push(run);
      run = [];
      size = 0;
    }
    run.push(item);
    size += n;
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * `detect(texts[i], options[i])` for every text, computed stage by stage over the whole batch (see above).
 * A batch keeps every text's intermediate results until its end: callers bound it in bytes (`DETECT_BATCH_BYTES`).
 */
export function detectBatch(texts: readonly string[], options: readonly (DetectOptions | undefined)[] = []): Detections[] {
  const n = texts.length;
  const published: Published[] = new Array(n);
  const language: Array<'fr' | 'en'> = new Array(n);
  const hits: TriggerHits[] = new Array(n);
  const rawDurations: RawDuration[][] = new Array(n);
  const timex: Timex[] = new Array(n);
  const authors: BylineAuthor[][] = new Array(n);
  const people: RawPerson[][] = new Array(n);
  const out: Detections[] = new Array(n);
  for (let i = 0; i < n; i++) published[i] = findPublicationDate(texts[i], options[i]?.published);
  for (let i = 0; i < n; i++) language[i] = options[i]?.language ?? detectLanguage(texts[i]);
  for (let i = 0; i < n; i++) hits[i] = TRIGGERS.hits(texts[i]);
  for (let i = 0; i < n; i++) rawDurations[i] = detectDurations(texts[i], hits[i]);
  for (let i = 0; i < n; i++) timex[i] = conformTimex(texts[i], detectDates(texts[i], published[i], rawDurations[i], hits[i]), rawDurations[i], published[i]);
  for (let i = 0; i < n; i++) authors[i] = findBylineAuthors(texts[i]);
  for (let i = 0; i < n; i++) {
    const o = options[i] ?? NO_OPTIONS;
    const found = splitGluedNames(texts[i], detectPeople(texts[i], o.registry ?? [], language[i], o.knownNames ?? []), o.registry, o.knownNames);
    // A byline's names are the article's authors, not people of the story (nor speakers of its quotes).
    const a = authors[i];
    people[i] = a.length ? withoutSpan(found, a[0].start, a[a.length - 1].end) : found;
  }
  for (let i = 0; i < n; i++) {
    const text = texts[i];
    const quotes = attributeQuotes(text, findQuotes(text), people[i]);
    out[i] = toDetections(text, published[i], language[i], people[i], timex[i].dates, timex[i].durations, quotes, authors[i]);
  }
  return out;
}

type Published = ReturnType<typeof findPublicationDate>;
type Timex = ReturnType<typeof conformTimex>;

/** The detectors' raw findings on `text` as `Detections`: code-point offsets, the mention texts, optional fields only when set. */
export function toDetections(
  text: string,
  published: Published,
  language: 'fr' | 'en',
  people: RawPerson[],
  dates: Timex['dates'],
  durations: Timex['durations'],
  quotes: ReturnType<typeof attributeQuotes>,
  authors: BylineAuthor[],
): Detections {
  // Without surrogates (the common case: a native scan tells) offsets map by identity, and the index
  // is not built. Objects are built field by field, in the same key order as spreads would give.
  const idx = SURROGATE.test(text) ? new TextIndex(text) : null;
  const cp = !idx || idx.length === text.length ? (i: number): number => i : (i: number): number => idx.toCodePoint(i);
  const outPeople: PersonMention[] = new Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const o: PersonMention = { start: cp(p.start), end: cp(p.end), text: text.slice(p.start, p.end), id: p.id, name: p.name, cue: p.cue };
    if (p.role) o.role = p.role;
    outPeople[i] = o;
  }
  const outDates: DateMention[] = new Array(dates.length);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const o: DateMention = { start: cp(d.start), end: cp(d.end), text: text.slice(d.start, d.end), value: d.value, precision: d.precision };
    if (d.candidates) o.candidates = d.candidates;
    if (d.relative) o.relative = true;
    if (d.timexType) o.timexType = d.timexType;
    if (d.timexValue && d.timexValue !== d.value) o.timexValue = d.timexValue;
    outDates[i] = o;
  }
  const outDurations: DurationMention[] = new Array(durations.length);
  for (let i = 0; i < durations.length; i++) {
    const d = durations[i];
    const o: DurationMention = {
      start: cp(d.start),
      end: cp(d.end),
      text: text.slice(d.start, d.end),
      minutes: d.minutes,
      unit: d.unit,
      qualifier: d.qualifier,
    };
    if (d.timexValue) o.timexValue = d.timexValue;
    outDurations[i] = o;
  }
  const outQuotes: QuoteMention[] = new Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const o: QuoteMention = {
      start: cp(q.start),
      end: cp(q.end),
      text: text.slice(q.start, q.end),
      outerStart: cp(q.outerStart),
      outerEnd: cp(q.outerEnd),
      speaker: q.speaker,
    };
    if (q.speakerName) o.speakerName = q.speakerName;
    outQuotes[i] = o;
  }
  const out: Detections = { published, language, people: outPeople, dates: outDates, durations: outDurations, quotes: outQuotes };
  if (authors.length) out.authors = authors.map((a) => ({ name: a.name, start: cp(a.start), end: cp(a.end) }));
  return out;
}

/** The mentions outside [start, end). */
export function withoutSpan<T extends { start: number; end: number }>(list: T[], start: number, end: number): T[] {
  return list.filter((m) => m.end <= start || m.start >= end);
}
