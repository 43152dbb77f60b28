#!/usr/bin/env node
// A cold first pass, working tree (B) against a git revision (A, default `main`), in ONE process, alternating rounds:
// the articles read from disk, analysed in worker threads (--workers N, each build's own worker entry) or in this
// thread (--workers 0, BatchAnalyser), filed into a CorpusIndex (no cache, as the CLI's; --cache: with an in-memory
// AnalysisCache, as the extension's), then events() and contradictions(). B runs core's `firstPass` when its build
// has one, A the loop before it (bench/worker.ts's). Per pass: CPU time of the process, every thread (the workers'
// included; the pool is ended and 300 ms left to its teardown before the next pass starts), and wall time, of the
// pass (start of the pool to the last article filed) and of grouping. Each round compares the JSON of events and
// contradictions of A and B (and with --cache the cache blob): a difference is printed and the exit code is 1.
// The first round is a warm-up.
//
//   node bench/abColdPass.mjs [--base REV] [--articles 1000] [--workers 2] [--workers-a N] [--rounds 5] [--dir bench/corpora/1000] [--cache]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { bundle, cpuMs, difference, median, option as opt, OUT, ROOT } from './abBuilds.mjs';

const base = opt('--base', 'main');
const count = Number(opt('--articles', 1000));
const workers = Number(opt('--workers', 2));
/** A's workers when not B's: with --base HEAD, the crossover of the pool against one thread (A: --workers-a 0). */
const workersA = Number(opt('--workers-a', workers));
const rounds = Number(opt('--rounds', 5));
const dir = opt('--dir', join(ROOT, 'bench', 'corpora', '1000'));
const withCache = process.argv.includes('--cache');

const ENTRY = `
export { CorpusIndex } from './src/core/corpus/corpusIndex';
export { AnalysisCache, MemoryCacheStore } from './src/core/corpus/cache';
export { AnalysisPool, AnalysisQueue } from './src/core/corpus/pool';
export { BatchAnalyser } from './src/core/corpus/batchAnalyser';
export * from './src/core/corpus/firstPass';
`;
const FALLBACK_ENTRY = ENTRY.replace("export * from './src/core/corpus/firstPass';", '');

/** Both builds of ENTRY and of the worker entry (src/core/worker/entry.ts), each from its own tree. */
async function builds() {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(os.tmpdir(), 'newsmark-ab-'));
  const out = {};
  try {
    const tar = execFileSync('git', ['archive', base, 'src'], { cwd: ROOT, maxBuffer: 256 << 20 });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    for (const [side, tree] of [
      ['A', tmp],
      ['B', ROOT],
    ]) {
      const file = join(OUT, `coldPass-${side}.js`);
      await bundle(existsSync(join(tree, 'src/core/corpus/firstPass.ts')) ? ENTRY : FALLBACK_ENTRY, tree, file);
      const worker = join(OUT, `coldPass-${side}-worker.js`);
      await bundle("import './src/core/worker/entry';", tree, worker);
      out[side] = { M: createRequire(import.meta.url)(file), worker };
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

const { A, B } = await builds();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, count);
const read = async (f) => ({ file: f, text: await readFile(join(dir, f), 'utf8') });

/** The loop before `firstPass` (bench/worker.ts's): one article read at a time, analysed through AnalysisQueue. */
async function loopPass(M, worker, index, cache, workers) {
  const pool = workers > 0 ? new M.AnalysisPool({ workerPath: worker, size: workers, log: (m) => console.error(m) }) : undefined;
  const queue = new M.AnalysisQueue(pool ?? new M.BatchAnalyser(), cache);
  try {
    for (const f of files) {
      const { file, text } = await read(f);
      await queue.add(index.analysisRequest(file, text), (result) => index.setDocument(file, text, {}, result));
    }
    await queue.done();
  } finally {
    pool?.dispose();
  }
}

async function corePass(M, worker, index, cache, workers) {
  const analysis = new M.PassAnalyser(files.length, { workerPath: worker, workers, warm: !cache, log: (m) => console.error(m) });
  try {
    await M.firstPass({ index, items: files, read, analysis, ...(cache ? { cache } : {}) });
  } finally {
    analysis.dispose();
  }
}

async function run({ M, worker }, workers) {
  const store = new M.MemoryCacheStore();
  const cache = withCache ? new M.AnalysisCache(store, { version: 'ab' }) : undefined;
  const index = new M.CorpusIndex(cache ? { cache } : {});
  const c0 = cpuMs();
  const w0 = performance.now();
  await (M.firstPass ? corePass : loopPass)(M, worker, index, cache, workers);
  const c1 = cpuMs();
  const w1 = performance.now();
  const json = JSON.stringify([index.events(), index.contradictions()]);
  const c2 = cpuMs();
  const w2 = performance.now();
  if (cache) await cache.flush();
  await new Promise((r) => setTimeout(r, 300));
  return { passCpu: c1 - c0, passWall: w1 - w0, groupCpu: c2 - c1, groupWall: w2 - w1, json, blob: store.data ?? '' };
}

let differ = 0;
const times = { passCpu: { A: [], B: [] }, passWall: { A: [], B: [] }, groupCpu: { A: [], B: [] } };
for (let r = 0; r <= rounds; r++) {
  const got = {};
  for (const side of r % 2 ? ['B', 'A'] : ['A', 'B']) got[side] = await (side === 'A' ? run(A, workersA) : run(B, workers));
  if (got.A.json !== got.B.json || got.A.blob !== got.B.blob) {
    differ++;
    console.log(`round ${r} differs:\n${got.A.json !== got.B.json ? difference(got.A.json, got.B.json) : difference(got.A.blob, got.B.blob)}`);
  }
  if (r === 0) continue;
  for (const [k, t] of Object.entries(times)) for (const side of ['A', 'B']) t[side].push(got[side][k]);
}
const summary = {};
for (const [name, t] of Object.entries(times))
  summary[name] = {
    A: +median(t.A).toFixed(0),
    B: +median(t.B).toFixed(0),
    BoverA: +median(t.B.map((b, i) => b / t.A[i])).toFixed(3),
    minBoverMinA: +(Math.min(...t.B) / Math.min(...t.A)).toFixed(3),
  };
console.log(
  `${files.length} articles of ${dir}, workers A ${workersA} B ${workers}${withCache ? ', cache' : ''}, ${rounds + 1} rounds compared, ${differ} differ`,
);
console.log(JSON.stringify({ base, articles: files.length, workersA, workers, cache: withCache, rounds, ms: summary }));
process.exitCode = differ ? 1 : 0;
