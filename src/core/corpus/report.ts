/**
 * The corpus report: plain JSON (the CLI's `--json`, code-point offsets) and a Markdown rendering a
 * journalist can paste into a note.
 */
import type { Contradiction, DiffOp, NewsEvent } from '../model';
import type { CorpusIndex } from './index';
import { formatDate } from './index';
import { reasonIn } from './reasons';
import { personIdKey } from '../detect/personKey';
import { qualifiedDurationInWords, qualifierWords } from '../session/describe';
import { claimValueWords } from './analyzeMeasures';

export interface ReportSpan {
  file: string;
  start: number;
  end: number;
  text: string;
  /** An event mention that supports the event ("said", "a déclaré") rather than names it. */
  support?: true;
}

export interface ReportSide extends ReportSpan {
  value: string;
  outlet?: string;
  /** Who the article gives the figure from, when it says so. */
  source?: string;
  qualifier?: string;
}

export interface ReportClaim {
  id: string;
  event: string | null;
  attribute: string;
  status: string;
  sides: ReportSide[];
  note?: string;
  diff?: DiffOp[];
  speaker?: string;
  sources?: number;
}

export interface ReportJson {
  documents: Array<{ file: string; published: string | null; outlet?: string; authors?: string[]; language?: 'fr' | 'en'; mainEvent: string | null }>;
  events: Array<{
    id: string;
    title: string;
    kind: string | null;
    date: string | null;
    place: string | null;
    participants: string[];
    mentions: ReportSpan[];
    sources?: number;
    reasoning?: string[];
  }>;
  contradictions: ReportClaim[];
  agreements: ReportClaim[];
  people: Array<{ id: string; name: string; aliases: string[]; mentions: ReportSpan[]; documents: string[] }>;
}

function claim(c: Contradiction, speakerId: (id: string) => string = (id) => id): ReportClaim {
  const out: ReportClaim = {
    id: c.id,
    event: c.event,
    attribute: c.attribute,
    status: c.status,
    sides: c.sides.map((s) => ({
      file: s.file,
      start: s.start,
      end: s.end,
      text: s.text,
      value: s.value,
      ...(s.outlet ? { outlet: s.outlet } : {}),
      ...(s.source ? { source: s.source } : {}),
      ...(s.qualifier ? { qualifier: s.qualifier } : {}),
    })),
  };
  if (c.note) out.note = c.note;
  if (c.diff) out.diff = c.diff;
  if (c.speaker) out.speaker = speakerId(c.speaker);
  if (c.sources !== undefined) out.sources = c.sources;
  return out;
}

/**
 * The event each article mainly reports: the one holding most of its mentions (ties: the one it names
 * first); supporting words ("said", "struck") do not count. Articles with no event mention have none.
 */
export function mainEvents(events: readonly Pick<NewsEvent, 'id' | 'mentions' | 'reportedBy'>[]): Map<string, string> {
  const best = new Map<string, { id: string; n: number; first: number }>();
  const counts = new Map<string, Map<string, { n: number; first: number }>>();
  for (const e of events) {
    for (const m of e.mentions) {
      if (m.support) continue;
      let perFile = counts.get(m.file);
      if (!perFile) counts.set(m.file, (perFile = new Map()));
      const c = perFile.get(e.id);
      if (c) {
        c.n++;
        c.first = Math.min(c.first, m.start);
      } else perFile.set(e.id, { n: 1, first: m.start });
    }
  }
  for (const [file, perFile] of counts) {
    for (const [id, c] of perFile) {
      const b = best.get(file);
      if (!b || c.n > b.n || (c.n === b.n && c.first < b.first)) best.set(file, { id, ...c });
    }
  }
  const out = new Map([...best].map(([file, b]) => [file, b.id]));
  // An article that names no event of its own reports the event its story was grouped with.
  for (const e of events) for (const file of e.reportedBy ?? []) if (!out.has(file)) out.set(file, e.id);
  return out;
}

/** Each section of a report, its items made as they are read (see `reportSections`). */
export type ReportSections = { [K in keyof ReportJson]: Iterable<ReportJson[K][number]> };

/** The report of an index, in the shape of `newsmark report --json`. */
export function buildReport(index: CorpusIndex): ReportJson {
  const s = reportSections(index);
  return { documents: [...s.documents], events: [...s.events], contradictions: [...s.contradictions], agreements: [...s.agreements], people: [...s.people] };
}

/**
 * The report's sections in `buildReport`'s order, each item made when it is read: `report --json` writes them
 * one item at a time, so a folder of 100,000 articles never holds its report (about 10 KB per article) beside
 * the index it is made from.
 */
export function reportSections(index: CorpusIndex): ReportSections {
  const events = index.events();
  const main = mainEvents(events);
  const people = index.people();
  // Claims compare speakers by key (personIdKey); the report writes the person's id as People shows it.
  const shownId = new Map(people.map((p) => [personIdKey(p.id), p.id]));
  const speakerId = (id: string) => shownId.get(personIdKey(id)) ?? id;
  return {
    documents: mapped(
      () => index.documents(),
      (d) => ({
        file: d.file,
        published: d.published ?? null,
        ...(d.outlet ? { outlet: d.outlet } : {}),
        ...(d.authors ? { authors: d.authors } : {}),
        language: d.language,
        mainEvent: main.get(d.file) ?? null,
      }),
    ),
    events: mapped(
      () => events,
      (e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind ?? null,
        date: e.date ?? null,
        place: e.place ?? null,
        participants: e.participants,
        mentions: e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text, ...(m.support ? { support: true as const } : {}) })),
        ...(e.sources !== undefined ? { sources: e.sources } : {}),
        ...(e.reasoning?.length ? { reasoning: e.reasoning } : {}),
      }),
    ),
    contradictions: mapped(
      () => index.contradictions(),
      (c) => claim(c, speakerId),
    ),
    agreements: mapped(
      () => index.agreements(),
      (c) => claim(c, speakerId),
    ),
    people: mapped(
      () => people,
      (p) => ({ id: p.id, name: p.name, aliases: p.aliases, mentions: p.mentions, documents: p.documents }),
    ),
  };
}

/** `list()` mapped by `f`, one item at a time, `list` asked for when the section is first read. */
function mapped<T, U>(list: () => Iterable<T>, f: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of list()) yield f(item);
    },
  };
}

const ATTRIBUTE_FR: Record<string, string> = {
  duration: 'durée',
  date: 'date',
  time: 'heure',
  count: 'nombre',
  place: 'lieu',
  participants: 'participants',
  ordinal: 'rang de la rencontre',
  magnitude: 'magnitude',
  direction: 'direction',
  distance: 'distance',
  depth: 'profondeur',
  speed: 'vitesse',
  area: 'surface',
  penalty: 'peine prononcée',
  quote: 'citation',
  user: 'contradiction signalée',
};

const ATTRIBUTE_EN: Record<string, string> = {
  duration: 'duration',
  date: 'date',
  time: 'time',
  count: 'number',
  place: 'place',
  participants: 'participants',
  ordinal: 'round of talks',
  magnitude: 'magnitude',
  direction: 'bearing',
  distance: 'distance',
  depth: 'depth',
  speed: 'speed',
  area: 'area',
  penalty: 'prison sentence',
  quote: 'quote',
  user: 'contradiction marked by hand',
};

/** The report's words, in the language of the articles (see `reportLanguage`). */
const WORDS = {
  fr: {
    title: 'Rapport Newsmark',
    summary: (d: number, e: number, c: number, a: number) =>
      `${d} article${d > 1 ? 's' : ''}, ${e} événement${e > 1 ? 's' : ''}, ${c} désaccord${c > 1 ? 's' : ''}, ${a} corroboration${a > 1 ? 's' : ''}.`,
    timeline: 'Chronologie',
    date: 'Date',
    undated: 'non datée',
    place: 'Lieu',
    participants: 'Participants',
    sources: 'Sources',
    articles: (n: number, outlets = n) => `${n} article${n > 1 ? 's' : ''}${outlets < n ? ` de ${outlets} média${outlets > 1 ? 's' : ''}` : ''}`,
    why: 'Pourquoi ces mentions sont regroupées',
    support: 'en appui',
    disagreements: 'Désaccords entre sources',
    noDisagreement: 'Aucun désaccord détecté.',
    unknownEvent: 'événement non identifié',
    confirmed: 'confirmé',
    dismissed: 'écarté',
    differences: 'Différences',
    note: 'Note',
    according: (source: string) => `selon ${source}`,
    corroborations: 'Corroborations',
    noCorroboration: 'Aucune corroboration détectée.',
    people: 'Personnes',
    authors: 'Auteurs des articles',
    mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} dans ${d} article${d > 1 ? 's' : ''}`,
    attributes: ATTRIBUTE_FR,
  },
  en: {
    title: 'Newsmark report',
    summary: (d: number, e: number, c: number, a: number) =>
      `${d} article${d === 1 ? '' : 's'}, ${e} event${e === 1 ? '' : 's'}, ${c} disagreement${c === 1 ? '' : 's'}, ${a} corroboration${a === 1 ? '' : 's'}.`,
    timeline: 'Timeline',
    date: 'Date',
    undated: 'undated',
    place: 'Place',
    participants: 'Participants',
    sources: 'Sources',
    articles: (n: number, outlets = n) => `${n} article${n === 1 ? '' : 's'}${outlets < n ? ` from ${outlets} outlet${outlets === 1 ? '' : 's'}` : ''}`,
    why: 'Why these mentions are grouped',
    support: 'supporting',
    disagreements: 'Disagreements between sources',
    noDisagreement: 'No disagreement found.',
    unknownEvent: 'unidentified event',
    confirmed: 'confirmed',
    dismissed: 'dismissed',
    differences: 'Differences',
    note: 'Note',
    according: (source: string) => `according to ${source}`,
    corroborations: 'Corroborations',
    noCorroboration: 'No corroboration found.',
    people: 'People',
    authors: 'Authors of the articles',
    mentions: (m: number, d: number) => `${m} mention${m === 1 ? '' : 's'} in ${d} article${d === 1 ? '' : 's'}`,
    attributes: ATTRIBUTE_EN,
  },
} as const;

export type ReportLanguage = keyof typeof WORDS;

/** The language most of the report's articles are written in (French on a tie, or when none says). */
export function reportLanguage(report: Pick<ReportSections, 'documents'>): ReportLanguage {
  let en = 0;
  let fr = 0;
  for (const d of report.documents) {
    if (d.language === 'en') en++;
    else if (d.language === 'fr') fr++;
  }
  return en > fr ? 'en' : 'fr';
}

function md(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function sourceLabel(file: string, outlet: string | undefined): string {
  return outlet ? `${code(file)} (${md(outlet)})` : code(file);
}

/**
 * "5 articles from 4 outlets" (fr: "5 articles de 4 médias"); "3 articles" when each comes from its own
 * outlet. `outlets` counts an article whose outlet is unknown as one of its own.
 */
export function articlesFromOutlets(articles: number, outlets: number | undefined, lang: ReportLanguage): string {
  return WORDS[lang].articles(articles, outlets ?? articles);
}

/**
 * A word diff as Markdown: deleted words ~~struck~~, inserted ones **bold**, each run between spaces so
 * that CommonMark's flanking rules let the markers open and close (fused with a word, they print as is).
 */
export function markdownWordDiff(ops: readonly DiffOp[]): string {
  return ops
    .filter((o) => md(o.text) !== '')
    .map((o) => (o.op === 'equal' ? md(o.text) : o.op === 'delete' ? `~~${md(o.text)}~~` : `**${md(o.text)}**`))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/**
 * A readable Markdown report: timeline of events, disagreements with both sides quoted, corroborations. In
 * `lang`, by default the language most of the articles are written in.
 */
export function renderMarkdown(report: ReportJson, lang?: ReportLanguage): string {
  return [...markdownLines(report, lang)].join('\n');
}

/**
 * `renderMarkdown`'s lines (to be joined by newlines), read from the report's sections as it goes: `report`
 * writes them a chunk at a time (`reportSections`), so a folder of 100,000 articles never holds its Markdown,
 * nor the report it is made from. Each section is read a few times (counts and titles first), never kept.
 */
export function* markdownLines(report: ReportSections, lang: ReportLanguage = reportLanguage(report)): Generator<string> {
  const w = WORDS[lang];
  let documents = 0;
  const outletOf = new Map<string, string | undefined>();
  for (const d of report.documents) {
    documents++;
    outletOf.set(d.file, d.outlet);
  }
  let events = 0;
  const titleOf = new Map<string, string>();
  for (const e of report.events) {
    events++;
    titleOf.set(e.id, e.title);
  }
  yield `# ${w.title}`;
  yield '';
  yield w.summary(documents, events, count(report.contradictions), count(report.agreements));
  yield '';
  yield* timelineSection(report.events, lang, outletOf);
  yield* disagreementsSection(report, lang, titleOf);
  yield* corroborationsSection(report.agreements, w, titleOf);
  yield* peopleSection(report, w);
}

function count(items: Iterable<unknown>): number {
  let n = 0;
  for (const _ of items) n++;
  return n;
}

/** The words of one language of the report. */
type Words = (typeof WORDS)[ReportLanguage];

/** Each event: its facts, the words of each article that name it, and why its mentions are grouped. */
function* timelineSection(
  events: Iterable<ReportJson['events'][number]>,
  lang: ReportLanguage,
  outletOf: ReadonlyMap<string, string | undefined>,
): Generator<string> {
  const w = WORDS[lang];
  yield `## ${w.timeline}`;
  yield '';
  for (const e of events) {
    const files = [...new Set(e.mentions.map((m) => m.file))];
    yield `### ${md(e.title)}`;
    const facts = [
      `**${w.date}:** ${e.date ? formatDate(e.date, lang) : w.undated}`,
      `**${w.place}:** ${e.place ? md(e.place) : '—'}`,
      ...(e.participants.length ? [`**${w.participants}:** ${e.participants.map(md).join(', ')}`] : []),
      `**${w.sources}:** ${w.articles(files.length, e.sources)}`,
    ];
    yield facts.join(' · ');
    yield '';
    for (const f of files) {
      // The words that name the event first; supporting words ("a déclaré", "said") apart, after them.
      const ms = e.mentions.filter((m) => m.file === f);
      const quoted = (list: typeof ms) => list.map((m) => `«${md(m.text)}»`).join(', ');
      const naming = ms.filter((m) => !m.support);
      const support = ms.filter((m) => m.support);
      const parts = [naming.length ? quoted(naming) : '', support.length ? `${w.support} ${quoted(support)}` : ''].filter(Boolean);
      yield `- ${sourceLabel(f, outletOf.get(f))}: ${parts.join(' · ')}`;
    }
    if (e.reasoning?.length) {
      yield* ['', `<details><summary>${w.why}</summary>`, ''];
      for (const r of e.reasoning) yield `- ${md(reasonIn(r, lang))}`;
      yield* ['', '</details>'];
    }
    yield '';
  }
}

/** Each contradiction: what differs, each side's words and value, the user's verdict and note. */
function* disagreementsSection(
  report: Pick<ReportSections, 'people' | 'contradictions'>,
  lang: ReportLanguage,
  titleOf: ReadonlyMap<string, string>,
): Generator<string> {
  const w = WORDS[lang];
  // A quote's speaker by name, as People lists them: the id is for programs (--json), not for a reader.
  const nameOf = new Map<string, string>();
  for (const p of report.people) nameOf.set(personIdKey(p.id), p.name);
  const speakerName = (id: string) => nameOf.get(personIdKey(id)) ?? id;
  yield `## ${w.disagreements}`;
  yield '';
  let any = false;
  for (const c of report.contradictions) {
    any = true;
    const ev = c.event ? (titleOf.get(c.event) ?? c.event) : w.unknownEvent;
    const status = c.status === 'open' ? '' : ` — ${c.status === 'confirmed' ? w.confirmed : w.dismissed}`;
    yield `### ${md(w.attributes[c.attribute] ?? c.attribute)}${c.speaker ? ` (${md(speakerName(c.speaker))})` : ''} — ${md(ev)}${status}`;
    for (const s of c.sides) {
      const value =
        c.attribute === 'quote' || c.attribute === 'user'
          ? ''
          : c.attribute === 'duration' || c.attribute === 'penalty'
            ? ` → ${md(qualifiedDurationInWords(s.value, s.qualifier, lang))}`
            : ` → ${md(claimValueWords(c.attribute, s.value, s.qualifier, lang) ?? `${qualifierWords(s.qualifier, lang)}${s.value}`)}`;
      // Who the article gives the figure from ("selon l'agence TASS"), beside the outlet that printed it.
      const given = s.source ? ` (${md(w.according(s.source))})` : '';
      yield `- ${sourceLabel(s.file, s.outlet)}: «${md(s.text)}»${value}${given}`;
    }
    if (c.diff) yield* ['', `${w.differences}: ${markdownWordDiff(c.diff)}`];
    if (c.note) yield* ['', `${w.note}: ${md(c.note)}`];
    yield* ['', `<sub>id ${c.id}</sub>`, ''];
  }
  if (!any) yield* [w.noDisagreement, ''];
}

/** One line per agreement between sources. */
function* corroborationsSection(agreements: Iterable<ReportClaim>, w: Words, titleOf: ReadonlyMap<string, string>): Generator<string> {
  yield `## ${w.corroborations}`;
  yield '';
  let any = false;
  for (const a of agreements) {
    any = true;
    const ev = a.event ? (titleOf.get(a.event) ?? a.event) : w.unknownEvent;
    const files = [...new Set(a.sides.map((s) => s.file))];
    const values = [...new Set(a.sides.map((s) => `«${md(s.text)}»`))].join(', ');
    yield `- **${md(w.attributes[a.attribute] ?? a.attribute)}** — ${md(ev)}: ${values} — ${w.articles(files.length, a.sources)} (${files.map(code).join(', ')})`;
  }
  if (!any) yield* [w.noCorroboration, ''];
  yield '';
}

/** The people most mentioned, then the bylines: who wrote which article, apart from the people the articles are about. */
function* peopleSection(report: Pick<ReportSections, 'people' | 'documents'>, w: Words): Generator<string> {
  yield `## ${w.people}`;
  yield '';
  let shown = 0;
  for (const p of report.people) {
    if (shown++ === 50) break;
    yield `- **${md(p.name)}**${p.aliases.length ? ` (${p.aliases.map(md).join(', ')})` : ''}: ${w.mentions(p.mentions.length, p.documents.length)}`;
  }
  yield '';
  let bylines = false;
  for (const d of report.documents) {
    if (!d.authors?.length) continue;
    if (!bylines) yield* [`## ${w.authors}`, ''];
    bylines = true;
    yield `- ${sourceLabel(d.file, d.outlet)}: ${d.authors.map(md).join(', ')}`;
  }
  yield '';
}
