#!/usr/bin/env node
// `newsmark report --json` end to end, each run a new process (cold: its own JIT, its workers' start-up), variants in
// alternating rounds (the order rotating), measured by /usr/bin/time: CPU (user + system, every thread) and wall.
// A variant is a built CLI and its arguments; the JSON of every run is compared with the first variant's: a difference
// is printed and the exit code is 1. What it answers that the in-process tools cannot: whether a pool pays against one
// thread (each in-process round reuses code the earlier rounds compiled; a pool's new workers never do).
//
//   node bench/abCli.mjs --folder bench/corpora/1000 [--rounds 5] [--variants "A=/path/dist/cli.js --workers 0;B=dist/cli.js --workers 2"]
//
// Default variants: this tree's dist/cli.js with --workers 0 and with --workers 2 (build it first: node esbuild.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { cliVariants, median, option as opt, ROOT, rotatingCliRuns } from './abBuilds.mjs';

const folder = opt('--folder', join(ROOT, 'bench', 'corpora', '1000'));
const rounds = Number(opt('--rounds', 5));
const variants = cliVariants();

const out = join(os.tmpdir(), `newsmark-abcli-${process.pid}.json`);
const timeFile = join(os.tmpdir(), `newsmark-abcli-${process.pid}.time`);
/** One run: CPU and wall ms, and the JSON it wrote. */
function run({ cli, args }) {
  execFileSync('/usr/bin/time', ['-o', timeFile, '-f', '%U %S %e', 'sh', '-c', `node "${cli}" report --json ${args.join(' ')} "${folder}" > "${out}"`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [user, sys, wall] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { cpu: (user + sys) * 1000, wall: wall * 1000, json: readFileSync(out, 'utf8') };
}

const { runs, differ } = rotatingCliRuns(variants, rounds, run);
const times = Object.fromEntries(variants.map((v) => [v.name, { cpu: runs[v.name].map((g) => g.cpu), wall: runs[v.name].map((g) => g.wall) }]));
rmSync(out, { force: true });
rmSync(timeFile, { force: true });
const first = variants[0].name;
const summary = {};
for (const v of variants) {
  const t = times[v.name];
  summary[v.name] = {
    cpu: Math.round(median(t.cpu)),
    wall: Math.round(median(t.wall)),
    cpuOverFirst: +median(t.cpu.map((c, i) => c / times[first].cpu[i])).toFixed(3),
    wallOverFirst: +median(t.wall.map((w, i) => w / times[first].wall[i])).toFixed(3),
  };
}
console.log(`${folder}, ${rounds} rounds, ${differ} runs differ`);
console.log(JSON.stringify({ folder, rounds, ms: summary }));
process.exitCode = differ ? 1 : 0;
