// Bundles the extension and the CLI (and, with --tests, the test suites) with esbuild.
// `tsc --noEmit` does the type check; this only emits.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const withTests = args.has('--tests');

/**
 * A hash of src/core: the corpus analysis cache in the extension's storage is keyed by it (with the
 * extension's version), so a build whose detection or analysis changed never reads analyses made by another.
 */
function coreHash(dir = 'src/core', hash = createHash('sha256')) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) coreHash(p, hash);
    else hash.update(p).update(readFileSync(p));
  }
  return hash;
}
const CORE_HASH = coreHash().digest('hex').slice(0, 12);

const common = {
  bundle: true,
  define: { __NEWSMARK_CORE_HASH__: JSON.stringify(CORE_HASH) },
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

function listTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTests(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

// The first statement of dist/extension.js: marks.ts's markActivation('extension/load'), before any import.
const BANNER =
  "'use strict';performance.mark('newsmark/extension/load',{detail:{cpuUs:(u=>u.user+u.system)(process.threadCpuUsage?.()??process.cpuUsage())}});";

const builds = [
  // The extension is three bundles: activation only declares commands and views (dist/extension.js, kept
  // small so activation is quick) and requires the services (dist/services.js: core, zod, yaml) on first
  // need; large articles are detected in a worker thread (dist/detectWorker.js), which also serves the pool
  // that analyses articles in the corpus's first pass (the CLI's `report` starts it too, from beside dist/cli.js).
  // The banner's mark, with `newsmark/extension/loaded` at the end of the module, times evaluating the bundle.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: BANNER } },
  { ...common, entryPoints: ['src/extension/services.ts'], outfile: 'dist/services.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/core/worker/entry.ts'], outfile: 'dist/detectWorker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The panels' scripts run in the webview (a browser page): the timeline's layout from src/core and the
  // messages' types, no Node.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['src/webview/timeline.ts', 'src/webview/compare.ts'],
    outdir: 'dist/webview',
  },
];
if (withTests) {
  // Integration tests run inside the extension host: bundle them with vscode external.
  builds.push({
    ...common,
    entryPoints: listTests('test/integration'),
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    bundle: true,
    external: ['vscode', 'mocha'],
  });
}

async function main() {
  // The JSON Schemas for the sidecar and newsmark.yaml are generated from the zod schemas.
  try {
    const { writeSchemas } = await import('./scripts/schemas.mjs');
    await writeSchemas();
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  if (watch) {
    const ctxs = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(ctxs.map((c) => c.watch()));
    console.log('esbuild: watching');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/.built', new Date().toISOString());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
