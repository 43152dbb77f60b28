// What the in-process A/B tools (bench/abDetect.mjs, bench/abAnalyse.mjs) share: their options, and both builds
// bundled apart (each its own module state) so that one process can time them in alternating rounds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
async function bundle(entry, dir, outfile) {
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

/** bench/corpus.ts bundled and loaded: its `corpus(seedsDir, n)` makes the bench's generated articles. */
export async function loadCorpus() {
  const outfile = join(OUT, 'corpus.js');
  mkdirSync(OUT, { recursive: true });
  await esbuild.build({ entryPoints: [join(ROOT, 'bench', 'corpus.ts')], bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning', outfile });
  return createRequire(import.meta.url)(outfile).corpus;
}
