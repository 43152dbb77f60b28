/** The event each article mainly reports, as grouping by story starts from it (storyGroup.ts). */
import type { MentionAnalysis } from './analyze';
import type { Cluster } from './group';

/**
 * The cluster an article mainly reports: the one holding most of its mentions (ties: the earliest).
 * Supporting words ("said", "struck") do not count: they follow the words that name events.
 */
export function mainClusterOf(clusters: readonly Cluster[]): Map<string, Cluster> {
  // A cluster's mentions are sorted by file (`groupMentions`), so each article's are one run: its count and
  // first start are read off the run, and the article's best so far is updated at once. Clusters come in
  // order, as a per-article map of every cluster would list them (a map per article was most of this
  // function's cost at 10,000 articles). A cluster whose mentions are out of file order takes the general way.
  const best = new Map<string, { c: Cluster; n: number; first: number }>();
  const offer = (file: string, c: Cluster, n: number, first: number) => {
    const b = best.get(file);
    if (!b) best.set(file, { c, n, first });
    else if (n > b.n || (n === b.n && first < b.first)) {
      b.c = c;
      b.n = n;
      b.first = first;
    }
  };
  // One cluster's runs: file, count of mentions that are not supporting words, first start (reused).
  const files: string[] = [];
  const counts: number[] = [];
  const firsts: number[] = [];
  for (const c of clusters) {
    files.length = counts.length = firsts.length = 0;
    let ordered = true;
    for (const m of c.mentions) {
      const last = files.length - 1;
      if (last < 0 || m.file !== files[last]) {
        if (last >= 0 && m.file < files[last]) {
          ordered = false;
          break;
        }
        files.push(m.file);
        counts.push(0);
        firsts.push(m.start);
      }
      if (!m.support) counts[files.length - 1]++;
    }
    if (ordered) {
      for (let r = 0; r < files.length; r++) if (counts[r]) offer(files[r], c, counts[r], firsts[r]);
    } else for (const [file, { n, first }] of countsByFile(c.mentions)) offer(file, c, n, first);
  }
  const out = new Map<string, Cluster>();
  for (const [file, b] of best) out.set(file, b.c);
  return out;
}

/** Per article, its mentions that are not supporting words, and where its first mention (supporting or not) starts. */
function countsByFile(ms: readonly MentionAnalysis[]): Map<string, { n: number; first: number }> {
  const firstOf = new Map<string, number>();
  const out = new Map<string, { n: number; first: number }>();
  for (const m of ms) {
    if (!firstOf.has(m.file)) firstOf.set(m.file, m.start);
    if (m.support) continue;
    const seen = out.get(m.file);
    if (seen) seen.n++;
    else out.set(m.file, { n: 1, first: firstOf.get(m.file)! });
  }
  return out;
}
