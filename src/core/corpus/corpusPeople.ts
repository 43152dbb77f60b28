/**
 * People across the corpus: the registry's, the detected ones and those tagged by hand, each with every
 * mention and quote. Functions of the analyses and the decisions; the corpus index keeps the results.
 */
import type { PersonMention } from '../model';
import type { DocumentAnalysis } from './analyze';
import type { CorpusDecisions, TaggedPerson } from './decisions';
import { personIdKey, personKey, personSlug } from '../detect/personKey';
import { overlaps } from './eventBuild';

export interface PersonSummary {
  id: string;
  name: string;
  aliases: string[];
  mentions: Array<{ file: string; start: number; end: number; text: string }>;
  quotes: Array<{ file: string; start: number; end: number; text: string }>;
  documents: string[];
}

/**
 * The people, most mentioned and quoted first, made one at a time: a first pass
 * counts each person's mentions and quotes and notes where they are (a number each), so that all of them never
 * need to be in memory at once (the cache writes them this way). `sameIds`: `personIds` of these analyses in
 * file order with these decisions' people and tags, when the caller has it already.
 */
export function* peopleInOrder(analyses: readonly DocumentAnalysis[], decisions: Readonly<CorpusDecisions>, sameIds?: PersonIds): Generator<PersonSummary> {
  const registry = decisions.people ?? [];
  const docs = [...analyses].sort((a, b) => (a.file < b.file ? -1 : 1));
  const peopleOf = peopleWithTagged(decisions);
  /** Per person: first name seen, and where it is mentioned (doc * 2^20 + item) * 2 + (1 for a quote). */
  const byId = new Map<string, { name: string; refs: number[] }>();
  const get = (id: string, name: string) => {
    let p = byId.get(id);
    if (!p) byId.set(id, (p = { name, refs: [] }));
    return p;
  };
  for (const r of registry) get(r.id, r.name);
  const same = (sameIds ?? personIds(docs, peopleOf, registry)).ids;
  const canonical = (id: string) => same.get(id) ?? id;
  docs.forEach((d, i) => {
    peopleOf(d).forEach((m, j) => get(canonical(m.id), m.name).refs.push((i * 2 ** 20 + j) * 2));
    d.quotes.forEach((q, j) => {
      if (q.speaker) get(canonical(q.speaker), q.speakerName ?? q.speaker).refs.push((i * 2 ** 20 + j) * 2 + 1);
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
 * Names of people by id: registry names win, else the fullest name seen. Every id the analyses use (readable,
 * phonetic from older sidecars, or the key a contradiction's speaker holds) maps to the name of its person.
 * `same`: `personIds` of these analyses with these decisions' people and tags, when the caller has it already.
 */
export function personNames(analyses: readonly DocumentAnalysis[], decisions: Readonly<CorpusDecisions>, same?: PersonIds): Map<string, string> {
  const { ids, names: byShown } = same ?? personIds(analyses, peopleWithTagged(decisions), decisions.people ?? []);
  const names = new Map<string, string>();
  for (const [raw, shown] of ids) {
    const name = byShown.get(shown);
    if (!name) continue;
    names.set(raw, name);
    names.set(shown, name);
    if (!names.has(personIdKeyOf(raw))) names.set(personIdKeyOf(raw), name);
  }
  return names;
}

/** `personIdKeyOf`'s answers; bounded, though well above the ids and names of a newsroom's archive. */
const idKeys = new Map<string, string>();
const MAX_ID_KEYS = 500_000;

/**
 * `personIdKey`, remembered across builds: the same ids and names come back in every mention and quote and
 * in every regrouping, and the detector's own memo keeps 50,000 names, fewer than 10,000 articles hold, so a
 * build over them computed every key again (bench corpus, 10,000 articles: a tenth of grouping's CPU).
 */
export function personIdKeyOf(idOrName: string): string {
  let key = idKeys.get(idOrName);
  if (key === undefined) {
    if (idKeys.size >= MAX_ID_KEYS) {
      idKeys.clear();
      nameKeys.clear();
    }
    idKeys.set(idOrName, (key = personIdKey(idOrName)));
    // `personIds` reads the words of the names too: their `personKey`, in the detector's memo just now.
    nameKeys.set(idOrName, personKey(idOrName));
  }
  return key;
}

/**
 * `personKey` of the ids and names `personIdKeyOf` has seen: the detector's own memo keeps 50,000 names, fewer
 * than 10,000 articles hold, so by grouping it has forgotten most of those the articles were filed with.
 */
const nameKeys = new Map<string, string>();

function personKeyOf(name: string): string {
  return nameKeys.get(name) ?? personKey(name);
}

/** `personSlug` of the names `personIds` writes as ids, remembered as the keys are (the detector's memo is as short as its key memo). */
const slugs = new Map<string, string>();

function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= MAX_ID_KEYS) slugs.clear();
    slugs.set(name, (slug = personSlug(name)));
  }
  return slug;
}

/** An article's (id, name) pairs as `personIds` notes them, each once, in the order first seen, with how often. */
interface PersonPairs {
  ids: string[];
  /** Trimmed; '' for none. */
  names: string[];
  counts: number[];
}

const pairsOf = new WeakMap<DocumentAnalysis, PersonPairs>();

/**
 * Reads now what `personIds` will read of this article: its people's and quotes' speakers' (id, name) pairs,
 * each once with its count, and their `personIdKeyOf` keys, remembered. The corpus index calls it as the
 * analysis pool hands each article back, while its thread mostly waits on the workers, so that grouping, which
 * runs alone after the pass, notes each pair once instead of each mention and finds the keys computed (bench,
 * 10,000 articles: about a tenth of grouping's CPU).
 */
export function notePersonPairs(d: DocumentAnalysis): void {
  const at = new Map<string, number>();
  const pairs: PersonPairs = { ids: [], names: [], counts: [] };
  const add = (id: string, name: string | undefined) => {
    const trimmed = name?.trim() ?? '';
    const k = `${id}\u0000${trimmed}`;
    const i = at.get(k);
    if (i !== undefined) {
      pairs.counts[i]++;
      return;
    }
    at.set(k, pairs.ids.length);
    pairs.ids.push(id);
    pairs.names.push(trimmed);
    pairs.counts.push(1);
    personIdKeyOf(id);
    if (trimmed) personIdKeyOf(trimmed);
  };
  for (const p of d.people) add(p.id, p.name);
  for (const q of d.quotes) if (q.speaker) add(q.speaker, q.speakerName);
  pairsOf.set(d, pairs);
  ahead.docs.push(d);
  notePairs(ahead.groups, pairs);
}

/** One person's ids and names as `personIds` gathers them (by `personIdKeyOf` key). */
interface PersonGroup {
  raw: Set<string>;
  names: Map<string, number>;
  registry?: { id: string; name: string };
}

/**
 * The groups of the articles `notePersonPairs` read so far, in that order, as `personIds` would gather them
 * from those articles' pairs: grouping, which runs alone after the pass, takes them when it reads exactly these
 * articles in this order (bench, 10,000 articles: about half of `personIds`).
 */
let ahead = { docs: [] as DocumentAnalysis[], groups: new Map<string, PersonGroup>() };

function notePerson(groups: Map<string, PersonGroup>, id: string, name: string | undefined, reg?: { id: string; name: string }, times = 1): void {
  const key = personIdKeyOf(id);
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { raw: new Set(), names: new Map() }));
  g.raw.add(id);
  if (reg) g.registry ??= reg;
  if (name?.trim()) g.names.set(name.trim(), (g.names.get(name.trim()) ?? 0) + times);
}

function notePairs(groups: Map<string, PersonGroup>, pairs: PersonPairs): void {
  for (let i = 0; i < pairs.ids.length; i++) notePerson(groups, pairs.ids[i], pairs.names[i], undefined, pairs.counts[i]);
}

/** The groups noted ahead when they are those of exactly `analyses` (the same objects in the same order); the tally starts over. */
function groupsNotedAhead(analyses: readonly DocumentAnalysis[]): Map<string, PersonGroup> | undefined {
  const { docs, groups } = ahead;
  if (!docs.length) return undefined;
  ahead = { docs: [], groups: new Map() };
  return docs.length === analyses.length && docs.every((d, i) => d === analyses[i]) ? groups : undefined;
}

/** `personIds`' default: an article's detected people. */
const detectedPeople = (d: DocumentAnalysis): readonly PersonMention[] => d.people;

/** Every id seen -> the id shown for its person, and the id shown -> its name (see `personIds`). */
export interface PersonIds {
  ids: Map<string, string>;
  names: Map<string, string>;
}

/**
 * One person, one id. Ids are compared by `personIdKey`, so "vladimir-poutine", "vladimir-putin" and the
 * phonetic ids of older sidecars are one person; the id shown and written for that person is the registry's,
 * else the readable slug of the fullest name seen ("Vladimir Poutine" -> "vladimir-poutine"). An id named by a
 * family name alone ("Poutine" in an article with no full name) belongs to the one person of the corpus whose
 * full name ends with that word (by key), when exactly one does; with two (two Kennedys) it stays apart.
 * Returns every id seen -> the id shown, and the id shown -> its name.
 */
export function personIds(
  analyses: readonly DocumentAnalysis[],
  peopleOf: (d: DocumentAnalysis) => readonly PersonMention[] = detectedPeople,
  registry: ReadonlyArray<{ id: string; name: string }> = [],
): PersonIds {
  const keyOf = personIdKeyOf;
  // Read (and so let go) whatever the case: the tally holds the articles it read.
  const noted = groupsNotedAhead(analyses);
  let groups = peopleOf === detectedPeople && !registry.length ? noted : undefined;
  if (!groups) {
    groups = new Map<string, PersonGroup>();
    for (const r of registry) notePerson(groups, r.id, r.name, r);
    for (const d of analyses) {
      const pairs = peopleOf === detectedPeople ? pairsOf.get(d) : undefined;
      // The same notes as below, each pair at once: the groups, their ids and names come in the same order.
      if (pairs) notePairs(groups, pairs);
      else {
        for (const p of peopleOf(d)) notePerson(groups, p.id, p.name);
        for (const q of d.quotes) if (q.speaker) notePerson(groups, q.speaker, q.speakerName);
      }
    }
  }
  const shown = new Map<string, { id: string; name: string; words: string[] }>();
  for (const [key, g] of groups) {
    // The fullest form: most words, then most often written, then longest.
    // Most people are written one way: nothing to rank.
    const ranked =
      g.names.size < 2
        ? [...g.names.keys()]
        : [...g.names.entries()].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1] || b[0].length - a[0].length).map((x) => x[0]);
    const name = g.registry?.name ?? ranked[0] ?? firstOf(g.raw);
    // An id made from a name (a slug, or an older phonetic one) is written as the fullest name's slug; an id the
    // user chose that no name spells ("p-rubio", "zorba") is theirs and stays.
    const spelled = ranked.find((n) => keyOf(n) === key);
    shown.set(key, { id: g.registry?.id ?? (spelled ? slugOf(spelled) : firstOf(g.raw)), name, words: personKeyOf(name).split(' ') });
  }
  const fullBySurname = new Map<string, Set<string>>();
  for (const [key, s] of shown)
    if (s.words.length > 1)
      (fullBySurname.get(s.words[s.words.length - 1]) ?? fullBySurname.set(s.words[s.words.length - 1], new Set()).get(s.words[s.words.length - 1])!).add(key);
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [key, g] of groups) {
    let s = shown.get(key)!;
    const owners = s.words.length === 1 && !g.registry ? fullBySurname.get(s.words[0]) : undefined;
    if (owners?.size === 1) s = shown.get(firstOf(owners))!;
    for (const raw of g.raw) ids.set(raw, s.id);
    names.set(s.id, s.name);
  }
  return { ids, names };
}

function firstOf(set: ReadonlySet<string>): string {
  return set.values().next().value as string;
}

function wordCount(name: string): number {
  return name.split(/\s+/).filter(Boolean).length;
}

/**
 * An article's people: its detected mentions, then the mentions the user tagged where detection found
 * nobody (a tagged span that overlaps a detected mention is that mention, counted once).
 */
function peopleWithTagged(decisions: Readonly<CorpusDecisions>): (d: DocumentAnalysis) => readonly PersonMention[] {
  const byFile = new Map<string, TaggedPerson[]>();
  for (const t of decisions.tagged ?? []) (byFile.get(t.file) ?? byFile.set(t.file, []).get(t.file)!).push(t);
  if (!byFile.size) return (d) => d.people;
  const memo = new Map<string, readonly PersonMention[]>();
  return (d) => {
    const tags = byFile.get(d.file);
    if (!tags) return d.people;
    let list = memo.get(d.file);
    if (!list) {
      // A name of the byline tagged as a person is still an author: listed with the article, not among its people.
      const extra = tags
        .filter((t) => !d.people.some((p) => overlaps(p, t)) && !d.authors?.some((a) => overlaps(a, t)))
        .map((t) => ({ id: t.id, name: t.text, start: t.start, end: t.end, text: t.text }));
      memo.set(d.file, (list = extra.length ? [...d.people, ...extra] : d.people));
    }
    return list;
  };
}
