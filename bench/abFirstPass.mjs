#!/usr/bin/env node
// The extension's first pass without workers (a folder under POOL_MIN_ARTICLES), in ONE process, working tree only:
// an index with a cache fed one article at a time (setDocument, the loop before) against AnalysisQueue over a
// BatchAnalyser bounded as the extension bounds it (RESPONSIVE_BATCH) and by DETECT_BATCH. First, that each gives
// the same events and writes the same cache blob; then CPU time (process.cpuUsage) per pass, the cache write
// included, each round running every variant once in a rotating order; the first round is a warm-up. Also how long
// the host is held in one go (CPU of one setDocument, or of one batch's flush): median, 90th percentile and max.
//
//   node bench/abFirstPass.mjs [--articles 150] [--rounds 8] [--dir bench/corpora/1000] [--chars 32768,...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMs as cpu, difference, loadBuilds, median, option as opt, ROOT, rotatingRounds } from './abBuilds.mjs';

const count = Number(opt('--articles', 150));
const rounds = Number(opt('--rounds', 8));
const dir = opt('--dir', join(ROOT, 'bench', 'corpora', '1000'));
/** Other bounds in characters to time beside them (comma-separated), e.g. --chars 32768. */
const otherChars = (opt('--chars', '') || '').split(',').filter(Boolean).map(Number);

const ENTRY = [
  "export { AnalysisCache, MemoryCacheStore } from './src/core/corpus/cache';",
  "export { CorpusIndex } from './src/core/corpus/index';",
  "export { AnalysisQueue } from './src/core/corpus/pool';",
  "export { BatchAnalyser, RESPONSIVE_BATCH } from './src/core/corpus/batchAnalyser';",
  "export { DETECT_BATCH } from './src/core/detect';",
].join('\n');
const { B } = await loadBuilds(ENTRY, 'HEAD', 'firstPass');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, count)
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

/** CPU ms of each step that held the thread (one setDocument, or one batch's flush), per variant. */
const holds = new Map();
const hold = (key, ms) => holds.set(key, [...(holds.get(key) ?? []), ms]);
/** The 90th percentile of a list of numbers. */
const p90 = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length * 0.9)];
/** A cold first pass; `limit` undefined: one article at a time. Returns the events' JSON and the cache blob. */
const pass = async (limit) => {
  const store = new B.MemoryCacheStore();
  const cache = new B.AnalysisCache(store, { version: 'ab' });
  const index = new B.CorpusIndex({ cache });
  if (!limit)
    for (const d of docs) {
      const t0 = cpu();
      index.setDocument(d.file, d.text);
      hold('one', cpu() - t0);
    }
  else {
    const analyser = new B.BatchAnalyser(limit);
    const flush = analyser.flush.bind(analyser);
    analyser.flush = () => {
      const t0 = cpu();
      flush();
      hold(limit, cpu() - t0);
    };
    const queue = new B.AnalysisQueue(analyser, cache);
    for (const d of docs) await queue.add(index.analysisRequest(d.file, d.text), (r) => index.setDocument(d.file, d.text, {}, r));
    await queue.done();
  }
  const events = JSON.stringify(index.events());
  await cache.flush();
  return { events, blob: store.data };
};

const limits = { responsive: B.RESPONSIVE_BATCH, detectBatch: B.DETECT_BATCH };
for (const chars of otherChars) limits[`chars-${chars}`] = { texts: B.DETECT_BATCH.texts, chars };
const variants = { one: () => pass(undefined) };
for (const [v, limit] of Object.entries(limits)) variants[v] = () => pass(limit);
let differ = 0;
const reference = await variants.one();
for (const v of Object.keys(limits)) {
  const got = await variants[v]();
  for (const part of ['events', 'blob'])
    if (got[part] !== reference[part]) {
      differ++;
      console.log(`differs: ${v} ${part}\n${difference(reference[part], got[part])}`);
    }
}
console.log(`${docs.length} articles of ${dir}: events and cache blob of the batched passes against one at a time, ${differ} differ`);

const names = Object.keys(variants);
holds.clear();
const times = await rotatingRounds(variants, rounds);
const out = {};
for (const v of names) out[v] = { ms: +median(times[v]).toFixed(1), overOne: +median(times[v].map((t, k) => t / times.one[k])).toFixed(3) };
console.log(
  JSON.stringify({
    rounds,
    articles: docs.length,
    cpuMs: out,
    stepCpuMs: Object.fromEntries(
      [['one', 'one'], ...Object.entries(limits)].map(([v, key]) => [
        v,
        { median: +median(holds.get(key)).toFixed(1), p90: +p90(holds.get(key)).toFixed(1), max: +Math.max(...holds.get(key)).toFixed(1) },
      ]),
    ),
  }),
);
process.exitCode = differ ? 1 : 0;
