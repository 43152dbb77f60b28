import { claimEvent, eventMembers } from '../compare/gather';
import { corpusLanguage } from '../compare/labels';
import type { CorpusIndex } from '../corpus/index';
import { KIND_LABEL } from '../corpus/triggers';
import type { NewsEvent } from '../model';
import type { TimelineEvent } from './layout';

/**
 * The candidate days of an event whose date is coarser than a day: the days its mentions leave open
 * ("jeudi" in an article dated only to the month), those all of them allow when they overlap, else all.
 */
export function candidateDays(dates: ReadonlyArray<{ candidates?: string[] } | undefined>): string[] | undefined {
  const sets = dates.map((d) => d?.candidates).filter((c): c is string[] => !!c?.length);
  if (!sets.length) return undefined;
  const common = sets[0].filter((day) => sets.every((s) => s.includes(day)));
  return (common.length ? common : [...new Set(sets.flat())]).sort();
}

/**
 * The corpus's events as the timeline draws them: weight from the independent sources, the disagreements
 * (open or confirmed) about each, candidate days for a date known only to the week or month, and the name
 * of each kind in `lang` (by default the language of most articles) for the lanes.
 */
export function timelineEvents(index: CorpusIndex, lang: 'fr' | 'en' = corpusLanguage(index.documents())): TimelineEvent[] {
  const disagreements = new Map<string, number>();
  for (const c of index.contradictions()) {
    if (c.status === 'dismissed') continue;
    const id = claimEvent(index, c);
    if (id) disagreements.set(id, (disagreements.get(id) ?? 0) + 1);
  }
  return index.events().map((e) => toTimelineEvent(index, e, disagreements.get(e.id) ?? 0, lang));
}

function toTimelineEvent(index: CorpusIndex, e: NewsEvent, disagreements: number, lang: 'fr' | 'en'): TimelineEvent {
  const out: TimelineEvent = {
    id: e.id,
    title: e.title,
    sources: e.sources ?? new Set(e.mentions.map((m) => m.file)).size,
    disagreements,
  };
  if (e.date) out.date = e.date;
  if (e.kind) {
    out.kind = e.kind;
    const label = (KIND_LABEL[lang] as Record<string, string | undefined>)[e.kind];
    if (label) out.kindLabel = label;
  }
  if (e.place) out.place = e.place;
  // A day needs no candidates; reading the members decodes their articles, so only coarser dates pay it.
  if (e.date && !/^\d{4}-\d\d-\d\d/.test(e.date)) {
    const days = candidateDays(eventMembers(index, e).map((m) => m.date));
    if (days) out.candidates = days;
  }
  return out;
}
