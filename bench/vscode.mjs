// The real-VS Code figures: code-server's extension host through scripts/vscode-host.mjs (the same harness
// as the integration tests). Each run is a fresh server, browser and workspace, so activation is a real
// first activation. Needs `node scripts/vscode-host.mjs install` (done once by the integration tests).
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: Math.round(median(xs) * 10) / 10, min: Math.round(Math.min(...xs) * 10) / 10, max: Math.round(Math.max(...xs) * 10) / 10, runs: xs.length });

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
  return {
    method:
      'code-server ' + host.CODE_SERVER_VERSION + ' extension host, driven by headless Chromium; a fresh server per run. ' +
      'Activation: performance.now() around vscode.extensions.getExtension().activate() on a workspace without articles ' +
      '(so no activation event fired before), i.e. loading dist/extension.js plus activate(). Open: writeFile, then ' +
      'openTextDocument+showTextDocument to the decorations.onDidPaint of that document (5 generated articles per run). ' +
      'Keystroke: TextEditor.edit inserting one character in a 100 KB article; edit = until the edit resolves, ' +
      'decorations = until onDidPaint (7 keystrokes per run).',
    // Only a run where Newsmark was not yet active measures activation; otherwise activate() just returns.
    activationMs: raw.some((x) => !x.wasActiveBefore) ? summary(raw.filter((x) => !x.wasActiveBefore).map((x) => x.activationMs)) : null,
    openToDecorationsMs: summary(raw.flatMap((x) => x.openToDecorationsMs)),
    open100kToDecorationsMs: summary(raw.map((x) => x.open100kToDecorationsMs)),
    keystrokeEditMs: summary(raw.flatMap((x) => x.keystrokeEditMs)),
    keystrokeToDecorationsMs: summary(raw.flatMap((x) => x.keystrokeToDecorationsMs)),
    wasActiveBefore: raw.map((x) => x.wasActiveBefore),
  };
}
