/**
 * The messages between Newsmark's webview panels (the timeline, sources side by side) and the extension:
 * one discriminated union each way, imported by both sides, so a message a side does not handle fails the
 * type check rather than vanishing at run time.
 */
import type { Comparison } from '../compare/table';
import type { LaneGrouping, TimelineEvent } from '../timeline/layout';

/** A span of an article (code points), as a link in a panel points at it. */
export interface SpanLink {
  file: string;
  start: number;
  end: number;
}

/**
 * The timeline's own words (buttons, help, footer), in the interface's language: the extension translates them,
 * so the page needs no l10n of its own. `{0}` stands for a number; a count has its singular and plural.
 */
export interface TimelineWords {
  zoomIn: string;
  zoomOut: string;
  fit: string;
  byKind: string;
  byPlace: string;
  compare: string;
  undated: string;
  before: string;
  after: string;
  oneSource: string;
  sources: string;
  disagreement: string;
  empty: string;
  help: string;
}

/** The comparison panel's own words, in the interface's language; `{0}` in `missing` is the event's id. */
export interface CompareWords {
  attribute: string;
  disagreements: string;
  none: string;
  confirmed: string;
  missing: string;
}

/** `template` with each `{i}` replaced by `args[i]` (the panels fill the words the extension sent). */
export function fillWords(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** Extension -> timeline panel. */
export type TimelineHostMessage =
  /**
   * The events to draw (on open, and whenever the corpus changes), and the event to show selected. `lang` is
   * the corpus's (lane names, the axis), `words` the interface's.
   */
  | { type: 'events'; events: TimelineEvent[]; lang: 'fr' | 'en'; words: TimelineWords; lanesBy: LaneGrouping; selected?: string }
  /** The Events tree selected an event: select it here too (without echoing it back). */
  | { type: 'select'; id: string | undefined };

/** Timeline panel -> extension. */
export type TimelineViewMessage =
  /** The script runs and listens: send the events. */
  | { type: 'ready' }
  /** The user selected an event (click, keyboard): select it in the Events tree. */
  | { type: 'select'; id: string }
  /** The user opened an event (click, Enter): reveal its mentions in the articles. */
  | { type: 'reveal'; id: string }
  /** Compare the sources of the event (the panel's button, or C). */
  | { type: 'compare'; id: string }
  /** The lanes were switched between kind and place (kept for the next time the panel opens). */
  | { type: 'lanes'; lanesBy: LaneGrouping };

/** Extension -> comparison panel. */
export type CompareHostMessage =
  /** `lang` is the corpus's (the row labels), `words` the interface's. */
  { type: 'table'; table: Comparison; lang: 'fr' | 'en'; words: CompareWords } | { type: 'missing'; id: string; words: CompareWords };

/** Comparison panel -> extension. */
export type CompareViewMessage = { type: 'ready' } | { type: 'reveal'; span: SpanLink };

/** Whether `x` is a message of one of `types` (the webview's messages are untrusted input until checked). */
export function isMessage<M extends { type: string }>(x: unknown, types: ReadonlyArray<M['type']>): x is M {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string' && types.includes((x as { type: string }).type);
}
