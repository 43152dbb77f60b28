/**
 * What the per-article analysis (analyze.ts) gives: event mentions with their date, place, participants and
 * claims, the quotes, and the article they come from. Offsets in code points.
 */
import type { Detections, DurationMention, PersonMention, QuoteMention } from '../model';
import type { PlaceSpan } from '../lexicon/places';
import type { EventFamily, EventKind } from './triggers';

/** A date attached to an event mention, as a constraint on the day the event happened. */
export interface DateConstraint {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD when the day is known. */
  day?: string;
  /** Possible days when the text leaves it open ("jeudi" in an article dated only 2025-02). */
  candidates?: string[];
  /** 0 (Sunday) to 6 when the text names a weekday. */
  weekday?: number;
  /** MM-DD when the text gives day and month but no year can be inferred. */
  monthDay?: string;
  /** YYYY, YYYY-MM or YYYY-Www when only that much is known. */
  approx?: string;
}

export interface PlaceRef {
  id: string;
  /** The spelling in this article. */
  text: string;
  start: number;
  end: number;
  kind: PlaceSpan['kind'];
  country?: string;
  confidence: number;
}

export interface CountClaim {
  start: number;
  end: number;
  text: string;
  value: number;
  /** `several`: "des dizaines", "hundreds of": from `value` (twice the unit) to ten times the unit. */
  qualifier: DurationMention['qualifier'] | 'several';
  /** The counted noun, folded and singular ("diplomate"). */
  noun: string;
}

/**
 * A measure of the event (analyzeMeasures.ts): its magnitude, clock time, bearing or distance from a place,
 * a prison sentence's length, a speed, depth or area. `key` keeps apart what is compared ("direction:valdore",
 * "time:utc"); `value` is in the attribute's unit (minutes of the day, degrees, months, km/h, km, ha).
 */
export interface MeasureClaim {
  start: number;
  end: number;
  text: string;
  attribute: string;
  key: string;
  value: number;
  unit: string;
  qualifier: DurationMention['qualifier'];
  /** Who gives this figure, when the words right after it say so ("6,0 selon l'USGS, 6,2 selon l'AFAD"). */
  source?: string;
}

export interface OrdinalClaim {
  start: number;
  end: number;
  text: string;
  n: number;
}

/** One event mention in one article. Offsets in code points. */
export interface MentionAnalysis {
  file: string;
  /** Position in the document's mention list. */
  index: number;
  start: number;
  end: number;
  text: string;
  kind: EventKind;
  family: EventFamily;
  sentence: number;
  /** The sentence, trimmed to one line, for display. */
  snippet: string;
  date?: DateConstraint;
  place?: PlaceRef;
  /** Person ids. */
  persons: string[];
  /** Country ids of the parties ("russia", "united-states"). */
  parties: string[];
  ordinal?: OrdinalClaim;
  durations: DurationMention[];
  counts: CountClaim[];
  /** Magnitudes, times, bearings, sentences, speeds… (absent when none: most mentions have none). */
  measures?: MeasureClaim[];
  /** The text marks it as another occurrence ("à nouveau", "next", "futur"). */
  another: boolean;
  /** Preceded by an indefinite article: a new event, not a reference back. */
  indefinite: boolean;
  /** Index (in this document) of the nearest earlier mention this one may refer back to. */
  antecedent?: number;
  /** All earlier mentions it may refer back to, nearest first. */
  antecedents?: number[];
  /** A verb ("se sont réunis") rather than a noun; a supporting word counts as a verb (it never names the event's kind). */
  verb: boolean;
  /**
   * A supporting word ("said", "struck", "a déclaré": supportWords.ts): a mention of the event its sentence
   * names (`antecedents`), with that mention's kind, never an event of its own.
   */
  support?: boolean;
  /** Sentences (code points) of its durations and counts that name who gives the figure, and that source. */
  sources?: Array<{ start: number; end: number; source: string }>;
}

export interface QuoteAnalysis extends QuoteMention {
  file: string;
  /** Index of the nearest event mention in this document (same or previous two sentences), if any. */
  mention?: number;
}

export interface DocumentAnalysis {
  file: string;
  text: string;
  published?: string;
  outlet?: string;
  language: 'fr' | 'en';
  detections: Detections;
  mentions: MentionAnalysis[];
  quotes: QuoteAnalysis[];
  people: PersonMention[];
  /** The names of the article's byline (see detect/bylines.ts): its authors, not people of the story. */
  authors?: Array<{ name: string; start: number; end: number }>;
}
