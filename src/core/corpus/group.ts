/**
 * Grouping event mentions across articles into events. Linear in the number of mentions: mentions are
 * bucketed by (day, family) and looked up by place through maps, never compared all against all.
 *
 * Order of evidence: a mention with a full date founds or joins the event of that day and place; a
 * weekday left open by a month-only article is settled by the events other articles date in the same
 * place; a weekday, month or no date at all joins the unique compatible event at that place (preferring
 * events the same article already mentions); a mention with neither date nor place refers back to the
 * event named just before it in its article, or to the only compatible event that article mentions.
 */
import { placeInfo } from '../lexicon/places';
import type { DateConstraint, DocumentAnalysis, MentionAnalysis } from './analyze';
import { weekdayOf } from './analyze';
import { memoByKey } from './memo';
import { mergeByStory } from './storyGroup';
import type { EventFamily } from './triggers';

/** An event as grouping builds it, before user decisions. */
export interface Cluster {
  /** Key for leftover clusters (no full day) so that compatible mentions share one. */
  key: string;
  family: EventFamily;
  day?: string;
  /** Date text when the day is not known: YYYY-MM, YYYY, YYYY-Www, MM-DD. */
  approx?: string;
  weekday?: number;
  placeId?: string;
  mentions: MentionAnalysis[];
  reasoning: string[];
  /** Articles that report this event by their story but name it in no mention found (see storyGroup.ts). */
  reportedBy?: string[];
}

const WEEKDAY_NAMES_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** Place of a cluster or mention is compatible when equal or one lies in the other; unknown is compatible. */
function placeCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (a === b) return true;
  const ia = placeInfo(a);
  const ib = placeInfo(b);
  return (!!ia && ia.country === b) || (!!ib && ib.country === a);
}

/**
 * What compatibility checks need of a cluster's mentions, kept up to date as mentions attach, so a check
 * costs O(1) instead of a scan of the cluster (undated clusters at a busy place grow to thousands).
 */
interface ClusterFacts {
  /** Ordinal numbers its mentions carry ("deuxième" -> 2). */
  ordinals: Set<number>;
  /** People of its mentions that name two or more people. */
  pairPersons: Set<string>;
}
const facts = new WeakMap<Cluster, ClusterFacts>();

function factsOf(c: Cluster): ClusterFacts {
  let f = facts.get(c);
  if (!f) {
    f = { ordinals: new Set(), pairPersons: new Set() };
    for (const x of c.mentions) noteFacts(f, x);
    facts.set(c, f);
  }
  return f;
}

function noteFacts(f: ClusterFacts, x: MentionAnalysis): void {
  if (x.ordinal) f.ordinals.add(x.ordinal.n);
  if (x.persons.length >= 2) for (const p of x.persons) f.pairPersons.add(p);
}

function personsCompatible(c: Cluster, m: MentionAnalysis): boolean {
  if (c.family !== 'call' || m.persons.length < 2) return true;
  const seen = factsOf(c).pairPersons;
  if (seen.size === 0) return true;
  // Two calls of the same day between different pairs of people are different calls.
  return m.persons.every((p) => seen.has(p)) || [...seen].every((p) => m.persons.includes(p));
}

function ordinalCompatible(c: Cluster, m: MentionAnalysis): boolean {
  if (!m.ordinal) return true;
  // Compatible unless some mention carries another ordinal.
  const ordinals = factsOf(c).ordinals;
  return ordinals.size === 0 || (ordinals.size === 1 && ordinals.has(m.ordinal.n));
}

function dateCompatible(c: Cluster, d: DateConstraint | undefined): boolean {
  if (!d) return true;
  if (!c.day) {
    if (d.approx && c.approx) return d.approx === c.approx || c.approx.startsWith(d.approx) || d.approx.startsWith(c.approx);
    return true;
  }
  if (d.day) return d.day === c.day;
  if (d.candidates) return d.candidates.includes(c.day);
  if (d.monthDay) return c.day.slice(5) === d.monthDay;
  if (d.approx) {
    if (/W/.test(d.approx)) return isoWeekOf(c.day) === d.approx;
    return c.day.startsWith(d.approx);
  }
  if (d.weekday !== undefined) return weekdayOfDay(c.day) === d.weekday;
  return true;
}

/** The buckets that hold every day `dateCompatible` accepts for `d`, or undefined when it needs a scan. */
function constraintBuckets(d: DateConstraint): string[] | undefined {
  if (d.day) return [`D${d.day}`];
  if (d.candidates) return d.candidates.map((x) => `D${x}`);
  if (d.monthDay) return [`MD${d.monthDay}`];
  if (d.approx) {
    if (/^\d{4}-\d\d$/.test(d.approx)) return [`M${d.approx}`];
    if (/^\d{4}$/.test(d.approx)) return [`Y${d.approx}`];
    if (/W/.test(d.approx)) return [`IW${d.approx}`];
    return undefined;
  }
  if (d.weekday !== undefined) return [`WD${d.weekday}`];
  return undefined;
}

const weekdayOfDay = memoByKey(weekdayOf);
const isoWeekOf = memoByKey((day) => computeIsoWeek(day));
/** Date buckets a dated cluster is indexed under: its day, month, year, month-day, ISO week and weekday. */
const dayBuckets = memoByKey((day: string): readonly string[] => [
  `D${day}`,
  `M${day.slice(0, 7)}`,
  `Y${day.slice(0, 4)}`,
  `MD${day.slice(5)}`,
  `IW${isoWeekOf(day)}`,
  `WD${weekdayOfDay(day)}`,
]);

function computeIsoWeek(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  const wd = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - wd + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / 86400000 / 7 - (((firstThursday.getUTCDay() + 6) % 7) - 3) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The family a mention groups under: calls and talks (the seeds' families) across articles, by date and
 * place; any other news kind within its article only, other articles joining it by story (storyGroup.ts):
 * two deaths on one day or two fires in one city are not one event for sharing a date or a place.
 */
function fam(m: MentionAnalysis): EventFamily {
  if (isDiplomaticFamily(m.family)) return m.family;
  // Asked many times per mention, mostly of the article before's: one string per article and family, which the
  // maps keyed by family then hash once, rather than a new one per call.
  if (m.file !== famFile) {
    famFile = m.file;
    famOfFile.clear();
  }
  let f = famOfFile.get(m.family);
  if (f === undefined) famOfFile.set(m.family, (f = `${m.family}|${m.file}`));
  return f;
}
/** The article `famOfFile` holds the families of. */
let famFile: string | undefined;
const famOfFile = new Map<string, EventFamily>();

/** Calls and talks, the seeds' families: grouped by place across articles. */
function isDiplomaticFamily(f: EventFamily): boolean {
  return f === 'call' || f === 'talks';
}

function quote(m: MentionAnalysis, extra?: string): string {
  return `«${extra ?? m.text}» (${m.file})`;
}

/** Groups the mentions of all documents. Deterministic: the same input gives the same clusters in the same order. */
export function groupMentions(docs: Iterable<DocumentAnalysis>): Cluster[] {
  const list = [...docs];
  const byDoc = new Map<string, DocumentAnalysis>();
  for (const d of list) byDoc.set(d.file, d);
  // Deterministic order, independent of insertion order: by file, then index.
  const { all, unique } = mentionsInOrder(list, byDoc);

  const clusters: Cluster[] = [];
  // The cluster of each mention: by file and index (arrays are cheaper than a map of 100,000 objects), or,
  // when two mentions share a file and index, by the mention itself.
  const clusterAt = new Map<string, Cluster[]>();
  const clusterByMention = unique ? undefined : new Map<MentionAnalysis, Cluster>();
  const clusterOf = (m: MentionAnalysis | undefined): Cluster | undefined =>
    !m ? undefined : clusterByMention ? clusterByMention.get(m) : clusterAt.get(m.file)?.[m.index];
  const byDay = new Map<string, Cluster[]>(); // `${day}|${family}`
  const byPlace = new Map<string, Set<Cluster>>(); // place id and its country id, in insertion order
  const leftovers = new Map<string, Cluster>();
  /**
   * The clusters of each article, in the order the article joined them, with the number of its mentions
   * in each: what the article is mostly about.
   */
  const docWeight = new Map<string, Map<Cluster, number>>();
  const docClusters = (file: string): Iterable<Cluster> => docWeight.get(file)?.keys() ?? [];
  /** The same clusters by family: every lookup of an article's clusters below is of one family. */
  const docFamilies = new Map<string, Map<EventFamily, Cluster[]>>();
  /** This article's clusters of `family` that pass `test`, in the order the article joined them. */
  const docClustersWhere = (file: string, family: EventFamily, test: (c: Cluster) => boolean): Cluster[] => {
    const out: Cluster[] = [];
    for (const c of docFamilies.get(file)?.get(family) ?? []) if (test(c)) out.push(c);
    return out;
  };

  // Indexes over byPlace, so that a lookup touches the clusters that can fit rather than every cluster in
  // the country: by family, by family and date bucket (day, month, year, month-day), and by current place.
  // Each keeps byPlace's insertion order (`seqIn`), so candidates come out in the order a scan would give.
  const seqIn = new Map<string, Map<Cluster, number>>();
  let seq = 0;
  const byPlaceFamily = new Map<string, Cluster[]>();
  const byPlaceBucket = new Map<string, Cluster[]>();
  const atPlace = new Map<string, Set<Cluster>>(); // `${current placeId}|${family}`
  // Dated clusters by current place, family and date bucket: a country's own events, without walking every
  // event in the country's cities.
  const atPlaceBucket = new Map<string, Set<Cluster>>(); // `${current placeId}|${family}|${bucket}`
  const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };
  /** Bumped when a dated cluster is indexed at a place or moves: `datedCandidates` may answer otherwise. */
  let datedVersion = 0;
  const indexPlace = (c: Cluster) => {
    if (!c.placeId) return;
    if (c.day) datedVersion++;
    const keys = [c.placeId];
    const country = placeInfo(c.placeId)?.country;
    if (country) keys.push(country);
    for (const k of keys) {
      let set = byPlace.get(k);
      if (!set) byPlace.set(k, (set = new Set()));
      if (set.has(c)) continue;
      set.add(c);
      let order = seqIn.get(k);
      if (!order) seqIn.set(k, (order = new Map()));
      order.set(c, seq++);
      push(byPlaceFamily, `${k}|${c.family}`, c);
      if (c.day) for (const b of dayBuckets(c.day)) push(byPlaceBucket, `${k}|${c.family}|${b}`, c);
    }
  };
  const moveTo = (c: Cluster, from: string | undefined) => {
    if (c.day) datedVersion++;
    const buckets = c.day ? dayBuckets(c.day) : [];
    if (from) {
      atPlace.get(`${from}|${c.family}`)?.delete(c);
      for (const b of buckets) atPlaceBucket.get(`${from}|${c.family}|${b}`)?.delete(c);
    }
    if (!c.placeId) return;
    const k = `${c.placeId}|${c.family}`;
    const set = atPlace.get(k);
    if (set) set.add(c);
    else atPlace.set(k, new Set([c]));
    for (const b of buckets) {
      const kb = `${k}|${b}`;
      const at = atPlaceBucket.get(kb);
      if (at) at.add(c);
      else atPlaceBucket.set(kb, new Set([c]));
    }
  };
  const bySeq = (k: string) => {
    const order = seqIn.get(k);
    return (a: Cluster, b: Cluster) => order!.get(a)! - order!.get(b)!;
  };
  /**
   * Dated clusters of `family` in the place pool of `id` that may satisfy `d`, in pool order (the clusters
   * at `id` or in it, then those at its country). A superset of what `dateCompatible` accepts.
   */
  const datedCandidates = (id: string, family: string, d: DateConstraint): Cluster[] => {
    const buckets = constraintBuckets(d);
    const own = byPlace.get(id);
    const country = placeInfo(id)?.country;
    let mine: Cluster[];
    if (buckets) {
      mine = [];
      for (const b of buckets) for (const c of byPlaceBucket.get(`${id}|${family}|${b}`) ?? []) mine.push(c);
      if (buckets.length > 1) mine.sort(bySeq(id));
    } else mine = (byPlaceFamily.get(`${id}|${family}`) ?? []).filter((c) => c.day);
    if (!country) return mine;
    // At the country: only clusters placed at the country itself fit a place inside it.
    let wider: Cluster[];
    if (buckets) {
      wider = [];
      for (const b of buckets) for (const c of atPlaceBucket.get(`${country}|${family}|${b}`) ?? []) if (!own?.has(c)) wider.push(c);
    } else wider = [...(atPlace.get(`${country}|${family}`) ?? [])].filter((c) => c.day && !own?.has(c));
    if (wider.length > 1) wider.sort(bySeq(country));
    return wider.length ? [...mine, ...wider] : mine;
  };
  const attach = (c: Cluster, m: MentionAnalysis, why?: string) => {
    noteFacts(factsOf(c), m);
    c.mentions.push(m);
    if (clusterByMention) clusterByMention.set(m, c);
    else {
      let at = clusterAt.get(m.file);
      if (!at) clusterAt.set(m.file, (at = []));
      at[m.index] = c;
    }
    if (why) c.reasoning.push(why);
    // A city refines a country-level cluster.
    if (m.place && (!c.placeId || (placeInfo(m.place.id)?.country === c.placeId && m.place.kind === 'city'))) {
      const from = c.placeId;
      c.placeId = m.place.id;
      indexPlace(c);
      moveTo(c, from);
    }
    let w = docWeight.get(m.file);
    if (!w) docWeight.set(m.file, (w = new Map()));
    const n = w.get(c);
    w.set(c, (n ?? 0) + 1);
    if (n === undefined) {
      let byFamily = docFamilies.get(m.file);
      if (!byFamily) docFamilies.set(m.file, (byFamily = new Map()));
      const list = byFamily.get(c.family);
      if (list) list.push(c);
      else byFamily.set(c.family, [c]);
    }
  };
  const create = (m: MentionAnalysis, fields: Partial<Cluster>, why?: string): Cluster => {
    const c: Cluster = { key: '', family: fam(m), mentions: [], reasoning: [], ...fields };
    clusters.push(c);
    if (c.day) {
      const k = `${c.day}|${c.family}`;
      const list = byDay.get(k);
      if (list) list.push(c);
      else byDay.set(k, [c]);
    }
    if (c.placeId) {
      indexPlace(c);
      moveTo(c, undefined);
    }
    attach(c, m, why);
    return c;
  };

  // The mentions of each step below, in `all` order (one pass rather than one filter per step). The steps walk
  // their lists by index: iterators were a leading allocation of grouping (bench/profGroup.mjs --alloc).
  const datedByRank: MentionAnalysis[][] = [[], [], []];
  const partial: MentionAnalysis[] = [];
  const placedOnly: MentionAnalysis[] = [];
  const floatingBack: MentionAnalysis[] = [];
  const floatingRest: MentionAnalysis[] = [];
  for (let mi = 0; mi < all.length; mi++) {
    const m = all[mi];
    if (m.date?.day) datedByRank[rankPlace(m)].push(m);
    else if (m.date) partial.push(m);
    else if (m.place) placedOnly.push(m);
    else if (m.antecedents?.length) floatingBack.push(m);
    else floatingRest.push(m);
  }

  // 1. Mentions with a full day: join the day's event at a compatible place, or found one.
  // Cities first, so that a country-level mention ("en Arabie saoudite") joins the city's event.
  const dated = datedByRank.flat();
  for (let mi = 0; mi < dated.length; mi++) {
    const m = dated[mi];
    const day = m.date!.day!;
    const list = byDay.get(`${day}|${fam(m)}`) ?? [];
    // The only fitting event, else the only placed one when the mention names a place: counted, not listed
    // (two arrays per dated mention were a leading allocation of grouping, bench/profGroup.mjs --alloc).
    let fit: Cluster | undefined;
    let fits = 0;
    let placed: Cluster | undefined;
    let placedFits = 0;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (!placeCompatible(c.placeId, m.place?.id) || !personsCompatible(c, m) || !ordinalCompatible(c, m)) continue;
      if (fits++ === 0) fit = c;
      if (c.placeId && placedFits++ === 0) placed = c;
    }
    const pick = m.place ? (placedFits === 1 ? placed : fits === 1 ? fit : undefined) : fits === 1 ? fit : undefined;
    if (pick) attach(pick, m);
    else create(m, { day, placeId: m.place?.id, key: `${day}|${m.place?.id ?? ''}|${fam(m)}` }, `${quote(m, m.date!.text)}: ${day}`);
  }

  // 2. Weekdays, months, week or month-day without year: settle against the dated events at the same place.
  // A weekday or a month at a busy place fits hundreds of dated events, the same ones for every such mention:
  // for mentions whose ordinal and people rule nothing out, the fitting events (and their days, for the
  // reasoning) are found once per place, family and date, until a dated event is added or moves.
  const fitsMemo = new Map<string, { version: number; fits: Cluster[]; days?: string }>();
  for (let mi = 0; mi < partial.length; mi++) {
    const m = partial[mi];
    const d = m.date!;
    const plain = !!m.place && !m.ordinal && (fam(m) !== 'call' || m.persons.length < 2);
    const memoKey = plain ? `${m.place!.id}|${fam(m)}|${d.candidates?.join(',') ?? ''}|${d.monthDay ?? ''}|${d.approx ?? ''}|${d.weekday ?? ''}` : undefined;
    let memo = memoKey === undefined ? undefined : fitsMemo.get(memoKey);
    if (memo && memo.version !== datedVersion) memo = undefined;
    let unique: Cluster[];
    if (memo) unique = memo.fits;
    else {
      const pool = m.place ? datedCandidates(m.place.id, fam(m), d) : [...docClusters(m.file)];
      const fits = pool.filter(
        (c) =>
          c.day && c.family === fam(m) && placeCompatible(c.placeId, m.place?.id) && dateCompatible(c, d) && ordinalCompatible(c, m) && personsCompatible(c, m),
      );
      // Only several candidate days can list a cluster twice (see `datedCandidates`).
      unique = d.candidates && fits.length > 1 ? [...new Set(fits)] : fits;
      if (memoKey !== undefined) fitsMemo.set(memoKey, (memo = { version: datedVersion, fits: unique }));
    }
    if (unique.length === 1) {
      const c = unique[0];
      attach(c, m, narrowingReason(m, d, c, byDoc));
      continue;
    }
    const dateKey = d.candidates ? d.candidates.join(',') : (d.approx ?? d.monthDay ?? (d.weekday !== undefined ? `wd${d.weekday}` : 'undated'));
    const key = `${dateKey}|${m.place?.id ?? persKey(m)}|${fam(m)}`;
    const left = leftovers.get(key);
    const why =
      unique.length > 1
        ? `${quote(m, d.text)}: ${unique.length} events fit (${memo ? (memo.days ??= unique.map((c) => c.day).join(', ')) : unique.map((c) => c.day).join(', ')}); left open`
        : d.candidates
          ? `${quote(m, d.text)}: could be ${d.candidates.join(', ')}; no other article dates this event`
          : undefined;
    if (left) attach(left, m, why);
    else {
      const approx = d.approx ?? (d.candidates ? commonPrefix(d.candidates) : d.monthDay ? `--${d.monthDay}` : undefined);
      const c = create(m, { key, placeId: m.place?.id, ...(approx ? { approx } : {}), ...(d.weekday !== undefined ? { weekday: d.weekday } : {}) }, why);
      leftovers.set(key, c);
    }
  }

  // 3. A place without a date: this article's event at that place, else the only one in the corpus.
  for (let mi = 0; mi < placedOnly.length; mi++) {
    const m = placedOnly[mi];
    // The pool: clusters of this family at the place, in it, or at its country, that fit. Only its size
    // (up to 2) and its members in this article matter, so it is counted rather than listed.
    const id = m.place!.id;
    const fits = (c: Cluster) => c.family === fam(m) && placeCompatible(c.placeId, id) && ordinalCompatible(c, m);
    const own = byPlace.get(id);
    const country = placeInfo(id)?.country;
    const inPool = (c: Cluster) => !!own?.has(c) || (!!country && !!byPlace.get(country)?.has(c));
    const mine = docClustersWhere(m.file, fam(m), (c) => inPool(c) && fits(c));
    let only: Cluster | undefined;
    let count = 0;
    // Diplomatic events are few and named by place; two earthquakes in one region years apart are not one
    // event: news kinds join other articles by story (storyGroup.ts), not by place alone.
    if (mine.length === 0 && isDiplomaticFamily(fam(m))) {
      for (const c of byPlaceFamily.get(`${id}|${fam(m)}`) ?? []) if (fits(c) && (only = c) && ++count > 1) break;
      if (count < 2 && country) for (const c of atPlace.get(`${country}|${fam(m)}`) ?? []) if (!own?.has(c) && fits(c) && (only = c) && ++count > 1) break;
    }
    const pick = mine.length === 1 ? mine[0] : mine.length === 0 && count === 1 && !m.another ? only : undefined;
    if (pick) {
      attach(pick, m, mine.length === 1 ? undefined : `${quote(m, `${m.text} … ${m.place!.text}`)}: undated, the only ${fam(m)} event in ${m.place!.text}`);
      continue;
    }
    const key = `undated|${m.place!.id}|${fam(m)}`;
    const left = leftovers.get(key);
    if (left) attach(left, m);
    else leftovers.set(key, create(m, { key, placeId: m.place!.id }));
  }

  // 4. Neither date nor place: back-reference (to the event this article is mostly about, among the
  // candidates), else the only compatible event of the same article, else the only event between the
  // same people.
  const byPersons = new Map<string, Cluster[]>();
  // How many of each cluster's mentions (by the cluster's place in `clusters`) the index has read: until grouping
  // ends, mentions are only added at the end, so indexing again reads those added since, not every mention twice.
  const personsRead: number[] = [];
  const indexPersons = () => {
    clusters.forEach((c, at) => {
      const ms = c.mentions;
      for (let i = personsRead[at] ?? 0; i < ms.length; i++) {
        if (ms[i].persons.length < 2) continue;
        const k = `${persKey(ms[i])}|${c.family}`;
        const list = byPersons.get(k);
        if (!list) byPersons.set(k, [c]);
        else if (!list.includes(c)) list.push(c);
      }
      personsRead[at] = ms.length;
    });
  };
  indexPersons();
  const weight = (c: Cluster, file: string) => docWeight.get(file)?.get(c) ?? 0;
  // Back-references first, so the events they join are known to the people index below.
  const floating = [...floatingBack, ...floatingRest];
  let indexedPersons = false;
  for (let mi = 0; mi < floating.length; mi++) {
    const m = floating[mi];
    if (!m.antecedents?.length && !indexedPersons) {
      indexedPersons = true;
      indexPersons();
    }
    if (m.antecedents?.length) {
      const doc = byDoc.get(m.file)!;
      const options = m.antecedents.map((i) => clusterOf(doc.mentions[i])).filter((c): c is Cluster => !!c && ordinalCompatible(c, m));
      if (options.length) {
        // Nearest unless another candidate's event is clearly what the article is about.
        let pick = options[0];
        const dominant = docClustersWhere(m.file, fam(m), (c) => ordinalCompatible(c, m));
        for (const c of [...options, ...dominant]) if (weight(c, m.file) > 2 * weight(pick, m.file)) pick = c;
        attach(pick, m);
        continue;
      }
    }
    if (m.another) continue;
    const mine = m.verb
      ? []
      : docClustersWhere(m.file, fam(m), (c) => ordinalCompatible(c, m) && personsCompatible(c, m) && (!m.ordinal || factsOf(c).ordinals.has(m.ordinal.n)));
    if (mine.length === 1 && (m.ordinal || !m.indefinite)) {
      attach(mine[0], m, m.ordinal ? `${quote(m)}: ordinal ${m.ordinal.n} matches the article's event` : undefined);
      continue;
    }
    if (m.persons.length >= 2) {
      const same = byPersons.get(`${persKey(m)}|${fam(m)}`) ?? [];
      if (same.length === 1 && !m.another) {
        const c = same[0];
        attach(c, m, c.day ? `${quote(m)}: undated, the only ${fam(m) === 'call' ? 'call' : 'meeting'} between these people (${c.day})` : undefined);
        continue;
      }
      if (same.length === 0) {
        const key = `undated|${persKey(m)}|${fam(m)}`;
        const c = create(m, { key });
        leftovers.set(key, c);
        byPersons.set(`${persKey(m)}|${fam(m)}`, [c]);
        continue;
      }
    }
    // A news event named with neither date nor place is still an event of its article: one per kind
    // family there, which other articles join by story (storyGroup.ts).
    if (!isDiplomaticFamily(fam(m))) {
      const mineAny = docClustersWhere(m.file, fam(m), (c) => ordinalCompatible(c, m))[0];
      if (mineAny) attach(mineAny, m);
      else {
        const key = `undated|${fam(m)}`;
        leftovers.set(key, create(m, { key }));
      }
    }
  }

  const byFileAndStart = (a: MentionAnalysis, b: MentionAnalysis) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start);
  for (const c of clusters) {
    // Mostly attached in that order already: checking is cheaper than sorting (a stable sort of a sorted list changes nothing).
    const ms = c.mentions;
    let sorted = true;
    for (let i = 1; i < ms.length && sorted; i++) sorted = byFileAndStart(ms[i - 1], ms[i]) <= 0;
    if (!sorted) ms.sort(byFileAndStart);
    // Clusters outlive grouping (the index keeps them): their facts would too.
    facts.delete(c);
  }
  return mergeByStory(clusters, list);
}

/**
 * Every mention, by file then index. Articles list their mentions by index, so the articles sorted by file
 * give that order without sorting all mentions; anything else (two articles with one name, a mention filed
 * under another article, mentions out of order) gets the sort.
 */
function mentionsInOrder(docs: readonly DocumentAnalysis[], byDoc: Map<string, DocumentAnalysis>): { all: MentionAnalysis[]; unique: boolean } {
  const all: MentionAnalysis[] = [];
  if (byDoc.size === docs.length) {
    const files = [...byDoc.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let ordered = true;
    for (const f of files) {
      const mentions = byDoc.get(f)!.mentions;
      for (let i = 0; i < mentions.length && ordered; i++) ordered = mentions[i].file === f && (i === 0 || mentions[i - 1].index < mentions[i].index);
      if (!ordered) break;
      for (const m of mentions) all.push(m);
    }
    if (ordered) return { all, unique: true };
    all.length = 0;
  }
  for (const d of docs) for (const m of d.mentions) all.push(m);
  all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
  // Whether file and index tell the mentions apart (equal ones are next to each other now).
  let unique = true;
  for (let i = 1; i < all.length && unique; i++) unique = all[i].file !== all[i - 1].file || all[i].index !== all[i - 1].index;
  return { all, unique };
}

function rankPlace(m: MentionAnalysis): number {
  return !m.place ? 2 : m.place.kind === 'city' ? 0 : 1;
}

/** The mention's people sorted and joined by '+'; one or two people (most mentions) without a copied, sorted array. */
function persKey(m: MentionAnalysis): string {
  const p = m.persons;
  if (p.length < 2) return p.length ? p[0] : '';
  if (p.length === 2) return p[0] <= p[1] ? `${p[0]}+${p[1]}` : `${p[1]}+${p[0]}`;
  return [...p].sort().join('+');
}

function commonPrefix(days: string[]): string | undefined {
  const month = days[0]?.slice(0, 7);
  return days.every((d) => d.startsWith(month)) ? month : days[0]?.slice(0, 4);
}

function narrowingReason(m: MentionAnalysis, d: DateConstraint, c: Cluster, docs: Map<string, DocumentAnalysis>): string {
  const wd = d.weekday !== undefined ? WEEKDAY_NAMES_FR[d.weekday] : undefined;
  const evidence = c.mentions.find((x) => x.date?.day === c.day && x.file !== m.file) ?? c.mentions.find((x) => x.date?.day === c.day);
  const doc = docs.get(m.file);
  const open = d.candidates
    ? `could be ${d.candidates.join(', ')} (article dated ${doc?.published ?? 'only to the month'})`
    : wd
      ? `names a ${wd} but the article gives no full date`
      : `gives only ${d.approx ?? d.monthDay ?? 'a partial date'}`;
  const where = m.place ? ` in ${m.place.text}` : '';
  return `${quote(m, d.text)} ${open}; ${evidence ? `${quote(evidence, evidence.date!.text)} dates the same ${m.family === 'call' ? 'call' : 'meeting'}${where}` : 'the only compatible event'} → ${c.day}`;
}
