#!/usr/bin/env node
// Where the CPU of a `newsmark report --json` run goes, thread by thread: the main (indexing) thread, the analysis
// pool's workers, and the rest (V8's platform threads: concurrent and parallel GC, concurrent compilation; libuv's
// pool: file reads), each run a new process, variants in alternating rounds (the order rotating), as bench/abCli.mjs.
// abCli gives the process's CPU and wall; this splits the CPU, which on a loaded host says what a change moved where
// when the wall cannot (a worker's CPU is all in the pass; the main thread's includes grouping and the report).
// The JSON of every run is compared with the first variant's: a difference is printed and the exit code is 1.
//
//   node bench/threadCpu.mjs --folder bench/corpora/10000 [--rounds 3] [--variants "A=/path/dist/cli.js --workers 2;B=dist/cli.js --workers 2"]
//
// Linux only (reads /proc). Default variants: this tree's dist/cli.js with --workers 0 and --workers 2.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { cliVariants, median, option as opt, ROOT, rotatingCliRuns } from './abBuilds.mjs';

const folder = opt('--folder', join(ROOT, 'bench', 'corpora', '1000'));
const rounds = Number(opt('--rounds', 3));
const variants = cliVariants();
const preload = join(ROOT, 'bench', 'threadCpuPreload.mjs');
const out = join(os.tmpdir(), `newsmark-threadcpu-${process.pid}.json`);
const record = join(os.tmpdir(), `newsmark-threadcpu-${process.pid}.txt`);

/** One run: CPU ms of the main thread, the workers and the rest, of the process that did the work, and its JSON. */
function run({ cli, args }) {
  rmSync(record, { force: true });
  const t0 = performance.now();
  execFileSync('sh', ['-c', `node "${cli}" report --json ${args.join(' ')} "${folder}" > "${out}"`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`, NEWSMARK_THREADCPU_OUT: record },
  });
  const wall = performance.now() - t0;
  const lines = readFileSync(record, 'utf8').trim().split('\n');
  const workers = new Set(lines.filter((l) => l.startsWith('worker ')).map((l) => l.split(' ')[2]));
  // The CLI may start itself again with a larger heap (src/cli/heap.ts): the process with the most CPU did the work.
  const processes = lines
    .filter((l) => l.startsWith('process '))
    .map((l) => {
      const [, pid, json] = l.match(/^process (\d+) (.*)$/);
      return { pid, cpu: JSON.parse(json) };
    });
  const total = (p) => Object.values(p.cpu).reduce((a, b) => a + b, 0);
  const p = processes.sort((a, b) => total(b) - total(a))[0];
  const split = { main: 0, workers: 0, other: 0 };
  for (const [tid, ms] of Object.entries(p.cpu)) split[tid === p.pid ? 'main' : workers.has(tid) ? 'workers' : 'other'] += ms;
  return { ...split, total: total(p), wall, json: readFileSync(out, 'utf8') };
}

const FIELDS = ['main', 'workers', 'other', 'total', 'wall'];
const { runs, differ } = rotatingCliRuns(variants, rounds, run);
const times = Object.fromEntries(variants.map((v) => [v.name, Object.fromEntries(FIELDS.map((f) => [f, runs[v.name].map((g) => g[f])]))]));
rmSync(out, { force: true });
rmSync(record, { force: true });
const summary = Object.fromEntries(variants.map((v) => [v.name, Object.fromEntries(FIELDS.map((f) => [f, Math.round(median(times[v.name][f]))]))]));
console.log(`${folder}, ${rounds} rounds, ${differ} runs differ, load ${os.loadavg()[0].toFixed(1)}`);
console.log(JSON.stringify({ folder, rounds, ms: summary, runs: times }));
process.exitCode = differ ? 1 : 0;
