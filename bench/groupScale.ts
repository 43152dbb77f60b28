/**
 * Grouping at scale, phase by phase: CPU time and heap after each phase of building a corpus of n generated
 * articles in this thread (bench/corpus.ts), to find the steps that grow faster than the corpus.
 *
Built with `npx esbuild bench/groupScale.ts --bundle --platform=node --outfile=out/bench/groupScale.js`:
 *   node out/bench/groupScale.js fill 40000                    analyses of the first 40,000 articles into bench/corpora/scale-cache-40000.txt
 *   node --expose-gc out/bench/groupScale.js run 10000 40000   the first 10,000 from that cache, phase by phase (JSON)
 *
 * `run` reads analyses from the filled cache (no detection), so a size costs its grouping, claims, people and
 * report. Heap figures are after a full GC, minus the heap once the cache blob is loaded.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { AnalysisCache, CorpusIndex, type AnalysisCacheStore } from '../src/core/corpus';
import { reportSections } from '../src/core/corpus/report';
import { article } from './corpus';
import { mb, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
const CORPORA = join(ROOT, 'bench', 'corpora');

function fileStore(path: string): AnalysisCacheStore {
  return {
    read: async () => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    write: async (data) => writeFileSync(path, data),
  };
}

const cachePath = (max: number) => join(CORPORA, `scale-cache-${max}.txt`);

async function fill(max: number): Promise<void> {
  const cache = new AnalysisCache(fileStore(cachePath(max)), { version: 'bench' });
  const index = new CorpusIndex({ cache });
  for (let i = 0; i < max; i++) {
    const a = article(SEEDS, i);
    index.setDocument(a.name, a.text);
    if (i % 5000 === 4999) console.error(`${i + 1} analysed`);
  }
  await cache.flush();
  console.log(JSON.stringify({ filled: max }));
}

function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function run(n: number, max: number): Promise<void> {
  // Read-only: the index writes its cache after grouping, which would leave only these n entries.
  const cache = new AnalysisCache({ ...fileStore(cachePath(max)), write: async () => undefined }, { version: 'bench' });
  await cache.load();
  const base = heapNow();
  const phases: Array<{ phase: string; cpuMs: number; heapMB: number }> = [];
  const phase = (name: string, f: () => void) => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    phases.push({ phase: name, cpuMs: round((c.user + c.system) / 1000, 0), heapMB: mb(heapNow() - base) });
    // NEWSMARK_SNAPSHOT=decode,events: a heap snapshot after those phases (to compare what each keeps).
    if (process.env.NEWSMARK_SNAPSHOT?.split(',').includes(name)) writeHeapSnapshot(join(CORPORA, `scale-${n}-${name}.heapsnapshot`));
  };
  const index = new CorpusIndex({ cache });
  let events = 0;
  let contradictions = 0;
  let reportChars = 0;
  phase('setDocuments', () => {
    for (let i = 0; i < n; i++) {
      const a = article(SEEDS, i);
      index.setDocument(a.name, a.text);
    }
  });
  phase('decode', () => void index.documents());
  phase('events', () => (events = index.events().length));
  phase('claims', () => (contradictions = index.contradictions().length + index.agreements().length));
  phase('people', () => void index.people());
  phase('report', () => {
    const s = reportSections(index);
    for (const items of Object.values(s)) for (const item of items as Iterable<unknown>) reportChars += JSON.stringify(item, null, 2).length;
  });
  console.log(
    JSON.stringify({
      n,
      hits: cache.hits,
      misses: cache.misses,
      events,
      contradictions,
      reportMB: round(reportChars / 1e6, 1),
      phases,
      maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
    }),
  );
}

const [task, a, b] = process.argv.slice(2);
if (task === 'fill') void fill(Number(a));
else if (task === 'run') void run(Number(a), Number(b ?? a));
else console.error('usage: groupScale fill MAX | run N MAX');
