#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron spawns (`useInstallation.fromPath` in
// .vscode-test.mjs). It accepts the Electron-style arguments, runs the tests in code-server's extension host
// through headless Chromium, relays mocha's report, and exits with the tests' exit code.
import process from 'node:process';
import { runExtensionTests } from './vscode-host.mjs';

/** `--name=value` and `--name value`; positionals are the folder (or file) to open. */
function parseArgs(argv) {
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale']);
  const opts = { extensionDevelopmentPath: [], positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      opts.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (!valued.has(name)) continue; // Electron/desktop switches (--no-sandbox, --disable-updates…) mean nothing here
    const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
    if (name === 'extensionDevelopmentPath') opts.extensionDevelopmentPath.push(value);
    else opts[name] = value;
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (!opts.extensionTestsPath) {
  console.error('code-launcher: only test runs are supported (--extensionTestsPath is missing); use `npm start` to open the workbench');
  process.exit(2);
}

// The user-data-dir test-electron passes is a desktop profile; code-server gets a fresh one per run so no
// state leaks between runs. The extensions dir is honoured (installExtensions puts dependencies there).
runExtensionTests({
  folder: opts.positional[0],
  extensionDevelopmentPath: opts.extensionDevelopmentPath,
  extensionTestsPath: opts.extensionTestsPath,
  extensionsDir: opts['extensions-dir'],
}).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
