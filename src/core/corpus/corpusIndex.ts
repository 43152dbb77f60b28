/**
 * The cross-document index: every article's detections and event mentions, the events they group into,
 * the contradictions and agreements between sources, and the people across articles.
 *
 * A facade over separate pieces: per-article analyses (here, with the analysis cache), event building as a
 * function of analyses and decisions (eventBuild.ts), people (corpusPeople.ts), each event's claims
 * (claimCache.ts), and a full build's answers stored in and read back from the cache (storedBuild.ts).
 * What is derived from the corpus as a whole lives in one `BuildState`, replaced in one place (`resetBuild`).
 *
 * Incremental: `setDocument` re-analyses that article only; grouping is a linear pass over the cached
 * per-article results, done lazily on the next query; claims are compared per event and cached by the
 * event's membership, so an edit recomputes the events it touches. An edit that leaves everything grouping
 * reads unchanged (`groupingSignature`: same mentions, dates, places, people; typically a typo fix) skips
 * regrouping: only the events holding that article's mentions are rebuilt, their claims compared again, and
 * the quotes of that article's speakers (`patchQuotes`). Any other change, and user events that move
 * mentions by offset, fall back to the full pass.
 *
 * With an `AnalysisCache`, articles whose analysis the cache holds are not analysed, and decoded only when
 * something needs them; the analyses kept in memory leave out the detector's raw output. The answers of a
 * full pass are written to the cache under a signature of the articles and decisions (`corpusSignature`):
 * a restart with nothing changed reads them back instead of grouping, and an edit after that patches them
 * as it would its own build's (`hydrate`, `restoredQuotes`), without grouping.
 */
import type { Contradiction, Detections, NewsEvent, Person } from '../model';
import { TextIndex } from '../text/offsets';
import { detect as defaultDetect } from '../detect';
import type { DocumentAnalysis } from './analyze';
import { analyseFull, detectMapped, type AnalysisRequest, type AnalysisResult } from './analyseArticle';
import { BuildState, groupingSignature, quoteEventOf, type Built } from './buildState';
import { EventClaimCache } from './claimCache';
import { claimId, compareQuotes, comparedSpeakers, newQuoteCache, patchQuotes, type ClaimResults } from './claims';
import { peopleInOrder, personIds, personNames, type PersonIds, type PersonSummary } from './corpusPeople';
import { ArticleKeys, registrySignature, type AnalysisCache, type CachedAnalysis, type SourceText } from './cache';
import type { CorpusDecisions } from './decisions';
import { buildEvents, patchEvents, type EventContext } from './eventBuild';
import { corpusSignature, groupsPayload, hydrate, readStoredBuild, restoredQuotes, Section, storedSection } from './storedBuild';
import { detachedAnalysis, rereadText, shareStrings, withTextGetter, type ReadText } from './detachedText';
import { articleStoryTerms, rememberStoryTerms } from './storyGroup';
import { filedFromWorker } from './filedArticle';

/** The detector the index runs on each article (src/core/detect `detect`). */
export type DetectFn = (text: string, options: { published?: string; registry?: Person[] }) => Detections;

export interface DocumentOptions {
  /** Publication date from the sidecar (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: string;
  outlet?: string;
  /** People the user confirmed; defaults to the decisions' people. */
  registry?: Person[];
}

export interface CorpusDocument {
  file: string;
  published?: string;
  outlet?: string;
  language: 'fr' | 'en';
  /** Who wrote it (its byline), apart from the people of the story. */
  authors?: string[];
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
  /**
   * Reads an article's text again (the CLI: from the folder). Given, the index keeps no texts (see detachedText.ts):
   * an answer that quotes an article reads it through this, and throws when it changed since it was indexed.
   */
  readText?: ReadText;
  /**
   * Hands each article's detections to `takeDetections` once (`export ndjson`): detected with the analysis,
   * here or in a worker, instead of a second time, and not kept after they are taken.
   */
  handOffDetections?: boolean;
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

/** The corpus index. Plain TypeScript: no `vscode`; the extension adapts it to trees and decorations. */
export class CorpusIndex {
  private readonly docs = new Map<string, Doc>();
  private readonly listeners: Array<(files: string[]) => void> = [];
  private readonly detect: DetectFn;
  private readonly cache: AnalysisCache | undefined;
  private readonly readText: ReadText | undefined;
  private readonly handOff: boolean;
  /** Detections made with an article's analysis, until `takeDetections` takes them (with `handOffDetections`). */
  private readonly pendingDetections = new Map<string, Detections>();
  private decisions: CorpusDecisions;
  private state = new BuildState();
  /** Bumped on every change of an article: an event's cached claims are stale when a member's article changed. */
  private readonly docVersion = new Map<string, number>();
  private readonly eventClaims = new EventClaimCache(this.docVersion, (file) => this.analysisByFile(file)?.outlet);
  private readonly quoteCache = newQuoteCache();
  private readonly keys = new ArticleKeys();
  /** What building events reads of the index. */
  private readonly eventContext: EventContext = {
    analysisByFile: (file) => this.analysisByFile(file),
    textOf: (file) => this.docs.get(file)?.text,
    personName: (id) => this.personName(id),
  };

  constructor(options: CorpusIndexOptions = {}) {
    this.detect = options.detect ?? defaultDetect;
    this.decisions = options.decisions ?? {};
    this.cache = options.cache;
    this.readText = options.readText;
    this.handOff = options.handOffDetections ?? false;
  }

  /**
   * Adds or replaces an article and re-analyses it (only it). With a cache that holds this article's
   * analysis, nothing is analysed: the entry is decoded when something first needs it.
   * `analysed`: the article analysed elsewhere (a worker of the pool, from `analysisRequest`); taken when it
   * was made for this text and these inputs, else the article is analysed here. The index answers the same.
   */
  setDocument(file: string, text: string, options: DocumentOptions = {}, analysed?: AnalysisResult): void {
    const registry = options.registry ?? this.decisions.people;
    const doc = this.newDoc(file, text, options, registry);
    const key = this.cache || analysed ? this.keyOf(file, text, options, registry, false) : undefined;
    const ready = analysed?.key === key ? analysed : undefined;
    if (this.cache) {
      doc.key = key;
      // A hit is decoded when something first needs it. An entry from a worker is decoded now, while the
      // workers analyse the next articles: grouping, which would decode it, runs alone after the pass
      // (bench, 10,000 articles: about 2.5 s of CPU moved out of grouping).
      if (!this.cache.claim(doc.key!)) {
        if (ready?.entry && this.cache.adopt(doc.key!, file, text, ready.entry)) filedFromWorker(this.analysisOf(doc), ready);
        else this.analyse(doc, text, ready?.analysis);
      }
    } else if (ready?.lean) {
      // From a worker, the analysis' strings are already its own copies: only the text itself is let go.
      // From a worker, the analysis comes without its text (pool.ts): the index has it.
      const lean = this.readText ? withTextGetter(shareStrings(ready.lean), () => doc.text) : Object.assign(ready.lean, { text });
      // Story terms recur across articles ("pourparlers"): one string each, not one per article.
      if (this.readText && ready.story) shareStrings(ready.story);
      filedFromWorker((doc.analysis = this.withDetections(lean, doc)), ready);
    } else this.analyse(doc, text);
    if (this.handOff && ready?.detections) this.pendingDetections.set(file, ready.detections);
    const old = this.docs.get(file);
    this.docs.set(file, doc);
    this.docVersion.set(file, (this.docVersion.get(file) ?? 0) + 1);
    // A build read back from the cache has no user events' drafts to patch: only builds without user events.
    if (old && this.state.built && this.canPatch() && !(this.state.built.restored && this.decisions.events?.length)) {
      const before = this.analysisOf(old);
      if (groupingSignature(before) === groupingSignature(this.analysisOf(doc))) {
        // Same clusters: only the events holding this article's mentions change (see `patch`).
        (this.state.patched ??= new Set()).add(file);
        this.state.built.patched = true;
        const restored = this.state.built.restored;
        if (restored) {
          if (!restored.base.has(file)) restored.base.set(file, before);
          restored.quoteDirty.add(file);
        } else if (this.state.quoteResults || this.state.quoteBase) {
          this.state.quoteBase ??= new Map();
          if (!this.state.quoteBase.has(file)) this.state.quoteBase.set(file, before);
        }
        this.state.quoteResults = undefined;
        // Quotes' speakers are not in the grouping signature: people are read again from the analyses.
        this.state.personIds = undefined;
        for (const l of [...this.listeners]) l([file]);
        return;
      }
    }
    this.invalidate([file]);
  }

  /** An indexed article: its text kept, or read again when needed (with `readText`). */
  private newDoc(file: string, text: string, options: DocumentOptions, registry: Person[] | undefined): Doc {
    const doc = { file, options, registry, people: this.decisions.people } as Doc;
    if (this.readText) Object.defineProperty(doc, 'text', { enumerable: true, get: rereadText(file, text, this.readText) });
    else doc.text = text;
    return doc;
  }

  /**
   * The detections made with this article's analysis, once (with `handOffDetections`); detected again when
   * none are waiting (the article was analysed before, or they were taken). Not kept by the index.
   */
  takeDetections(file: string): Detections | undefined {
    const waiting = this.pendingDetections.get(file);
    if (waiting) {
      this.pendingDetections.delete(file);
      return waiting;
    }
    const doc = this.docs.get(file);
    return doc && detectMapped(doc.text, doc.options.published, doc.registry, doc.people, this.detect);
  }

  /** The cache key of an article with these inputs; `request`: held until the article is filed (see `ArticleKeys`). */
  private keyOf(file: string, text: string, { published, outlet }: DocumentOptions, registry: Person[] | undefined, request: boolean): string {
    const people = `${registrySignature(registry)}|${registrySignature(this.decisions.people)}`;
    return this.keys.key(file, text, { published, outlet, registry: people }, request);
  }

  /**
   * What analysing this article elsewhere needs (a worker runs `analyseRequest` on it; hand the result to
   * `setDocument` with the same arguments), or undefined when the cache holds its analysis: nothing to
   * analyse. With a cache, the worker makes the cache entry: give the pool this index's cache (AnalysisQueue).
   * Only for an index on the default detector, which is what the workers run.
   */
  analysisRequest(file: string, text: string, options: DocumentOptions = {}): AnalysisRequest | undefined {
    const registry = options.registry ?? this.decisions.people;
    const key = this.keyOf(file, text, options, registry, true);
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
      ...(this.handOff ? { detections: true } : {}),
    };
  }

  /** Runs detection and analysis on an article (its cached entry is missing or unusable; `full`: made already, in this thread), and caches it. */
  private analyse(doc: Doc, text = doc.text, full?: DocumentAnalysis): DocumentAnalysis {
    const { file, options } = doc;
    full ??= analyseFull(file, text, options, doc.registry, doc.people, this.detect);
    if (this.handOff) this.pendingDetections.set(file, full.detections);
    let lean: CachedAnalysis | undefined;
    // With a cache, the index keeps what the cache gives back, so a warm start answers exactly like this one.
    if (this.cache && doc.key) lean = this.cache.put(doc.key, full, text);
    if (!lean && this.readText) {
      lean = detachedAnalysis(full, () => doc.text);
      // Grouping reads the story terms from the text: taken now, while the text is at hand, not read again then
      // (cloned: a term cut from the text would keep the whole text alive).
      rememberStoryTerms(lean as DocumentAnalysis, structuredClone(articleStoryTerms(full)));
    }
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
    const keep = !this.readText;
    Object.defineProperty(lean, 'detections', {
      configurable: true,
      enumerable: false,
      get(this: CachedAnalysis): Detections {
        const value = detectMapped(doc.text, doc.options.published, doc.registry, doc.people, detect);
        // An index that keeps no texts keeps no detections either: they are the largest part of an analysis.
        if (keep) Object.defineProperty(this, 'detections', { configurable: true, enumerable: false, writable: true, value });
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

  /** Forgets an article. */
  removeDocument(file: string): void {
    this.pendingDetections.delete(file);
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
    const restored = (this.state.built ?? this.restore())?.restored;
    return (restored && storedSection<CorpusDocument[]>(restored.groups, Section.Documents, this.textOf)) ?? this.documentList();
  }

  private documentList(): CorpusDocument[] {
    return this.analyses()
      .map((d) => ({
        file: d.file,
        language: d.language,
        ...(d.published ? { published: d.published } : {}),
        ...(d.outlet ? { outlet: d.outlet } : {}),
        ...(d.authors?.length ? { authors: d.authors.map((a) => a.name) } : {}),
      }))
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

  /** People across articles, most mentioned and quoted first (the registry's, the detected and those tagged by hand). */
  people(): PersonSummary[] {
    // The people read back hold offsets: only while no article changed.
    const restored = (this.state.built ?? this.restore())?.restored;
    return (restored && !restored.base.size && storedSection<PersonSummary[]>(restored.groups, Section.People, this.textOf)) || [...this.peopleInOrder()];
  }

  // ---- internals --------------------------------------------------------------------------------

  /** Drops everything derived from the corpus as a whole: the one place a build's state is reset. */
  private resetBuild(): void {
    this.state = new BuildState();
  }

  private invalidate(files: string[]): void {
    this.resetBuild();
    for (const l of [...this.listeners]) l(files);
  }

  /** Drops a build that cannot be patched after all and builds again (the listeners already heard of the change). */
  private rebuild(): Built {
    this.resetBuild();
    return this.build();
  }

  private personName(id: string): string {
    return this.nameMap().get(id) ?? id;
  }

  /** Names of people by id: registry names win, else the longest detected name. Once per build. */
  private nameMap(): Map<string, string> {
    if (!this.state.names) {
      // A build read back from the cache stored them: reading every article's people would decode them all.
      const restored = this.state.built?.restored;
      const stored = restored && storedSection<Array<[string, string]>>(restored.groups, Section.Names, this.textOf);
      // Without the decisions' people or tags, the names come from the same `personIds` the build used.
      this.state.names = stored ? new Map(stored) : personNames(this.analyses(), this.decisions, this.plainDecisions() ? this.plainPersonIds() : undefined);
    }
    return this.state.names;
  }

  /** Whether the decisions name no people and tag none: then people are read from the analyses alone. */
  private plainDecisions(): boolean {
    return !this.decisions.people?.length && !this.decisions.tagged?.length;
  }

  /** The people, reading the build's `personIds` when it read the same (plain decisions, articles indexed in file order). */
  private peopleInOrder(): Generator<PersonSummary> {
    const analyses = this.analyses();
    let sorted = this.plainDecisions();
    for (let i = 1; sorted && i < analyses.length; i++) sorted = analyses[i - 1].file < analyses[i].file;
    return peopleInOrder(analyses, this.decisions, sorted ? this.plainPersonIds() : undefined);
  }

  /** `personIds` of the analyses as events read them (no registry, no tags): once per build, not once per use. */
  private plainPersonIds(): PersonIds {
    return (this.state.personIds ??= personIds(this.analyses()));
  }

  /** The build the cache holds for exactly these articles and decisions, if any: it becomes `built`. */
  private restore(): Built | undefined {
    if (this.state.built || !this.cache) return this.state.built;
    const signature = corpusSignature(this.docs, this.decisions);
    const groups = signature && this.cache.groups(signature);
    const read = groups ? readStoredBuild(groups, signature, this.textOf) : undefined;
    if (!read) return undefined;
    // Each event's claims: what the next full build reuses where the event's members and their articles did
    // not change, and what the answers are assembled from after an edit.
    this.eventClaims.seed(read.stored);
    this.state.quoteResults = read.built.restored!.quoteTail;
    this.state.built = read.built;
    return read.built;
  }

  /** An article's text for the cache's stored groups (the Doc itself: it remembers whether the text has astral characters). */
  private readonly textOf = (file: string): SourceText | undefined => this.docs.get(file);

  private build(): Built {
    const state = this.state;
    if (state.built) {
      if (state.patched) {
        const r = state.built.restored;
        if (r && !hydrate(state.built, r, (f) => this.analysisByFile(f), this.textOf)) return this.rebuild();
        for (const id of patchEvents(state.built, state.patched, (f) => this.analysisByFile(f))) state.built.dirty.add(id);
        state.patched = undefined;
      }
      return state.built;
    }
    const restored = this.restore();
    if (restored) return restored;
    const signature = this.cache ? corpusSignature(this.docs, this.decisions) : undefined;
    const events = buildEvents(this.analyses(), this.decisions.events ?? [], { ...this.eventContext, personIds: this.plainPersonIds() });
    const built: Built = { ...events, claimsSynced: false, dirty: new Set(), ...(signature ? { signature } : {}) };
    state.built = built;
    return built;
  }

  private claims(): ClaimResults {
    const b = this.build();
    if (b.claimsSynced && !b.dirty.size && b.claims && this.state.quoteResults) return b.claims;
    const full = !b.claimsSynced;
    if (full) {
      this.eventClaims.syncAll(b);
      b.claimsSynced = true;
    } else {
      // A build read back from the cache: the other events' claims are the stored ones.
      if (b.restored && !b.restored.claimsFilled) {
        this.eventClaims.fillFromSeeds();
        b.restored.claimsFilled = true;
      }
      this.eventClaims.compareDirty(b);
    }
    b.dirty.clear();
    if (full || !b.eventClaims) b.eventClaims = b.events.map((ev) => this.eventClaims.resultsOf(ev.id));
    const contradictions: Contradiction[] = [];
    const agreements: Contradiction[] = [];
    const split: number[] = [];
    for (const results of b.eventClaims) {
      for (const c of results.contradictions) contradictions.push(c);
      for (const c of results.agreements) agreements.push(c);
      split.push(results.contradictions.length, results.agreements.length);
    }
    const quotes = this.quoteClaims(b);
    if (!quotes) {
      this.rebuild();
      return this.claims();
    }
    const claims: ClaimResults = {
      contradictions: [...contradictions, ...quotes.contradictions],
      agreements: [...agreements, ...quotes.agreements],
    };
    b.claims = claims;
    if (full) this.storeGroups(b, claims, split);
    return claims;
  }

  /**
   * The quotes' contradictions and agreements: as read back from the cache, patched for the articles edited
   * since the last comparison, or compared over the corpus. Undefined when a build read back from the cache
   * cannot follow the edits (then build again).
   */
  private quoteClaims(b: Built): ClaimResults | undefined {
    const state = this.state;
    if (!state.quoteResults && b.restored) {
      const results = restoredQuotes(b, b.restored, (f) => this.analysisByFile(f), this.textOf);
      if (!results) return undefined;
      state.quoteResults = results;
    }
    if (!state.quoteResults) {
      const eventOf = quoteEventOf(b);
      let results: ClaimResults | undefined;
      for (const [file, before] of state.quoteBase ?? []) {
        const after = this.analysisByFile(file);
        results = after && patchQuotes(this.quoteCache, before, after, eventOf);
        if (!results) break;
      }
      state.quoteBase = undefined;
      state.quoteResults = results ?? compareQuotes(this.analyses(), eventOf, undefined, this.quoteCache, b);
    }
    return state.quoteResults;
  }

  /** A full build's answers, for the next session to read back while nothing changes (see `restore`). */
  private storeGroups(b: Built, claims: ClaimResults, split: number[]): void {
    const speakers = !b.patched && b.signature && this.cache ? comparedSpeakers(this.quoteCache) : undefined;
    if (!speakers || !b.signature || !this.cache) return;
    const payload = (): Array<() => Iterable<unknown>> | undefined => {
      if (this.state.built !== b || b.patched) return undefined;
      return groupsPayload({
        [Section.Events]: () => b.events,
        [Section.Contradictions]: () => claims.contradictions,
        [Section.Agreements]: () => claims.agreements,
        [Section.Split]: () => split,
        [Section.People]: () => this.peopleInOrder(),
        [Section.Documents]: () => this.documentList(),
        [Section.Clusters]: () =>
          b.events.map((ev) => {
            const c = b.drafts.get(ev.id)?.cluster;
            return [c?.placeId ?? null, c?.day ?? null, c?.approx ?? null];
          }),
        [Section.Names]: () => [...this.nameMap()],
        [Section.Speakers]: () => speakers,
      });
    };
    this.cache.setGroups(b.signature, payload, this.textOf);
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
