/**
 * A full build's answers in the analysis cache, and reading them back: a restart with nothing changed reads
 * events, claims, people and documents instead of grouping (`readStoredBuild`), and an edit after that patches
 * them as it would its own build's (`hydrate`, `restoredQuotes`), without grouping.
 */
import type { Contradiction, NewsEvent } from '../model';
import type { DocumentAnalysis, MentionAnalysis } from './analyze';
import { quoteEventOf, type Built } from './buildState';
import { compareSpeakerIn, quoteSpeakers, type ClaimResults } from './claims';
import { contentHash, type CachedGroups, type SourceText } from './cache';
import type { CorpusDecisions } from './decisions';
import type { Cluster } from './group';

/** Version of the grouped results stored in the cache; bump when what they hold or how they are built changes. */
const GROUPS_VERSION = 'groups/3';

/** The stored lists of the grouped results, in order (see `groupsPayload`, which writes them, and `readStoredBuild`). */
export enum Section {
  Events,
  Contradictions,
  Agreements,
  /** Per event, its number of contradictions and of agreements (they come first in the lists, by event). */
  Split,
  People,
  Documents,
  /** Per event, `[placeId, day, approx]` of its cluster: what `toEvent` reads of it. */
  Clusters,
  /** `[id, name]` of every person (see `personNames`). */
  Names,
  /** The speakers the quotes were compared for, in order (see `comparedSpeakers`): their results follow the events'. */
  Speakers,
}
const SECTIONS = 9;

/** A build read back from the cache, and what patching it after an edit has needed so far. */
export interface Restored {
  groups: CachedGroups;
  /** Whether every event has its draft (see `hydrate`), and the claim cache every event's stored claims. */
  hydrated?: boolean;
  claimsFilled?: boolean;
  speakers?: Array<{ speaker: string; contradictions: number; agreements: number; files: string[] }>;
  /** The quotes' results as read back (after the events' in the stored lists). */
  quoteTail: ClaimResults;
  /** Quote results per speaker, as read back, then as compared again after edits. */
  speakerResults?: Map<string, ClaimResults>;
  /** Articles edited since, as the stored results saw them. */
  base: Map<string, DocumentAnalysis>;
  /** Articles edited since the quotes were last compared. */
  quoteDirty: Set<string>;
}

/** The events' claims of a stored build, as its lists hold them. */
export interface StoredClaims {
  events: NewsEvent[];
  contradictions: Contradiction[];
  agreements: Contradiction[];
  split: number[];
}

/** An article's text for the stored groups, by file. */
export type TextOf = (file: string) => SourceText | undefined;

/**
 * What the grouped results depend on: every article's cache key (text, inputs, registry) in indexing order,
 * and the decisions grouping and naming read (user events, registry people, people tagged by hand). Verdicts
 * and links are applied on top, so they are not part of it. Undefined when an article has no key.
 */
export function corpusSignature(docs: ReadonlyMap<string, { key?: string }>, decisions: Readonly<CorpusDecisions>): string | undefined {
  const parts: string[] = [GROUPS_VERSION];
  for (const [file, d] of docs) {
    if (!d.key) return undefined;
    parts.push(file, d.key);
  }
  parts.push(JSON.stringify([decisions.events ?? null, decisions.people ?? null, decisions.tagged ?? null]));
  return `${docs.size.toString(36)}-${contentHash(parts.join('\u0000'))}`;
}

/** A section of the stored groups, or undefined when it does not read back. */
export function storedSection<T extends unknown[]>(groups: CachedGroups, i: Section, textOf: TextOf): T | undefined {
  try {
    return groups.section(i, textOf) as T;
  } catch {
    return undefined;
  }
}

/** The lists to store for a full build, in `Section` order, each made only when the cache writes it. */
export function groupsPayload(lists: Record<Section, () => Iterable<unknown>>): Array<() => Iterable<unknown>> {
  return Array.from({ length: SECTIONS }, (_, i) => lists[i as Section]);
}

/** The build the cache holds under this signature, with its events' claims; undefined when it does not read back. */
export function readStoredBuild(groups: CachedGroups, signature: string, textOf: TextOf): { built: Built; stored: StoredClaims } | undefined {
  if (groups.sections !== SECTIONS) return undefined;
  try {
    const [events, contradictions, agreements, split] = [Section.Events, Section.Contradictions, Section.Agreements, Section.Split].map((i) =>
      groups.section(i, textOf),
    ) as [NewsEvent[], Contradiction[], Contradiction[], number[]];
    if (split.length !== 2 * events.length) return undefined;
    let c = 0;
    let a = 0;
    for (let i = 0; i < split.length; i += 2) {
      c += split[i];
      a += split[i + 1];
    }
    // The quotes' results follow the events'.
    const quoteTail = { contradictions: contradictions.slice(c), agreements: agreements.slice(a) };
    const built: Built = {
      events,
      byId: new Map(events.map((e) => [e.id, e])),
      eventOfMention: new Map(),
      members: new Map(),
      drafts: new Map(),
      claimsSynced: true,
      dirty: new Set(),
      claims: { contradictions, agreements },
      signature,
      restored: { groups, base: new Map(), quoteDirty: new Set(), quoteTail },
    };
    return { built, stored: { events, contradictions, agreements, split } };
  } catch {
    return undefined;
  }
}

/**
 * Gives the events of a build read back from the cache what a build of its own has and patching needs:
 * drafts (their clusters as stored, members found by offsets in the articles as the stored results saw
 * them), members and mentions' events. All events at once, on the first edit: that decodes every article,
 * as a build would, but groups nothing, and the edits after it cost what they cost in a build of its own.
 * False when the stored results do not fit the articles (then build again).
 */
export function hydrate(b: Built, r: Restored, analysisByFile: (file: string) => DocumentAnalysis | undefined, textOf: TextOf): boolean {
  if (r.hydrated) return true;
  const stored = storedSection<Array<[string | null, string | null, string | null]>>(r.groups, Section.Clusters, textOf);
  if (!stored || stored.length !== b.events.length) return false;
  const byOffsets = new Map<string, Map<string, MentionAnalysis>>();
  const mentionAt = (file: string, start: number, end: number): MentionAnalysis | undefined => {
    let map = byOffsets.get(file);
    if (!map) {
      byOffsets.set(file, (map = new Map()));
      for (const m of (r.base.get(file) ?? analysisByFile(file))?.mentions ?? []) map.set(`${m.start}:${m.end}`, m);
    }
    return map.get(`${start}:${end}`);
  };
  for (let i = 0; i < b.events.length; i++) {
    const ev = b.events[i];
    const [placeId, day, approx] = stored[i];
    const members: MentionAnalysis[] = [];
    for (const em of ev.mentions) {
      const x = mentionAt(em.file, em.start, em.end);
      if (!x) return false;
      members.push(x);
    }
    const reasoning = ev.reasoning ?? [];
    const cluster: Cluster = {
      key: ev.id,
      family: members[0]?.family ?? 'talks',
      ...(placeId ? { placeId } : {}),
      ...(day ? { day } : {}),
      ...(approx ? { approx } : {}),
      mentions: members,
      reasoning,
    };
    b.drafts.set(ev.id, { cluster, mentions: members, reasoning, more: [] });
    b.members.set(ev.id, members);
    for (const x of members) {
      let ids = b.eventOfMention.get(x.file);
      if (!ids) b.eventOfMention.set(x.file, (ids = []));
      ids[x.index] = ev.id;
    }
  }
  r.hydrated = true;
  return true;
}

/**
 * The quotes' results of a build read back from the cache, after edits: the speakers of the edited
 * articles compared again, the others as stored. Undefined when an edit changed which speakers an article
 * quotes (then build again).
 */
export function restoredQuotes(
  b: Built,
  r: Restored,
  analysisByFile: (file: string) => DocumentAnalysis | undefined,
  textOf: TextOf,
): ClaimResults | undefined {
  if (!r.speakers) r.speakers = storedSection(r.groups, Section.Speakers, textOf);
  if (!r.speakers) return undefined;
  if (!r.speakerResults) {
    r.speakerResults = new Map();
    let c = 0;
    let a = 0;
    for (const s of r.speakers) {
      r.speakerResults.set(s.speaker, {
        contradictions: r.quoteTail.contradictions.slice(c, c + s.contradictions),
        agreements: r.quoteTail.agreements.slice(a, a + s.agreements),
      });
      c += s.contradictions;
      a += s.agreements;
    }
  }
  const touched = new Set<string>();
  for (const file of r.quoteDirty) {
    const before = r.base.get(file);
    const after = analysisByFile(file);
    if (!before || !after) return undefined;
    const was = quoteSpeakers(before);
    const now = quoteSpeakers(after);
    if (was.length !== now.length || was.some((k, i) => k !== now[i])) return undefined;
    for (const k of was) touched.add(k);
  }
  r.quoteDirty.clear();
  const eventOf = quoteEventOf(b);
  const contradictions: Contradiction[] = [];
  const agreements: Contradiction[] = [];
  for (const s of r.speakers) {
    let results = r.speakerResults.get(s.speaker)!;
    if (touched.has(s.speaker)) {
      results = compareSpeakerIn(s.speaker, s.files.map((f) => analysisByFile(f)!).filter(Boolean), eventOf);
      r.speakerResults.set(s.speaker, results);
    }
    for (const x of results.contradictions) contradictions.push(x);
    for (const x of results.agreements) agreements.push(x);
  }
  return { contradictions, agreements };
}
