// The real-VS Code figures: code-server's extension host through scripts/vscode-host.mjs (the same harness
// as the integration tests). Each run is a fresh server, browser and workspace, so activation is a real
// first activation. Needs `node scripts/vscode-host.mjs install` (done once by the integration tests).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({
  median: Math.round(median(xs) * 10) / 10,
  min: Math.round(Math.min(...xs) * 10) / 10,
  max: Math.round(Math.max(...xs) * 10) / 10,
  runs: xs.length,
});

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

/** Trivial extensions (an empty activate()): `baseline` is the activation floor, `warmup` is activated first. */
const TRIVIAL = ['warmup', 'baseline'].map((name) => ({ publisher: 'newsmark-bench', name, version: '0.0.1' }));

/**
 * The activation floor: trivial extensions bundled the way Newsmark is (esbuild, CommonJS) and installed
 * into a fresh extensions folder, with the extensions.json VS Code keeps there. (code-server loads one
 * extensionDevelopmentPath only, so they cannot sit beside Newsmark as more; the extension host activates
 * installed and development extensions by the same code.) No activation event: only the probe activates them.
 */
async function installTrivialExtensions(extensionsDir) {
  const entries = [];
  for (const manifest of TRIVIAL) {
    const folder = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
    const dir = join(extensionsDir, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ ...manifest, engines: { vscode: '^1.80.0' }, main: './extension.js', activationEvents: [] }, null, 2),
    );
    writeFileSync(join(dir, 'extension.ts'), 'export function activate(): void {}\nexport function deactivate(): void {}\n');
    await esbuild.build({
      entryPoints: [join(dir, 'extension.ts')],
      outfile: join(dir, 'extension.js'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
    entries.push({
      identifier: { id: `${manifest.publisher}.${manifest.name}` },
      version: manifest.version,
      location: { $mid: 1, path: dir, scheme: 'file' },
      relativeLocation: folder,
      metadata: { installedTimestamp: Date.now(), source: 'vsix' },
    });
  }
  writeFileSync(join(extensionsDir, 'extensions.json'), JSON.stringify(entries));
}

const maybe = (xs) => (xs.length > 0 ? summary(xs) : null);
/** The phases of the open whose time to decorations is the median one (phases of different opens do not add up). */
const medianPhases = (rows) => {
  const sorted = rows.filter(Boolean).sort((a, b) => a.decorations - b.decorations);
  const p = sorted[(sorted.length - 1) >> 1] ?? {};
  return Object.fromEntries(Object.entries(p).sort((a, b) => a[1] - b[1]));
};

/**
 * The floors and Newsmark's part above them (absent from runs before the floors were measured). Activation:
 * the trivial extension activated by the same call in the same host, and per run Newsmark minus it. Open: the
 * same text as a plain-text file, from openTextDocument to its editor visible; per pair, the article's time to
 * its decorations minus that; and the phases of the article's path (marks.ts), first open of a window (which
 * loads dist/services.js) apart from the others.
 */
function floorFigures(raw) {
  if (!raw.every((x) => x.openFloorMs)) return {};
  const activated = raw.filter((x) => x.baselineActivationMs !== undefined && !x.baselineWasActiveBefore && !x.wasActiveBefore);
  const baselines = raw.filter((x) => x.baselineActivationMs !== undefined && !x.baselineWasActiveBefore);
  const pairs = raw.flatMap((x) => x.openToDecorationsMs.map((ms, i) => ms - x.openFloorMs[i]));
  const pairsCpu = raw.flatMap((x) => x.openCpuMs.map((ms, i) => ms - x.openFloorCpuMs[i]));
  return {
    activationOrder: raw.map((x) => x.activationOrder),
    // Every run measures the floor; Newsmark only where nothing activated it before the probe.
    baselineActivationMs: maybe(baselines.map((x) => x.baselineActivationMs)),
    baselineActivationCpuMs: maybe(baselines.map((x) => x.baselineActivationCpuMs)),
    activationOverBaselineMs: maybe(activated.map((x) => x.activationMs - x.baselineActivationMs)),
    activationOverBaselineCpuMs: maybe(activated.map((x) => x.activationCpuMs - x.baselineActivationCpuMs)),
    moduleEvalMs: maybe(raw.filter((x) => x.moduleEvalMs !== undefined).map((x) => x.moduleEvalMs)),
    // Newsmark's own share (module evaluation + activate()), measured in every run from its marks.
    ...Object.fromEntries(
      ['moduleEvalCpuMs', 'activateBodyCpuMs', 'ownActivationMs', 'ownActivationCpuMs'].map((k) => [
        k,
        maybe(raw.filter((x) => x[k] !== undefined).map((x) => x[k])),
      ]),
    ),
    loadedToActivateMs: maybe(raw.filter((x) => x.loadedToActivateMs !== undefined).map((x) => x.loadedToActivateMs)),
    openFloorMs: summary(raw.flatMap((x) => x.openFloorMs)),
    openFloorCpuMs: summary(raw.flatMap((x) => x.openFloorCpuMs)),
    openToVisibleMs: summary(raw.flatMap((x) => x.openToVisibleMs)),
    openVisibleToDecorationsMs: summary(raw.flatMap((x) => x.openVisibleToDecorationsMs)),
    openOverFloorMs: summary(pairs),
    openOverFloorCpuMs: summary(pairsCpu),
    // Later opens: the services are loaded; what every article after the first costs.
    openLaterToDecorationsMs: summary(raw.flatMap((x) => x.openToDecorationsMs.slice(1))),
    openLaterOverFloorMs: summary(raw.flatMap((x) => x.openToDecorationsMs.slice(1).map((ms, i) => ms - x.openFloorMs[i + 1]))),
    // The first article of a window, opened at once (nothing warm) or after the background warm-up; the floor
    // of the first pair is opened before the article: the window's first editor.
    openFirstToDecorationsMs: maybe(raw.filter((x) => !x.warmFirst).map((x) => x.openToDecorationsMs[0])),
    openFirstFloorMs: maybe(raw.filter((x) => !x.warmFirst).map((x) => x.openFloorMs[0])),
    openFirstWarmToDecorationsMs: maybe(raw.filter((x) => x.warmFirst).map((x) => x.openToDecorationsMs[0])),
    openFirstWarmFloorMs: maybe(raw.filter((x) => x.warmFirst).map((x) => x.openFloorMs[0])),
    openFirstPhasesMs: medianPhases(raw.filter((x) => !x.warmFirst).map((x) => x.openPhases[0])),
    openFirstWarmPhasesMs: medianPhases(raw.filter((x) => x.warmFirst).map((x) => x.openPhases[0])),
    openLaterPhasesMs: medianPhases(raw.flatMap((x) => x.openPhases.slice(1))),
    ...(raw.every((x) => x.open100kToVisibleMs !== undefined) ? { open100kToVisibleMs: summary(raw.map((x) => x.open100kToVisibleMs)) } : {}),
    ...(raw.every((x) => x.activatedToServicesLoadMs !== undefined) ? { activatedToServicesLoadMs: summary(raw.map((x) => x.activatedToServicesLoadMs)) } : {}),
  };
}

export async function runVsCodeBench(root, runs = Number(process.env.NEWSMARK_BENCH_VSCODE_RUNS ?? 4)) {
  const host = await import(join(root, 'scripts', 'vscode-host.mjs'));
  const entry = join(root, 'out', 'bench', 'vscodeHost.js');
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'vscodeHost.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const raw = [];
  // Newsmark activates on onLanguage:plaintext, which a plain-text model the workbench creates at startup
  // sometimes fires before the probe runs: its activation is then not measurable. Up to `runs` more runs are
  // made to get at least two where it is.
  const fresh = () => raw.filter((x) => !x.wasActiveBefore).length;
  for (let r = 0; r < runs || (fresh() < 2 && r < 2 * runs); r++) {
    const dir = mkdtempSync(join(os.tmpdir(), 'newsmark-bench-vscode-'));
    const folder = join(dir, 'workspace');
    // No .txt and no newsmark.yaml: nothing activates Newsmark before the module times activate().
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'README.md'), 'benchmark workspace\n');
    // The order of activations and whether the first article waits for the warm-up vary independently. A warm
    // run's workspace holds a seed article from the start: Newsmark activates at startup (not timed then).
    const warm = r % 4 >= 2;
    if (warm) {
      const seed = readdirSync(join(root, 'seeds'))
        .filter((n) => n.endsWith('.txt'))
        .sort()[0];
      writeFileSync(join(folder, seed), readFileSync(join(root, 'seeds', seed)));
    }
    const outFile = join(dir, 'result.json');
    const extensionsDir = join(dir, 'extensions');
    await installTrivialExtensions(extensionsDir);
    const code = await host.runExtensionTests({
      folder,
      extensionsDir,
      extensionTestsPath: entry,
      env: {
        NEWSMARK_BENCH_OUT: outFile,
        NEWSMARK_BENCH_SEEDS: join(root, 'seeds'),
        NEWSMARK_BENCH_ORDER: r % 2 === 0 ? 'newsmark-first' : 'baseline-first',
        NEWSMARK_BENCH_WARM: warm ? '1' : '0',
      },
      timeoutMs: 240_000,
    });
    if (code !== 0 || !existsSync(outFile)) throw new Error(`the VS Code benchmark run ${r + 1} (${warm ? 'warm' : 'cold'}) failed (exit ${code})`);
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
    await esbuild.build({
      entryPoints: [join(root, 'src', 'extension', 'codeCache.ts')],
      outfile: codeCache,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
    bundles['services.js with its code cache'] = bundleLoad(join(root, 'dist', 'services.js'), 5, codeCache);
  }
  return {
    method:
      'code-server ' +
      host.CODE_SERVER_VERSION +
      ' extension host, driven by headless Chromium; a fresh server per run. ' +
      'Activation: performance.now() around vscode.extensions.getExtension().activate() on a workspace without articles ' +
      "(so no activation event fired before), i.e. VS Code's activation pipeline, loading dist/extension.js and activate(); " +
      'floor = an empty extension (installed per run) activated by the same call in the same host, in alternating order, after a ' +
      "third one took the first activation; Newsmark's own share = evaluating dist/extension.js + activate() (its marks, every run). " +
      'Open floor = the same text in a plain-text file that is not an article, from openTextDocument to its editor visible to the ' +
      'extension host, alternately before and after each article; phases from the marks of src/extension/marks.ts. ' +
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
    ...floorFigures(raw),
    // Loading each bundle in a fresh Node with a stand-in vscode (dist/services.js exists since issue #6).
    bundleLoad: bundles,
    wasActiveBefore: raw.map((x) => x.wasActiveBefore),
    marks: raw.map((x) => x.marks),
  };
}
