#!/usr/bin/env node
// `npm run bench`: issue 6's benchmark. Bundles bench/worker.ts, runs every task in its own Node process
// (clean heap, its own peak RSS), and writes bench/results.json and bench/RESULTS.md.
//
//   node bench/run.mjs                 everything, the real-VS Code figures included: the code-server harness
//                                      is installed into .vscode-test/ first if it is missing (once, ~3 min,
//                                      as `npm start` and `npm test` do)
//   node bench/run.mjs --no-vscode     skip the VS Code figures
//   node bench/run.mjs --vscode-only   only the VS Code figures (a few minutes): the other figures are kept from
//                                      bench/results.json, which records the machine and commit of each part
//   node bench/run.mjs --quick         sizes 10 and 1,000 only (a smoke run, a couple of minutes)
//   NEWSMARK_BENCH_RUNS=7              timed runs per figure (default 5; each after a warm-up)
//
// Corpora are generated into bench/corpora/ (git-ignored) and reused; so is the 10,000-article analysis
// cache the warm-restart figure reads. Delete bench/corpora/ to start from nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBench } from './build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const RUNS = Number(process.env.NEWSMARK_BENCH_RUNS ?? 5);
const quick = args.has('--quick');
const SIZES = quick ? [10, 1000] : [10, 1000, 10000];
const BIG = SIZES[SIZES.length - 1];
const WORKER = join(ROOT, 'out', 'bench', 'worker.js');

function task(...taskArgs) {
  const t = Date.now();
  process.stdout.write(`[bench] ${taskArgs.join(' ')} … `);
  const r = spawnSync(process.execPath, ['--expose-gc', WORKER, ...taskArgs.map(String)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    console.log('failed');
    console.error(r.stderr || r.stdout);
    return { error: (r.stderr || r.stdout || `exit ${r.status}`).slice(-2000) };
  }
  const line = r.stdout.trim().split('\n').pop();
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return JSON.parse(line);
}

function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // Tracked files only: bench/corpora is an untracked symlink in some checkouts (the .gitignore pattern
    // `bench/corpora/` matches only a directory).
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'bench'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    commit: dirty ? `${commit} (+ uncommitted changes in src/ or bench/)` : commit,
  };
}

const slope = (a, b) => (a && b && a.y > 0 && b.y > 0 ? Math.round((Math.log(b.y / a.y) / Math.log(b.x / a.x)) * 100) / 100 : null);

/** The code-server harness (Node 24, code-server, Chromium), installed once; cheap when it is there. */
async function installHarness() {
  if (!existsSync(join(ROOT, '.vscode-test', 'code-server', '.newsmark-installed'))) {
    console.log('[bench] installing the code-server harness into .vscode-test/ (once, a few minutes)');
  }
  try {
    const host = await import(join(ROOT, 'scripts', 'vscode-host.mjs'));
    host.ensureHost();
    return {};
  } catch (e) {
    console.error(e);
    return { error: String(e?.message ?? e).slice(0, 500) };
  }
}

async function runVsCode() {
  process.stdout.write('[bench] vscode (code-server, fresh workbenches) … ');
  const { runVsCodeBench } = await import('./vscode.mjs');
  const figures = await runVsCodeBench(ROOT).catch((e) => ({ error: String(e?.stack ?? e).slice(0, 2000) }));
  console.log(figures.error ? 'failed' : 'done');
  return figures;
}

/** `--vscode-only`: the VS Code figures measured anew, the others kept from the last full run. */
async function vscodeOnly() {
  const t0 = Date.now();
  const file = join(ROOT, 'bench', 'results.json');
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const figures = await runVsCode();
  if (figures.error) {
    console.error(figures.error);
    process.exitCode = 1;
    return; // the last results stay as they were
  }
  results.figures.vscode = figures;
  results.vscodeMachine = machine();
  results.vscodeSeconds = Math.round((Date.now() - t0) / 1000);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), (await import('./report.mjs')).renderResults(results));
  console.log(`[bench] VS Code figures in ${results.vscodeSeconds} s: wrote bench/results.json and bench/RESULTS.md`);
}

async function main() {
  if (args.has('--vscode-only')) {
    const installed = await installHarness();
    if (installed.error) {
      process.exitCode = 1;
      return;
    }
    return vscodeOnly();
  }
  const t0 = Date.now();
  await buildBench(ROOT);
  const results = { machine: machine(), runsPerFigure: RUNS, figures: {} };
  const f = results.figures;

  task('corpus', SIZES.join(','));
  f.detect = task('detect', 200, RUNS);
  f.long = task('long', 'long', Math.max(RUNS, 7));
  f.pathological = task('long', 'pathological', Math.max(RUNS, 7));

  f.index = {};
  for (const n of SIZES) {
    // The largest size is indexed cold once (minutes of detection on this machine); smaller ones RUNS times.
    // Cold means an empty cache: the cold run writes the cache the warm runs then read.
    rmSync(join(ROOT, 'bench', 'corpora', `cache-${n}.txt`), { force: true });
    // Cold twice: analysed in this thread, then in the analysis pool (workers sized as the extension sizes
    // them), one process each so each has its own peak RSS, the workers' heaps included.
    const coldRuns = n === BIG ? 1 : n >= 1000 ? 2 : RUNS;
    f.index[n] = { cold: task('index', n, 'cold', coldRuns), coldPool: task('index', n, 'cold', coldRuns, 'auto'), warm: task('index', n, 'warm', RUNS) };
  }
  const pts = SIZES.map((n) => ({ x: n, cold: f.index[n].cold, coldPool: f.index[n].coldPool, warm: f.index[n].warm }));
  f.indexGrowth = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    f.indexGrowth.push({
      from: a.x,
      to: b.x,
      coldTimeExponent: slope({ x: a.x, y: a.cold.ms?.median }, { x: b.x, y: b.cold.ms?.median }),
      coldPoolTimeExponent: slope({ x: a.x, y: a.coldPool?.ms?.median }, { x: b.x, y: b.coldPool?.ms?.median }),
      groupingExponent: slope({ x: a.x, y: a.cold.phases?.[0]?.groupAndClaimsMs }, { x: b.x, y: b.cold.phases?.[0]?.groupAndClaimsMs }),
      warmTimeExponent: slope({ x: a.x, y: a.warm.ms?.median }, { x: b.x, y: b.warm.ms?.median }),
      peakRssExponent: slope({ x: a.x, y: a.cold.maxRssMB }, { x: b.x, y: b.cold.maxRssMB }),
    });
  }
  f.incremental = task('incremental', BIG, Math.max(RUNS * 4, 21));
  f.tree = task('tree', BIG, RUNS);
  f.sidecar = task('sidecar', 10000, RUNS);
  f.reanchor = task('reanchor', 1000, RUNS);

  if (args.has('--no-vscode')) {
    f.vscode = { skipped: 'skipped (--no-vscode)' };
  } else {
    const installed = await installHarness();
    f.vscode = installed.error ? { skipped: `the code-server harness could not be installed: ${installed.error}` } : await runVsCode();
  }
  results.totalSeconds = Math.round((Date.now() - t0) / 1000);
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), (await import('./report.mjs')).renderResults(results));
  console.log(`[bench] wrote bench/results.json and bench/RESULTS.md in ${results.totalSeconds} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
