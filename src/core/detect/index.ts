/**
 * Automatic detection of people, dates, durations and quotes in one article. Plain data in, plain data
 * out, code-point offsets (end exclusive) as everywhere in `model.ts`.
 */
import { findBylineAuthors } from './bylines';
import type { DateMention, Detections, DurationMention, Person, PersonMention, QuoteMention } from '../model';
import { TextIndex } from '../text/offsets';
import { DATE_CODE_TRIGGERS, DATE_LITERAL_TRIGGERS, detectDates } from './dates';
import { detectDurations, DURATION_TRIGGERS } from './durations';
import { detectLanguage } from './language';
import { detectPeople } from './people';
import { splitGluedNames } from './gluedNames';
import { findPublicationDate } from './publication';
import { attributeQuotes, findQuotes } from './quotes';
import { conformTimex } from './timexConform';
import { TriggerScan } from './triggers';

export { findPublicationDate } from './publication';

const SURROGATE = /[\ud800-\udfff]/;
/** The triggers of dates and durations, found in one pass over the text for both. */
const TRIGGERS = new TriggerScan(DATE_LITERAL_TRIGGERS, [...DATE_CODE_TRIGGERS, ...DURATION_TRIGGERS]);
export { personIdKey, personKey, personSlug } from './personKey';
export { detectLanguage } from './language';

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

/**
 * Detects people, dates and times, durations and quotes (with speakers) in `text`. Dates are normalised
 * against the publication date: `options.published`, else a header line, else a dateline, else unknown
 * (relative dates then keep X for what cannot be known: "XXXX-WXX-4" for a Thursday).
 */
export function detect(text: string, options: DetectOptions = {}): Detections {
  const published = findPublicationDate(text, options.published);
  const language = options.language ?? detectLanguage(text);
  const hits = TRIGGERS.hits(text);
  const rawDurations = detectDurations(text, hits);
  const { dates, durations } = conformTimex(text, detectDates(text, published, rawDurations, hits), rawDurations, published);
  const authors = findBylineAuthors(text);
  const found = splitGluedNames(text, detectPeople(text, options.registry ?? [], language, options.knownNames ?? []), options.registry, options.knownNames);
  // A byline's names are the article's authors, not people of the story (nor speakers of its quotes).
  const people = authors.length ? withoutSpan(found, authors[0].start, authors[authors.length - 1].end) : found;
  const quotes = attributeQuotes(text, findQuotes(text), people);

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
function withoutSpan<T extends { start: number; end: number }>(list: T[], start: number, end: number): T[] {
  return list.filter((m) => m.end <= start || m.start >= end);
}
