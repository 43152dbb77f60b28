/**
 * The user's decisions as the corpus index reads them, and the one mapping from `newsmark.yaml` and the
 * sidecars onto them. The CLI (`newsmark report`) and the extension (the Events, People and Contradictions
 * views) both call `corpusDecisions`, so the two can never read the same folder differently.
 */
import type { Person, Verdict } from '../model';
import type { Corpus, CorpusLink, Sidecar, SidecarAnnotation } from '../sidecar/schema';

/** A span in an article, as the user picked it. */
export interface SpanRef {
  file: string;
  start: number;
  end: number;
  /** The text, when known (used to show the side and to keep ids stable). */
  text?: string;
}

/** An event the user created, renamed or regrouped (newsmark.yaml `events`, sidecar event annotations). */
export interface UserEvent {
  id: string;
  title?: string;
  date?: string;
  place?: string;
  participants?: string[];
  /** Mentions the user put in this event (moved from wherever grouping put them). */
  mentions?: SpanRef[];
  /** Ids of automatic events whose mentions all go into this one. */
  merge?: string[];
}

export interface UserVerdict {
  id: string;
  status: Exclude<Verdict, 'open'> | Verdict;
  note?: string;
}

/** A contradiction the user drew between two spans ("Mark contradiction with…"). */
export interface UserLink {
  id?: string;
  a: SpanRef;
  b: SpanRef;
  note?: string;
  event?: string;
}

/** A mention of a person the user tagged (a sidecar `person` annotation with its `entity`). */
export interface TaggedPerson {
  file: string;
  start: number;
  end: number;
  text: string;
  /** The person's id (`entity`). */
  id: string;
}

/** What the user decided, as newsmark.yaml and the sidecars hold it. User decisions win over re-analysis. */
export interface CorpusDecisions {
  people?: Person[];
  events?: UserEvent[];
  verdicts?: UserVerdict[];
  links?: UserLink[];
  /** People tagged by hand, in file order: they count in `people()` even where detection found nobody. */
  tagged?: TaggedPerson[];
}

/** The fields of a sidecar annotation that decisions read. */
export type DecisionAnnotation = Pick<SidecarAnnotation, 'id' | 'type' | 'start' | 'end' | 'quote' | 'event' | 'entity' | 'status'>;

/** What the index needs from a sidecar: the publication data, and the annotations that events, people and links read. */
export interface SidecarFacts {
  published?: string;
  outlet?: string;
  annotations: readonly DecisionAnnotation[];
}

/** The facts of a parsed sidecar (a copy: later edits of the sidecar do not reach them). */
export function sidecarFacts(sidecar: Readonly<Sidecar>): SidecarFacts {
  const d = sidecar.document;
  return {
    ...(d.published ? { published: d.published } : {}),
    ...(d.outlet ? { outlet: d.outlet } : {}),
    annotations: sidecar.annotations.map((a) => ({
      id: a.id,
      type: a.type,
      start: a.start,
      end: a.end,
      quote: a.quote,
      ...(a.event ? { event: a.event } : {}),
      ...(a.entity ? { entity: a.entity } : {}),
      ...(a.status ? { status: a.status } : {}),
    })),
  };
}

/** Where the decisions come from: newsmark.yaml (undefined: none yet) and the indexed articles' annotations. */
export interface DecisionSources {
  corpus: Readonly<Corpus> | undefined;
  /** The indexed articles (relative paths); read in sorted order, so the result does not depend on discovery order. */
  files: Iterable<string>;
  /** An article's sidecar annotations ([] without a sidecar). */
  annotationsOf: (file: string) => readonly DecisionAnnotation[];
}

/**
 * Maps newsmark.yaml and the sidecars onto the index's decisions: the registry's people, the user's events
 * (renames, `merge`, moved `mentions`, and the sidecars' event annotations linked to them), verdicts, links
 * resolved to spans, and people tagged by hand. An orphaned annotation (its text is gone) is neither an event
 * mention nor a tagged person: its offsets no longer point at what it named.
 */
export function corpusDecisions(sources: DecisionSources): CorpusDecisions {
  const { corpus, annotationsOf } = sources;
  const files = [...sources.files].sort();
  const events = new Map<string, UserEvent>();
  for (const e of corpus?.events ?? []) {
    const ue: UserEvent = { id: e.id, title: e.title };
    if (e.date) ue.date = e.date;
    if (e.place) ue.place = e.place;
    // The schema defaults participants to []: an empty list means "not decided", not "nobody".
    if (e.participants.length) ue.participants = [...e.participants];
    if (e.merge) ue.merge = [...e.merge];
    // The text is left out: the index reads it from the article as it is now.
    if (e.mentions) ue.mentions = e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end }));
    events.set(e.id, ue);
  }
  const tagged: TaggedPerson[] = [];
  for (const file of files) {
    for (const a of annotationsOf(file)) {
      if (a.status === 'orphan') continue;
      if (a.type === 'person' && a.entity) tagged.push({ file, start: a.start, end: a.end, text: a.quote, id: a.entity });
      if (a.type !== 'event' || !a.event) continue;
      // "Link Annotation to Event…": the annotation is a mention of that event, which it creates if need be.
      let ue = events.get(a.event);
      if (!ue) events.set(a.event, (ue = { id: a.event }));
      (ue.mentions ??= []).push({ file, start: a.start, end: a.end, text: a.quote });
    }
  }
  return {
    people: (corpus?.people ?? []).map((p) => ({ id: p.id, name: p.name, aliases: [...p.aliases] })),
    events: [...events.values()],
    verdicts: (corpus?.verdicts ?? []).map((v) => ({ id: v.id, status: v.status, ...(v.note ? { note: v.note } : {}) })),
    links: (corpus?.links ?? []).flatMap((l) => userLink(l, annotationsOf)),
    tagged,
  };
}

/** A link with both ends resolved to spans; none when an end's annotation is gone. */
function userLink(l: CorpusLink, annotationsOf: DecisionSources['annotationsOf']): UserLink[] {
  const end = (e: CorpusLink['a']): SpanRef | undefined => {
    const a = annotationsOf(e.file).find((x) => x.id === e.annotation);
    return a ? { file: e.file, start: a.start, end: a.end, text: a.quote } : undefined;
  };
  const a = end(l.a);
  const b = end(l.b);
  return a && b ? [{ id: l.id, a, b, ...(l.note ? { note: l.note } : {}) }] : [];
}
