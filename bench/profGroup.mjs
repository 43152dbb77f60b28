#!/usr/bin/env node
// A CPU profile of what the indexing thread does after a pool pass (bench/abPool.mjs's `file` and `group`, the
// working tree only): CorpusIndex.setDocument of every article with the result a worker made for it, then events()
// and contradictions(). The workers' results are made once by `analyseRequest` in this thread and kept in
// out/bench/profGroup-<articles>.bin (v8 serialised; --fresh makes them again: do so when the analysis changed).
// Only filing and grouping are profiled (node:inspector), into out/bench/profGroup.cpuprofile; the top functions by
// self and total time are printed (--top 40). CPU ms of file and group, and
// the garbage collector's pauses in each (wall ms), are printed for each of --rounds rounds.
//
//   node bench/profGroup.mjs [--articles 10000] [--dir bench/corpora/10000] [--rounds 1] [--fresh] [--no-profile]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
/* global structuredClone */
import { bundle, cpuMs as cpu, option as opt, OUT, ROOT } from './abBuilds.mjs';

const articles = Number(opt('--articles', 10000));
const rounds = Number(opt('--rounds', 1));
const top = Number(opt('--top', 40));
const dir = resolve(opt('--dir', join(ROOT, 'bench', 'corpora', '10000')));
const profile = !process.argv.includes('--no-profile');
// --alloc: a sampling heap profile of filing and grouping instead (bytes allocated by function, collected ones too).
const alloc = process.argv.includes('--alloc');

const ENTRY = [
  "export { CorpusIndex } from './src/core/corpus/corpusIndex';",
  "export { analyseRequest } from './src/core/corpus/analyseArticle';",
  "export { EntryEncoder } from './src/core/corpus/cache';",
].join('\n');
const outfile = join(OUT, 'profGroup-head.js');
await bundle(ENTRY, ROOT, outfile);
const require = createRequire(import.meta.url);
const load = () => {
  delete require.cache[require.resolve(outfile)];
  return require(outfile);
};

const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, articles)
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const saved = join(OUT, `profGroup-${docs.length}.bin`);
let results;
if (existsSync(saved) && !process.argv.includes('--fresh')) results = deserialize(readFileSync(saved));
else {
  const M = load();
  const encoder = new M.EntryEncoder();
  const probe = new M.CorpusIndex();
  results = docs.map((d) => M.analyseRequest(probe.analysisRequest(d.file, d.text), encoder));
  writeFileSync(saved, serialize(results));
}

// Garbage collection's pauses (wall ms) by phase: read after the round, when the observer has been told of them.
const pauses = [];
new PerformanceObserver((list) => pauses.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const gcMs = (from, to) => Math.round(pauses.filter((e) => e.startTime >= from && e.startTime < to).reduce((s, e) => s + e.duration, 0));
const settle = () => new Promise((r) => setTimeout(r, 50));

const session = new Session();
session.connect();
for (let r = 0; r < rounds; r++) {
  const M = load();
  const given = structuredClone(results);
  const index = new M.CorpusIndex();
  const last = profile && r === rounds - 1;
  if (last && alloc) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  } else if (last) {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const [w0, t0] = [performance.now(), cpu()];
  docs.forEach((d, i) => index.setDocument(d.file, d.text, {}, given[i]));
  const [w1, t1] = [performance.now(), cpu()];
  const events = index.events().length;
  const contradictions = index.contradictions().length;
  const [w2, t2] = [performance.now(), cpu()];
  await settle();
  const line = { round: r, articles: docs.length, events, contradictions, fileMs: Math.round(t1 - t0), groupMs: Math.round(t2 - t1) };
  console.log(JSON.stringify({ ...line, fileGcMs: gcMs(w0, w1), groupGcMs: gcMs(w1, w2) }));
  if (last && alloc) {
    const { profile: p } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(join(OUT, 'profGroup.heapprofile'), JSON.stringify(p));
    summariseAlloc(p);
  } else if (last) {
    const { profile: p } = await session.post('Profiler.stop');
    writeFileSync(join(OUT, 'profGroup.cpuprofile'), JSON.stringify(p));
    summarise(p);
  }
}

/** Self and total time per function (name, file:line) of a profile, the `top` of each. */
function summarise(p) {
  const parent = new Map();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const spent = new Map();
  p.samples.forEach((s, k) => spent.set(s, (spent.get(s) ?? 0) + p.timeDeltas[k]));
  const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  for (const [id, us] of spent) {
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + us);
    const seen = new Set();
    for (let j = id; j !== undefined; j = parent.get(j)) {
      const kk = key(byId.get(j));
      if (seen.has(kk)) continue;
      total.set(kk, (total.get(kk) ?? 0) + us);
      seen.add(kk);
    }
  }
  const show = (m, title) => {
    console.log(`--- ${title} (ms)`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ${k}`);
  };
  show(self, 'self');
  show(total, 'total');
}

/** Bytes allocated per function (name, file:line) of a sampling heap profile: self and with callees, the `top` of each. */
function summariseAlloc(p) {
  const self = new Map();
  const total = new Map();
  const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const walk = (n, path) => {
    const k = key(n);
    const bytes = n.selfSize;
    self.set(k, (self.get(k) ?? 0) + bytes);
    const inner = path.includes(k) ? path : [...path, k];
    for (const kk of inner) total.set(kk, (total.get(kk) ?? 0) + bytes);
    for (const c of n.children ?? []) walk(c, inner);
  };
  walk(p.head, []);
  const show = (m, title) => {
    console.log(`--- ${title} (MB allocated)`);
    for (const [k, b] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(b / 2 ** 20).toFixed(1).padStart(8)} ${k}`);
  };
  show(self, 'self');
  show(total, 'total');
}
