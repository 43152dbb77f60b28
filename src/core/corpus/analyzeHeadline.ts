/**
 * A headline names the event and its place ("Présidentielle au Portugal : …", "Quake hits northern Chile"), the
 * lead gives its day ("a remporté dimanche…"). Grouped apart, the placed headline and the dated lead made two
 * events of one article: the undated one with the place, the dated one without. The lead's first dated mention
 * of the headline's kind, placed nowhere, takes the headline's place.
 */
import type { MentionAnalysis } from './analysisTypes';
import { isDiplomatic } from './triggers';

/** Where the headline ends: the first paragraph break, within this many UTF-16 units of the text's start. */
const HEADLINE_MAX = 300;

/** Places the lead's dated mention with the place of each placed, undated headline mention of news (talks, meetings and calls aside). */
export function placeLeadFromHeadline(text: string, toCodePoint: (u: number) => number, mentions: MentionAnalysis[]): void {
  const brk = text.slice(0, HEADLINE_MAX).search(/\n\s*\n/);
  if (brk < 0) return;
  const end = toCodePoint(brk);
  for (const h of mentions) {
    if (h.start >= end) break;
    if (h.support || !h.place || h.date || isDiplomatic(h.kind)) continue;
    const lead = mentions.find((d) => d.start >= end && !d.support && d.kind === h.kind && d.date?.day);
    if (!lead || lead.place) continue;
    // The lead takes the place, not the headline the day: a date claim made by the headline would stand for the
    // lead's date without the source the lead's sentence names ("selon l'AFAD").
    lead.place = h.place;
  }
}
