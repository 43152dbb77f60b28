/**
 * A headline names the event and its place ("Présidentielle au Portugal : …", "Quake hits northern Chile"), the
 * lead gives its day ("a remporté dimanche…"). Grouped apart, the placed headline and the dated lead made two
 * events of one article: the undated one with the place, the dated one without. The headline's mention takes
 * the day of the lead's first dated mention of its kind when that mention is placed nowhere else.
 */
import type { MentionAnalysis } from './analysisTypes';
import { placeInfo } from '../lexicon/places';
import { isDiplomatic } from './triggers';

/** Where the headline ends: the first paragraph break, within this many UTF-16 units of the text's start. */
const HEADLINE_MAX = 300;

/** Dates each placed, undated headline mention of news (talks, meetings and calls aside) with its lead's day. */
export function dateHeadlineFromLead(text: string, toCodePoint: (u: number) => number, mentions: MentionAnalysis[]): void {
  const brk = text.slice(0, HEADLINE_MAX).search(/\n\s*\n/);
  if (brk < 0) return;
  const end = toCodePoint(brk);
  for (const h of mentions) {
    if (h.start >= end) break;
    if (h.support || !h.place || h.date || isDiplomatic(h.kind)) continue;
    const lead = mentions.find((d) => d.start >= end && !d.support && d.kind === h.kind && d.date?.day);
    if (!lead || (lead.place && !samePlace(lead.place.id, h.place.id))) continue;
    h.date = lead.date;
  }
}

function samePlace(a: string, b: string): boolean {
  return a === b || placeInfo(a)?.country === b || placeInfo(b)?.country === a;
}
