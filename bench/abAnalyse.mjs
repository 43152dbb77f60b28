#!/usr/bin/env node
// The per-article cost after detect() of the working tree (B) against a git revision (A, default `main`), in ONE
// process, as bench/abDetect.mjs does for detect(): both builds bundled apart, timed in alternating rounds.
// Detection runs once (build A's detect): both builds analyse the same detections, each its own copy (v8 serialize/deserialize):
// objects made by A's code and read by B's gave B's code a second shape of every detected span (HEAD against HEAD,
// 1772 articles: request B/A 1.13 with A's objects shared). --detect own: each build analyses its own detect()'s
// output instead, as in a worker (a base whose detect() differs then shows as analyses that differ). Per round and build:
//   analyse  analyseDocument on every article;
//   put      AnalysisCache.put of every analysis (the in-thread cold pass);
//   worker   EntryEncoder.encode of every analysis (a worker's share), then adopt + decode (the main thread's);
//   flush    the cache written once to a memory store;
//   request  analyseRequest (encoding) on every article, a worker's whole share: analysis, story terms, cache entry;
//   story    articleStoryTerms of every analysis.
// Before timing, every analysis, every analysis read back from the cache (put and adopt + decode) is compared
// between A and B as JSON, and so is every request's answer; a difference is printed and the exit code is 1.
//
//   node bench/abAnalyse.mjs [--base REV] [--articles 300] [--rounds 9] [--corpora /work/shared/corpora] [--tasks story,…] [--detect own]
//
// Articles: the first --articles of bench/corpora/1000 (generated), plus, with --corpora, the first --articles of
// every DIR/*/articles/*.txt (real news).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cpuMs as cpu, loadBuilds, median, option as opt, ROOT } from './abBuilds.mjs';

const base = opt('--base', 'main');
const articles = Number(opt('--articles', 300));
const rounds = Number(opt('--rounds', 9));
const corporaDir = opt('--corpora', undefined);
const chosen = opt('--tasks', 'analyse,put,worker,flush,request,story').split(',');

const ENTRY = [
  "export { detect } from './src/core/detect';",
  "export { analyseDocument } from './src/core/corpus/analyze';",
  "export { AnalysisCache, MemoryCacheStore, EntryEncoder, entryKey } from './src/core/corpus/cache';",
  "export { analyseRequest } from './src/core/corpus/analyseArticle';",
  "export { articleStoryTerms } from './src/core/corpus/storyGroup';",
].join('\n');

const { A, B } = await loadBuilds(ENTRY, base, 'analyse');

const readTexts = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, articles)
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const docs = readTexts(join(ROOT, 'bench', 'corpora', '1000'));
if (corporaDir)
  for (const sub of readdirSync(corporaDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(corporaDir, sub.name, 'articles');
    if (existsSync(dir)) docs.push(...readTexts(dir).map((d) => ({ ...d, file: `${sub.name}/${d.file}` })));
  }
const ownDetect = opt('--detect', 'shared') === 'own';
for (const d of docs) {
  const found = A.detect(d.text);
  const copy = () => deserialize(serialize(found));
  d.detections = { A: copy(), B: ownDetect ? B.detect(d.text) : copy() };
  if (ownDetect) d.detections.A = found;
}
const detectionsOf = (M, d) => d.detections[M === A ? 'A' : 'B'];

const analyseAll = (M) => docs.map((d) => M.analyseDocument(d.file, d.text, detectionsOf(M, d)));
const putAll = (M, full) => {
  const cache = new M.AnalysisCache(new M.MemoryCacheStore(), { version: 'ab' });
  const out = docs.map((d, i) => cache.put(M.entryKey(d.file, d.text), full[i], d.text));
  return { cache, out };
};
const workerAll = (M, full) => {
  const cache = new M.AnalysisCache(new M.MemoryCacheStore(), { version: 'ab' });
  const encoder = new M.EntryEncoder();
  let epoch = -1;
  let known = 0;
  return docs.map((d, i) => {
    const update = cache.shapeUpdate(epoch, known);
    encoder.sync(update);
    epoch = update.epoch;
    known = update.from + update.list.length;
    const key = M.entryKey(d.file, d.text);
    const entry = encoder.encode(full[i], d.text);
    if (!cache.adopt(key, d.file, d.text, entry)) throw new Error(`not adopted: ${d.file}`);
    cache.claim(key);
    return cache.decode(key, d.file, d.text);
  });
};
const requestAll = (M) => {
  const encoder = new M.EntryEncoder();
  return docs.map((d) => M.analyseRequest({ key: d.file, file: d.file, text: d.text, encode: true }, encoder, detectionsOf(M, d)));
};
const storyAll = (M, full) => full.map((a) => M.articleStoryTerms(a));

// Identity first.
let differ = 0;
const compare = (what, a, b) => {
  a.forEach((x, i) => {
    const [p, q] = [JSON.stringify(x), JSON.stringify(b[i])];
    if (p === q) return;
    if (++differ > 10) return;
    let k = 0;
    while (p[k] === q[k]) k++;
    console.log(`${what} differs: ${docs[i].file}\n  A …${p.slice(Math.max(0, k - 80), k + 80)}\n  B …${q.slice(Math.max(0, k - 80), k + 80)}`);
  });
};
const fullA = analyseAll(A);
const fullB = analyseAll(B);
compare('analysis', fullA, fullB);
const putA = putAll(A, fullA);
const putB = putAll(B, fullB);
compare('put', putA.out, putB.out);
compare('worker', workerAll(A, fullA), workerAll(B, fullB));
const answers = (M) => requestAll(M).map((r) => ({ story: r.story, added: r.entry.added, json: r.entry.json }));
compare('request', answers(A), answers(B));
compare(
  'story',
  storyAll(A, fullA).map((t) => [...t]),
  storyAll(B, fullA).map((t) => [...t]),
);
const blobSize = async (p) => {
  await p.cache.flush();
  return p.cache.store.data?.length;
};
const [sizeA, sizeB] = [await blobSize(putA), await blobSize(putB)];
// The same analyses written the same way give the same blob: a change of the format shows here.
const sameBlob = putA.cache.store.data === putB.cache.store.data;
console.log(`${docs.length} articles compared, ${differ} differ; cache blob A ${sizeA} chars, B ${sizeB} chars${sameBlob ? ', identical' : ', different'}`);

const tasks = {
  analyse: (M) => analyseAll(M),
  put: (M, full) => putAll(M, full),
  worker: (M, full) => workerAll(M, full),
  flush: async (M, full) => {
    const { cache } = putAll(M, full);
    const t0 = cpu();
    await cache.flush();
    return cpu() - t0;
  },
  request: (M) => requestAll(M),
  story: (M, full) => storyAll(M, full),
};
for (const name of Object.keys(tasks)) if (!chosen.includes(name)) delete tasks[name];
const times = {};
for (const name of Object.keys(tasks)) times[name] = { A: [], B: [], BoverA: [] };
const time = async (name, M, full) => {
  const t0 = cpu();
  const r = await tasks[name](M, full);
  return typeof r === 'number' ? r : cpu() - t0;
};
for (let r = 0; r < rounds + 1; r++) {
  for (const name of Object.keys(tasks)) {
    const order = r % 2 ? ['B', 'A'] : ['A', 'B'];
    const got = {};
    for (const w of order) got[w] = await time(name, w === 'A' ? A : B, w === 'A' ? fullA : fullB);
    if (r === 0) continue; // warm-up
    times[name].A.push(got.A);
    times[name].B.push(got.B);
    times[name].BoverA.push(got.B / got.A);
  }
}

const summary = {};
// The fastest round too: on a shared machine, the round that other processes disturbed least.
for (const [name, t] of Object.entries(times))
  summary[name] = {
    A: +median(t.A).toFixed(1),
    B: +median(t.B).toFixed(1),
    BoverA: +median(t.BoverA).toFixed(3),
    minBoverMinA: +(Math.min(...t.B) / Math.min(...t.A)).toFixed(3),
  };
console.log(JSON.stringify({ base, articles: docs.length, rounds, cpuMs: summary }));
process.exitCode = differ ? 1 : 0;
