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
 */
import type { Contradiction, Detections, EventMention, NewsEvent, Person, Verdict } from '../model';
import { placeInfo } from '../lexicon/places';
import { TextIndex } from '../text/offsets';
import { detect as defaultDetect } from '../detect';
import { analyseDocument, type DocumentAnalysis, type MentionAnalysis, type QuoteAnalysis } from './analyze';
import { compareEventClaims, compareQuotes, claimId, newQuoteCache, patchQuotes, type ClaimResults } from './claims';
import { baseEventId, groupMentions, majorityKind, type Cluster } from './group';
import { slug } from './hash';
import { registrySignature, type AnalysisCache } from './cache';
import type { EventKind } from './triggers';

export type { DocumentAnalysis, MentionAnalysis } from './analyze';
export { analyseDocument } from './analyze';
export { durationRange, valueRange, rangesOverlap, isoDuration } from './intervals';
export { wordDiff, claimId } from './claims';
export { splitSentences } from './sentences';
export { AnalysisCache, MemoryCacheStore, registrySignature, type AnalysisCacheStore, type AnalysisCacheOptions, type AnalysisInputs } from './cache';
export { findTriggers } from './triggers';

/** The detector the index runs on each article (src/core/detect `detect`). */
export type DetectFn = (text: string, options: { published?: string; registry?: Person[] }) => Detections;

export interface DocumentOptions {
  /** Publication date from the sidecar (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: string;
  outlet?: string;
  /** People the user confirmed; defaults to the decisions' people. */
  registry?: Person[];
}

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

/** What the user decided, as newsmark.yaml holds it. User decisions win over re-analysis. */
export interface CorpusDecisions {
  people?: Person[];
  events?: UserEvent[];
  verdicts?: UserVerdict[];
  links?: UserLink[];
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
  /** Per-article analyses kept across restarts (load it before indexing, flush it after). */
  cache?: AnalysisCache;
}

interface Built {
  events: NewsEvent[];
  byId: Map<string, NewsEvent>;
  /** Event id of each mention (`file#index`). */
  eventOfMention: Map<string, string>;
  /** Analysed mentions of each event. */
  members: Map<string, MentionAnalysis[]>;
  /** What each event was built from, so an edit that leaves grouping unchanged rebuilds only its events. */
  drafts: Map<string, { cluster: Cluster; mentions: MentionAnalysis[]; reasoning: string[]; user?: UserEvent; more: EventMention[] }>;
  /** Whether claimCache holds every event of this build (then only `dirty` events need comparing again). */
  claimsSynced: boolean;
  dirty: Set<string>;
  /** The last `claims()` answer, while no event is dirty and the quotes are compared. */
  claims?: ClaimResults;
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

function compareEvents(a: NewsEvent, b: NewsEvent): number {
  // Time order, undated last; then title for a stable order.
  const da = a.date ?? '\uffff';
  const db = b.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The corpus index. Plain TypeScript: no `vscode`; the extension adapts it to trees and decorations. */
export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly listeners: Array<(files: string[]) => void> = [];
  private readonly detect: DetectFn;
  private readonly cache: AnalysisCache | undefined;
  private decisions: CorpusDecisions;
  private built: Built | undefined;
  private claimCache = new Map<string, { signature: string; results: ClaimResults }>();
  /** Bumped on every change of an article: an event's cached claims are stale when a member's article changed. */
  private readonly docVersion = new Map<string, number>();
  private quoteResults: ClaimResults | undefined;
  private readonly quoteCache = newQuoteCache();
  /** Articles changed since `built` whose changes leave grouping as it was (see `groupingSignature`). */
  private patched: Set<string> | undefined;
  /** For quotes: each article patched since the last quote comparison, as that comparison saw it. */
  private quoteBase: Map<string, DocumentAnalysis> | undefined;

  constructor(options: CorpusIndexOptions = {}) {
    this.detect = options.detect ?? defaultDetect;
    this.decisions = options.decisions ?? {};
    this.cache = options.cache;
  }

  /** Adds or replaces an article and re-analyses it (only it). */
  setDocument(file: string, text: string, options: DocumentOptions = {}): void {
    const registry = options.registry ?? this.decisions.people;
    const inputs = this.cache && {
      ...(options.published ? { published: options.published } : {}),
      ...(options.outlet ? { outlet: options.outlet } : {}),
      registry: `${registrySignature(registry)}|${registrySignature(this.decisions.people)}`,
    };
    let analysis = this.cache?.get(file, text, inputs);
    if (!analysis) {
      const detections = this.detect(text, { ...(options.published ? { published: options.published } : {}), ...(registry ? { registry } : {}) });
      analysis = analyseDocument(file, text, this.remapPeople(detections), options);
      this.cache?.set(file, text, inputs!, analysis);
    }
    const old = this.docs.get(file);
    this.docs.set(file, analysis);
    this.docVersion.set(file, (this.docVersion.get(file) ?? 0) + 1);
    if (old && this.built && this.canPatch() && groupingSignature(old) === groupingSignature(analysis)) {
      // Same clusters: only the events holding this article's mentions change (see `patch`).
      (this.patched ??= new Set()).add(file);
      if (this.quoteResults || this.quoteBase) {
        this.quoteBase ??= new Map();
        if (!this.quoteBase.has(file)) this.quoteBase.set(file, old);
      }
      this.quoteResults = undefined;
      for (const l of [...this.listeners]) l([file]);
      return;
    }
    this.invalidate([file]);
  }

  /** User decisions that move mentions by offset depend on more than the grouping signature. */
  private canPatch(): boolean {
    return !(this.decisions.events ?? []).some((ue) => ue.mentions?.length);
  }

  /** Rebuilds the events holding mentions of the patched articles, and only them. */
  private patch(built: Built, files: Set<string>): void {
    const affected = new Set<string>();
    for (const file of files) {
      const doc = this.docs.get(file);
      if (!doc) continue;
      for (const m of doc.mentions) {
        const id = built.eventOfMention.get(`${file}#${m.index}`);
        if (id !== undefined) affected.add(id);
      }
    }
    for (const id of affected) {
      const d = built.drafts.get(id)!;
      d.mentions = d.mentions.map((m) => (files.has(m.file) ? this.docs.get(m.file)!.mentions[m.index] : m));
      const old = built.byId.get(id)!;
      const ev = this.toEvent(id, d.cluster, d.mentions, d.reasoning, d.user, d.more);
      built.events[built.events.indexOf(old)] = ev;
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
    return [...this.docs.values()]
      .map((d) => ({ file: d.file, language: d.language, ...(d.published ? { published: d.published } : {}), ...(d.outlet ? { outlet: d.outlet } : {}) }))
      .sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  /** The analysis of one article (detections, mentions, quotes), if indexed. */
  document(file: string): DocumentAnalysis | undefined {
    return this.docs.get(file);
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
    const byId = new Map<string, PersonSummary & { names: Map<string, number> }>();
    const get = (id: string, name: string) => {
      let p = byId.get(id);
      if (!p) byId.set(id, (p = { id, name, aliases: [], mentions: [], quotes: [], documents: [], names: new Map() }));
      return p;
    };
    for (const r of this.decisions.people ?? []) {
      const p = get(r.id, r.name);
      p.aliases.push(...r.aliases);
      p.names.set(r.name, Number.MAX_SAFE_INTEGER);
    }
    for (const d of [...this.docs.values()].sort((a, b) => (a.file < b.file ? -1 : 1))) {
      for (const m of d.people) {
        const p = get(m.id, m.name);
        p.mentions.push({ file: d.file, start: m.start, end: m.end, text: m.text });
        p.names.set(m.name, (p.names.get(m.name) ?? 0) + 1);
        if (!p.documents.includes(d.file)) p.documents.push(d.file);
      }
      for (const q of d.quotes) {
        if (!q.speaker) continue;
        const p = get(q.speaker, q.speakerName ?? q.speaker);
        p.quotes.push({ file: d.file, start: q.start, end: q.end, text: q.text });
        if (!p.documents.includes(d.file)) p.documents.push(d.file);
      }
    }
    return [...byId.values()]
      .map(({ names, ...p }) => {
        // The longest frequent form ("Sergueï Lavrov" over "Lavrov") unless the registry names the person.
        const ranked = [...names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
        const registry = (this.decisions.people ?? []).find((r) => r.id === p.id);
        const name = registry?.name ?? ranked.map((x) => x[0]).sort((a, b) => b.split(' ').length - a.split(' ').length || (names.get(b)! - names.get(a)!))[0] ?? p.name;
        const aliases = new Set<string>(p.aliases);
        for (const [n] of ranked) if (n !== name) aliases.add(n);
        for (const m of p.mentions) if (m.text !== name) aliases.add(m.text);
        return { ...p, name, aliases: [...aliases].sort() };
      })
      .sort((a, b) => b.mentions.length + b.quotes.length - (a.mentions.length + a.quotes.length) || (a.id < b.id ? -1 : 1));
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

  /** Maps detected people onto registry ids by name or alias, so the user's registry wins. */
  private remapPeople(d: Detections): Detections {
    const reg = this.decisions.people;
    if (!reg?.length) return d;
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
    const byName = new Map<string, string>();
    for (const p of reg) for (const n of [p.name, ...p.aliases, p.id]) byName.set(fold(n), p.id);
    const map = (id: string, ...names: (string | undefined)[]) => {
      for (const n of names) if (n && byName.has(fold(n))) return byName.get(fold(n))!;
      return byName.get(fold(id)) ?? id;
    };
    return {
      ...d,
      people: d.people.map((p) => ({ ...p, id: map(p.id, p.name, p.text) })),
      quotes: d.quotes.map((q) => (q.speaker ? { ...q, speaker: map(q.speaker, q.speakerName) } : q)),
    };
  }

  private names: Map<string, string> | undefined;

  private personName(id: string): string {
    if (!this.names) {
      // Built once per regroup: registry names win, else the longest detected name.
      const names = new Map<string, string>();
      for (const d of this.docs.values()) for (const p of d.people) if ((names.get(p.id)?.length ?? 0) < p.name.length) names.set(p.id, p.name);
      for (const r of this.decisions.people ?? []) names.set(r.id, r.name);
      this.names = names;
    }
    return this.names.get(id) ?? id;
  }

  private build(): Built {
    if (this.built) {
      if (this.patched) {
        this.patch(this.built, this.patched);
        this.patched = undefined;
      }
      return this.built;
    }
    const clusters = groupMentions(this.docs.values());
    const built: Built = { events: [], byId: new Map(), eventOfMention: new Map(), members: new Map(), drafts: new Map(), claimsSynced: false, dirty: new Set() };
    // Automatic events, ids made unique deterministically.
    const drafts: Array<{ id: string; cluster: Cluster; mentions: MentionAnalysis[]; reasoning: string[]; user?: UserEvent }> = [];
    const used = new Map<string, number>();
    const keyed = clusters.map((c) => ({ c, base: baseEventId(c), first: firstKey(c) }));
    keyed.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    for (const { c, base } of keyed) {
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      drafts.push({ id: n === 1 ? base : `${base}-${n}`, cluster: c, mentions: [...c.mentions], reasoning: [...c.reasoning] });
    }

    // User decisions: rename (same id), merge (listed ids), move mentions (spans), create (new ids).
    const users = this.decisions.events ?? [];
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
      for (const m of d.mentions) built.eventOfMention.set(`${m.file}#${m.index}`, ev.id);
    }
    built.events.sort(compareEvents);
    this.built = built;
    return built;
  }

  private toEvent(id: string, c: Cluster, mentions: MentionAnalysis[], reasoning: string[], ue: UserEvent | undefined, extra: EventMention[]): NewsEvent {
    const lang = this.majorityLanguage(mentions);
    const nouns = mentions.filter((m) => !m.verb);
    const kind = nouns.length ? majorityKind(nouns) : mentions.length ? majorityKind(mentions) : 'talks';
    // Place: the most specific place named, in the spelling most articles use.
    const places = mentions.filter((m) => m.place);
    const placeId = c.placeId ?? places[0]?.place?.id;
    const spellings = new Map<string, number>();
    for (const m of places) if (m.place!.id === placeId) spellings.set(m.place!.text, (spellings.get(m.place!.text) ?? 0) + 1);
    const placeText = [...spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? (placeId ? placeInfo(placeId)?.name ?? placeId : undefined);
    const date = c.day ?? (c.approx && !c.approx.startsWith('--') ? c.approx : undefined);
    // Participants: people named by the most mentions, then the parties.
    const personCount = new Map<string, number>();
    const partyCount = new Map<string, number>();
    for (const m of mentions) {
      for (const p of m.persons) personCount.set(p, (personCount.get(p) ?? 0) + 1);
      for (const p of m.parties) partyCount.set(p, (partyCount.get(p) ?? 0) + 1);
    }
    const rank = (x: Map<string, number>) => [...x.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
    const personIds = rank(personCount);
    const parties = rank(partyCount).filter((p) => p !== placeId);
    const participantIds = ue?.participants ?? personIds;
    const participants = [...participantIds.map((p) => this.personName(p)), ...(ue?.participants ? [] : parties.map((p) => placeInfo(p)?.name ?? p))];

    let title = ue?.title;
    if (!title) {
      const label = KIND_LABEL[lang][kind];
      const when = formatDate(date, lang);
      const who = personIds.slice(0, 2).map((p) => this.personName(p).split(/\s+/).pop()).join('–');
      const city = placeId ? placeInfo(placeId)?.kind === 'city' || !placeInfo(placeId) : false;
      const where = placeText ? (lang === 'en' ? ` in ${placeText}` : city ? ` à ${placeText}` : `, ${placeText}`) : who ? ` ${who}` : '';
      title = `${label}${where}${when ? `, ${when}` : lang === 'fr' ? ' (non daté)' : ' (undated)'}`;
    }
    const evMentions: EventMention[] = [
      ...mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text, snippet: m.snippet })),
      ...extra,
    ];
    const outlets = new Set(evMentions.map((m) => this.docs.get(m.file)?.outlet ?? m.file));
    const ev: NewsEvent = {
      id,
      title,
      participants,
      mentions: evMentions,
      reasoning: [...new Set(reasoning)],
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

  private majorityLanguage(mentions: readonly MentionAnalysis[]): 'fr' | 'en' {
    let fr = 0;
    let en = 0;
    for (const m of mentions) {
      if (this.docs.get(m.file)?.language === 'en') en++;
      else fr++;
    }
    return en > fr ? 'en' : 'fr';
  }

  private claims(): ClaimResults {
    const b = this.build();
    const contradictions: Contradiction[] = [];
    const agreements: Contradiction[] = [];
    const refresh = (ev: NewsEvent) => {
      const members = b.members.get(ev.id) ?? [];
      const signature = `${ev.date ?? ''}|${members.map((m) => `${m.file}@${this.docVersion.get(m.file) ?? 0}#${m.start}:${m.end}`).join(',')}`;
      let cached = this.claimCache.get(ev.id);
      if (!cached || cached.signature !== signature) {
        cached = { signature, results: compareEventClaims(ev, members, this.docs) };
        this.claimCache.set(ev.id, cached);
      }
    };
    if (b.claimsSynced && !b.dirty.size && b.claims && this.quoteResults) return b.claims;
    if (!b.claimsSynced) {
      const live = new Set<string>();
      for (const ev of b.events) {
        live.add(ev.id);
        refresh(ev);
      }
      for (const k of [...this.claimCache.keys()]) if (!live.has(k)) this.claimCache.delete(k);
      b.claimsSynced = true;
    } else {
      // A patched event: its members changed, so compare again; '' never matches, so a later full pass
      // compares it again too rather than spend a signature on it now.
      for (const id of b.dirty) {
        const ev = b.byId.get(id)!;
        this.claimCache.set(id, { signature: '', results: compareEventClaims(ev, b.members.get(id) ?? [], this.docs) });
      }
    }
    b.dirty.clear();
    for (const ev of b.events) {
      const results = this.claimCache.get(ev.id)!.results;
      for (const c of results.contradictions) contradictions.push(c);
      for (const c of results.agreements) agreements.push(c);
    }
    if (!this.quoteResults) {
      const eventOf = (q: QuoteAnalysis) => (q.mention !== undefined ? b.eventOfMention.get(`${q.file}#${q.mention}`) ?? null : null);
      let results: ClaimResults | undefined;
      for (const [file, before] of this.quoteBase ?? []) {
        const after = this.docs.get(file);
        results = after && patchQuotes(this.quoteCache, before, after, eventOf);
        if (!results) break;
      }
      this.quoteBase = undefined;
      this.quoteResults = results ?? compareQuotes(this.docs.values(), eventOf, undefined, this.quoteCache, b);
    }
    b.claims = {
      contradictions: [...contradictions, ...this.quoteResults.contradictions],
      agreements: [...agreements, ...this.quoteResults.agreements],
    };
    return b.claims;
  }

  private userLinks(): Contradiction[] {
    return (this.decisions.links ?? []).map((l) => {
      const sides = [l.a, l.b].map((r) => {
        const doc = this.docs.get(r.file);
        const text = r.text ?? (doc ? new TextIndex(doc.text).slice(r.start, r.end) : '');
        return { file: r.file, start: r.start, end: r.end, text, value: text, ...(doc?.outlet ? { outlet: doc.outlet } : {}) };
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
