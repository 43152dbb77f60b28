/**
 * Claims about an event compared across articles: durations, dates, places, ordinals and counts become
 * ranges; two sides disagree when their ranges do not overlap, and sides that overlap corroborate each
 * other. Quotes of one speaker reported in different words are discrepancies with a word-level diff.
 */
import { diffWords } from 'diff';
import type { ClaimSide, Contradiction, DiffOp, NewsEvent } from '../model';
import { placeInfo, placeWithin } from '../lexicon/places';
import type { DocumentAnalysis, MentionAnalysis, QuoteAnalysis } from './analyze';
import { countRange, dateRange, durationRange, isoDuration, rangesOverlap, type Range } from './intervals';
import { stableHash } from './hash';
import { personIdKeyOf } from './corpusPeople';
import { attributionInSnippet } from './claimWords';
import { bearingsAgree, measureRange, measureValue } from './analyzeMeasures';

/** A claim: one side plus the range it stands for and a key for equality of values. */
interface Claim {
  side: ClaimSide;
  range: Range;
  /** For places: the place id (compared with `placeWithin`). */
  place?: string;
  /** For directions: the bearing in degrees (compared on the circle). */
  bearing?: number;
}

export interface ClaimResults {
  contradictions: Contradiction[];
  agreements: Contradiction[];
}

/** Stable id: attribute plus the sorted anchors (file and text, not offsets, so edits elsewhere keep it). */
export function claimId(prefix: string, attribute: string, sides: readonly Pick<ClaimSide, 'file' | 'text'>[]): string {
  const anchors = sides.map((s) => `${s.file}#${s.text}`).sort();
  return `${prefix}-${attribute}-${stableHash(`${attribute}\u0000${anchors.join('\u0000')}`)}`;
}

function side(m: MentionAnalysis | { file: string }, start: number, end: number, text: string, value: string, outlet?: string, qualifier?: string): ClaimSide {
  return { file: m.file, start, end, text, value, ...(outlet ? { outlet } : {}), ...(qualifier ? { qualifier } : {}) };
}

/**
 * The side with the source its sentence names ("selon l'agence TASS"), if any: the sentence analysis noted
 * for a duration or a count, else the mention's own sentence when the claim is written there (a date or a
 * place: "se sont tenus le 4 mars à Genève, selon Reuters").
 */
function sourced(m: MentionAnalysis, s: ClaimSide): ClaimSide {
  const src =
    m.sources?.find((x) => x.start <= s.start && s.end <= x.end)?.source ?? (s.text && m.snippet.includes(s.text) ? snippetSource(m.snippet) : undefined);
  return src ? { ...s, source: src } : s;
}

/** The last snippet `snippetSource` read and its answer: a mention's claims (its date, place, counts) ask in turn. */
let lastSnippet: string | undefined;
let lastSource: string | undefined;

/** `attributionInSnippet`, read once for the claims of one mention rather than once per claim. */
function snippetSource(snippet: string): string | undefined {
  if (snippet !== lastSnippet) {
    lastSource = attributionInSnippet(snippet);
    lastSnippet = snippet;
  }
  return lastSource;
}

/** Claims by attribute (counts keyed by noun: `count:diplomate`), with the keys that keep one claim per article and value. */
interface ClaimSet {
  byAttr: Map<string, Claim[]>;
  seen: Set<string>;
}

/** Adds the claims of one mention of `ev`. */
function collectMention(set: ClaimSet, ev: NewsEvent, m: MentionAnalysis, outlet: string | undefined): void {
  const add = (attr: string, c: Claim) => {
    // One claim per article, attribute and value: an article repeating itself is one source.
    const k = `${attr}|${c.side.file}|${c.side.value}|${c.side.qualifier ?? ''}`;
    if (set.seen.has(k)) return;
    set.seen.add(k);
    (set.byAttr.get(attr) ?? set.byAttr.set(attr, []).get(attr)!).push(c);
  };
  for (const d of m.durations) {
    add('duration', { side: sourced(m, side(m, d.start, d.end, d.text, isoDuration(d.minutes), outlet, d.qualifier)), range: durationRange(d) });
  }
  if (m.date?.day) {
    const r = dateRange(m.date.day)!;
    add('date', { side: sourced(m, side(m, m.date.start, m.date.end, m.date.text, m.date.day, outlet)), range: r });
  } else if (m.date?.approx && dateRange(m.date.approx) && !ev.date?.startsWith(m.date.approx)) {
    add('date', { side: sourced(m, side(m, m.date.start, m.date.end, m.date.text, m.date.approx, outlet)), range: dateRange(m.date.approx)! });
  }
  // A place only its cue found ("près de Malatya") is not compared: whether it lies in the other side's country,
  // or is the other's spelling ("Bergame", "Bergamo"), is not known.
  if (m.place && m.place.confidence >= 1) {
    add('place', { side: sourced(m, side(m, m.place.start, m.place.end, m.place.text, m.place.id, outlet)), range: { lo: 0, hi: 0 }, place: m.place.id });
  }
  if (m.ordinal) {
    add('ordinal', {
      side: sourced(m, side(m, m.ordinal.start, m.ordinal.end, m.ordinal.text, String(m.ordinal.n), outlet)),
      range: { lo: m.ordinal.n, hi: m.ordinal.n },
    });
  }
  for (const c of m.counts) {
    add(`count:${c.noun}`, {
      side: sourced(m, side(m, c.start, c.end, c.text, String(c.value), outlet, c.qualifier)),
      range: countRange(c.value, c.qualifier),
    });
  }
  for (const x of m.measures ?? []) {
    const plain = side(m, x.start, x.end, x.text, measureValue(x), outlet, x.qualifier);
    const s = x.source ? { ...plain, source: x.source } : sourced(m, plain);
    add(x.key, { side: s, range: measureRange(x), ...(x.attribute === 'direction' ? { bearing: x.value } : {}) });
  }
}

/**
 * The claims of one article's run of mentions in an event, by the run's first mention: while the run holds
 * the same mentions (so the article did not change), and the event its date, they are the same claims.
 * An undated event at a busy place has thousands of articles' mentions: an edit to one of them collects
 * that article's claims again, not all of them.
 */
const runClaims = new WeakMap<
  MentionAnalysis,
  { run: MentionAnalysis[]; date: string | undefined; outlet: string | undefined; claims: Map<string, Claim[]> }
>();

function claimsOfRun(ev: NewsEvent, mentions: readonly MentionAnalysis[], from: number, to: number, outlet: string | undefined): Map<string, Claim[]> {
  const hit = runClaims.get(mentions[from]);
  if (hit && hit.date === ev.date && hit.outlet === outlet && hit.run.length === to - from && hit.run.every((m, i) => m === mentions[from + i]))
    return hit.claims;
  const set: ClaimSet = { byAttr: new Map(), seen: new Set() };
  for (let i = from; i < to; i++) collectMention(set, ev, mentions[i], outlet);
  runClaims.set(mentions[from], { run: mentions.slice(from, to), date: ev.date, outlet, claims: set.byAttr });
  return set.byAttr;
}

/**
 * Claims of one event, by attribute, in the order of its mentions. Mentions come grouped by article (as
 * events list them): the claims are then those of each article's run, in order (the keys that keep one
 * claim per article and value never match across articles).
 */
function collectClaims(ev: NewsEvent, mentions: readonly MentionAnalysis[], outletOf: (file: string) => string | undefined): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  const files = new Set<string>();
  for (let i = 0; i < mentions.length;) {
    const file = mentions[i].file;
    let j = i + 1;
    while (j < mentions.length && mentions[j].file === file) j++;
    if (files.has(file)) {
      // An article in two runs: one pass over all mentions instead.
      const set: ClaimSet = { byAttr: new Map(), seen: new Set() };
      for (const m of mentions) collectMention(set, ev, m, outletOf(m.file));
      return set.byAttr;
    }
    files.add(file);
    for (const [attr, claims] of claimsOfRun(ev, mentions, i, j, outletOf(file))) {
      const list = out.get(attr);
      if (list) for (const c of claims) list.push(c);
      else out.set(attr, claims.slice());
    }
    i = j;
  }
  return out;
}

function agree(a: Claim, b: Claim): boolean {
  if (a.place !== undefined && b.place !== undefined) return placeWithin(a.place, b.place) || placeWithin(b.place, a.place);
  if (a.bearing !== undefined && b.bearing !== undefined) return bearingsAgree(a.bearing, b.bearing);
  return rangesOverlap(a.range, b.range);
}

/** Every side of `a` and of `b` names its source, and no source stands on both. */
function twoSources(a: readonly Claim[], b: readonly Claim[]): boolean {
  const sa = new Set(a.map((c) => c.side.source));
  return !sa.has(undefined) && b.every((c) => c.side.source !== undefined && !sa.has(c.side.source));
}

function sourcesOf(sides: readonly ClaimSide[]): number {
  return new Set(sides.map((s) => s.outlet ?? s.file)).size;
}

/**
 * Contradictions and agreements of one event. Claims with the same value form a class; two classes whose
 * ranges do not overlap give one contradiction (both classes' sides); claims from two or more articles
 * that all overlap give one agreement. `outletOf` gives the outlet of an article.
 */
export function compareEventClaims(ev: NewsEvent, mentions: readonly MentionAnalysis[], outletOf: (file: string) => string | undefined): ClaimResults {
  const contradictions: Contradiction[] = [];
  const agreements: Contradiction[] = [];
  // Claims from one article never disagree nor corroborate (below, attributes need two files): most events
  // are named by a single article, so their claims are not even collected.
  // An article naming two sources for one figure ("6,0 selon l'USGS, 6,2 selon l'AFAD") is the exception.
  if (mentions.every((m) => m.file === mentions[0].file) && !mentions.some((m) => m.measures?.some((x) => x.source))) return { contradictions, agreements };
  for (const [attrKey, claims] of collectClaims(ev, mentions, outletOf)) {
    // Keys keep apart what is compared ("count:dead", "direction:valdore"); the attribute is the kind of claim.
    const attribute = attrKey.replace(/:.*/, '');
    const files = new Set(claims.map((c) => c.side.file));
    if (files.size < 2 && !claims.some((c) => c.side.source)) continue;
    // Classes of identical values.
    const classes = new Map<string, Claim[]>();
    for (const c of claims) {
      const k = `${c.side.value}|${c.side.qualifier ?? ''}`;
      (classes.get(k) ?? classes.set(k, []).get(k)!).push(c);
    }
    const list = [...classes.values()];
    const conflicting = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (agree(a[0], b[0])) continue;
        // Same article on both sides is not a disagreement between sources, unless it names a different source
        // for each side ("6,0 selon l'USGS, 6,2 selon l'AFAD").
        const fa = new Set(a.map((c) => c.side.file));
        if (b.every((c) => fa.has(c.side.file)) && a.every((c) => b.some((x) => x.side.file === c.side.file)) && !twoSources(a, b)) continue;
        conflicting.add(i).add(j);
        const sides = [...a, ...b].map((c) => c.side);
        contradictions.push({ id: claimId('c', attrKey, sides), event: ev.id, attribute, status: 'open', sides });
      }
    }
    // Agreement: every value that agrees with all other values, from two or more sources.
    const agreeing = list.filter((_, i) => !conflicting.has(i)).flat();
    if (new Set(agreeing.map((c) => c.side.file)).size >= 2) {
      const sides = agreeing.map((c) => c.side);
      agreements.push({ id: claimId('a', attrKey, sides), event: ev.id, attribute, status: 'open', sides, sources: sourcesOf(sides) });
    }
  }
  return { contradictions, agreements };
}

// ---- Quotes ---------------------------------------------------------------------------------------

/**
 * The words of a quote, folded: runs of letters, digits and apostrophes (typographic ones made straight),
 * lowercased, in NFC. (The same as blanking everything else and splitting on spaces, in one pass.)
 */
function normWords(s: string): string[] {
  return (
    s
      .normalize('NFC')
      .replace(/[’ʼ`]/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/**
 * Code units below 0x2070 whose word-ness `normWords` decides on the unit alone: NFC leaves them as they
 * are (and no mark follows to compose with them), lowercasing gives one unit of the same class. 1: part of
 * a word, 0: not, absent: unsure. Checked against `normWords` itself when the module loads, so the table
 * cannot disagree with it.
 */
const WORD_UNIT = (() => {
  const table = new Int8Array(0x2070).fill(-1);
  for (let u = 0; u < table.length; u++) {
    const c = String.fromCharCode(u);
    if (/\p{M}|\p{Cs}/u.test(c) || c.normalize('NFC') !== c || c.toLowerCase().length !== 1) continue;
    const word = normWords(`a ${c} a`).length;
    const alone = normWords(c).length;
    // Either a word by itself (and not joined with spaces around it), or no word at all.
    if (alone === 1 && word === 3 && normWords(`a${c}a`).length === 1) table[u] = 1;
    else if (alone === 0 && word === 2 && normWords(`a${c}a`).length === 2) table[u] = 0;
  }
  return table;
})();

/**
 * `normWords(s).length >= 3` without building the words: quotes shorter than that are not compared, and
 * most quotes of most articles are never compared (one article quotes their speaker).
 */
function hasThreeWords(s: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const w = u < 0x2070 ? WORD_UNIT[u] : -1;
    if (w < 0) return normWords(s).length >= 3;
    if (w === 0) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words === 3) return true;
    }
  }
  return false;
}

/** Word-level diff of two quotes, ignoring case, typographic apostrophes and punctuation. */
export function wordDiff(a: string, b: string): DiffOp[] {
  const clean = (s: string) => s.replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
  const parts = diffWords(clean(a), clean(b), { ignoreCase: true });
  const out: DiffOp[] = [];
  for (const p of parts) {
    const op: DiffOp['op'] = p.added ? 'insert' : p.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += p.value;
    else out.push({ op, text: p.value });
  }
  return out;
}

/** Share of words the two quotes have in common (over the shorter one), from their diff. */
function overlapRatio(a: string[], b: string[]): number {
  const setB = new Map<string, number>();
  for (const w of b) setB.set(w, (setB.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = setB.get(w) ?? 0;
    if (n > 0) {
      common++;
      setB.set(w, n - 1);
    }
  }
  return common / Math.max(1, Math.min(a.length, b.length));
}

/** Leading and trailing one-sided pieces: one article quoted more of the same words. */
function trimExcerpt(ops: DiffOp[]): DiffOp[] {
  let s = 0;
  let e = ops.length;
  const firstEq = ops.findIndex((o) => o.op === 'equal');
  if (firstEq < 0) return ops;
  const lead = ops.slice(0, firstEq);
  if (lead.length === 1) s = firstEq;
  let lastEq = ops.length - 1;
  while (lastEq >= 0 && ops[lastEq].op !== 'equal') lastEq--;
  const tail = ops.slice(lastEq + 1);
  if (tail.length === 1) e = lastEq + 1;
  return ops.slice(s, e);
}

/** A comparable quote: three words or more. Its words are kept once it was compared (see `wordsOf`). */
type QuoteEntry = { q: QuoteAnalysis; words?: string[]; outlet?: string; key: string };

/** The words of a quote entry, kept on it: only quotes of speakers quoted in two articles get that far. */
function wordsOf(e: QuoteEntry): string[] {
  return (e.words ??= normWords(e.q.text));
}

/**
 * Kept across calls of `compareQuotes` (with the same `speakerKey`): each article's comparable quotes
 * (analyses of unchanged articles are the same objects), and each speaker's results with the quotes and
 * events they were computed from.
 */
export interface QuoteCache {
  docs: WeakMap<DocumentAnalysis, QuoteEntry[]>;
  speakers: Map<string, { entries: QuoteEntry[]; events: Array<string | null>; token: unknown; results: ClaimResults }>;
  /** The last full pass's quotes by speaker, in order, and the speakers compared: what `patchQuotes` edits. */
  lists?: Map<string, QuoteEntry[]>;
  order?: string[];
}

export function newQuoteCache(): QuoteCache {
  return { docs: new WeakMap(), speakers: new Map() };
}

/**
 * The results of `compareQuotes` after one article changed from `before` (as the cache last saw it) to
 * `after`, when its quotes have the same speakers in the same order (so the speakers' order and which
 * speakers are compared are unchanged): only those speakers are compared again. Undefined when that does
 * not hold; then call `compareQuotes`.
 */
export function patchQuotes(
  cache: QuoteCache,
  before: DocumentAnalysis,
  after: DocumentAnalysis,
  eventOf: QuoteEventLookup,
  speakerKey: (id: string) => string = personIdKeyOf,
): ClaimResults | undefined {
  const { lists, order } = cache;
  const olds = cache.docs.get(before);
  if (!lists || !order || !olds) return undefined;
  const news = quoteEntries(after, speakerKey);
  if (olds.length !== news.length || olds.some((e, i) => e.key !== news[i].key)) return undefined;
  const touched = new Set<string>();
  for (let i = 0; i < olds.length; i++) {
    const list = lists.get(olds[i].key);
    const j = list ? list.indexOf(olds[i]) : -1;
    if (j < 0) {
      cache.lists = cache.order = undefined;
      return undefined;
    }
    list![j] = news[i];
    touched.add(olds[i].key);
  }
  cache.docs.set(after, news);
  for (const speaker of touched) {
    if (!cache.speakers.has(speaker)) continue; // quotes from one article only, still
    const list = lists.get(speaker)!;
    cache.speakers.set(speaker, {
      entries: [...list],
      events: list.map((x) => eventOf(x.q)),
      token: undefined,
      results: compareSpeakerQuotes(speaker, list, eventOf),
    });
  }
  const contradictions: Contradiction[] = [];
  const agreements: Contradiction[] = [];
  for (const speaker of order) {
    const { results } = cache.speakers.get(speaker)!;
    for (const c of results.contradictions) contradictions.push(c);
    for (const c of results.agreements) agreements.push(c);
  }
  return { contradictions, agreements };
}

function quoteEntries(d: DocumentAnalysis, speakerKey: (id: string) => string): QuoteEntry[] {
  const out: QuoteEntry[] = [];
  for (const q of d.quotes) {
    if (!q.speaker) continue;
    if (!hasThreeWords(q.text)) continue;
    out.push({ q, ...(d.outlet ? { outlet: d.outlet } : {}), key: speakerKey(q.speaker) });
  }
  return out;
}

export interface QuoteEventLookup {
  (q: QuoteAnalysis): string | null;
}

/**
 * Quote discrepancies and agreements: quotes of the same speaker in different articles that share most of
 * their words. Candidates are found through shared word triples (no all-pairs comparison); pairs about
 * two different known events are not compared unless nearly identical.
 */
export function compareQuotes(
  docs: Iterable<DocumentAnalysis>,
  eventOf: QuoteEventLookup,
  speakerKey: (id: string) => string = personIdKeyOf,
  cache?: QuoteCache,
  /** Same token as the previous call: `eventOf` answers as it did then. */
  eventsToken?: unknown,
): ClaimResults {
  const contradictions: Contradiction[] = [];
  const agreements: Contradiction[] = [];
  const bySpeaker = new Map<string, QuoteEntry[]>();
  for (const d of docs) {
    let entries = cache?.docs.get(d);
    if (!entries) {
      entries = quoteEntries(d, speakerKey);
      cache?.docs.set(d, entries);
    }
    for (const e of entries) {
      const list = bySpeaker.get(e.key);
      if (list) list.push(e);
      else bySpeaker.set(e.key, [e]);
    }
  }
  const live = new Set<string>();
  for (const [speaker, list] of bySpeaker) {
    const file = list[0].q.file;
    if (!list.some((x) => x.q.file !== file)) continue; // one article: nothing to compare
    let results: ClaimResults;
    if (cache) {
      live.add(speaker);
      const hit = cache.speakers.get(speaker);
      const sameQuotes = !!hit && hit.entries.length === list.length && list.every((x, i) => hit.entries[i] === x);
      if (sameQuotes && eventsToken !== undefined && hit!.token === eventsToken) results = hit!.results;
      else {
        const events = list.map((x) => eventOf(x.q));
        if (sameQuotes && events.every((e, i) => hit!.events[i] === e)) {
          results = hit!.results;
          hit!.token = eventsToken;
        } else {
          results = compareSpeakerQuotes(speaker, list, eventOf);
          cache.speakers.set(speaker, { entries: [...list], events, token: eventsToken, results });
        }
      }
    } else results = compareSpeakerQuotes(speaker, list, eventOf);
    for (const c of results.contradictions) contradictions.push(c);
    for (const c of results.agreements) agreements.push(c);
  }
  if (cache) {
    for (const k of [...cache.speakers.keys()]) if (!live.has(k)) cache.speakers.delete(k);
    cache.lists = bySpeaker;
    cache.order = [...live];
  }
  return { contradictions, agreements };
}

/** The speakers of an article's comparable quotes, in order: while they stay the same, so do the speakers compared. */
export function quoteSpeakers(d: DocumentAnalysis, speakerKey: (id: string) => string = personIdKeyOf): string[] {
  return quoteEntries(d, speakerKey).map((e) => e.key);
}

/** The results `compareQuotes` gives for one speaker, from the articles (in indexing order) that quote it. */
export function compareSpeakerIn(
  speaker: string,
  docs: Iterable<DocumentAnalysis>,
  eventOf: QuoteEventLookup,
  speakerKey: (id: string) => string = personIdKeyOf,
): ClaimResults {
  const list: QuoteEntry[] = [];
  for (const d of docs) for (const e of quoteEntries(d, speakerKey)) if (e.key === speaker) list.push(e);
  return compareSpeakerQuotes(speaker, list, eventOf);
}

/**
 * What the last full `compareQuotes` pass with this cache compared: each speaker quoted in two articles or
 * more, in order, with the number of its contradictions and agreements and the articles quoting it.
 */
export function comparedSpeakers(cache: QuoteCache): Array<{ speaker: string; contradictions: number; agreements: number; files: string[] }> | undefined {
  if (!cache.order || !cache.lists) return undefined;
  const out: Array<{ speaker: string; contradictions: number; agreements: number; files: string[] }> = [];
  for (const speaker of cache.order) {
    const hit = cache.speakers.get(speaker);
    const list = cache.lists.get(speaker);
    if (!hit || !list) return undefined;
    out.push({
      speaker,
      contradictions: hit.results.contradictions.length,
      agreements: hit.results.agreements.length,
      files: [...new Set(list.map((e) => e.q.file))],
    });
  }
  return out;
}

/** Discrepancies and agreements among one speaker's quotes (from two or more articles). */
function compareSpeakerQuotes(speaker: string, list: QuoteEntry[], eventOf: QuoteEventLookup): ClaimResults {
  const contradictions: Contradiction[] = [];
  const agreements: Contradiction[] = [];
  {
    const shingles = new Map<string, number[]>();
    list.forEach((x, i) => {
      const seen = new Set<string>();
      const words = wordsOf(x);
      for (let k = 0; k + 2 < words.length || (k === 0 && words.length < 3); k++) {
        const sh = k + 2 < words.length ? `${words[k]} ${words[k + 1]} ${words[k + 2]}` : words.slice(k, k + 3).join(' ');
        if (seen.has(sh)) continue;
        seen.add(sh);
        (shingles.get(sh) ?? shingles.set(sh, []).get(sh)!).push(i);
      }
    });
    // Pairs of quotes (i, j) as the number i * n + j.
    const n = list.length;
    const pairs = new Set<number>();
    for (const ids of shingles.values()) {
      if (ids.length > 200) continue; // a boilerplate phrase, not evidence
      for (let a = 0; a < ids.length; a++)
        for (let b = a + 1; b < ids.length; b++) {
          if (list[ids[a]].q.file === list[ids[b]].q.file) continue;
          const k = ids[a] * n + ids[b];
          pairs.add(k);
        }
    }
    for (const k of pairs) {
      const i = Math.floor(k / n);
      const j = k % n;
      const A = list[i];
      const B = list[j];
      const wa = wordsOf(A);
      const wb = wordsOf(B);
      // One shared run of three words is enough to look closer: a single word added in the middle of a short
      // quote ("a useful conversation" / "a very useful conversation") leaves it only one. The overlap decides.
      const ratio = overlapRatio(wa, wb);
      if (ratio < 0.6) continue;
      const ea = eventOf(A.q);
      const eb = eventOf(B.q);
      if (ea && eb && ea !== eb && ratio < 0.9) continue;
      const [first, second] = A.q.file <= B.q.file ? [A, B] : [B, A];
      const ops = trimExcerpt(wordDiff(first.q.text, second.q.text));
      const sides = [first, second].map((x) => side(x.q, x.q.start, x.q.end, x.q.text, x.q.text, x.outlet));
      const event = ea && (ea === eb || !eb) ? ea : eb && !ea ? eb : null;
      if (ops.every((o) => o.op === 'equal')) {
        agreements.push({ id: claimId('a', 'quote', sides), event, attribute: 'quote', status: 'open', sides, speaker, sources: sourcesOf(sides) });
      } else {
        contradictions.push({ id: claimId('c', 'quote', sides), event, attribute: 'quote', status: 'open', sides, diff: ops, speaker });
      }
    }
  }
  return { contradictions, agreements };
}

/** Display of a place id ("riyadh" -> "Riyad"). */
export function placeName(id: string): string {
  return placeInfo(id)?.name ?? id;
}
