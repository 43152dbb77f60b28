/**
 * The types every part of Newsmark speaks. Plain data, no behaviour, no `vscode`.
 *
 * Offsets: every `start`/`end` in this file is a Unicode code-point offset into the article text
 * (the file decoded as UTF-8, BOM removed, line endings kept), end exclusive, as the W3C
 * TextPositionSelector. Conversion to UTF-16 (JavaScript strings, VS Code) lives in `text/offsets.ts` only.
 */

/** A half-open range of code points `[start, end)` with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'week' | 'day' | 'datetime' | 'time';

/** The publication date of an article and where it was found. */
export interface PublicationDate {
  /** ISO-8601: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  value: string;
  precision: 'year' | 'month' | 'day' | 'datetime';
  source: 'sidecar' | 'header' | 'dateline' | 'option';
}

export interface PersonMention extends Span {
  /** Stable person key (registry id when the user confirmed one, else a slug of the canonical name). */
  id: string;
  /** The fullest form of the name seen for this person ("Sergueï Lavrov" for a mention "Lavrov"). */
  name: string;
  /** Role or title found beside the name ("porte-parole du Kremlin"), if any. */
  role?: string;
  /**
   * Where the recognition came from, for the hover. 'context': what only people do or have right after
   * the name ("was born", "'s widow").
   */
  cue?: 'registry' | 'title' | 'role' | 'first-name' | 'speech-verb' | 'context' | 'propagation' | 'corpus';
}

export interface DateMention extends Span {
  /** ISO-8601 value: 2025-02-27, 2025-W08, 2025-02, 2025, 2025-02-26T15:16, T16:20 (time only). */
  value: string;
  precision: DatePrecision;
  /** When the text leaves the date ambiguous (a weekday against a month-only publication date). */
  candidates?: string[];
  /** True when `value` could only be computed against a publication date. */
  relative?: boolean;
  /** TIMEX3 type, when detection knows it better than `precision` says (SET, a part of day). */
  timexType?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value (ISO-TimeML: 1999-05-23TEV, PRESENT_REF, P1W…), when it differs from `value`. */
  timexValue?: string;
}

export type DurationQualifier = 'exact' | 'about' | 'almost' | 'more-than' | 'less-than';

export interface DurationMention extends Span {
  /** Length in minutes (days and years are converted: a day is 1440, a year 525600; thirty seconds is 0.5). */
  minutes: number;
  /** The unit the text used, so "trois ans" is not shown as 1576800 minutes. */
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
  qualifier: DurationQualifier;
  /** TIMEX3 type, when detection knows it better (a duration noun read as a SET: "chaque semaine"). */
  timexType?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value (P3Y, PXD for "quelques jours"), when it differs from what minutes and unit give. */
  timexValue?: string;
}

export interface QuoteMention extends Span {
  /** `start`/`end`/`text` are the quote's content without its marks; these include the marks. */
  outerStart: number;
  outerEnd: number;
  /** Person id of the speaker, or null when no person speaker could be found (better than a guess). */
  speaker: string | null;
  /** The speaker's name as the article gives it, for display. */
  speakerName?: string;
}

/** Everything automatic detection finds in one article. */
export interface Detections {
  published: PublicationDate | null;
  language: 'fr' | 'en';
  people: PersonMention[];
  dates: DateMention[];
  durations: DurationMention[];
  quotes: QuoteMention[];
  /** Who wrote the article, from a byline at its end (code points): kept apart from the people of the story. */
  authors?: Array<{ name: string; start: number; end: number }>;
}

/** A person known to the corpus (from `newsmark.yaml` or detection). */
export interface Person {
  id: string;
  name: string;
  aliases: string[];
}

/** One mention of an event in one article. */
export interface EventMention extends Span {
  file: string;
  /** The sentence around the mention, on one line (for trees and reports). */
  snippet?: string;
  /** A supporting word ("said", "struck"): it tells of the event, and never decides what an article mainly reports. */
  support?: boolean;
}

export interface NewsEvent {
  id: string;
  title: string;
  /** Normalised date (ISO-8601), if known. */
  date?: string;
  place?: string;
  participants: string[];
  mentions: EventMention[];
  /** Why the mentions were grouped (shown in the hover). */
  reasoning?: string[];
  /** call, talks, meeting, summit, visit. */
  kind?: string;
  /** Person ids of the participants (`participants` holds display names). */
  participantIds?: string[];
  /** Number of independent sources (outlets, else articles) that mention the event. */
  sources?: number;
  /** True when the user created, renamed or regrouped this event. */
  user?: boolean;
  /** Articles that report this event (by their story) without a mention of it: their main event all the same. */
  reportedBy?: string[];
}

export type Verdict = 'open' | 'confirmed' | 'dismissed';

export interface ClaimSide extends Span {
  file: string;
  /** The normalised value as text ("PT6H30M", "2025-02-27", "3"). */
  value: string;
  outlet?: string;
  /** Who the article gives the figure from ("l'agence TASS", "police"), when it says so. */
  source?: string;
  /** How exact the claim is (exact, about, almost, more-than, less-than). */
  qualifier?: string;
}

/** One piece of a word-level diff between two texts. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Contradiction {
  id: string;
  event: string | null;
  /** duration, date, time, count, place, participants, ordinal, quote, user */
  attribute: string;
  status: Verdict;
  sides: ClaimSide[];
  note?: string;
  /** For a quote discrepancy: the word-level diff from the first side to the second. */
  diff?: DiffOp[];
  /** Person id of the speaker, for quotes. */
  speaker?: string;
  /** For an agreement: how many independent sources (outlets, else articles) back the value. */
  sources?: number;
}
