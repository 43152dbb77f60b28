/**
 * People across the corpus: the registry's, the detected ones and those tagged by hand, each with every
 * mention and quote. Functions of the analyses and the decisions; the corpus index keeps the results.
 */
import type { PersonMention } from '../model';
import type { DocumentAnalysis } from './analyze';
import type { CorpusDecisions, TaggedPerson } from './decisions';
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

/** Names of people by id: registry names win, else the longest detected (or tagged) name. */
export function personNames(analyses: readonly DocumentAnalysis[], decisions: Readonly<CorpusDecisions>): Map<string, string> {
  const names = new Map<string, string>();
  const peopleOf = peopleWithTagged(decisions);
  for (const d of analyses) for (const p of peopleOf(d)) if ((names.get(p.id)?.length ?? 0) < p.name.length) names.set(p.id, p.name);
  for (const r of decisions.people ?? []) names.set(r.id, r.name);
  return names;
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
