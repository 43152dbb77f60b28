// @vscode/test-cli configuration for the integration tests (test/integration, bundled to out/test/integration).
//
// Where a desktop VS Code can be downloaded and shown, test-electron downloads the engines floor and runs the
// tests in it. Elsewhere (CI: no internet, no display) test-electron spawns scripts/code-launcher.mjs instead,
// which runs the very same tests in code-server's extension host through headless Chromium.
// NEWSMARK_VSCODE=desktop|server forces one or the other.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const engineFloor = pkg.engines.vscode.replace(/^[^\d]*/, '');

function canReach(url, ms) {
  return new Promise((resolve) => {
    const req = https.get(url, { timeout: ms }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

async function useDesktop() {
  const forced = process.env.NEWSMARK_VSCODE;
  if (forced) return forced === 'desktop';
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return hasDisplay && (await canReach('https://update.code.visualstudio.com/api/releases/stable', 3000));
}

// The tests write sidecars: they get a fresh copy of seeds/ per run, never the repository's.
const workspace = join(mkdtempSync(join(os.tmpdir(), 'newsmark-it-')), 'seeds');
cpSync(join(root, 'seeds'), workspace, { recursive: true });
process.on('exit', () => rmSync(join(workspace, '..'), { recursive: true, force: true }));

const desktop = await useDesktop();

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: workspace,
  version: engineFloor,
  ...(desktop ? {} : { useInstallation: { fromPath: join(root, 'scripts', 'code-launcher.mjs') } }),
  // Spec-style lines that scripts/code-launcher.mjs can pick out of the browser console.
  mocha: { ui: 'bdd', timeout: 60_000, color: false, reporter: join(root, 'out', 'test', 'integration', 'reporter.js') },
});
