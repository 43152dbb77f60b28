// What the in-process A/B tools (bench/abDetect.mjs, bench/abAnalyse.mjs) share: their options, and both builds
// bundled apart (each its own module state) so that one process can time them in alternating rounds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'out', 'bench', 'ab');

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const argv = process.argv.slice(2);
  const k = argv.indexOf(name);
  return k >= 0 && k + 1 < argv.length ? argv[k + 1] : fallback;
}

/** Bundles `entry` (module source resolved in the tree at `dir`) with the bench's esbuild options into `outfile`. */
export async function bundle(entry, dir, outfile) {
  await esbuild.build({
    stdin: { contents: entry, resolveDir: dir, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    nodePaths: [join(ROOT, 'node_modules')],
    outfile,
  });
}

/**
 * `entry` bundled twice, from revision `base`'s src/ (A) and from the working tree (B), as `<name>-base.js` and
 * `<name>-head.js` under OUT; returns both modules, loaded.
 */
export async function loadBuilds(entry, base, name) {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(os.tmpdir(), 'newsmark-ab-'));
  try {
    // The base's sources only (src/): `git archive` needs no second worktree and leaves this one untouched.
    const tar = execFileSync('git', ['archive', base, 'src'], { cwd: ROOT, maxBuffer: 256 << 20 });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    await bundle(entry, tmp, join(OUT, `${name}-base.js`));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  await bundle(entry, ROOT, join(OUT, `${name}-head.js`));
  const require = createRequire(import.meta.url);
  return { A: require(join(OUT, `${name}-base.js`)), B: require(join(OUT, `${name}-head.js`)) };
}

/** CPU time of this process so far, all threads, in ms. */
export function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The median of a list of numbers. */
export const median = (v) => [...v].sort((p, q) => p - q)[v.length >> 1];

/**
 * Every text the detection A/B tools compare, as [label, text, options]: the seeds, `generated` (the bench's
 * articles), and with `corporaDir` every text of the dev files there (*.jsonl, each also with its published date
 * and language) and the .txt files of `corporaDir/*\/articles/`. `real` holds the real news texts by corpus.
 */
export function detectionCases(generated, corporaDir) {
  const seeds = join(ROOT, 'seeds');
  const cases = [];
  const real = { ecb: [], timexFr: [], timexEn: [] };
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) cases.push([`seeds/${f}`, readFileSync(join(seeds, f), 'utf8'), {}]);
  generated.forEach((t, k) => cases.push([`generated #${k}`, t, {}]));
  if (!corporaDir) return { cases, real };
  for (const f of readdirSync(corporaDir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(corporaDir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      cases.push([`${f} ${d.id}`, d.text, {}]);
      cases.push([`${f} ${d.id} (published, lang)`, d.text, { ...(d.published ? { published: d.published } : {}), ...(d.lang ? { language: d.lang } : {}) }]);
      if (f.startsWith('timex-fr')) real.timexFr.push(d.text);
      if (f.startsWith('timex-en')) real.timexEn.push(d.text);
    }
  }
  for (const sub of readdirSync(corporaDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(corporaDir, sub.name, 'articles');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      cases.push([`${sub.name}/${f}`, text, {}]);
      real.ecb.push(text);
    }
  }
  return { cases, real };
}

/** Where two JSON strings first differ, as two lines of context for a "differs:" report. */
export function difference(a, b) {
  let k = 0;
  while (a[k] === b[k]) k++;
  return `  A …${a.slice(Math.max(0, k - 80), k + 80)}\n  B …${b.slice(Math.max(0, k - 80), k + 80)}`;
}

/** bench/corpus.ts bundled and loaded: its `corpus(seedsDir, n)` makes the bench's generated articles. */
export async function loadCorpus() {
  mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench', 'corpus.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    outfile: join(OUT, 'corpus.js'),
  });
  return createRequire(import.meta.url)(join(OUT, 'corpus.js')).corpus;
}

/** The texts of the bench's `count` generated articles (bench/corpus.ts over the seeds), bundled and loaded. */
export async function generatedArticles(count) {
  const corpus = await loadCorpus();
  return corpus(join(ROOT, 'seeds'), count).map((a) => a.text);
}

/**
 * CPU ms of each of `variants` (name -> function, awaited) per round: `rounds` rounds after a warm-up one, every
 * variant once a round, the order rotating from round to round so that a shared machine's load hits all alike.
 */
export async function rotatingRounds(variants, rounds) {
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((v) => [v, []]));
  for (let r = 0; r <= rounds; r++)
    for (let j = 0; j < names.length; j++) {
      const v = names[(j + r) % names.length];
      const t0 = cpuMs();
      await variants[v]();
      if (r > 0) times[v].push(cpuMs() - t0);
    }
  return times;
}

/**
 * The built CLIs to compare, from `--variants "A=/path/dist/cli.js --workers 2;B=dist/cli.js --workers 0"`: name,
 * CLI file and its arguments. Default: this tree's dist/cli.js with --workers 0 and with --workers 2.
 */
export function cliVariants() {
  const cli = join(ROOT, 'dist', 'cli.js');
  return option('--variants', `threads0=${cli} --workers 0;pool2=${cli} --workers 2`)
    .split(';')
    .map((v) => {
      const [name, rest] = v.split('=');
      const [file, ...args] = rest.trim().split(/\s+/);
      return { name, cli: file, args };
    });
}

/**
 * `run(variant)` for every CLI variant, `rounds` rounds, the order rotating from round to round (each run is a new
 * process: no warm-up round). Each run's `json` is compared with the first run's; a difference is printed.
 * Returns every run's result per variant name and how many runs differed.
 */
export function rotatingCliRuns(variants, rounds, run) {
  const runs = Object.fromEntries(variants.map((v) => [v.name, []]));
  let differ = 0;
  let reference;
  for (let r = 0; r < rounds; r++)
    for (let j = 0; j < variants.length; j++) {
      const v = variants[(j + r) % variants.length];
      const got = run(v);
      reference ??= got.json;
      if (got.json !== reference) {
        differ++;
        console.log(`round ${r}: ${v.name}'s JSON differs from the first run's`);
      }
      runs[v.name].push(got);
    }
  return { runs, differ };
}

/** A bundle's lines and, per line (0-based), the source file it came from, from esbuild's `// path` module headers. */
export function bundleSources(outfile) {
  const lines = readFileSync(outfile, 'utf8').split('\n');
  const fileOfLine = new Array(lines.length);
  let current = '?';
  for (let k = 0; k < lines.length; k++) {
    const m = /^\/\/ (\S+\.(?:ts|js|mjs|json))$/.exec(lines[k]);
    if (m) current = m[1].replace(/^src\/core\//, '');
    fileOfLine[k] = current;
  }
  return { lines, fileOfLine };
}
