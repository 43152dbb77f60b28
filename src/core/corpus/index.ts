/**
 * The cross-document index: every article's detections and event mentions, the events they group into,
 * the contradictions and agreements between sources, and the people across articles.
 *
 * Incremental: `setDocument` re-analyses that article only; grouping is a linear pass over the cached
 * per-article results (maps keyed by day and place), done lazily on the next query; claims are compared
 * per event and cached by the event's membership, so an edit recomputes the events it touches.
 * An edit that leaves everything grouping reads unchanged (`groupingSignature`: same mentions, dates,
 * places, people; typically a typo fix) skips regrouping: only the events holding that article's mentions
 * are rebuilt, their claims compared again, and the quotes of that article's speakers (`patchQuotes`).
 * Any other change, and user events that move mentions by offset, fall back to the full pass.
 *
 * With an `AnalysisCache`, articles whose analysis the cache holds are not analysed, and decoded only when
 * something needs them; the analyses kept in memory leave out the detector's raw output. The answers of a
 * full pass are written to the cache under a signature of the articles and decisions (`corpusSignature`):
 * a restart with nothing changed reads them back instead of grouping (`restore`), and an edit after that
 * patches them as it would its own build's (`hydrate`, `restoredQuotes`), without grouping.
 */
import type { Contradiction, Detections, EventMention, NewsEvent, Person, PersonMention } from '../model';
import { placeInfo } from '../lexicon/places';
import { TextIndex } from '../text/offsets';
import { detect as defaultDetect } from '../detect';
import type { DocumentAnalysis, MentionAnalysis, QuoteAnalysis } from './analyze';
import { analyseFull, detectMapped, type AnalysisRequest, type AnalysisResult } from './analyseArticle';
import { compareEventClaims, compareQuotes, compareSpeakerIn, comparedSpeakers, claimId, newQuoteCache, patchQuotes, quoteSpeakers, type ClaimResults } from './claims';
import { baseEventId, groupMentions, majorityKind, memoByKey, type Cluster } from './group';
import { slug } from './hash';
import { contentHash, entryKey, registrySignature, type AnalysisCache, type AnalysisInputs, type CachedAnalysis, type CachedGroups, type SourceText } from './cache';
import type { EventKind } from './triggers';
import type { CorpusDecisions, TaggedPerson, UserEvent } from './decisions';

export type { DocumentAnalysis, MentionAnalysis } from './analyze';
export { analyseDocument } from './analyze';
export { durationRange, valueRange, rangesOverlap, isoDuration } from './intervals';
export { wordDiff, claimId } from './claims';
export { splitSentences } from './sentences';
export { AnalysisCache, MemoryCacheStore, registrySignature, type AnalysisCacheStore, type AnalysisCacheOptions, type AnalysisInputs, type CachedAnalysis } from './cache';
export type { AnalysisRequest, AnalysisResult } from './analyseArticle';
export { findTriggers } from './triggers';
export { corpusDecisions, sidecarFacts, type CorpusDecisions, type DecisionAnnotation, type DecisionSources, type SidecarFacts, type SpanRef, type TaggedPerson, type UserEvent, type UserLink, type UserVerdict } from './decisions';

/** The detector the index runs on each article (src/core/detect `detect`). */
export type DetectFn = (text: string, options: { published?: string; registry?: Person[] }) => Detections;

export interface DocumentOptions {
  /** Publication date from the sidecar (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: string;
  outlet?: string;
  /** People the user confirmed; defaults to the decisions' people. */
  registry?: Person[];
}

export interface PersonSummary {
  id: string;
  name: string;
  aliases: string[];
  mentions: Array<{ file: string; start: number; end: number; text: string }>;
  quotes: Array<{ file: string; start: number; end: number; text: string }>;
  documents: string[];
}

export interface CorpusDocument {
  file: string;
  published?: string;
  outlet?: string;
  language: 'fr' | 'en';
}

export interface CorpusIndexOptions {
  /** Defaults to src/core/detect `detect`. */
  detect?: DetectFn;
  decisions?: CorpusDecisions;
  /**
   * Per-article analyses and grouped results kept across restarts: load it before indexing, flush it after
   * (the cache also writes itself shortly after the index groups, so the next session can skip grouping).
   */
  cache?: AnalysisCache;
}

interface Built {
  events: NewsEvent[];
  byId: Map<string, NewsEvent>;
  /** Event id of each mention: by file, then by the mention's index in its article. */
  eventOfMention: Map<string, string[]>;
  /** Analysed mentions of each event. */
  members: Map<string, MentionAnalysis[]>;
  /** What each event was built from, so an edit that leaves grouping unchanged rebuilds only its events. */
  drafts: Map<string, { cluster: Cluster; mentions: MentionAnalysis[]; reasoning: string[]; user?: UserEvent; more: EventMention[] }>;
  /** Whether claimCache holds every event of this build (then only `dirty` events need comparing again). */
  claimsSynced: boolean;
  dirty: Set<string>;
  /** The last `claims()` answer, while no event is dirty and the quotes are compared. */
  claims?: ClaimResults;
  /**
   * Each event's claims, in `events` order, once a `claims()` pass gathered them, and each event's place in
   * `events` (which patching keeps): an edit updates the dirty events' entries rather than looking up every event.
   */
  eventClaims?: ClaimResults[];
  position?: Map<string, number>;
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

/** One indexed article: its text and, once something needs it, its analysis (decoded from the cache lazily). */
interface Doc {
  file: string;
  text: string;
  options: DocumentOptions;
  /** The people registry the detector ran with, and the decisions' people detections were mapped onto. */
  registry: Person[] | undefined;
  people: Person[] | undefined;
  /** Cache key of the analysis (with a cache). */
  key?: string;
  analysis?: DocumentAnalysis;
  /** Whether the text has astral characters, once some offset conversion needed to know. */
  astral?: boolean;
}

/**
 * The most reasons an event keeps. Undated mentions each add one ("«…»: undated, the only talks event in
 * Istanbul"): in an archive, a recurring event collects thousands, megabytes of hover text that nobody reads
 * and that every build, patch and cache round trip would carry.
 */
export const MAX_EVENT_REASONS = 12;

/** An event's reasons: distinct, at most MAX_EVENT_REASONS, the last one saying how many were left out. */
function eventReasons(reasoning: string[]): string[] {
  if (reasoning.length < 2) return reasoning.slice();
  const distinct = [...new Set(reasoning)];
  if (distinct.length <= MAX_EVENT_REASONS) return distinct;
  const kept = distinct.slice(0, MAX_EVENT_REASONS - 1);
  const rest = distinct.length - kept.length;
  kept.push(`… and ${rest.toLocaleString('en-US')} more, one per mention attached the same way`);
  return kept;
}

/** Version of the grouped results stored in the cache; bump when what they hold or how they are built changes. */
const GROUPS_VERSION = 'groups/2';

/** The stored lists of the grouped results, in order (see `claims`, which writes them, and `restore`). */
const enum Section {
  Events,
  Contradictions,
  Agreements,
  /** Per event, its number of contradictions and of agreements (they come first in the lists, by event). */
  Split,
  People,
  Documents,
  /** Per event, `[placeId, day, approx]` of its cluster: what `toEvent` reads of it. */
  Clusters,
  /** `[id, name]` of every person (see `personName`). */
  Names,
  /** The speakers the quotes were compared for, in order (see `comparedSpeakers`): their results follow the events'. */
  Speakers,
}
const SECTIONS = 9;

/** A build read back from the cache, and what patching it after an edit has needed so far. */
interface Restored {
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

/**
 * Everything grouping and the events' ids, order and titles read from an article apart from offsets and
 * snippets: two analyses with the same signature group into the same clusters, with the same reasoning.
 * (Offsets only order an article's mentions among themselves, which their indexes already do.)
 */
const groupSigs = new WeakMap<DocumentAnalysis, string>();
function groupingSignature(d: DocumentAnalysis): string {
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

const KIND_LABEL: Record<'fr' | 'en', Record<EventKind, string>> = {
  fr: { call: 'Appel téléphonique', talks: 'Pourparlers', meeting: 'Rencontre', summit: 'Sommet', visit: 'Visite' },
  en: { call: 'Phone call', talks: 'Talks', meeting: 'Meeting', summit: 'Summit', visit: 'Visit' },
};
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "27 février 2025", "February 2025", "2019". */
export function formatDate(iso: string | undefined, lang: 'fr' | 'en'): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[lang][Number(mo) - 1];
  if (!d) return `${month} ${y}`;
  return lang === 'fr' ? `${Number(d) === 1 ? '1er' : Number(d)} ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** `formatDate` for event titles: one call per event on a full pass, over a few thousand dates. */
const titleDate = { fr: memoByKey((iso) => formatDate(iso, 'fr')), en: memoByKey((iso) => formatDate(iso, 'en')) };

function compareEvents(a: NewsEvent, b: NewsEvent): number {
  // Time order, undated last; then title for a stable order.
  const da = a.date ?? '\uffff';
  const db = b.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The place of an event in the build's `events` (fixed once built: patching replaces events in place). */
function positionOf(b: Built, id: string): number {
  b.position ??= new Map(b.events.map((ev, i) => [ev.id, i]));
  return b.position.get(id)!;
}

/** A mention as an event lists it. */
function eventMention(m: MentionAnalysis): EventMention {
  return { file: m.file, start: m.start, end: m.end, text: m.text, snippet: m.snippet };
}

/** Keys by count, most first; ties in code-unit order. */
function rank(counts: Map<string, number>): string[] {
  if (counts.size === 1) return [counts.keys().next().value as string];
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The corpus index. Plain TypeScript: no `vscode`; the extension adapts it to trees and decorations. */
export class CorpusIndex {
  private readonly docs = new Map<string, Doc>();
  private readonly listeners: Array<(files: string[]) => void> = [];
  private readonly detect: DetectFn;
  private readonly cache: AnalysisCache | undefined;
  private decisions: CorpusDecisions;
  private built: Built | undefined;
  /**
   * Each event's claims, with what they were compared from: the event's date and members, and the version of
   * each member's article then (`members` null: compare again on the next full pass).
   */
  private claimCache = new Map<string, { date: string; members: readonly MentionAnalysis[] | null; versions: number[]; results: ClaimResults }>();
  /** Bumped on every change of an article: an event's cached claims are stale when a member's article changed. */
  private readonly docVersion = new Map<string, number>();
  private quoteResults: ClaimResults | undefined;
  private readonly quoteCache = newQuoteCache();
  /** Articles changed since `built` whose changes leave grouping as it was (see `groupingSignature`). */
  private patched: Set<string> | undefined;
  /** For quotes: each article patched since the last quote comparison, as that comparison saw it. */
  private quoteBase: Map<string, DocumentAnalysis> | undefined;
  /**
   * Claims of the events of the build read back from the cache, with the article versions then: the first
   * full build after it compares again only the events whose members or articles changed.
   */
  private claimSeeds:
    | { versions: Map<string, number>; stored: { events: NewsEvent[]; contradictions: Contradiction[]; agreements: Contradiction[]; split: number[] }; events?: Map<string, { event: NewsEvent; results: ClaimResults }> }
    | undefined;

  constructor(options: CorpusIndexOptions = {}) {
    this.detect = options.detect ?? defaultDetect;
    this.decisions = options.decisions ?? {};
    this.cache = options.cache;
  }

  /**
   * Adds or replaces an article and re-analyses it (only it). With a cache that holds this article's
   * analysis, nothing is analysed: the entry is decoded when something first needs it.
   * `analysed`: the article analysed elsewhere (a worker of the pool, from `analysisRequest`); taken when it
   * was made for this text and these inputs, else the article is analysed here. The index answers the same.
   */
  setDocument(file: string, text: string, options: DocumentOptions = {}, analysed?: AnalysisResult): void {
    const registry = options.registry ?? this.decisions.people;
    const doc: Doc = { file, text, options, registry, people: this.decisions.people };
    const key = this.cache || analysed ? this.keyOf(file, text, options, registry) : undefined;
    const ready = analysed?.key === key ? analysed : undefined;
    if (this.cache) {
      doc.key = key;
      // A hit is decoded when something first needs it. An entry from a worker is decoded now, while the
      // workers analyse the next articles: grouping, which would decode it, runs alone after the pass
      // (bench, 10,000 articles: about 2.5 s of CPU moved out of grouping).
      if (!this.cache.claim(doc.key!)) {
        if (ready?.entry && this.cache.adopt(doc.key!, file, text, ready.entry)) this.analysisOf(doc);
        else this.analyse(doc);
      }
    } else if (ready?.lean) doc.analysis = this.withDetections(ready.lean, doc);
    else this.analyse(doc);
    const old = this.docs.get(file);
    this.docs.set(file, doc);
    this.docVersion.set(file, (this.docVersion.get(file) ?? 0) + 1);
    // A build read back from the cache has no user events' drafts to patch: only builds without user events.
    if (old && this.built && this.canPatch() && !(this.built.restored && this.decisions.events?.length)) {
      const before = this.analysisOf(old);
      if (groupingSignature(before) === groupingSignature(this.analysisOf(doc))) {
        // Same clusters: only the events holding this article's mentions change (see `patch`).
        (this.patched ??= new Set()).add(file);
        this.built.patched = true;
        const restored = this.built.restored;
        if (restored) {
          if (!restored.base.has(file)) restored.base.set(file, before);
          restored.quoteDirty.add(file);
        } else if (this.quoteResults || this.quoteBase) {
          this.quoteBase ??= new Map();
          if (!this.quoteBase.has(file)) this.quoteBase.set(file, before);
        }
        this.quoteResults = undefined;
        for (const l of [...this.listeners]) l([file]);
        return;
      }
    }
    this.invalidate([file]);
  }

  /** The cache key of an article with these inputs. */
  private keyOf(file: string, text: string, options: DocumentOptions, registry: Person[] | undefined): string {
    const inputs: AnalysisInputs = {
      ...(options.published ? { published: options.published } : {}),
      ...(options.outlet ? { outlet: options.outlet } : {}),
      registry: `${registrySignature(registry)}|${registrySignature(this.decisions.people)}`,
    };
    return entryKey(file, text, inputs);
  }

  /**
   * What analysing this article elsewhere needs (a worker runs `analyseRequest` on it; hand the result to
   * `setDocument` with the same arguments), or undefined when the cache holds its analysis: nothing to
   * analyse. With a cache, the worker makes the cache entry: give the pool this index's cache (AnalysisQueue).
   * Only for an index on the default detector, which is what the workers run.
   */
  analysisRequest(file: string, text: string, options: DocumentOptions = {}): AnalysisRequest | undefined {
    const registry = options.registry ?? this.decisions.people;
    const key = this.keyOf(file, text, options, registry);
    if (this.cache?.has(key)) return undefined;
    const people = this.decisions.people;
    return {
      key,
      file,
      text,
      ...(options.published !== undefined ? { published: options.published } : {}),
      ...(options.outlet !== undefined ? { outlet: options.outlet } : {}),
      ...(registry ? { registry } : {}),
      ...(people ? { people } : {}),
      ...(this.cache ? { encode: true } : {}),
    };
  }

  /** Runs detection and analysis on an article (its cached entry is missing or unusable), and caches it. */
  private analyse(doc: Doc): DocumentAnalysis {
    const { file, text, options } = doc;
    const full = analyseFull(file, text, options, doc.registry, doc.people, this.detect);
    let lean: CachedAnalysis | undefined;
    // With a cache, the index keeps what the cache gives back, so a warm start answers exactly like this one.
    if (this.cache && doc.key) lean = this.cache.put(doc.key, full, text);
    if (!lean) {
      const { detections: _omit, ...rest } = full;
      lean = rest;
    }
    return (doc.analysis = this.withDetections(lean, doc));
  }

  /**
   * The analysis with `detections` as a lazy, non-enumerable property: nothing in the index reads the
   * detector's raw output, so it is not kept (nor cached); asking for it runs detection again.
   */
  private withDetections(lean: CachedAnalysis, doc: Doc): DocumentAnalysis {
    const detect = this.detect;
    Object.defineProperty(lean, 'detections', {
      configurable: true,
      enumerable: false,
      get(this: CachedAnalysis): Detections {
        const value = detectMapped(doc.text, doc.options.published, doc.registry, doc.people, detect);
        Object.defineProperty(this, 'detections', { configurable: true, enumerable: false, writable: true, value });
        return value;
      },
    });
    return lean as DocumentAnalysis;
  }

  /** The analysis of an indexed article, decoded from the cache (or analysed again) on first use. */
  private analysisOf(doc: Doc): DocumentAnalysis {
    if (doc.analysis) return doc.analysis;
    const lean = this.cache && doc.key ? this.cache.decode(doc.key, doc.file, doc.text) : undefined;
    return lean ? (doc.analysis = this.withDetections(lean, doc)) : this.analyse(doc);
  }

  /** The analysis of an indexed article by file. */
  private analysisByFile(file: string): DocumentAnalysis | undefined {
    const doc = this.docs.get(file);
    return doc && this.analysisOf(doc);
  }

  /** Every article's analysis, in indexing order. */
  private analyses(): DocumentAnalysis[] {
    const out: DocumentAnalysis[] = [];
    for (const d of this.docs.values()) out.push(this.analysisOf(d));
    return out;
  }

  /** User decisions that move mentions by offset depend on more than the grouping signature. */
  private canPatch(): boolean {
    return !(this.decisions.events ?? []).some((ue) => ue.mentions?.length);
  }

  /** Rebuilds the events holding mentions of the patched articles, and only them. */
  private patch(built: Built, files: Set<string>): void {
    const affected = new Set<string>();
    for (const file of files) {
      const doc = this.analysisByFile(file);
      if (!doc) continue;
      for (const m of doc.mentions) {
        const id = built.eventOfMention.get(file)?.[m.index];
        if (id !== undefined) affected.add(id);
      }
    }
    for (const id of affected) {
      const d = built.drafts.get(id)!;
      const old = built.byId.get(id)!;
      // The patched articles group as before (same grouping signature): everything `toEvent` makes of
      // them but their mentions' offsets and snippets is as it was, so only those mentions are made again
      // (an undated event at a busy place has thousands of mentions).
      const mentions = old.mentions.slice();
      d.mentions = d.mentions.map((m, i) => {
        if (!files.has(m.file)) return m;
        const now = this.analysisByFile(m.file)!.mentions[m.index];
        mentions[i] = eventMention(now);
        return now;
      });
      const ev: NewsEvent = { ...old, mentions };
      built.events[positionOf(built, id)] = ev;
      built.byId.set(id, ev);
      built.members.set(id, d.mentions);
      built.dirty.add(id);
    }
  }

  /** Forgets an article. */
  removeDocument(file: string): void {
    if (this.docs.delete(file)) {
      this.docVersion.set(file, (this.docVersion.get(file) ?? 0) + 1);
      this.invalidate([file]);
    }
  }

  /** Replaces the user's decisions (people, events, verdicts, links); the next query applies them. */
  setDecisions(decisions: CorpusDecisions): void {
    this.decisions = decisions;
    this.invalidate([]);
  }

  /** Listens to changes; returns a disposable. `files` are the articles that changed ([] = decisions). */
  onDidChange(listener: (files: string[]) => void): { dispose(): void } {
    this.listeners.push(listener);
    return {
      dispose: () => {
        const i = this.listeners.indexOf(listener);
        if (i >= 0) this.listeners.splice(i, 1);
      },
    };
  }

  /** The indexed articles, sorted by file. */
  documents(): CorpusDocument[] {
    // What an edit that kept grouping changed, documents do not show (file, language, date and outlet).
    const restored = (this.built ?? this.restore())?.restored;
    return (restored && this.storedSection<CorpusDocument[]>(restored.groups, Section.Documents)) ?? this.documentList();
  }

  private documentList(): CorpusDocument[] {
    return this.analyses()
      .map((d) => ({ file: d.file, language: d.language, ...(d.published ? { published: d.published } : {}), ...(d.outlet ? { outlet: d.outlet } : {}) }))
      .sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  /**
   * The analysis of one article (mentions, quotes, people), if indexed. Its `detections` (the detector's
   * raw output) are not kept: reading them runs detection on the article again.
   */
  document(file: string): DocumentAnalysis | undefined {
    return this.analysisByFile(file);
  }

  /** Events in time order, undated last. */
  events(): NewsEvent[] {
    return this.build().events;
  }

  event(id: string): NewsEvent | undefined {
    return this.build().byId.get(id);
  }

  /** The event a span of an article belongs to, if it overlaps one of its mentions. */
  eventAt(file: string, offset: number): NewsEvent | undefined {
    const b = this.build();
    for (const ev of b.events) for (const m of ev.mentions) if (m.file === file && m.start <= offset && offset < m.end) return ev;
    return undefined;
  }

  /** Disagreements between sources, with user verdicts applied, plus the user's own links. */
  contradictions(): Contradiction[] {
    const out = [...this.claims().contradictions, ...this.userLinks()];
    return this.applyVerdicts(out);
  }

  /** Corroborations: values several sources agree on, with the number of independent sources. */
  agreements(): Contradiction[] {
    return this.applyVerdicts([...this.claims().agreements]);
  }

  /** People across articles: registry people first, then people detection found. */
  people(): PersonSummary[] {
    // The people read back hold offsets: only while no article changed.
    const restored = (this.built ?? this.restore())?.restored;
    return (restored && !restored.base.size && this.storedSection<PersonSummary[]>(restored.groups, Section.People)) || this.peopleList();
  }

  private peopleList(): PersonSummary[] {
    return [...this.peopleInOrder()];
  }

  /**
   * The people, in `people()` order, made one at a time: a first pass counts each person's mentions and
   * quotes and notes where they are (a number each), so that all of them never need to be in memory at
   * once (the cache writes them this way).
   */
  private *peopleInOrder(): Generator<PersonSummary> {
    const registry = this.decisions.people ?? [];
    const docs = this.analyses().sort((a, b) => (a.file < b.file ? -1 : 1));
    const peopleOf = this.peopleWithTagged();
    /** Per person: first name seen, and where it is mentioned (doc * 2^20 + item) * 2 + (1 for a quote). */
    const byId = new Map<string, { name: string; refs: number[] }>();
    const get = (id: string, name: string) => {
      let p = byId.get(id);
      if (!p) byId.set(id, (p = { name, refs: [] }));
      return p;
    };
    for (const r of registry) get(r.id, r.name);
    docs.forEach((d, i) => {
      peopleOf(d).forEach((m, j) => get(m.id, m.name).refs.push((i * 2 ** 20 + j) * 2));
      d.quotes.forEach((q, j) => {
        if (q.speaker) get(q.speaker, q.speakerName ?? q.speaker).refs.push((i * 2 ** 20 + j) * 2 + 1);
      });
    });
    const order = [...byId.keys()].sort((a, b) => byId.get(b)!.refs.length - byId.get(a)!.refs.length || (a < b ? -1 : 1));
    for (const id of order) {
      const { name: first, refs } = byId.get(id)!;
      const aliasesIn: string[] = [];
      const names = new Map<string, number>();
      for (const r of registry)
        if (r.id === id) {
          aliasesIn.push(...r.aliases);
          names.set(r.name, Number.MAX_SAFE_INTEGER);
        }
      const mentions: PersonSummary['mentions'] = [];
      const quotes: PersonSummary['quotes'] = [];
      const documents: string[] = [];
      for (const ref of refs) {
        const d = docs[Math.floor(ref / 2 ** 21)];
        const j = Math.floor(ref / 2) % 2 ** 20;
        if (ref % 2) {
          const q = d.quotes[j];
          quotes.push({ file: d.file, start: q.start, end: q.end, text: q.text });
        } else {
          const m = peopleOf(d)[j];
          mentions.push({ file: d.file, start: m.start, end: m.end, text: m.text });
          names.set(m.name, (names.get(m.name) ?? 0) + 1);
        }
        if (documents[documents.length - 1] !== d.file) documents.push(d.file);
      }
      // The longest frequent form ("Sergueï Lavrov" over "Lavrov") unless the registry names the person.
      const ranked = [...names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
      const named = registry.find((r) => r.id === id);
      const name = named?.name ?? ranked.map((x) => x[0]).sort((a, b) => b.split(' ').length - a.split(' ').length || names.get(b)! - names.get(a)!)[0] ?? first;
      const aliases = new Set<string>(aliasesIn);
      for (const [n] of ranked) if (n !== name) aliases.add(n);
      for (const m of mentions) if (m.text !== name) aliases.add(m.text);
      yield { id, name, aliases: [...aliases].sort(), mentions, quotes, documents };
    }
  }

  /**
   * An article's people: its detected mentions, then the mentions the user tagged where detection found
   * nobody (a tagged span that overlaps a detected mention is that mention, counted once).
   */
  private peopleWithTagged(): (d: DocumentAnalysis) => readonly PersonMention[] {
    const byFile = new Map<string, TaggedPerson[]>();
    for (const t of this.decisions.tagged ?? []) (byFile.get(t.file) ?? byFile.set(t.file, []).get(t.file)!).push(t);
    if (!byFile.size) return (d) => d.people;
    const memo = new Map<string, readonly PersonMention[]>();
    return (d) => {
      const tags = byFile.get(d.file);
      if (!tags) return d.people;
      let list = memo.get(d.file);
      if (!list) {
        const extra = tags.filter((t) => !d.people.some((p) => overlaps(p, t))).map((t) => ({ id: t.id, name: t.text, start: t.start, end: t.end, text: t.text }));
        memo.set(d.file, (list = extra.length ? [...d.people, ...extra] : d.people));
      }
      return list;
    };
  }

  // ---- internals --------------------------------------------------------------------------------

  private invalidate(files: string[]): void {
    this.built = undefined;
    this.patched = undefined;
    this.quoteBase = undefined;
    this.names = undefined;
    this.quoteResults = undefined;
    for (const l of [...this.listeners]) l(files);
  }

  /** Drops a build that cannot be patched after all and builds again (the listeners already heard of the change). */
  private rebuild(): Built {
    this.built = undefined;
    this.patched = undefined;
    this.quoteBase = undefined;
    this.names = undefined;
    this.quoteResults = undefined;
    return this.build();
  }

  private names: Map<string, string> | undefined;

  private personName(id: string): string {
    return this.nameMap().get(id) ?? id;
  }

  /** Names of people by id: registry names win, else the longest detected name. Once per build. */
  private nameMap(): Map<string, string> {
    if (!this.names) {
      // A build read back from the cache stored them: reading every article's people would decode them all.
      const restored = this.built?.restored;
      const stored = restored && this.storedSection<Array<[string, string]>>(restored.groups, Section.Names);
      if (stored) this.names = new Map(stored);
      else {
        const names = new Map<string, string>();
        const peopleOf = this.peopleWithTagged();
        for (const d of this.analyses()) for (const p of peopleOf(d)) if ((names.get(p.id)?.length ?? 0) < p.name.length) names.set(p.id, p.name);
        for (const r of this.decisions.people ?? []) names.set(r.id, r.name);
        this.names = names;
      }
    }
    return this.names;
  }

  /**
   * What the grouped results depend on: every article's cache key (text, inputs, registry) in indexing
   * order, and the decisions grouping and naming read (user events, registry people). Verdicts and links
   * are applied on top, so they are not part of it. Undefined without a cache, or when an article has no key.
   */
  private corpusSignature(): string | undefined {
    if (!this.cache) return undefined;
    const parts: string[] = [GROUPS_VERSION];
    for (const d of this.docs.values()) {
      if (!d.key) return undefined;
      parts.push(d.file, d.key);
    }
    parts.push(JSON.stringify([this.decisions.events ?? null, this.decisions.people ?? null, this.decisions.tagged ?? null]));
    return `${this.docs.size.toString(36)}-${contentHash(parts.join('\u0000'))}`;
  }

  /** The build the cache holds for exactly these articles and decisions, if any: it becomes `built`. */
  private restore(): Built | undefined {
    if (this.built || !this.cache) return this.built;
    const signature = this.corpusSignature();
    const groups = signature && this.cache.groups(signature);
    if (!groups || groups.sections !== SECTIONS) return undefined;
    try {
      const [events, contradictions, agreements, split] = [Section.Events, Section.Contradictions, Section.Agreements, Section.Split].map((i) => groups.section(i, this.textOf)) as [
        NewsEvent[],
        Contradiction[],
        Contradiction[],
        number[],
      ];
      if (split.length !== 2 * events.length) return undefined;
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
        restored: { groups, base: new Map(), quoteDirty: new Set(), quoteTail: { contradictions: [], agreements: [] } },
      };
      // Each event's claims: what the next full build reuses where the event's members and their articles did
      // not change, and what the answers are assembled from after an edit (see `eventSeeds`).
      this.claimCache.clear();
      this.claimSeeds = { versions: new Map(this.docVersion), stored: { events, contradictions, agreements, split } };
      let c = 0;
      let a = 0;
      for (let i = 0; i < split.length; i += 2) {
        c += split[i];
        a += split[i + 1];
      }
      // The quotes' results follow the events'.
      this.quoteResults = built.restored!.quoteTail = { contradictions: contradictions.slice(c), agreements: agreements.slice(a) };
      this.built = built;
      return built;
    } catch {
      return undefined;
    }
  }

  /**
   * Gives the events of a build read back from the cache what a build of its own has and `patch` needs:
   * drafts (their clusters as stored, members found by offsets in the articles as the stored results saw
   * them), members and mentions' events. All events at once, on the first edit: that decodes every article,
   * as a build would, but groups nothing, and the edits after it cost what they cost in a build of its own.
   * False when the stored results do not fit the articles (then build again).
   */
  private hydrate(b: Built, r: Restored): boolean {
    if (r.hydrated) return true;
    const stored = this.storedSection<Array<[string | null, string | null, string | null]>>(r.groups, Section.Clusters);
    if (!stored || stored.length !== b.events.length) return false;
    const byOffsets = new Map<string, Map<string, MentionAnalysis>>();
    const mentionAt = (file: string, start: number, end: number): MentionAnalysis | undefined => {
      let map = byOffsets.get(file);
      if (!map) {
        byOffsets.set(file, (map = new Map()));
        for (const m of (r.base.get(file) ?? this.analysisByFile(file))?.mentions ?? []) map.set(`${m.start}:${m.end}`, m);
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
      const cluster: Cluster = { key: ev.id, family: members[0]?.family ?? 'talks', ...(placeId ? { placeId } : {}), ...(day ? { day } : {}), ...(approx ? { approx } : {}), mentions: members, reasoning };
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
  private restoredQuotes(b: Built, r: Restored): ClaimResults | undefined {
    if (!r.speakers) r.speakers = this.storedSection(r.groups, Section.Speakers);
    if (!r.speakers) return undefined;
    if (!r.speakerResults) {
      r.speakerResults = new Map();
      let c = 0;
      let a = 0;
      for (const s of r.speakers) {
        r.speakerResults.set(s.speaker, { contradictions: r.quoteTail.contradictions.slice(c, c + s.contradictions), agreements: r.quoteTail.agreements.slice(a, a + s.agreements) });
        c += s.contradictions;
        a += s.agreements;
      }
    }
    const touched = new Set<string>();
    for (const file of r.quoteDirty) {
      const before = r.base.get(file);
      const after = this.analysisByFile(file);
      if (!before || !after) return undefined;
      const was = quoteSpeakers(before);
      const now = quoteSpeakers(after);
      if (was.length !== now.length || was.some((k, i) => k !== now[i])) return undefined;
      for (const k of was) touched.add(k);
    }
    r.quoteDirty.clear();
    const eventOf = (q: QuoteAnalysis) => (q.mention !== undefined ? b.eventOfMention.get(q.file)?.[q.mention] ?? null : null);
    const contradictions: Contradiction[] = [];
    const agreements: Contradiction[] = [];
    for (const s of r.speakers) {
      let results = r.speakerResults.get(s.speaker)!;
      if (touched.has(s.speaker)) {
        results = compareSpeakerIn(s.speaker, s.files.map((f) => this.analysisByFile(f)!).filter(Boolean), eventOf);
        r.speakerResults.set(s.speaker, results);
      }
      for (const x of results.contradictions) contradictions.push(x);
      for (const x of results.agreements) agreements.push(x);
    }
    return { contradictions, agreements };
  }

  /** An article's text for the cache's stored groups (the Doc itself: it remembers whether the text has astral characters). */
  private readonly textOf = (file: string): SourceText | undefined => this.docs.get(file);

  /** A section of the stored groups, or undefined when it does not read back. */
  private storedSection<T extends unknown[]>(groups: CachedGroups, i: number): T | undefined {
    try {
      return groups.section(i, this.textOf) as T;
    } catch {
      return undefined;
    }
  }

  private build(): Built {
    if (this.built) {
      if (this.patched) {
        const r = this.built.restored;
        if (r && !this.hydrate(this.built, r)) return this.rebuild();
        this.patch(this.built, this.patched);
        this.patched = undefined;
      }
      return this.built;
    }
    const restored = this.restore();
    if (restored) return restored;
    const signature = this.corpusSignature();
    const clusters = groupMentions(this.analyses());
    const built: Built = { events: [], byId: new Map(), eventOfMention: new Map(), members: new Map(), drafts: new Map(), claimsSynced: false, dirty: new Set(), ...(signature ? { signature } : {}) };
    // Automatic events, ids made unique deterministically.
    const drafts: Array<{ id: string; cluster: Cluster; mentions: MentionAnalysis[]; reasoning: string[]; user?: UserEvent }> = [];
    const used = new Map<string, number>();
    const users = this.decisions.events ?? [];
    const keyed = clusters.map((c) => ({ c, base: baseEventId(c), first: firstKey(c) }));
    keyed.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    for (const { c, base } of keyed) {
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      // User decisions edit the drafts' lists; without them, the clusters' own lists serve.
      drafts.push({ id: n === 1 ? base : `${base}-${n}`, cluster: c, mentions: users.length ? [...c.mentions] : c.mentions, reasoning: users.length ? [...c.reasoning] : c.reasoning });
    }

    // User decisions: rename (same id), merge (listed ids), move mentions (spans), create (new ids).
    const draftById = new Map(drafts.map((d) => [d.id, d]));
    const userDrafts: typeof drafts = [];
    for (const ue of users) {
      let target = draftById.get(ue.id);
      if (!target) {
        target = { id: ue.id, cluster: { key: ue.id, family: 'talks', mentions: [], reasoning: [] }, mentions: [], reasoning: [] };
        userDrafts.push(target);
      }
      target.user = ue;
      target.reasoning.push('decided by the user (newsmark.yaml)');
      for (const mid of ue.merge ?? []) {
        const src = draftById.get(mid);
        if (!src || src === target) continue;
        target.mentions.push(...src.mentions);
        src.mentions = [];
        target.reasoning.push(`merged ${mid} by the user`);
      }
    }
    const allDrafts = [...drafts, ...userDrafts];
    const extra = new Map<string, EventMention[]>();
    for (const ue of users) {
      const target = allDrafts.find((d) => d.id === ue.id)!;
      for (const ref of ue.mentions ?? []) {
        let moved = false;
        for (const d of allDrafts) {
          const i = d.mentions.findIndex((m) => m.file === ref.file && overlaps(m, ref));
          if (i >= 0 && d !== target) {
            target.mentions.push(...d.mentions.splice(i, 1));
            moved = true;
          } else if (i >= 0) moved = true;
        }
        if (!moved) {
          const doc = this.docs.get(ref.file);
          const text = ref.text ?? (doc ? new TextIndex(doc.text).slice(ref.start, ref.end) : '');
          (extra.get(ue.id) ?? extra.set(ue.id, []).get(ue.id)!).push({ file: ref.file, start: ref.start, end: ref.end, text });
        }
      }
    }

    for (const d of allDrafts) {
      const ue = d.user;
      const more = extra.get(d.id) ?? [];
      if (!ue && d.mentions.length === 0) continue;
      const ev = this.toEvent(d.id, d.cluster, d.mentions, d.reasoning, ue, more);
      built.events.push(ev);
      built.byId.set(ev.id, ev);
      built.members.set(ev.id, d.mentions);
      built.drafts.set(ev.id, { cluster: d.cluster, mentions: d.mentions, reasoning: d.reasoning, ...(ue ? { user: ue } : {}), more });
      for (const m of d.mentions) {
        let ids = built.eventOfMention.get(m.file);
        if (!ids) built.eventOfMention.set(m.file, (ids = []));
        ids[m.index] = ev.id;
      }
    }
    built.events.sort(compareEvents);
    this.built = built;
    return built;
  }

  /**
   * An event from its draft. Called once per event on every full pass (tens of thousands at newsroom
   * scale), so it walks the mentions once, looking each article up once per run of its mentions (they are
   * sorted by file), and makes maps only for what an event has.
   */
  private toEvent(id: string, c: Cluster, mentions: MentionAnalysis[], reasoning: string[], ue: UserEvent | undefined, extra: EventMention[]): NewsEvent {
    let fr = 0;
    let en = 0;
    let nouns = 0;
    // Place: the most specific place named, in the spelling most articles use.
    let placeId = c.placeId;
    let spellings: Map<string, number> | undefined;
    let personCount: Map<string, number> | undefined;
    let partyCount: Map<string, number> | undefined;
    const outlets = new Set<string>();
    const evMentions: EventMention[] = [];
    let lastFile: string | undefined;
    let lastDoc: DocumentAnalysis | undefined;
    for (const m of mentions) {
      if (m.file !== lastFile) {
        lastFile = m.file;
        lastDoc = this.analysisByFile(m.file);
      }
      if (lastDoc?.language === 'en') en++;
      else fr++;
      outlets.add(lastDoc?.outlet ?? m.file);
      if (!m.verb) nouns++;
      if (m.place) {
        placeId ??= m.place.id;
        if (m.place.id === placeId) (spellings ??= new Map()).set(m.place.text, (spellings.get(m.place.text) ?? 0) + 1);
      }
      for (const p of m.persons) (personCount ??= new Map()).set(p, (personCount.get(p) ?? 0) + 1);
      for (const p of m.parties) (partyCount ??= new Map()).set(p, (partyCount.get(p) ?? 0) + 1);
      evMentions.push(eventMention(m));
    }
    for (const m of extra) {
      evMentions.push(m);
      outlets.add(this.analysisByFile(m.file)?.outlet ?? m.file);
    }
    const lang = en > fr ? 'en' : 'fr';
    const kind = nouns ? majorityKind(mentions, true) : mentions.length ? majorityKind(mentions) : 'talks';
    const place = placeId ? placeInfo(placeId) : undefined;
    const placeText = (spellings && rank(spellings)[0]) ?? (placeId ? place?.name ?? placeId : undefined);
    const date = c.day ?? (c.approx && !c.approx.startsWith('--') ? c.approx : undefined);
    // Participants: people named by the most mentions, then the parties.
    const personIds = personCount ? rank(personCount) : [];
    const parties = partyCount ? rank(partyCount).filter((p) => p !== placeId) : [];
    const participantIds = ue?.participants ?? personIds;
    const participants = participantIds.map((p) => this.personName(p));
    if (!ue?.participants) for (const p of parties) participants.push((lang === 'en' ? placeInfo(p)?.nameEn : placeInfo(p)?.name) ?? p);

    let title = ue?.title;
    if (!title) {
      const label = KIND_LABEL[lang][kind];
      const when = date === undefined ? undefined : titleDate[lang](date);
      const who = personIds.slice(0, 2).map((p) => this.personName(p).split(/\s+/).pop()).join('–');
      const city = placeId ? place?.kind === 'city' || !place : false;
      const where = placeText ? (lang === 'en' ? ` in ${placeText}` : city ? ` à ${placeText}` : `, ${placeText}`) : who ? ` ${who}` : '';
      title = `${label}${where}${when ? `, ${when}` : lang === 'fr' ? ' (non daté)' : ' (undated)'}`;
    }
    const ev: NewsEvent = {
      id,
      title,
      participants,
      mentions: evMentions,
      reasoning: eventReasons(reasoning),
      kind,
      participantIds,
      sources: outlets.size,
    };
    const finalDate = ue?.date ?? date;
    const finalPlace = ue?.place ?? placeText;
    if (finalDate) ev.date = finalDate;
    if (finalPlace) ev.place = finalPlace;
    if (ue) ev.user = true;
    return ev;
  }

  private claims(): ClaimResults {
    const b = this.build();
    const contradictions: Contradiction[] = [];
    const agreements: Contradiction[] = [];
    const outletOf = (file: string) => this.analysisByFile(file)?.outlet;
    const refresh = (ev: NewsEvent) => {
      const members = b.members.get(ev.id) ?? [];
      const date = ev.date ?? '';
      const cached = this.claimCache.get(ev.id);
      if (cached?.members && cached.date === date && cached.members.length === members.length) {
        let same = true;
        for (let i = 0; i < members.length && same; i++) {
          const m = members[i];
          const was = cached.members[i];
          same = was.file === m.file && was.start === m.start && was.end === m.end && cached.versions[i] === (this.docVersion.get(m.file) ?? 0);
        }
        if (same) return;
      }
      const results = this.seededClaims(ev, members) ?? compareEventClaims(ev, members, outletOf);
      this.claimCache.set(ev.id, { date, members, versions: members.map((m) => this.docVersion.get(m.file) ?? 0), results });
    };
    if (b.claimsSynced && !b.dirty.size && b.claims && this.quoteResults) return b.claims;
    const full = !b.claimsSynced;
    if (!b.claimsSynced) {
      const live = new Set<string>();
      for (const ev of b.events) {
        live.add(ev.id);
        refresh(ev);
      }
      for (const k of [...this.claimCache.keys()]) if (!live.has(k)) this.claimCache.delete(k);
      b.claimsSynced = true;
      this.claimSeeds = undefined;
    } else {
      // A build read back from the cache: the other events' claims are the stored ones.
      if (b.restored && !b.restored.claimsFilled) {
        for (const [id, seed] of this.eventSeeds() ?? []) if (!this.claimCache.has(id)) this.claimCache.set(id, { date: '', members: null, versions: [], results: seed.results });
        b.restored.claimsFilled = true;
      }
      // A patched event: its members changed, so compare again; without members the entry never matches, so
      // a later full pass compares it again too rather than spend the bookkeeping on it now.
      for (const id of b.dirty) {
        const ev = b.byId.get(id)!;
        const results = compareEventClaims(ev, b.members.get(id) ?? [], outletOf);
        this.claimCache.set(id, { date: '', members: null, versions: [], results });
        if (b.eventClaims) b.eventClaims[positionOf(b, id)] = results;
      }
    }
    b.dirty.clear();
    if (full || !b.eventClaims) b.eventClaims = b.events.map((ev) => this.claimCache.get(ev.id)!.results);
    const split: number[] = [];
    for (const results of b.eventClaims) {
      for (const c of results.contradictions) contradictions.push(c);
      for (const c of results.agreements) agreements.push(c);
      split.push(results.contradictions.length, results.agreements.length);
    }
    if (!this.quoteResults && b.restored) {
      const results = this.restoredQuotes(b, b.restored);
      if (!results) {
        this.rebuild();
        return this.claims();
      }
      this.quoteResults = results;
    }
    if (!this.quoteResults) {
      const eventOf = (q: QuoteAnalysis) => (q.mention !== undefined ? b.eventOfMention.get(q.file)?.[q.mention] ?? null : null);
      let results: ClaimResults | undefined;
      for (const [file, before] of this.quoteBase ?? []) {
        const after = this.analysisByFile(file);
        results = after && patchQuotes(this.quoteCache, before, after, eventOf);
        if (!results) break;
      }
      this.quoteBase = undefined;
      this.quoteResults = results ?? compareQuotes(this.analyses(), eventOf, undefined, this.quoteCache, b);
    }
    const claims: ClaimResults = {
      contradictions: [...contradictions, ...this.quoteResults.contradictions],
      agreements: [...agreements, ...this.quoteResults.agreements],
    };
    b.claims = claims;
    // A full build's answers, for the next session to read back while nothing changes (see `restore`).
    const speakers = full && !b.patched && b.signature && this.cache ? comparedSpeakers(this.quoteCache) : undefined;
    if (speakers && b.signature && this.cache) {
      const payload = (): Array<() => Iterable<unknown>> | undefined => {
        if (this.built !== b || b.patched) return undefined;
        const lists: Record<Section, () => Iterable<unknown>> = {
          [Section.Events]: () => b.events,
          [Section.Contradictions]: () => claims.contradictions,
          [Section.Agreements]: () => claims.agreements,
          [Section.Split]: () => split,
          [Section.People]: () => this.peopleInOrder(),
          [Section.Documents]: () => this.documentList(),
          [Section.Clusters]: () => b.events.map((ev) => {
            const c = b.drafts.get(ev.id)?.cluster;
            return [c?.placeId ?? null, c?.day ?? null, c?.approx ?? null];
          }),
          [Section.Names]: () => [...this.nameMap()],
          [Section.Speakers]: () => speakers,
        };
        return Array.from({ length: SECTIONS }, (_, i) => lists[i as Section]);
      };
      this.cache.setGroups(b.signature, payload, this.textOf);
    }
    return claims;
  }

  /** The claims of each event of the build read back from the cache, by event id. */
  private eventSeeds(): Map<string, { event: NewsEvent; results: ClaimResults }> | undefined {
    const seeds = this.claimSeeds;
    if (!seeds || seeds.events) return seeds?.events;
    const { events, contradictions, agreements, split } = seeds.stored;
    seeds.events = new Map();
    let c = 0;
    let a = 0;
    events.forEach((event, i) => {
      const nc = split[2 * i];
      const na = split[2 * i + 1];
      seeds.events!.set(event.id, { event, results: { contradictions: contradictions.slice(c, c + nc), agreements: agreements.slice(a, a + na) } });
      c += nc;
      a += na;
    });
    return seeds.events;
  }

  /** An event's claims as the build read back from the cache had them, if neither its members nor their articles changed since. */
  private seededClaims(ev: NewsEvent, members: readonly MentionAnalysis[]): ClaimResults | undefined {
    const seed = this.eventSeeds()?.get(ev.id);
    if (!seed || seed.event.date !== ev.date || seed.event.mentions.length !== members.length) return undefined;
    const versions = this.claimSeeds!.versions;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const s = seed.event.mentions[i];
      if (s.file !== m.file || s.start !== m.start || s.end !== m.end || versions.get(m.file) !== this.docVersion.get(m.file)) return undefined;
    }
    return seed.results;
  }

  private userLinks(): Contradiction[] {
    return (this.decisions.links ?? []).map((l) => {
      const sides = [l.a, l.b].map((r) => {
        const doc = this.docs.get(r.file);
        const text = r.text ?? (doc ? new TextIndex(doc.text).slice(r.start, r.end) : '');
        const outlet = doc && this.analysisOf(doc).outlet;
        return { file: r.file, start: r.start, end: r.end, text, value: text, ...(outlet ? { outlet } : {}) };
      });
      const event = l.event ?? this.eventAt(l.a.file, l.a.start)?.id ?? this.eventAt(l.b.file, l.b.start)?.id ?? null;
      const c: Contradiction = { id: l.id ?? claimId('u', 'user', sides), event, attribute: 'user', status: 'open', sides };
      if (l.note) c.note = l.note;
      return c;
    });
  }

  private applyVerdicts(list: Contradiction[]): Contradiction[] {
    const verdicts = new Map((this.decisions.verdicts ?? []).map((v) => [v.id, v]));
    return list
      .map((c) => {
        const v = verdicts.get(c.id);
        if (!v) return c;
        const out: Contradiction = { ...c, status: v.status };
        if (v.note) out.note = v.note;
        return out;
      })
      .sort((a, b) => ((a.event ?? '\uffff') < (b.event ?? '\uffff') ? -1 : (a.event ?? '\uffff') > (b.event ?? '\uffff') ? 1 : a.id < b.id ? -1 : 1));
  }
}


function firstKey(c: Cluster): string {
  const m = c.mentions[0];
  return m ? `${m.file}#${String(m.start).padStart(9, '0')}` : '';
}

/** Slug helper re-exported for adapters that build ids for user events. */
export { slug };
