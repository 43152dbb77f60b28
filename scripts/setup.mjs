#!/usr/bin/env node
// The first step of `npm start`, `npm test` and `node newsmark.mjs` on a fresh clone. Plain Node, builtins
// only: it runs before any dependency is there.
//
//   node scripts/setup.mjs           npm ci when node_modules is missing or out of step with package-lock.json
//   node scripts/setup.mjs --build   the same, then bundles (node esbuild.mjs) when dist/ is missing or older
//                                    than the sources
//
// Everything it prints goes to stderr, so that `node newsmark.mjs detect … --json` stays parseable on the
// run that installs.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const log = (...a) => console.error('[setup]', ...a);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Why the dependencies must be (re)installed, or undefined when node_modules matches package-lock.json.
 * npm keeps the tree it installed in node_modules/.package-lock.json: every locked package must be there
 * with its locked version (optional ones, e.g. another platform's esbuild binary, may be missing). Versions
 * rather than modification times, since a git checkout touches package-lock.json without changing it.
 */
export function dependencyState(root = ROOT) {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  const locked = readJson(join(root, 'package-lock.json'))?.packages;
  if (!locked) return undefined; // no lock file to compare with: nothing npm ci could do either
  const installed = readJson(join(root, 'node_modules', '.package-lock.json'))?.packages;
  if (!installed) return 'node_modules was not installed by npm ci (no node_modules/.package-lock.json)';
  for (const [path, entry] of Object.entries(locked)) {
    if (!path.startsWith('node_modules/') || entry.link) continue;
    const have = installed[path];
    if (!have) {
      if (entry.optional || entry.devOptional) continue;
      return `${path.slice('node_modules/'.length)} is not installed`;
    }
    if (entry.version && have.version !== entry.version) {
      return `${path.slice('node_modules/'.length)} is ${have.version}, package-lock.json wants ${entry.version}`;
    }
  }
  return undefined;
}

/** Newest modification time (ms) of the files under `path`. */
function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** What the bundles are made from: a change to any of these makes dist/ stale. */
const BUILD_INPUTS = ['src', 'esbuild.mjs', 'package.json', 'package-lock.json'];

/** Why dist/ must be rebuilt, or undefined when it is newer than every source. */
export function buildState(root = ROOT) {
  const marker = join(root, 'dist', '.built');
  if (!existsSync(marker) || !existsSync(join(root, 'dist', 'cli.js'))) return 'dist/ is missing';
  const built = statSync(marker).mtimeMs;
  const inputs = BUILD_INPUTS.map((p) => join(root, p)).filter((p) => existsSync(p));
  return inputs.some((p) => newest(p) > built) ? 'the sources changed since the last build' : undefined;
}

function run(cmd, args, root) {
  // stdout to stderr as well: see the header.
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

/** Runs `npm ci` when `dependencyState` says so. A node_modules that is a link to another checkout's is left alone. */
export function ensureDependencies(root = ROOT) {
  const why = dependencyState(root);
  if (!why) return false;
  const modules = join(root, 'node_modules');
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    // npm ci would empty the folder the link points to, i.e. another checkout's dependencies.
    log(`${why}, but node_modules is a link to another checkout: run npm ci there.`);
    return false;
  }
  log(`${why}: npm ci (once, a minute or two)`);
  run('npm', ['ci', '--no-audit', '--no-fund'], root);
  return true;
}

/** Bundles with esbuild when `buildState` says so. */
export function ensureBuild(root = ROOT) {
  const why = buildState(root);
  if (!why) return false;
  log(`${why}: building`);
  run(process.execPath, ['esbuild.mjs'], root);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureDependencies();
    if (process.argv.includes('--build')) ensureBuild();
  } catch (e) {
    log(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
