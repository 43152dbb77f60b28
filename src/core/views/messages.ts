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

/** Extension -> timeline panel. */
export type TimelineHostMessage =
  /** The events to draw (on open, and whenever the corpus changes), and the event to show selected. */
  | { type: 'events'; events: TimelineEvent[]; lang: 'fr' | 'en'; lanesBy: LaneGrouping; selected?: string }
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
export type CompareHostMessage = { type: 'table'; table: Comparison; lang: 'fr' | 'en' } | { type: 'missing'; id: string; lang: 'fr' | 'en' };

/** Comparison panel -> extension. */
export type CompareViewMessage = { type: 'ready' } | { type: 'reveal'; span: SpanLink };

/** Whether `x` is a message of one of `types` (the webview's messages are untrusted input until checked). */
export function isMessage<M extends { type: string }>(x: unknown, types: ReadonlyArray<M['type']>): x is M {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string' && types.includes((x as { type: string }).type);
}
