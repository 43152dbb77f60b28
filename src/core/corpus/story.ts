/**
 * The article's story: what an article mainly reports, as a weighted bag of words from its title and first
 * paragraph (the lead names who, what, where and when), its named things anywhere, its numbers and years,
 * and the kinds of its event mentions. Two articles on the same event share rare words there (the names of
 * the people, places and companies involved) even when they share no event trigger; look-alikes (another
 * earthquake, another acquisition by the same company) share the common ones only.
 *
 * Our own TF-IDF cosine: plain arithmetic over a few hundred terms per article, no dependency, and the
 * candidate pairs come from an inverted index over each article's rarest terms, so 10,000 articles never
 * cost 50 million comparisons.
 */

import { SpanTable } from '../text/spanTable';

/**
 * A story vector: term -> weight, unit length, its terms in the order they were weighed. Two lists rather than a
 * `Map`: grouping holds one per article at once (at 100,000 articles, about 1 GB as maps, a third of it as lists).
 * Read like a map (`get`, `has`, `keys`, `values`, entries); a lookup is a binary search over the terms in
 * code-unit order, sorted on the first lookup (most vectors are only walked).
 */
export class StoryVector {
  readonly size: number;
  private order: Uint16Array | undefined;
  /** Each term's number in the set of vectors this one was made with (`numberTerms`), for products without lookups. */
  ids: Int32Array | undefined;

  constructor(
    readonly terms: readonly string[],
    readonly weights: Float64Array,
  ) {
    this.size = terms.length;
  }

  get(t: string): number | undefined {
    const { terms } = this;
    const order = (this.order ??= Uint16Array.from(terms.keys()).sort((i, j) => (terms[i] < terms[j] ? -1 : terms[i] > terms[j] ? 1 : 0)));
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = terms[order[mid]];
      if (m === t) return this.weights[order[mid]];
      if (m < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(t: string): boolean {
    return this.get(t) !== undefined;
  }

  keys(): IterableIterator<string> {
    return this.terms[Symbol.iterator]();
  }

  values(): IterableIterator<number> {
    return this.weights.values();
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [this.terms[i], this.weights[i]];
  }
}

/** What an article gives the story. */
export interface StoryInput {
  text: string;
  /** Kinds of its event mentions, one entry per mention. */
  kinds?: readonly string[];
}

// Function words of French and English, written by us: they say nothing about what happened.
const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto over under about after before during since until ' +
    'as is are was were be been being has have had do does did will would shall should can could may might must ' +
    'it its this that these those he she they them his her their him we us our you your i me my who whom whose which what ' +
    'when where why how not no nor so than then there here also just only more most very much many some any all each ' +
    'other such own same too s t said says say told according reported report reports news new one two three up out ' +
    'le la les un une des du de d l au aux et ou mais si en dans sur sous par pour avec sans chez entre vers ' +
    'est sont était étaient été être a ont avait avaient avoir fait faire sera seront ce cet cette ces se sa son ses leur leurs ' +
    'il elle ils elles on nous vous je qui que qu quoi dont où ne pas plus moins très aussi comme lors selon ' +
    'y après avant depuis pendant tout tous toute toutes autre autres même deux trois dit déclaré indiqué ' +
    'monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'http https www com html htm php article'
  ).split(' '),
);

/** Month names (English, French) and years. */
const TIME_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|1[89]\d\d|2\d\d\d)$/;
/** Answers of `isTimeTerm` so far (bounded): grouping asks about the same few thousand terms for every pair of groups. */
const timeMemo = new Map<string, boolean>();
/** A month name or a year: when a story happened, not what happened. */
export function isTimeTerm(term: string): boolean {
  let y = timeMemo.get(term);
  if (y === undefined) {
    if (timeMemo.size >= 50_000) timeMemo.clear();
    timeMemo.set(term, (y = TIME_WORD.test(term)));
  }
  return y;
}
/** What a word of a story is (read by `forEachStoryWord`). */
export const STORY_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|\d+(?:[.,]\d+)?/gu;
const UPPER = /^\p{Lu}/u;

function computeTerm(word: string): string | undefined {
  let w = word.toLowerCase();
  // Most words hold no apostrophe: the two replacements would copy them for nothing.
  if (w.includes("'") || w.includes('’')) w = w.replace(/^(?:l|d|qu|n|s|j|c)['’]/, '').replace(/['’]s$/, '');
  if (STOP.has(w) || w.length < 2) return undefined;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** How much of an article its story is read from. */
const STORY_CHARS = 5000;
/** Terms kept per story vector, heaviest first: the rest are too light to move a cosine. */
const STORY_TERMS = 160;

/** How many characters of an article make its lead: the title and first paragraph of a news article. */
const LEAD = 600;
/** Weight of a lead word (a body word weighs 0.5). */
const LEAD_WEIGHT = 4;

/**
 * The raw term weights of an article's story (before IDF): lead words four times body words, capitalised
 * words (names) anywhere more, numbers (years, tolls, magnitudes) and one `kind:` term per event kind mentioned;
 * in order of first use. With `limit`, only the `limit` heaviest when there are more: heaviest first and, among
 * equal weights, in code-unit order of their terms (what sorting the whole map that way and keeping its head gives).
 */
export function storyTerms(input: StoryInput, limit = Infinity): Map<string, number> {
  // What an article reports is in its first few paragraphs; a long article's tail adds cost, not story.
  const text = input.text.length > STORY_CHARS ? input.text.slice(0, STORY_CHARS) : input.text;
  const table = wordTable();
  const n = text.length;
  for (let i = 0; i < n;) {
    const j = storyWordEnd(text, i);
    if (j < 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const word = table.word(text, i, j);
    const t = table.termOf[word];
    if (t >= 0) {
      const lead = i < LEAD;
      // A capitalised word inside a sentence is most often a name; at a sentence start it is any word.
      const name = i > 0 && table.upper[word] === 1 && !afterSentenceEnd(text, i);
      // Weights measured on ECB+ dev topics 1–35 (npm run eval): names count most, a lead word eight times a
      // body word (the title and first lines say which event; the body drifts to background both look-alikes share).
      table.add(t, (lead ? LEAD_WEIGHT : 0.5) + (name ? 3 : 0));
    }
    i = j;
  }
  // No word makes a term with a colon: each kind's term is new.
  const kinds = [...new Set(input.kinds ?? [])].map((k) => `kind:${k}`);
  return table.take(kinds, limit);
}

/**
 * The `limit` heaviest of terms in buckets of equal weight, heaviest first and, among equal weights, in code-unit
 * order of their terms: a story's weights are sums of a few steps, so there are a few dozen buckets, and each is
 * sorted as strings, natively, only as far down as the terms kept reach.
 */
function heaviest(buckets: Map<number, string[]>, limit: number): Map<string, number> {
  const weights = Float64Array.from(buckets.keys()).sort().reverse();
  const out = new Map<string, number>();
  for (let i = 0; out.size < limit && i < weights.length; i++) {
    const w = weights[i];
    // The default sort compares strings by code units, as `<` does.
    const terms = buckets.get(w)!.sort();
    for (let j = 0; j < terms.length && out.size < limit; j++) out.set(terms[j], w);
  }
  return out;
}

/**
 * Words (and so terms) the table keeps before it starts afresh, between stories; a story reads at most `STORY_CHARS`
 * characters, so it adds at most as many words.
 */
const TABLE_WORDS = 20_000;

/**
 * The words of stories seen so far (a `SpanTable`), each with its term (`computeTerm`) and whether it opens with a
 * capital. Its terms are numbered, and one story's weights are summed by number. Bounded: forgotten past
 * `TABLE_WORDS` words, between stories.
 */
class WordTable {
  private readonly spans = new SpanTable(TABLE_WORDS);
  /** Per word: its term's number, -1 when it has none (a function word). */
  readonly termOf: number[] = [];
  /** Per word: 1 when it opens with a capital letter. */
  readonly upper: number[] = [];
  private readonly terms: string[] = [];
  private readonly termNumber = new Map<string, number>();
  /** One story's weight per term number, and the terms it weighed in order of first weight. */
  private readonly weights = new Float64Array(TABLE_WORDS + STORY_CHARS);
  private readonly touched: number[] = [];

  get full(): boolean {
    return this.spans.full;
  }

  /** The number of the word `text.slice(i, j)`, learnt if new. */
  word(text: string, i: number, j: number): number {
    const w = this.spans.find(text, i, j);
    return w >= 0 ? w : this.learn(text.slice(i, j));
  }

  private learn(word: string): number {
    const t = computeTerm(word);
    let id = -1;
    if (t !== undefined) {
      id = this.termNumber.get(t) ?? -1;
      if (id < 0) this.termNumber.set(t, (id = this.terms.push(t) - 1));
    }
    this.termOf.push(id);
    this.upper.push(startsUpper(word) ? 1 : 0);
    return this.spans.add(word);
  }

  add(term: number, w: number): void {
    if (this.weights[term] === 0) this.touched.push(term);
    this.weights[term] += w;
  }

  /**
   * The story's weights by term, in order of first weight, then `extra` terms weighing 1 each; or, when there are
   * more than `limit`, the `limit` heaviest (see `storyTerms`). Then the table is ready for the next story.
   */
  take(extra: readonly string[], limit: number): Map<string, number> {
    const { touched, weights, terms } = this;
    let out = new Map<string, number>();
    if (touched.length + extra.length <= limit) {
      for (const t of touched) out.set(terms[t], weights[t]);
      for (const t of extra) out.set(t, 1);
    } else {
      const buckets = new Map<number, string[]>();
      const put = (t: string, w: number) => {
        const b = buckets.get(w);
        if (b) b.push(t);
        else buckets.set(w, [t]);
      };
      for (const t of touched) put(terms[t], weights[t]);
      for (const t of extra) put(t, 1);
      out = heaviest(buckets, limit);
    }
    for (const t of touched) weights[t] = 0;
    touched.length = 0;
    return out;
  }
}

let knownWords: WordTable | undefined;
/** The word table, a fresh one when the last is full. */
function wordTable(): WordTable {
  if (!knownWords || knownWords.full) knownWords = new WordTable();
  return knownWords;
}

/** Whether a word opens with a capital letter (`/^\p{Lu}/u`), asked of the regex only beyond ASCII. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(word);
}

/** `/\s/` for one UTF-16 unit. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether the (at most) three characters before `index` end a sentence: `/[.!?\n]\s*$/` on them, read backwards
 * without copying them out of the text.
 */
function afterSentenceEnd(text: string, index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** Whether code points are letters or marks, for those beyond ASCII met so far. */
const letterMemo = new Map<number, boolean>();
const LETTER = /^[\p{L}\p{M}]$/u;

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  let y = letterMemo.get(cp);
  if (y === undefined) letterMemo.set(cp, (y = LETTER.test(String.fromCodePoint(cp))));
  return y;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Calls `take(word, index)` for each match of `STORY_WORD` in `text`, in order (a letter or mark, then letters, marks,
 * apostrophes and hyphens; or digits with one decimal part), read by hand: a regex iterator made an object
 * per word, and the story terms of every article are read in the workers' pass.
 */
export function forEachStoryWord(text: string, take: (word: string, index: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n;) {
    const j = storyWordEnd(text, i);
    if (j < 0) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    else {
      take(text.slice(i, j), i);
      i = j;
    }
  }
}

/** The end of the story word (`STORY_WORD`) that starts at `i` in `text`, or -1 when none starts there. */
function storyWordEnd(text: string, i: number): number {
  const n = text.length;
  const cp = text.codePointAt(i)!;
  if (isLetter(cp)) {
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const c = text.codePointAt(j)!;
      if (c === 0x27 || c === 0x2019 || c === 0x2d || isLetter(c)) j += c > 0xffff ? 2 : 1;
      else break;
    }
    return j;
  }
  if (isDigit(cp)) {
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if ((c === 0x2e || c === 0x2c) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  }
  return -1;
}

/**
 * Raw term weights as two lists in the order of the map they came from: what grouping keeps of each article
 * between regroupings. A `Map` of 160 terms costs about 9 KB of hash table and boxed numbers; these lists,
 * about 2.5 KB.
 */
export interface TermList {
  terms: readonly string[];
  weights: Float64Array;
}

/** The terms of a map, in its order (`TermList`). */
export function termList(raw: ReadonlyMap<string, number>): TermList {
  const weights = new Float64Array(raw.size);
  const terms: string[] = [];
  for (const [t, w] of raw) weights[terms.push(t) - 1] = w;
  return { terms, weights };
}

type RawTerms = ReadonlyMap<string, number> | TermList;

function termsIn(raw: RawTerms): Iterable<string> {
  return raw instanceof Map ? raw.keys() : (raw as TermList).terms;
}

/** Raw term maps or lists counted ahead by `tallyTerms`, and their document frequencies. */
let tallied = new Set<RawTerms>();
let talliedDf = new Map<string, number>();

/**
 * Counts an article's raw terms towards the next `documentFrequencies` ahead of time: the corpus index does
 * as a worker's article is filed, while its thread waits on the workers, so that grouping, which runs alone
 * after the pass, checks instead of counting (bench, 10,000 articles: about 5% of grouping's CPU).
 */
export function tallyTerms(terms: RawTerms): void {
  if (tallied.has(terms)) return;
  tallied.add(terms);
  for (const t of termsIn(terms)) talliedDf.set(t, (talliedDf.get(t) ?? 0) + 1);
}

/**
 * Document frequencies of terms over a set of raw term maps or lists. Those tallied ahead (`tallyTerms`) serve
 * when they are exactly these, the same objects, none twice; either way the tally starts over.
 */
export function documentFrequencies(all: Iterable<RawTerms>): Map<string, number> {
  if (tallied.size) {
    const list = [...all];
    const ahead = tallied.size === list.length && new Set(list).size === list.length && list.every((t) => tallied.has(t)) ? talliedDf : undefined;
    tallied = new Set();
    talliedDf = new Map();
    if (ahead) return ahead;
    all = list;
  }
  const df = new Map<string, number>();
  for (const raw of all) for (const t of termsIn(raw)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** The TF-IDF vector of raw term weights, unit length; terms seen in one article only carry no link and are dropped. */
export function storyVector(raw: RawTerms, df: Map<string, number>, n: number): StoryVector {
  const list = raw instanceof Map ? termList(raw) : (raw as TermList);
  // Weighed into typed lists (which terms were kept, by position in `list`, and their weights), the vector made
  // once with its final values: at 10,000 articles every regrouping weighs 1.6 million terms.
  const at = new Int32Array(list.terms.length);
  const weights = new Float64Array(list.terms.length);
  let kept = 0;
  let norm = 0;
  for (let i = 0; i < list.terms.length; i++) {
    const f = df.get(list.terms[i]) ?? 1;
    if (f < 2) continue;
    // Smoothed IDF: in a workspace of a few articles a word all of them share still counts.
    const x = Math.log(1 + list.weights[i]) * Math.log(1 + n / f);
    if (x <= 0) continue;
    at[kept] = i;
    weights[kept++] = x;
    norm += x * x;
  }
  let order: number[] | undefined;
  if (kept > STORY_TERMS) {
    const termAt = (k: number) => list.terms[at[k]];
    order = Array.from({ length: kept }, (_, k) => k)
      .sort((i, j) => weights[j] - weights[i] || (termAt(i) < termAt(j) ? -1 : 1))
      .slice(0, STORY_TERMS);
    norm = 0;
    for (const i of order) norm += weights[i] * weights[i];
  }
  norm = Math.sqrt(norm);
  const size = order ? order.length : kept;
  const terms: string[] = [];
  const unit = new Float64Array(size);
  for (let r = 0; r < size; r++) {
    const i = order ? order[r] : r;
    terms.push(list.terms[at[i]]);
    unit[r] = norm > 0 ? weights[i] / norm : weights[i];
  }
  return new StoryVector(terms, unit);
}

/**
 * Numbers the terms of a set of vectors (`StoryVector.ids`, 0 to the count returned - 1): two vectors' product
 * then spreads one into an array by number and reads the other's terms there, instead of looking each up.
 */
export function numberTerms(vectors: Iterable<StoryVector>): number {
  const number = new Map<string, number>();
  for (const v of vectors) {
    const ids = new Int32Array(v.size);
    for (let i = 0; i < v.size; i++) {
      let id = number.get(v.terms[i]);
      if (id === undefined) number.set(v.terms[i], (id = number.size));
      ids[i] = id;
    }
    v.ids = ids;
  }
  return number.size;
}

/** Cosine of two unit vectors. */
export function cosine(a: StoryVector, b: StoryVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (let i = 0; i < small.size; i++) {
    const y = large.get(small.terms[i]);
    if (y !== undefined) s += small.weights[i] * y;
  }
  return s;
}

/** Most articles a probed term may name; one real event is rarely told by more in one workspace. */
const MAX_POSTING = 64;

/** A pair of articles (indexes into the input) and the cosine of their stories. */
export interface StoryPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Pairs of articles whose stories are at least `threshold` alike, by accumulating dot products over an inverted
 * index: each article adds its weight times the others' for every term they share. A term held by more than
 * 64 articles links none in particular and is left out of the sum, which is then a slight underestimate of
 * the cosine, and never compares every article with every other. A workspace of 64 articles or fewer gets
 * exact cosines (a term three of four articles share is what links them).
 */
export function similarStories(vectors: readonly StoryVector[], threshold: number): StoryPair[] {
  return new StoryIndex(vectors).pairs(threshold);
}

/**
 * An inverted index over story vectors: the pairs above a threshold, and one article's near neighbours. Terms are
 * read by number (`numberTerms`: the vectors are numbered here): each term's articles and
 * weights are one slice of two typed lists, in article order, with no map lookup per term of every article.
 */
export class StoryIndex {
  /** Number of distinct terms: the vectors' `ids` run from 0 to this - 1. */
  readonly termCount: number;
  /** Where each term's postings start in `articles` and `weights` (term id -> offset; one more entry at the end). */
  private readonly starts: Int32Array;
  private readonly articles: Int32Array;
  private readonly weights: Float64Array;
  private readonly acc: Float64Array;
  /** The part of `acc` that comes from months and years. */
  private readonly accTime: Float64Array;
  private readonly touched: number[] = [];
  /** By term id: 1 a month or a year, 0 not, -1 not asked yet. */
  private readonly timeById: Int8Array;

  constructor(private readonly vectors: readonly StoryVector[]) {
    this.termCount = numberTerms(vectors);
    const starts = (this.starts = new Int32Array(this.termCount + 1));
    for (const v of vectors) for (let n = 0; n < v.size; n++) starts[v.ids![n] + 1]++;
    for (let t = 0; t < this.termCount; t++) starts[t + 1] += starts[t];
    const fill = starts.slice(0, this.termCount);
    this.articles = new Int32Array(starts[this.termCount]);
    this.weights = new Float64Array(starts[this.termCount]);
    vectors.forEach((v, i) => {
      for (let n = 0; n < v.size; n++) {
        const k = fill[v.ids![n]]++;
        this.articles[k] = i;
        this.weights[k] = v.weights[n];
      }
    });
    this.timeById = new Int8Array(this.termCount).fill(-1);
    this.acc = new Float64Array(vectors.length);
    this.accTime = new Float64Array(vectors.length);
  }

  /**
   * Calls `emit` for every article after `after` whose (slightly underestimated) cosine with `i` reaches
   * `floor`, at least half of it from what the stories say rather than when: in a small workspace, two
   * short reports of one week share "March 2025" and little else, whatever they report.
   */
  private near(i: number, floor: number, after: number, emit: (j: number, similarity: number) => void): void {
    const { acc, accTime, touched, starts, articles, weights: ws, timeById } = this;
    const { terms, weights, ids } = this.vectors[i];
    for (let n = 0; n < terms.length; n++) {
      const id = ids![n];
      const from = starts[id];
      const to = starts[id + 1];
      if (to - from > MAX_POSTING) continue;
      const x = weights[n];
      const time = (timeById[id] < 0 ? (timeById[id] = isTimeTerm(terms[n]) ? 1 : 0) : timeById[id]) === 1;
      for (let k = from; k < to; k++) {
        const j = articles[k];
        if (j <= after || j === i) continue;
        const y = ws[k];
        if (acc[j] === 0) touched.push(j);
        acc[j] += x * y;
        if (time) accTime[j] += x * y;
      }
    }
    for (const j of touched) {
      if (acc[j] >= floor && acc[j] - accTime[j] >= floor / 2) emit(j, acc[j]);
      acc[j] = 0;
      accTime[j] = 0;
    }
    touched.length = 0;
  }

  /** Pairs of articles at least `threshold` alike, most alike first. */
  pairs(threshold: number): StoryPair[] {
    const out: StoryPair[] = [];
    for (let i = 0; i < this.vectors.length; i++) this.near(i, threshold, i, (j, similarity) => out.push({ a: i, b: j, similarity }));
    return out.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  }

  /** The articles at least `floor` alike to article `i`. */
  neighbours(i: number, floor: number): number[] {
    const out: number[] = [];
    this.near(i, floor, -1, (j) => out.push(j));
    return out;
  }
}
