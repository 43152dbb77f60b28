/**
 * Grouping by story: after mentions are grouped by kind, date, place and people (`groupMentions`), the
 * event each article mainly reports is merged with the main events of the articles that tell the same story
 * (`story.ts`), so that two reports of one earthquake join even when one says "quake" on "Tuesday" and the
 * other "tremor" with no date. Look-alikes stay apart: a merge needs compatible dates, places and ordinals,
 * and the average story likeness of the two groups of articles (average link: a group does not grow by
 * chaining one near neighbour after another).
 */
import { placeInfo } from '../lexicon/places';
import type { DocumentAnalysis, MentionAnalysis } from './analyze';
import type { Cluster } from './group';
import { documentFrequencies, storyTerms, storyVector, similarStories, type StoryVector } from './story';

/**
 * Average story cosine two groups of articles need to be one event. Measured on ECB+ dev topics 1–35 through
 * `npm run eval`: 0.34 puts 3.2% of look-alike article pairs together, 0.37 0.5%, 0.40 none (article B³ F1
 * 0.72, 0.67, 0.62): the look-alike bound (at most 1%) decides.
 */
export const STORY_THRESHOLD = 0.37;

/**
 * The cluster an article mainly reports: the one holding most of its mentions (ties: the earliest).
 * Supporting words ("said", "struck") do not count: they follow the words that name events.
 */
export function mainClusterOf(clusters: readonly Cluster[]): Map<string, Cluster> {
  const count = new Map<string, Map<Cluster, number>>();
  for (const c of clusters) {
    for (const m of c.mentions) {
      if (m.support) continue;
      let perDoc = count.get(m.file);
      if (!perDoc) count.set(m.file, (perDoc = new Map()));
      perDoc.set(c, (perDoc.get(c) ?? 0) + 1);
    }
  }
  const out = new Map<string, Cluster>();
  for (const [file, perDoc] of count) {
    let best: Cluster | undefined;
    let n = 0;
    let first = Infinity;
    for (const [c, k] of perDoc) {
      const start = c.mentions.find((m) => m.file === file)!.start;
      if (k > n || (k === n && start < first)) {
        best = c;
        n = k;
        first = start;
      }
    }
    out.set(file, best!);
  }
  return out;
}

function placesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  return placeInfo(a)?.country === b || placeInfo(b)?.country === a;
}

function ordinalsOf(c: Cluster): Set<number> {
  return new Set(c.mentions.flatMap((m) => (m.ordinal ? [m.ordinal.n] : [])));
}

/**
 * Days apart beyond which two reports of one news event are two events. Within it, articles date one story's
 * moments (the crash and the funeral, the announcement and the ceremony): the day an article's main event
 * gets is often one of those. Talks and calls are dated exactly (rounds a week apart are two rounds).
 */
const NEWS_DAY_SLACK = 31;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86400000;
}

/** The country of a place id (itself when it is a country). */
function countryOf(id: string): string {
  return placeInfo(id)?.country ?? id;
}

/** Why two clusters cannot be one event, or undefined when they can. */
export function storyConflict(a: Cluster, b: Cluster): string | undefined {
  if ((a.family === 'call') !== (b.family === 'call')) return 'a call is not an in-person event';
  const diplomatic = a.family === 'talks' || b.family === 'talks' || a.family === 'call';
  if (a.day && b.day && a.day !== b.day && (diplomatic || daysApart(a.day, b.day) > NEWS_DAY_SLACK)) return `${a.day} is not ${b.day}`;
  // A year or month alone in a news story is as often an earlier event it recalls ("convicted in 1979") as
  // its own date: only talks and calls, dated with care, are kept apart by it.
  const approxA = a.day ?? (a.approx?.startsWith('--') ? undefined : a.approx);
  const approxB = b.day ?? (b.approx?.startsWith('--') ? undefined : b.approx);
  if (diplomatic && approxA && approxB && !approxA.startsWith(approxB) && !approxB.startsWith(approxA)) return `${approxA} is not ${approxB}`;
  // Same kind and time elsewhere: a news story's place is often missed or read wrong, so only two events
  // dated close together in different countries are told apart by place.
  const sameTime = !!a.day && !!b.day && daysApart(a.day, b.day) <= NEWS_DAY_SLACK;
  if (diplomatic ? !placesCompatible(a.placeId, b.placeId) : sameTime && a.placeId && b.placeId && countryOf(a.placeId) !== countryOf(b.placeId)) return `${a.placeId} is not ${b.placeId}`;
  const oa = ordinalsOf(a);
  const ob = ordinalsOf(b);
  if (oa.size && ob.size && ![...oa].some((n) => ob.has(n))) return 'another round';
  if (planned(a) !== planned(b) && (a.day || b.day)) return 'a planned event is not one that happened';
  return undefined;
}

/** Every mention of the cluster is marked as another, future occurrence ("the next summit"). */
function planned(c: Cluster): boolean {
  return c.mentions.length > 0 && c.mentions.every((m) => m.another);
}

/** Raw terms kept per article (see `termsOf`). */
const RAW_TERMS = 120;

/** Raw story terms per analysis: an edit regroups the corpus but re-reads only the article it changed. */
const termsMemo = new WeakMap<DocumentAnalysis, Map<string, number>>();

function termsOf(d: DocumentAnalysis): Map<string, number> {
  let t = termsMemo.get(d);
  if (!t) {
    t = storyTerms({ text: d.text, kinds: d.mentions.map((m) => m.kind) });
    // The heaviest raw terms only: what IDF then keeps of an article comes from among them, and every
    // regrouping weighs them again.
    if (t.size > RAW_TERMS) t = new Map([...t].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, RAW_TERMS));
    termsMemo.set(d, t);
  }
  return t;
}

/** The story vectors of the articles, by file. */
export function storyVectors(docs: readonly DocumentAnalysis[]): Map<string, StoryVector> {
  const raw = docs.map(termsOf);
  const df = documentFrequencies(raw);
  const out = new Map<string, StoryVector>();
  docs.forEach((d, i) => out.set(d.file, storyVector(raw[i], df, docs.length)));
  return out;
}

/**
 * Merges the main clusters of articles that tell the same story. Returns the clusters left (merged ones
 * removed, their mentions and reasons moved into the one kept), in the input's order.
 */
export function mergeByStory(clusters: Cluster[], docs: readonly DocumentAnalysis[], threshold = STORY_THRESHOLD): Cluster[] {
  const main = mainClusterOf(clusters);
  const withMain = docs.filter((d) => main.has(d.file)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (withMain.length < 2) return clusters;
  const vectors = storyVectors(docs);
  const vecs = withMain.map((d) => vectors.get(d.file)!);
  const pairs = similarStories(vecs, threshold);
  if (!pairs.length) return clusters;

  // Groups of articles (union-find over article indexes), each with the sum of its story vectors and its
  // cluster. Articles that share a main cluster are not joined up front: the story decides which groups meet,
  // and a cluster merged into another resolves to it.
  const parent = withMain.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const sums = vecs.map((v) => new Map(v));
  const sizes = vecs.map(() => 1);
  const clusterOfGroup = withMain.map((d) => main.get(d.file)!);
  const into = new Map<Cluster, Cluster>();
  const resolve = (c: Cluster): Cluster => {
    let r = c;
    while (into.has(r)) r = into.get(r)!;
    return r;
  };

  for (const p of pairs) {
    const a = find(p.a);
    const b = find(p.b);
    if (a === b) continue;
    // Average link: the mean cosine over every pair of articles, from the sums of unit vectors.
    let dot = 0;
    const [small, large] = sums[a].size <= sums[b].size ? [sums[a], sums[b]] : [sums[b], sums[a]];
    for (const [t, x] of small) dot += x * (large.get(t) ?? 0);
    const mean = dot / (sizes[a] * sizes[b]);
    if (mean < threshold) continue;
    const ca = resolve(clusterOfGroup[a]);
    const cb = resolve(clusterOfGroup[b]);
    if (ca !== cb) {
      if (storyConflict(ca, cb)) continue;
      absorb(ca, cb, withMain[p.a].file, withMain[p.b].file, mean);
      into.set(cb, ca);
    }
    parent[b] = a;
    for (const [t, x] of sums[b]) sums[a].set(t, (sums[a].get(t) ?? 0) + x);
    sizes[a] += sizes[b];
    clusterOfGroup[a] = ca;
  }
  return into.size ? clusters.filter((c) => !into.has(c)) : clusters;
}

/** Moves `from`'s mentions into `into`, which takes the date and place it lacked, and says why. */
function absorb(into: Cluster, from: Cluster, fileA: string, fileB: string, similarity: number): void {
  const byFileAndStart = (a: MentionAnalysis, b: MentionAnalysis) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start);
  into.mentions = [...into.mentions, ...from.mentions].sort(byFileAndStart);
  if (!into.day && from.day) into.day = from.day;
  if (!into.approx && from.approx) into.approx = from.approx;
  if (!into.placeId && from.placeId) into.placeId = from.placeId;
  into.reasoning.push(`${fileA} and ${fileB} tell the same story (average likeness ${similarity.toFixed(2)} ≥ ${STORY_THRESHOLD}), with no conflicting date, place or round`);
  for (const r of from.reasoning) into.reasoning.push(r);
}
