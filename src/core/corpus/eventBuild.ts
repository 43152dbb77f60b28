/**
 * Events as a function of the articles' analyses and the user's decisions: mentions grouped into clusters
 * (group.ts), given deterministic ids, edited by the user's events (rename, merge, moved mentions, new events),
 * then titled, dated and placed. `patchEvents` updates the events of articles edited without changing how
 * they group. No state: the corpus index keeps the result.
 */
import type { EventMention, NewsEvent } from '../model';
import { placeInfo } from '../lexicon/places';
import { TextIndex } from '../text/offsets';
import type { DocumentAnalysis, MentionAnalysis } from './analyze';
import { baseEventId, majorityKind } from './eventIds';
import { groupMentions, type Cluster } from './group';
import { memoByKey } from './memo';
import { KIND_LABEL } from './triggers';
import { peopleInTitle, surnameOf } from './eventTitle';
import type { UserEvent } from './decisions';
import { personIds, type PersonIds } from './corpusPeople';

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

/** What an event was built from, so an edit that leaves grouping unchanged rebuilds only its events. */
export interface EventDraft {
  cluster: Cluster;
  mentions: MentionAnalysis[];
  reasoning: string[];
  user?: UserEvent;
  more: EventMention[];
}

/** The events of the corpus and how to find them. */
export interface EventBuild {
  events: NewsEvent[];
  byId: Map<string, NewsEvent>;
  /** Event id of each mention: by file, then by the mention's index in its article. */
  eventOfMention: Map<string, string[]>;
  /** Analysed mentions of each event. */
  members: Map<string, MentionAnalysis[]>;
  drafts: Map<string, EventDraft>;
  /** Each event's place in `events` (which patching keeps), made on first need. */
  position?: Map<string, number>;
}

/** What building events reads besides the analyses: lookups the corpus index answers. */
export interface EventContext {
  analysisByFile(file: string): DocumentAnalysis | undefined;
  /** An article's text (to show a span the user moved into an event where no mention is). */
  textOf(file: string): string | undefined;
  /** A person's display name by id. */
  personName(id: string): string;
  /** The person an id stands for across the corpus (a surname alone -> the one full name ending with it). */
  canonicalPerson?(id: string): string;
  /** `personIds` of the analyses being built, when the caller computed it already (it names people too). */
  personIds?: PersonIds;
}

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
export function positionOf(b: EventBuild, id: string): number {
  b.position ??= new Map(b.events.map((ev, i) => [ev.id, i]));
  return b.position.get(id)!;
}

/** A mention as an event lists it. */
export function eventMention(m: MentionAnalysis): EventMention {
  // One literal and a field set when needed, not a spread of another object (one per mention on every build).
  const e: EventMention = { file: m.file, start: m.start, end: m.end, text: m.text, snippet: m.snippet };
  if (m.support) e.support = true;
  return e;
}

/** Keys by count, most first; ties in code-unit order. */
function rank(counts: Map<string, number>): string[] {
  if (counts.size === 1) return [counts.keys().next().value as string];
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** An event in the making: a cluster, or a user's event, with the mentions decisions leave it. */
interface Draft {
  id: string;
  cluster: Cluster;
  mentions: MentionAnalysis[];
  reasoning: string[];
  user?: UserEvent;
}

/**
 * The events of these analyses with the user's events applied. Automatic events get ids made unique in a
 * deterministic order; user events rename (same id), merge (listed ids), move mentions (spans) or create.
 */
export function buildEvents(analyses: DocumentAnalysis[], users: readonly UserEvent[], ctx: EventContext): EventBuild {
  const built: EventBuild = { events: [], byId: new Map(), eventOfMention: new Map(), members: new Map(), drafts: new Map() };
  const drafts = automaticDrafts(groupMentions(analyses), users.length > 0);
  const { all, extra } = applyUserEvents(drafts, users, ctx);
  // Participants are compared as people (by key, a lone family name joined to its full name) and named by the id People shows.
  const canonical = (ctx.personIds ?? personIds(analyses)).ids;
  if (canonical.size) ctx = { ...ctx, canonicalPerson: (id) => canonical.get(id) ?? id };
  for (const d of all) {
    const ue = d.user;
    const more = extra.get(d.id) ?? [];
    // Supporting words ("said", "struck") alone are no event: what named it was moved out by the user.
    if (!ue && d.mentions.every((m) => m.support)) continue;
    const ev = toEvent(ctx, d.id, d.cluster, d.mentions, d.reasoning, ue, more);
    built.events.push(ev);
    built.byId.set(ev.id, ev);
    built.members.set(ev.id, d.mentions);
    built.drafts.set(ev.id, { cluster: d.cluster, mentions: d.mentions, reasoning: d.reasoning, ...(ue ? { user: ue } : {}), more });
    // Mentions come by article: its list is looked up once per run of them.
    let ids: string[] | undefined;
    let file: string | undefined;
    for (const m of d.mentions) {
      if (m.file !== file || !ids) {
        file = m.file;
        ids = built.eventOfMention.get(file);
        if (!ids) built.eventOfMention.set(file, (ids = []));
      }
      ids[m.index] = ev.id;
    }
  }
  built.events.sort(compareEvents);
  return built;
}

/** Automatic events, ids made unique deterministically. `copy`: user decisions will edit the lists. */
function automaticDrafts(clusters: Cluster[], copy: boolean): Draft[] {
  const drafts: Draft[] = [];
  const used = new Map<string, number>();
  const keyed = clusters.map((c) => ({ c, base: baseEventId(c), first: firstKey(c) }));
  keyed.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  for (const { c, base } of keyed) {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    // User decisions edit the drafts' lists; without them, the clusters' own lists serve.
    drafts.push({
      id: n === 1 ? base : `${base}-${n}`,
      cluster: c,
      mentions: copy ? [...c.mentions] : c.mentions,
      reasoning: copy ? [...c.reasoning] : c.reasoning,
    });
  }
  return drafts;
}

/**
 * User decisions: rename (same id), merge (listed ids), move mentions (spans), create (new ids). Returns every
 * draft, and per user event the spans it was given where no mention is.
 */
function applyUserEvents(drafts: Draft[], users: readonly UserEvent[], ctx: EventContext): { all: Draft[]; extra: Map<string, EventMention[]> } {
  const draftById = new Map(drafts.map((d) => [d.id, d]));
  const userDrafts: Draft[] = [];
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
  const all = [...drafts, ...userDrafts];
  const extra = new Map<string, EventMention[]>();
  for (const ue of users) {
    const target = all.find((d) => d.id === ue.id)!;
    for (const ref of ue.mentions ?? []) {
      let moved = false;
      for (const d of all) {
        const i = d.mentions.findIndex((m) => m.file === ref.file && overlaps(m, ref));
        if (i >= 0 && d !== target) {
          target.mentions.push(...d.mentions.splice(i, 1));
          moved = true;
        } else if (i >= 0) moved = true;
      }
      if (!moved) {
        const source = ctx.textOf(ref.file);
        const text = ref.text ?? (source !== undefined ? new TextIndex(source).slice(ref.start, ref.end) : '');
        (extra.get(ue.id) ?? extra.set(ue.id, []).get(ue.id)!).push({ file: ref.file, start: ref.start, end: ref.end, text });
      }
    }
  }
  return { all, extra };
}

/**
 * An event from its draft. Called once per event on every full pass (tens of thousands at newsroom
 * scale), so it walks the mentions once, looking each article up once per run of its mentions (they are
 * sorted by file), and makes maps only for what an event has.
 */
function toEvent(
  ctx: EventContext,
  id: string,
  c: Cluster,
  mentions: MentionAnalysis[],
  reasoning: string[],
  ue: UserEvent | undefined,
  extra: EventMention[],
): NewsEvent {
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
  // Indexed loops: this runs once per mention of every event on every build, and iterators were a leading
  // allocation of grouping (bench/profGroup.mjs --alloc).
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.file !== lastFile) {
      lastFile = m.file;
      lastDoc = ctx.analysisByFile(m.file);
    }
    if (lastDoc?.language === 'en') en++;
    else fr++;
    outlets.add(lastDoc?.outlet ?? m.file);
    if (!m.verb) nouns++;
    if (m.place) {
      placeId ??= m.place.id;
      if (m.place.id === placeId) (spellings ??= new Map()).set(m.place.text, (spellings.get(m.place.text) ?? 0) + 1);
    }
    for (let j = 0; j < m.persons.length; j++) {
      const id = m.persons[j];
      const p = ctx.canonicalPerson?.(id) ?? id;
      (personCount ??= new Map()).set(p, (personCount.get(p) ?? 0) + 1);
    }
    for (let j = 0; j < m.parties.length; j++) {
      const p = m.parties[j];
      (partyCount ??= new Map()).set(p, (partyCount.get(p) ?? 0) + 1);
    }
    evMentions.push(eventMention(m));
  }
  for (const m of extra) {
    evMentions.push(m);
    outlets.add(ctx.analysisByFile(m.file)?.outlet ?? m.file);
  }
  const lang = en > fr ? 'en' : 'fr';
  const kind = nouns ? majorityKind(mentions, true) : mentions.length ? majorityKind(mentions) : 'talks';
  const place = placeId ? placeInfo(placeId) : undefined;
  const placeText = (spellings && rank(spellings)[0]) ?? (placeId ? (place?.name ?? placeId) : undefined);
  const date = c.day ?? (c.approx && !c.approx.startsWith('--') ? c.approx : undefined);
  // Participants: people named by the most mentions, then the parties.
  const personIds = personCount ? rank(personCount) : [];
  const parties = partyCount ? rank(partyCount).filter((p) => p !== placeId) : [];
  const participantIds = ue?.participants ?? personIds;
  const participants = participantIds.map((p) => ctx.personName(p));
  if (!ue?.participants) for (const p of parties) participants.push((lang === 'en' ? placeInfo(p)?.nameEn : placeInfo(p)?.name) ?? p);

  let title = ue?.title;
  if (!title) {
    const label = KIND_LABEL[lang][kind];
    const when = date === undefined ? undefined : titleDate[lang](date);
    const city = placeId ? place?.kind === 'city' || !place : false;
    // The people name an event only where no place does: their surnames are read for those events alone.
    const where = placeText
      ? lang === 'en'
        ? ` in ${placeText}`
        : city
          ? ` à ${placeText}`
          : `, ${placeText}`
      : peopleInTitle(
          kind,
          personIds.slice(0, 2).map((p) => surnameOf(ctx.personName(p))),
          lang,
        );
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
  if (c.reportedBy?.length) ev.reportedBy = [...c.reportedBy].sort();
  return ev;
}

/**
 * Rebuilds the events holding mentions of the patched articles (edited without changing how they group, see
 * `groupingSignature`), and only them; returns their ids, whose claims must be compared again.
 */
export function patchEvents(built: EventBuild, files: ReadonlySet<string>, analysisByFile: EventContext['analysisByFile']): Set<string> {
  const affected = new Set<string>();
  for (const file of files) {
    const doc = analysisByFile(file);
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
      const now = analysisByFile(m.file)!.mentions[m.index];
      mentions[i] = eventMention(now);
      return now;
    });
    const ev: NewsEvent = { ...old, mentions };
    built.events[positionOf(built, id)] = ev;
    built.byId.set(id, ev);
    built.members.set(id, d.mentions);
  }
  return affected;
}

function firstKey(c: Cluster): string {
  const m = c.mentions[0];
  return m ? `${m.file}#${String(m.start).padStart(9, '0')}` : '';
}
