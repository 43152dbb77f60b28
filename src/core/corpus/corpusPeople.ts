/**
 * People across the corpus: the registry's, the detected ones and those tagged by hand, each with every
 * mention and quote. Functions of the analyses and the decisions; the corpus index keeps the results.
 */
import type { PersonMention } from '../model';
import type { DocumentAnalysis } from './analyze';
import type { CorpusDecisions, TaggedPerson } from './decisions';
import { personKey } from '../detect/personKey';
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
 * need to be in memory at once (the cache writes them this way).
 */
export function* peopleInOrder(analyses: readonly DocumentAnalysis[], decisions: Readonly<CorpusDecisions>): Generator<PersonSummary> {
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
  const same = surnameOwners(docs, peopleOf, registry);
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
 * Names of people by id: registry names win, else the longest detected (or tagged) name. An id named by a
 * family name alone that one full name of the corpus ends with (see `surnameOwners`) gets that full name.
 */
export function personNames(analyses: readonly DocumentAnalysis[], decisions: Readonly<CorpusDecisions>): Map<string, string> {
  const names = new Map<string, string>();
  const peopleOf = peopleWithTagged(decisions);
  for (const d of analyses) for (const p of peopleOf(d)) if ((names.get(p.id)?.length ?? 0) < p.name.length) names.set(p.id, p.name);
  for (const r of decisions.people ?? []) names.set(r.id, r.name);
  for (const [alone, owner] of surnameOwners(analyses, peopleOf, decisions.people ?? [])) {
    const full = names.get(owner);
    if (full) names.set(alone, full);
  }
  return names;
}

/**
 * One person, one id: an article that names someone by the family name alone ("Poutine", no "Vladimir
 * Poutine" in it) gives the id of that one word, while other articles give the full name's. Across the
 * corpus, such an id belongs to the person whose full name ends with the same word (compared by
 * `personKey`, so "Poutine" meets "Vladimir Putin"), when exactly one person of the corpus has that family
 * name; with two (two Kennedys) it stays apart. Returns lone id -> full id.
 */
function surnameOwners(
  analyses: readonly DocumentAnalysis[],
  peopleOf: (d: DocumentAnalysis) => readonly PersonMention[],
  registry: ReadonlyArray<{ id: string; name: string }>,
): Map<string, string> {
  const fullBySurname = new Map<string, Set<string>>();
  const alone = new Map<string, string>();
  const note = (id: string, name: string) => {
    const words = personKey(name).split(' ');
    if (words.length === 1) {
      if (words[0]) alone.set(id, words[0]);
    } else (fullBySurname.get(words[words.length - 1]) ?? fullBySurname.set(words[words.length - 1], new Set()).get(words[words.length - 1])!).add(id);
  };
  for (const r of registry) note(r.id, r.name);
  for (const d of analyses) for (const p of peopleOf(d)) note(p.id, p.name);
  const owners = new Map<string, string>();
  for (const [id, surname] of alone) {
    const full = fullBySurname.get(surname);
    if (full?.size === 1 && !full.has(id) && !registry.some((r) => r.id === id)) owners.set(id, [...full][0]);
  }
  return owners;
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
      const extra = tags.filter((t) => !d.people.some((p) => overlaps(p, t)) && !d.authors?.some((a) => overlaps(a, t))).map((t) => ({ id: t.id, name: t.text, start: t.start, end: t.end, text: t.text }));
      memo.set(d.file, (list = extra.length ? [...d.people, ...extra] : d.people));
    }
    return list;
  };
}
