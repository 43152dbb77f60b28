/**
 * Automatic detection of people, dates, durations and quotes in one article. Plain data in, plain data
 * out, code-point offsets (end exclusive) as everywhere in `model.ts`.
 */
import type { DateMention, Detections, DurationMention, Person, PersonMention, QuoteMention } from '../model';
import { TextIndex } from '../text/offsets';
import { detectDates } from './dates';
import { detectDurations } from './durations';
import { detectLanguage } from './language';
import { detectPeople } from './people';
import { findPublicationDate } from './publication';
import { attributeQuotes, findQuotes } from './quotes';

export { findPublicationDate } from './publication';
export { personKey, personSlug } from './personKey';
export { detectLanguage } from './language';

export interface DetectOptions {
  /** The sidecar's `published` value (ISO-8601), which wins over anything found in the text. */
  published?: string;
  /** People the user confirmed: their mentions (name and every alias) are recognised with their id. */
  registry?: Person[];
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
  const durations = detectDurations(text);
  const dates = detectDates(text, published, durations);
  const people = detectPeople(text, options.registry ?? []);
  const quotes = attributeQuotes(text, findQuotes(text), people);

  const idx = new TextIndex(text);
  const span = (s: number, e: number): { start: number; end: number; text: string } => ({
    start: idx.toCodePoint(s),
    end: idx.toCodePoint(e),
    text: text.slice(s, e),
  });
  return {
    published,
    language,
    people: people.map((p): PersonMention => ({ ...span(p.start, p.end), id: p.id, name: p.name, cue: p.cue, ...(p.role ? { role: p.role } : {}) })),
    dates: dates.map((d): DateMention => ({
      ...span(d.start, d.end),
      value: d.value,
      precision: d.precision,
      ...(d.candidates ? { candidates: d.candidates } : {}),
      ...(d.relative ? { relative: true } : {}),
    })),
    durations: durations.map((d): DurationMention => ({ ...span(d.start, d.end), minutes: d.minutes, unit: d.unit, qualifier: d.qualifier })),
    quotes: quotes.map((q): QuoteMention => ({
      ...span(q.start, q.end),
      outerStart: idx.toCodePoint(q.outerStart),
      outerEnd: idx.toCodePoint(q.outerEnd),
      speaker: q.speaker,
      ...(q.speakerName ? { speakerName: q.speakerName } : {}),
    })),
  };
}
