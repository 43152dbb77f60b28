/**
 * What an event is called by: its kind, as most of its mentions name it, and the base of its id
 * (`2025-02-27-istanbul-talks`), stable as articles are added.
 */
import type { MentionAnalysis } from './analyze';
import type { Cluster } from './group';
import { slug } from './hash';
import { memoByKey } from './memo';
import type { EventKind } from './triggers';

const KIND_ORDER: readonly EventKind[] = ['talks', 'meeting', 'summit', 'visit', 'call'];

/**
 * The kind most mentions use (ties: the first mention's kind, else talks, meeting, summit, visit, call);
 * with `nounsOnly`, of the mentions that are not verbs.
 */
export function majorityKind(mentions: readonly MentionAnalysis[], nounsOnly = false): EventKind {
  // Counted in two short lists rather than a map: an event names a handful of kinds, and this runs several
  // times per event on every full build (tens of thousands of events).
  const kinds: EventKind[] = [];
  const counts: number[] = [];
  for (const m of mentions) {
    if (nounsOnly && m.verb) continue;
    const i = kinds.indexOf(m.kind);
    if (i >= 0) counts[i]++;
    else {
      kinds.push(m.kind);
      counts.push(1);
    }
  }
  let best: EventKind = kinds.length ? kinds[0] : 'talks';
  const count = (k: EventKind) => {
    const i = kinds.indexOf(k);
    return i >= 0 ? counts[i] : 0;
  };
  for (const k of KIND_ORDER) if (count(k) > count(best)) best = k;
  // Other kinds in order of first mention: the earliest of the most named wins.
  for (const k of kinds) if (count(k) > count(best)) best = k;
  return best;
}

/** The word used in event ids: stable as articles are added (summit only when most mentions say so). */
export function idKind(c: Cluster): string {
  if (c.family === 'call') return 'call';
  if (c.family !== 'talks') return majorityKind(c.mentions);
  const summits = c.mentions.filter((m) => m.kind === 'summit').length;
  return summits * 2 >= c.mentions.length ? 'summit' : 'talks';
}

/** Slugs of place ids: tens of thousands of events, a few hundred places. */
const placeSlug = memoByKey(slug);

/** Base of an event id: `2025-02-27-istanbul-talks`, `undated-lavrov-rubio-talks`. */
export function baseEventId(c: Cluster): string {
  const date = c.day ?? (c.approx && !c.approx.startsWith('--') ? c.approx.toLowerCase() : 'undated');
  const place = c.placeId ? placeSlug(c.placeId) : c.mentions[0]?.persons.length ? slug([...c.mentions[0].persons].sort().join('-')) : 'unplaced';
  return `${date}-${place}-${idKind(c)}`;
}
