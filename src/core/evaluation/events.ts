/**
 * Scoring event grouping against ECB+-style gold (see `shared/corpora/events-en-dev/README.md`): article-level
 * B³ and pairwise P/R/F1, look-alike pairs merged, and event-mention recall and B³ against gold instances.
 * Pure functions over plain data: the driver (`scripts/eval-events.ts`) reads the files and runs `report`.
 */

/** Precision, recall and F1. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * B³ of a clustering against gold: both map item -> cluster label over the same items. An item the system
 * leaves without a label (`undefined`) is a cluster of its own.
 */
export function bCubed(system: ReadonlyMap<string, string | undefined>, gold: ReadonlyMap<string, string>): PRF {
  const sysLabel = (k: string) => system.get(k) ?? `\u0000alone:${k}`;
  const bySys = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const k of gold.keys()) {
    (bySys.get(sysLabel(k)) ?? bySys.set(sysLabel(k), []).get(sysLabel(k))!).push(k);
    (byGold.get(gold.get(k)!) ?? byGold.set(gold.get(k)!, []).get(gold.get(k)!)!).push(k);
  }
  let p = 0;
  let r = 0;
  for (const k of gold.keys()) {
    const s = bySys.get(sysLabel(k))!;
    const g = byGold.get(gold.get(k)!)!;
    const gs = new Set(g);
    const both = s.filter((x) => gs.has(x)).length;
    p += both / s.length;
    r += both / g.length;
  }
  const n = gold.size || 1;
  return prf(p / n, r / n);
}

/** Pairwise P/R/F1: pairs of items put together by the system against pairs gold puts together. */
export function pairwise(system: ReadonlyMap<string, string | undefined>, gold: ReadonlyMap<string, string>): PRF {
  const keys = [...gold.keys()];
  let both = 0;
  let sys = 0;
  let gol = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const si = system.get(keys[i]);
      const s = si !== undefined && si === system.get(keys[j]);
      const g = gold.get(keys[i]) === gold.get(keys[j]);
      if (s) sys++;
      if (g) gol++;
      if (s && g) both++;
    }
  }
  return prf(sys ? both / sys : 1, gol ? both / gol : 1);
}

/**
 * Look-alike pairs (same topic, different gold event) the system puts together, and how many there are.
 * `topic` maps each item to its topic.
 */
export function lookAlikesMerged(
  system: ReadonlyMap<string, string | undefined>,
  gold: ReadonlyMap<string, string>,
  topic: ReadonlyMap<string, string>,
): { merged: number; pairs: number } {
  const keys = [...gold.keys()];
  let merged = 0;
  let pairs = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (topic.get(keys[i]) !== topic.get(keys[j]) || gold.get(keys[i]) === gold.get(keys[j])) continue;
      pairs++;
      const si = system.get(keys[i]);
      if (si !== undefined && si === system.get(keys[j])) merged++;
    }
  }
  return { merged, pairs };
}

/** A span of an article, in code points. */
export interface MentionSpan {
  file: string;
  start: number;
  end: number;
}

/** A gold event mention with its instance (same instance = same real-world event). */
export interface GoldMention extends MentionSpan {
  instance: string;
}

/** A system mention and the event it was grouped into. */
export interface SystemMention extends MentionSpan {
  event: string;
}

/**
 * Event-mention recall (gold mentions on annotated lines that a system mention overlaps) and B³ over gold
 * mentions against `instance`, each gold mention taking the event of the system mention overlapping it
 * (none: a cluster of its own).
 */
export function scoreMentions(gold: readonly GoldMention[], system: readonly SystemMention[]): { recall: number; found: number; total: number; b3: PRF } {
  const byFile = new Map<string, SystemMention[]>();
  for (const m of system) (byFile.get(m.file) ?? byFile.set(m.file, []).get(m.file)!).push(m);
  const sysOf = new Map<string, string | undefined>();
  const goldOf = new Map<string, string>();
  let found = 0;
  for (const g of gold) {
    const key = `${g.file}:${g.start}:${g.end}`;
    if (goldOf.has(key)) continue;
    const hit = (byFile.get(g.file) ?? []).find((s) => s.start < g.end && g.start < s.end);
    if (hit) found++;
    sysOf.set(key, hit?.event);
    goldOf.set(key, g.instance);
  }
  const total = goldOf.size;
  return { recall: total ? found / total : 0, found, total, b3: bCubed(sysOf, goldOf) };
}

/** One article of an ECB+-style corpus with its gold. */
export interface EventGoldArticle {
  file: string;
  text: string;
  topic: string;
  /** The real-world event the article reports. */
  event: string;
  /** 0-based lines whose mentions were annotated. */
  annotatedLines: number[];
  /** Gold mentions (code points) with their instance. */
  mentions: Array<{ start: number; end: number; instance: string }>;
}

/** Everything `npm run eval` says about events on one corpus. */
export interface EventsEvaluation {
  articles: number;
  /** Articles that get a main event. */
  withEvent: number;
  documents: { b3: PRF; pairwise: PRF; lookAlikes: { merged: number; pairs: number } };
  mentions: { recall: number; found: number; total: number; b3: PRF };
}

/** The code-point offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const out = [0];
  let cp = 0;
  for (const ch of text) {
    cp++;
    if (ch === '\n') out.push(cp);
  }
  return out;
}

/**
 * Scores a report (its documents' `mainEvent` and its events' mentions) against the gold articles. Only
 * gold mentions on annotated lines count, and system mentions elsewhere are ignored for recall.
 */
export function evaluateEvents(
  articles: readonly EventGoldArticle[],
  report: { documents: ReadonlyArray<{ file: string; mainEvent: string | null }>; events: ReadonlyArray<{ id: string; mentions: readonly MentionSpan[] }> },
): EventsEvaluation {
  const main = new Map(report.documents.map((d) => [d.file, d.mainEvent ?? undefined]));
  const goldEvent = new Map(articles.map((a) => [a.file, a.event]));
  const topic = new Map(articles.map((a) => [a.file, a.topic]));
  const goldMentions: GoldMention[] = [];
  for (const a of articles) {
    const starts = lineStarts(a.text);
    const annotated = new Set(a.annotatedLines);
    for (const m of a.mentions) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= m.start) line++;
      if (annotated.has(line)) goldMentions.push({ file: a.file, start: m.start, end: m.end, instance: m.instance });
    }
  }
  const systemMentions: SystemMention[] = report.events.flatMap((e) => e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, event: e.id })));
  return {
    articles: articles.length,
    withEvent: articles.filter((a) => main.get(a.file) !== undefined).length,
    documents: { b3: bCubed(main, goldEvent), pairwise: pairwise(main, goldEvent), lookAlikes: lookAlikesMerged(main, goldEvent, topic) },
    mentions: scoreMentions(goldMentions, systemMentions),
  };
}

const pct = (x: number) => x.toFixed(3);

/** The evaluation as Markdown lines for docs/quality.md. */
export function eventsMarkdown(name: string, r: EventsEvaluation): string {
  const d = r.documents;
  return [
    `### Events: ${name}`,
    '',
    `${r.articles} articles, ${r.withEvent} with a main event.`,
    '',
    '| measure | precision | recall | F1 |',
    '|---|---:|---:|---:|',
    `| articles by event, B³ | ${pct(d.b3.precision)} | ${pct(d.b3.recall)} | ${pct(d.b3.f1)} |`,
    `| articles by event, pairwise | ${pct(d.pairwise.precision)} | ${pct(d.pairwise.recall)} | ${pct(d.pairwise.f1)} |`,
    `| event mentions by instance, B³ | ${pct(r.mentions.b3.precision)} | ${pct(r.mentions.b3.recall)} | ${pct(r.mentions.b3.f1)} |`,
    '',
    `Look-alike article pairs (same topic, another event) put together: ${d.lookAlikes.merged} of ${d.lookAlikes.pairs} (${((100 * d.lookAlikes.merged) / Math.max(1, d.lookAlikes.pairs)).toFixed(1)}%).`,
    `Event-mention recall on annotated lines: ${pct(r.mentions.recall)} (${r.mentions.found} of ${r.mentions.total}).`,
    '',
    "Each article's predicted event is its `mainEvent` in `report --json` (the event holding most of its mentions, or",
    'for an article with none, the event its story was grouped with); an article without one is a cluster of its own.',
    'Targets (issue #14): article B³ F1 ≥ 0.90 with at',
    'most 1% of look-alike pairs merged, mention recall ≥ 0.60. The story threshold (storyGroup.ts) is set by the',
    'look-alike bound; recall is what is short: many articles of one event still form several groups, and the',
    "gold mentions include reporting verbs ('said', 'told') and everyday actions that are no event kind of ours.",
    '',
  ].join('\n');
}
