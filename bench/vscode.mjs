// The real-VS Code figures: code-server's extension host through scripts/vscode-host.mjs (the same harness
// as the integration tests). Each run is a fresh server, browser and workspace, so activation is a real
// first activation. Needs `node scripts/vscode-host.mjs install` (done once by the integration tests).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: Math.round(median(xs) * 10) / 10, min: Math.round(Math.min(...xs) * 10) / 10, max: Math.round(Math.max(...xs) * 10) / 10, runs: xs.length });

/**
 * Loading a bundle in a fresh Node with a stand-in `vscode` module: what VS Code pays to load it, without
 * VS Code's own activation pipeline (wall and CPU, ms; `runs` fresh processes). With `codeCache` (the
 * compiled src/extension/codeCache.ts), through the V8 code cache as the extension loads dist/services.js,
 * after one process has written the cache: what every window after the first pays.
 */
export function bundleLoad(file, runs = 5, codeCache) {
  const cacheDir = codeCache && mkdtempSync(join(os.tmpdir(), 'newsmark-bench-codecache-'));
  const probe = (keepAliveMs) => `
    const Module = require('node:module');
    const stub = new Proxy({}, { get: (t, k) => (t[k] ??= class {}) });
    const load = Module._load;
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const c = process.cpuUsage(); const t = performance.now();
    ${codeCache ? `require(${JSON.stringify(codeCache)}).requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)}, () => {});` : `require(${JSON.stringify(file)});`}
    const d = process.cpuUsage(c);
    console.log(JSON.stringify({ wall: performance.now() - t, cpu: (d.user + d.system) / 1000 }));
    setTimeout(() => {}, ${keepAliveMs});`;
  // The cache is written 10 s after loading: one process stays that long to write it.
  if (codeCache) spawnSync(process.execPath, ['-e', probe(11_000)], { encoding: 'utf8' });
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', probe(0)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`loading ${file} failed: ${r.stderr}`);
    const x = JSON.parse(r.stdout);
    wall.push(x.wall);
    cpu.push(x.cpu);
  }
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  return { bytes: statSync(file).size, wallMs: summary(wall), cpuMs: summary(cpu) };
}

export async function runVsCodeBench(root, runs = 3) {
  const host = await import(join(root, 'scripts', 'vscode-host.mjs'));
  const entry = join(root, 'out', 'bench', 'vscodeHost.js');
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'vscodeHost.ts')], outfile: entry, bundle: true, platform: 'node', target: 'node20',
    format: 'cjs', external: ['vscode'], logLevel: 'warning',
  });
  const raw = [];
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(join(os.tmpdir(), 'newsmark-bench-vscode-'));
    const folder = join(dir, 'workspace');
    // No .txt and no newsmark.yaml: nothing activates Newsmark before the module times activate().
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'README.md'), 'benchmark workspace\n');
    const outFile = join(dir, 'result.json');
    const code = await host.runExtensionTests({
      folder,
      extensionTestsPath: entry,
      env: { NEWSMARK_BENCH_OUT: outFile, NEWSMARK_BENCH_SEEDS: join(root, 'seeds') },
      timeoutMs: 240_000,
    });
    if (code !== 0 || !existsSync(outFile)) throw new Error(`the VS Code benchmark run failed (exit ${code})`);
    raw.push(JSON.parse(readFileSync(outFile, 'utf8')));
    rmSync(dir, { recursive: true, force: true });
  }
  const bundles = {};
  for (const name of ['extension.js', 'services.js']) {
    const file = join(root, 'dist', name);
    if (existsSync(file)) bundles[name] = bundleLoad(file);
  }
  if (existsSync(join(root, 'dist', 'services.js')) && existsSync(join(root, 'src', 'extension', 'codeCache.ts'))) {
    const codeCache = join(root, 'out', 'bench', 'codeCache.js');
    await esbuild.build({ entryPoints: [join(root, 'src', 'extension', 'codeCache.ts')], outfile: codeCache, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    bundles['services.js with its code cache'] = bundleLoad(join(root, 'dist', 'services.js'), 5, codeCache);
  }
  return {
    method:
      'code-server ' + host.CODE_SERVER_VERSION + ' extension host, driven by headless Chromium; a fresh server per run. ' +
      'Activation: performance.now() around vscode.extensions.getExtension().activate() on a workspace without articles ' +
      '(so no activation event fired before), i.e. VS Code\'s activation pipeline, loading dist/extension.js and activate(); ' +
      'activate body = activate() alone (performance marks of extension.ts, measured even when something activated Newsmark ' +
      'first); services load = requiring and building dist/services.js, on first need (marks). Open: writeFile, then ' +
      'openTextDocument+showTextDocument to the decorations.onDidPaint of that document with annotations and suggestions ' +
      'both painted for its text (5 generated articles per run; for the 100 KB article also the first paint of anything). ' +
      'Keystroke: TextEditor.edit inserting one character in a 100 KB article; edit = until the edit resolves, ' +
      'decorations = until the first onDidPaint for the edited text, detections = until the paint of its re-detected ' +
      'suggestions (debounced), longest stall = the longest the extension host thread went without running a 1 ms ' +
      'timer from the keystroke until the corpus index holds the edited text (7 keystrokes per run).',
    // Only a run where Newsmark was not yet active measures activation; otherwise activate() just returns.
    activationMs: raw.some((x) => !x.wasActiveBefore) ? summary(raw.filter((x) => !x.wasActiveBefore).map((x) => x.activationMs)) : null,
    openToDecorationsMs: summary(raw.flatMap((x) => x.openToDecorationsMs)),
    open100kToDecorationsMs: summary(raw.map((x) => x.open100kToDecorationsMs)),
    keystrokeEditMs: summary(raw.flatMap((x) => x.keystrokeEditMs)),
    keystrokeToDecorationsMs: summary(raw.flatMap((x) => x.keystrokeToDecorationsMs)),
    ...(raw.every((x) => x.keystrokeToDetectionsMs)
      ? {
          open100kFirstPaintMs: summary(raw.map((x) => x.open100kFirstPaintMs)),
          keystrokeToDetectionsMs: summary(raw.flatMap((x) => x.keystrokeToDetectionsMs)),
          keystrokeLongestStallMs: summary(raw.flatMap((x) => x.keystrokeLongestStallMs)),
        }
      : {}),
    ...(raw.every((x) => x.activateBodyMs !== undefined) ? { activateBodyMs: summary(raw.map((x) => x.activateBodyMs)) } : {}),
    ...(raw.every((x) => x.servicesLoadMs !== undefined) ? { servicesLoadMs: summary(raw.map((x) => x.servicesLoadMs)) } : {}),
    // CPU time of the extension host's main thread over the same spans (other processes on the machine do not inflate it).
    ...(raw.every((x) => x.openCpuMs)
      ? {
          activationCpuMs: raw.some((x) => !x.wasActiveBefore) ? summary(raw.filter((x) => !x.wasActiveBefore).map((x) => x.activationCpuMs)) : null,
          openCpuMs: summary(raw.flatMap((x) => x.openCpuMs)),
          keystrokeCpuMs: summary(raw.flatMap((x) => x.keystrokeCpuMs)),
        }
      : {}),
    // Loading each bundle in a fresh Node with a stand-in vscode (dist/services.js exists since issue #6).
    bundleLoad: bundles,
    wasActiveBefore: raw.map((x) => x.wasActiveBefore),
    marks: raw.map((x) => x.marks),
  };
}
