#!/usr/bin/env node
// The `newsmark` command line from a checkout: `node newsmark.mjs check seeds`. On a fresh clone it first
// installs the dependencies and builds dist/ (scripts/setup.mjs, messages on stderr), then runs dist/cli.js
// with the same arguments and exits with its code. Installed as a package, `newsmark` is dist/cli.js itself.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { ROOT, ensureBuild, ensureDependencies } from './scripts/setup.mjs';

try {
  ensureDependencies(ROOT);
  ensureBuild(ROOT);
} catch (e) {
  console.error(`newsmark: could not set up this checkout: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
