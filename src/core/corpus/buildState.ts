/**
 * The state a corpus index derives from its articles and decisions: the build (events, and where their claims
 * stand) and what is computed from it on demand. `BuildState` holds them so that one assignment drops them all.
 */
import type { DocumentAnalysis, QuoteAnalysis } from './analyze';
import type { ClaimResults } from './claims';
import type { PersonIds } from './corpusPeople';
import type { EventBuild } from './eventBuild';
import type { Restored } from './storedBuild';

/** The events of a build and the state of their claims. */
export interface Built extends EventBuild {
  /** Whether the claim cache holds every event of this build (then only `dirty` events need comparing again). */
  claimsSynced: boolean;
  dirty: Set<string>;
  /** The last `claims()` answer, while no event is dirty and the quotes are compared. */
  claims?: ClaimResults;
  /**
   * Each event's claims, in `events` order, once a `claims()` pass gathered them: an edit updates the dirty
   * events' entries rather than looking up every event.
   */
  eventClaims?: ClaimResults[];
  /** Signature of the articles and decisions this build was made from (with a cache; see `corpusSignature`). */
  signature?: string;
  /** Patched since it was built: no longer what `signature` stands for. */
  patched?: boolean;
  /**
   * Read back from the cache: events and claims, and what patching them needs, decoded on demand (drafts,
   * members and mentions' events exist from the first edit on: see `hydrate`).
   */
  restored?: Restored;
}

/**
 * Everything derived from the articles and decisions as a whole (the per-article analyses and the claim caches
 * check their own inputs): replaced by a fresh one whenever an article or a decision changes in a way a patch
 * cannot follow.
 */
export class BuildState {
  built: Built | undefined;
  /** Articles changed since `built` whose changes leave grouping as it was (see `groupingSignature`). */
  patched: Set<string> | undefined;
  /** For quotes: each article patched since the last quote comparison, as that comparison saw it. */
  quoteBase: Map<string, DocumentAnalysis> | undefined;
  /** `personIds` of the analyses with no registry nor tags: what building events and, without decisions' people, names read. */
  personIds: PersonIds | undefined;
  /** People's names by id (see `personNames`). */
  names: Map<string, string> | undefined;
  quoteResults: ClaimResults | undefined;
}

/**
 * Everything grouping and the events' ids, order and titles read from an article apart from offsets and
 * snippets: two analyses with the same signature group into the same clusters, with the same reasoning.
 * (Offsets only order an article's mentions among themselves, which their indexes already do.)
 */
const groupSigs = new WeakMap<DocumentAnalysis, string>();
export function groupingSignature(d: DocumentAnalysis): string {
  let s = groupSigs.get(d);
  if (s !== undefined) return s;
  const people: string[] = [];
  const seen = new Set<string>();
  for (const p of d.people) {
    const k = `${p.id}\u0001${p.name}`;
    if (!seen.has(k)) {
      seen.add(k);
      people.push(k);
    }
  }
  s = JSON.stringify([
    d.file,
    d.published ?? null,
    d.outlet ?? null,
    d.language,
    people,
    d.mentions.map((m) => [
      m.index,
      m.text,
      m.kind,
      m.family,
      m.date ? [m.date.text, m.date.day, m.date.candidates, m.date.weekday, m.date.monthDay, m.date.approx] : null,
      m.place ? [m.place.id, m.place.text, m.place.kind] : null,
      m.persons,
      m.parties,
      m.ordinal ? m.ordinal.n : null,
      !!m.another,
      !!m.verb,
      !!m.indefinite,
      m.antecedents ?? null,
    ]),
  ]);
  groupSigs.set(d, s);
  return s;
}

/** The event of each quote's mention in a build (null: the quote is about no event). */
export function quoteEventOf(b: EventBuild): (q: QuoteAnalysis) => string | null {
  return (q) => (q.mention !== undefined ? (b.eventOfMention.get(q.file)?.[q.mention] ?? null) : null);
}
