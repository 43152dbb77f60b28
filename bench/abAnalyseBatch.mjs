#!/usr/bin/env node
// analyseDocuments and analyseRequests (working tree, batched) against one article at a time, in ONE process.
// First, that the batch changes nothing: every article is analysed by revision `--base`'s analyseDocument (A, one
// at a time, A's detect) and by the working tree's analyseDocuments in batches of each --sizes, and the JSON
// compared; so are the pool's answers (analyseRequests with encoded cache entries and story terms, fresh encoders)
// of A in batches of 24 and of the working tree at each size. Then CPU time (process.cpuUsage) of the working tree,
// over two sets, the bench's generated articles and (with --corpora) the real news of DIR/*/articles/*.txt:
//   analyse  the base's analyseDocument one at a time against the working tree's (size 1) and its analyseDocuments
//            over batches of each size;
//   request  analyseRequests (detection, analysis, story terms, encoding) of the base and of the working tree over
//            batches of each size, 1 included;
//   index    the in-thread cold pass of an index with a cache, in the working tree: setDocument one article at a
//            time (index/1) against AnalysisQueue over a BatchAnalyser (index/batched), the cache written at the end.
// Each round runs every variant once, the order rotating from round to round so that a shared machine's load hits
// all alike; the first round is a warm-up.
//
//   node bench/abAnalyseBatch.mjs [--base main] [--articles 200] [--real 200] [--rounds 8] [--sizes 1,24,50] [--corpora DIR]
//
// Prints the articles that differ (at most 10), then per set the median CPU ms per round of each variant and the
// median per-round ratio to the base's (overMain). Exit code 1 when any result differs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { difference, generatedArticles, loadBuilds, median, option as opt, rotatingRounds } from './abBuilds.mjs';

const base = opt('--base', 'main');
const articles = Number(opt('--articles', 200));
const realCount = Number(opt('--real', 200));
const rounds = Number(opt('--rounds', 8));
const sizes = opt('--sizes', '1,24,50').split(',').map(Number);
const corporaDir = opt('--corpora', undefined);

const ENTRY = [
  "export { detect } from './src/core/detect';",
  // The whole module: the base need not have analyseDocuments.
  "export * as analyze from './src/core/corpus/analyze';",
  "export { analyseRequests } from './src/core/corpus/analyseArticle';",
  "export { AnalysisCache, EntryEncoder, MemoryCacheStore } from './src/core/corpus/cache';",
  "export { CorpusIndex } from './src/core/corpus/index';",
  "export { AnalysisQueue } from './src/core/corpus/pool';",
  "export { BatchAnalyser } from './src/core/corpus/batchAnalyser';",
].join('\n');
const { A, B } = await loadBuilds(ENTRY, base, 'analyseBatch');
const { analyseDocuments, analyseDocument } = B.analyze;

const sets = { bench: (await generatedArticles(articles)).map((text, k) => ({ file: `generated-${k}.txt`, text })) };
if (corporaDir) {
  const real = [];
  for (const sub of readdirSync(corporaDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(corporaDir, sub.name, 'articles');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      real.push({ file: `${sub.name}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
  }
  const step = Math.max(1, Math.floor(real.length / realCount));
  sets.real = real.filter((_, k) => k % step === 0).slice(0, realCount);
}

/** `list` cut into runs of `size`. */
const chunks = (list, size) => {
  const out = [];
  for (let s = 0; s < list.length; s += size) out.push(list.slice(s, s + size));
  return out;
};
const requestsOf = (docs) => docs.map((d) => ({ key: d.file, file: d.file, text: d.text, encode: true }));

// Identity first.
let differ = 0;
let compared = 0;
const compare = (label, a, b) => {
  compared++;
  const [p, q] = [JSON.stringify(a), JSON.stringify(b)];
  if (p === q) return;
  if (++differ <= 10) console.log(`differs: ${label}\n${difference(p, q)}`);
};
for (const [name, docs] of Object.entries(sets)) {
  for (const d of docs) d.detections = A.detect(d.text);
  const one = docs.map((d) => A.analyze.analyseDocument(d.file, d.text, d.detections));
  const answersA = chunks(requestsOf(docs), 24).flatMap((c) => A.analyseRequests(c, new A.EntryEncoder()));
  for (const size of sizes) {
    const batched = chunks(docs, size).flatMap((c) => analyseDocuments(c.map((d) => ({ file: d.file, text: d.text, detections: d.detections }))));
    docs.forEach((d, k) => compare(`${name} ${d.file} (analyseDocuments, batches of ${size})`, one[k], batched[k]));
    // Fresh encoders per batch of 24 on both sides: an entry's shapes depend on what its encoder saw before.
    const answersB = [];
    for (const c of chunks(requestsOf(docs), 24)) {
      const encoder = new B.EntryEncoder();
      for (const r of chunks(c, size)) answersB.push(...B.analyseRequests(r, encoder));
    }
    docs.forEach((d, k) => compare(`${name} ${d.file} (analyseRequests, batches of ${size})`, answersA[k], answersB[k]));
  }
}
console.log(`${compared} results compared (${base} one at a time vs batches of ${sizes.join(', ')}), ${differ} differ`);

const summary = {};
for (const [name, docs] of Object.entries(sets)) {
  // `analyse/main`: the base's analyseDocument one at a time; `request/main-N`: the base's analyseRequests (batched
  // detection, analysis one article at a time) over batches of N. Each working-tree variant is compared to its own.
  const variants = { 'analyse/main': () => docs.forEach((d) => A.analyze.analyseDocument(d.file, d.text, d.detections)) };
  const reference = {};
  for (const size of sizes) {
    const runs = chunks(docs, size);
    variants[`analyse/${size}`] =
      size === 1 ? () => docs.forEach((d) => analyseDocument(d.file, d.text, d.detections)) : () => runs.forEach((c) => analyseDocuments(c));
    reference[`analyse/${size}`] = 'analyse/main';
    const reqs = chunks(requestsOf(docs), size);
    for (const [label, M] of [
      [`request/main-${size}`, A],
      [`request/${size}`, B],
    ])
      variants[label] = () => {
        const encoder = new M.EntryEncoder();
        for (const r of reqs) M.analyseRequests(r, encoder);
      };
    reference[`request/${size}`] = `request/main-${size}`;
  }
  const indexPass = async (batched) => {
    const store = new B.MemoryCacheStore();
    const cache = new B.AnalysisCache(store, { version: 'ab' });
    const index = new B.CorpusIndex({ cache });
    if (!batched) for (const d of docs) index.setDocument(d.file, d.text);
    else {
      const queue = new B.AnalysisQueue(new B.BatchAnalyser(), cache);
      for (const d of docs) await queue.add(index.analysisRequest(d.file, d.text), (r) => index.setDocument(d.file, d.text, {}, r));
      await queue.done();
    }
    await cache.flush();
    return store.data;
  };
  if ((await indexPass(false)) !== (await indexPass(true))) {
    differ++;
    console.log(`differs: ${name}, the cache written by the in-thread pass, batched`);
  }
  variants['index/1'] = () => indexPass(false);
  variants['index/batched'] = () => indexPass(true);
  reference['index/batched'] = 'index/1';
  const names = Object.keys(variants);
  const times = await rotatingRounds(variants, rounds);
  const out = {};
  for (const v of names) {
    const ref = times[reference[v]];
    out[v] = { ms: +median(times[v]).toFixed(1), ...(ref ? { overMain: +median(times[v].map((t, k) => t / ref[k])).toFixed(3) } : {}) };
  }
  summary[name] = { articles: docs.length, ...out };
}
console.log(JSON.stringify({ base, rounds, cpuMs: summary }));
process.exitCode = differ ? 1 : 0;
