/**
 * Runs inside code-server's extension host (as an extensionTestsPath module): times Newsmark's activation,
 * opening an article to its first decorations, and a keystroke to refreshed decorations in a 100 KB article.
 * Writes its figures as JSON to $NEWSMARK_BENCH_OUT.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PaintedState } from '../src/extension/decorations';
import type { NewsmarkApi } from '../src/extension/extension';
import { article, longArticle } from './corpus';

const EXTENSION_ID = 'newsmark.newsmark';
/** The trivial extension bench/vscode.mjs builds for the activation floor. */
const BASELINE_ID = 'newsmark-bench.baseline';
const WARMUP_ID = 'newsmark-bench.warmup';

/**
 * CPU time (user + system, ms) of the extension host's main thread since `since` (the whole process on a
 * Node without process.threadCpuUsage): unlike wall time, other processes on the machine do not inflate it,
 * and the detection worker's thread does not count.
 */
const threadCpu = (): NodeJS.CpuUsage => (process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
function cpuMs(since: NodeJS.CpuUsage): number {
  const now = threadCpu();
  return (now.user - since.user + now.system - since.system) / 1000;
}

// A build that does not report freshness or versions (before issue #6) painted only fresh spans, after edits.
const fresh = (s: Partial<PaintedState>) => s.fresh !== false;
const atVersion = (s: Partial<PaintedState>, version: number) => s.version === undefined || s.version >= version;

async function until(what: string, ok: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!ok()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resolves with the time of the first paint of `uri` whose state passes `ok`. */
function paintOf(api: NewsmarkApi, uri: vscode.Uri, ok: (state: PaintedState) => boolean = () => true, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no decorations painted for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = api.decorations.onDidPaint((u) => {
      if (u.toString() !== uri.toString()) return;
      const state = api.decorations.paintedCounts(uri);
      if (!state || !ok(state)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(performance.now());
    });
  });
}

/** The longest time the extension host's thread went without running a 1 ms timer, while `probe` runs. */
async function longestStall<T>(probe: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    const value = await probe();
    worst = Math.max(worst, performance.now() - last);
    return { value, stallMs: worst };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<void> {
  const out = process.env.NEWSMARK_BENCH_OUT;
  const seeds = process.env.NEWSMARK_BENCH_SEEDS!;
  const result: Record<string, unknown> = {};
  const ext = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  // The workspace holds no article yet, so no activation event has fired: activate() is the whole cost
  // (loading dist/extension.js and running activate()). Often, though, a plain-text model the workbench
  // creates at startup (not a document the extension host sees) has activated Newsmark already
  // (onLanguage:plaintext, in the extension host log): then only the performance marks below tell.
  result.wasActiveBefore = ext.isActive;
  const folder = vscode.workspace.workspaceFolders![0].uri;
  // In half the runs ($NEWSMARK_BENCH_WARM) the workspace holds a seed article from the start (bench/vscode.mjs),
  // so Newsmark activates at startup (workspaceContains), and the first article is opened only once its
  // background warm-up is done, as in a window opened on a folder of articles. In the other runs it is opened
  // at once, in a workspace that had no article (nothing warm).
  const warmFirst = process.env.NEWSMARK_BENCH_WARM === '1';
  result.warmFirst = warmFirst;
  // The floor: a trivial extension (empty activate(), built by bench/vscode.mjs) activated by the same call in
  // the same host. The order alternates between runs ($NEWSMARK_BENCH_ORDER).
  const baseline = vscode.extensions.getExtension(BASELINE_ID);
  const activateTimed = async <T>(e: vscode.Extension<T>): Promise<{ ms: number; cpuMs: number; api: T }> => {
    const c = threadCpu();
    const t = performance.now();
    const api = await e.activate();
    return { ms: performance.now() - t, cpuMs: cpuMs(c), api };
  };
  // A first activation through the API costs more than the next ones, whichever extension it is: another
  // trivial extension takes that first, so neither measured one pays for it.
  const warmup = vscode.extensions.getExtension(WARMUP_ID);
  if (warmup) await warmup.activate();
  const baselineFirst = process.env.NEWSMARK_BENCH_ORDER === 'baseline-first';
  result.activationOrder = baselineFirst ? 'baseline-first' : 'newsmark-first';
  let t0 = performance.now();
  let api!: NewsmarkApi;
  for (const which of baselineFirst ? ['baseline', 'newsmark'] : ['newsmark', 'baseline']) {
    if (which === 'baseline') {
      if (!baseline) continue;
      result.baselineWasActiveBefore = baseline.isActive;
      const b = await activateTimed(baseline);
      result.baselineActivationMs = b.ms;
      result.baselineActivationCpuMs = b.cpuMs;
    } else {
      t0 = performance.now();
      const n = await activateTimed(ext);
      api = n.api;
      result.activationMs = n.ms;
      result.activationCpuMs = n.cpuMs;
    }
  }
  // Newsmark's own part of it: activate() itself, from the performance marks of extension.ts (absent before
  // issue #6). They are there even when something activated Newsmark before this probe ran.
  const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const activateStart = mark('newsmark/extension/activate');
  const activated = mark('newsmark/extension/activated');
  if (activateStart !== undefined && activated !== undefined) result.activateBodyMs = activated - activateStart;
  const loaded = mark('newsmark/extension/loaded');
  const loadStart = mark('newsmark/extension/load');
  if (loaded !== undefined && loadStart !== undefined) result.moduleEvalMs = loaded - loadStart;
  // Newsmark's own share of its activation, in every run (also when it was active before the probe): evaluating
  // dist/extension.js plus activate(), wall and CPU (marks.ts), without VS Code's work between the two.
  const cpuAt = (name: string) => (performance.getEntriesByName(name, 'mark')[0] as { detail?: { cpuUs?: number } } | undefined)?.detail?.cpuUs;
  const [cLoad, cLoaded, cActivate, cActivated] = ['load', 'loaded', 'activate', 'activated'].map((n) => cpuAt(`newsmark/extension/${n}`));
  if (result.moduleEvalMs !== undefined && result.activateBodyMs !== undefined)
    result.ownActivationMs = (result.moduleEvalMs as number) + (result.activateBodyMs as number);
  if (cLoad !== undefined && cLoaded !== undefined && cActivate !== undefined && cActivated !== undefined) {
    result.moduleEvalCpuMs = (cLoaded - cLoad) / 1000;
    result.activateBodyCpuMs = (cActivated - cActivate) / 1000;
    result.ownActivationCpuMs = (cLoaded - cLoad + cActivated - cActivate) / 1000;
  }
  if (loaded !== undefined && activateStart !== undefined) result.loadedToActivateMs = activateStart - loaded;

  if (warmFirst) await until('the background warm-up', () => mark('newsmark/services/warm') !== undefined, 60_000);
  // When an editor of `uri` is first visible to the extension host (the earliest Newsmark can paint it).
  const visibleAt = new Map<string, number>();
  const seeVisible = () => {
    for (const e of vscode.window.visibleTextEditors)
      if (!visibleAt.has(e.document.uri.toString())) visibleAt.set(e.document.uri.toString(), performance.now());
  };
  const visibility = vscode.window.onDidChangeVisibleTextEditors(seeVisible);
  const open: number[] = [];
  const openCpu: number[] = [];
  const openVisible: number[] = [];
  const openAfterVisible: number[] = [];
  const floor: number[] = [];
  const floorCpu: number[] = [];
  const phases: Array<Record<string, number>> = [];
  for (let i = 0; i < 5; i++) {
    const a = article(seeds, 20_000 + i);
    const uri = vscode.Uri.joinPath(folder, a.name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(a.text));
    // The floor: the same text in a file that is not an article (plain text, so Newsmark does nothing with
    // it), from openTextDocument to its editor being visible to the extension host. Alternately before and
    // after the article, so neither always pays for the window's first editors.
    const floorUri = vscode.Uri.joinPath(folder, `floor-${i}.dat`);
    await vscode.workspace.fs.writeFile(floorUri, new TextEncoder().encode(a.text));
    const openFloor = async () => {
      const c = threadCpu();
      const t = performance.now();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(floorUri));
      seeVisible();
      await until('the plain-text editor to be visible', () => visibleAt.has(floorUri.toString()));
      floor.push(visibleAt.get(floorUri.toString())! - t);
      floorCpu.push(cpuMs(c));
    };
    if (i % 2 === 0) await openFloor();
    const c = threadCpu();
    const t = performance.now();
    // Decorations = annotations and suggestions both painted for this text (fresh), as a user sees them.
    const painted = paintOf(api, uri, fresh);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    seeVisible();
    const done = await painted;
    open.push(done - t);
    openCpu.push(cpuMs(c));
    const visible = visibleAt.get(uri.toString()) ?? done;
    openVisible.push(visible - t);
    openAfterVisible.push(done - visible);
    // The phases of Newsmark's path (marks.ts), relative to the start of this open.
    const p: Record<string, number> = { visible: visible - t, decorations: done - t };
    for (const m of performance.getEntriesByType('mark')) {
      const detail = (m as { detail?: unknown }).detail;
      if (detail === uri.toString() && m.name.startsWith('newsmark/open/') && m.startTime >= t) p[m.name.slice('newsmark/open/'.length)] ??= m.startTime - t;
    }
    const ready = mark('newsmark/services/ready');
    if (ready !== undefined && ready >= t) p.servicesReady = ready - t;
    phases.push(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.round(v * 10) / 10])));
    if (i % 2 === 1) await openFloor();
  }
  result.openToDecorationsMs = open;
  result.openCpuMs = openCpu;
  result.openToVisibleMs = openVisible;
  result.openVisibleToDecorationsMs = openAfterVisible;
  result.openFloorMs = floor;
  result.openFloorCpuMs = floorCpu;
  result.openPhases = phases;
  const servicesLoad = mark('newsmark/services/load');
  const servicesReady = mark('newsmark/services/ready');
  if (servicesLoad !== undefined && servicesReady !== undefined) result.servicesLoadMs = servicesReady - servicesLoad;
  if (servicesLoad !== undefined && activated !== undefined) result.activatedToServicesLoadMs = servicesLoad - activated;

  const big = longArticle(seeds, 100 * 1024);
  const bigUri = vscode.Uri.joinPath(folder, 'long-100k.txt');
  await vscode.workspace.fs.writeFile(bigUri, new TextEncoder().encode(big));
  const tb = performance.now();
  const bigFirstPaint = paintOf(api, bigUri);
  const bigPainted = paintOf(api, bigUri, fresh);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bigUri));
  seeVisible();
  result.open100kFirstPaintMs = (await bigFirstPaint) - tb;
  result.open100kToDecorationsMs = (await bigPainted) - tb;
  result.open100kToVisibleMs = (visibleAt.get(bigUri.toString()) ?? performance.now()) - tb;
  visibility.dispose();
  const edit: number[] = [];
  const repaint: number[] = [];
  const redetect: number[] = [];
  const stall: number[] = [];
  const keystrokeCpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const at = editor.document.positionAt(Math.floor(editor.document.getText().length / 2) + i * 50);
    const version = editor.document.version + 1;
    // Refreshed = the first paint for the edited text; re-detected = the paint of its fresh detections.
    const painted = paintOf(api, bigUri, (s) => atVersion(s, version));
    const detected = paintOf(api, bigUri, (s) => atVersion(s, version) && fresh(s));
    const c = threadCpu();
    const { value: t, stallMs } = await longestStall(async () => {
      const t = performance.now();
      await editor.edit((e) => e.insert(at, 'x'));
      edit.push(performance.now() - t);
      repaint.push((await painted) - t);
      redetect.push((await detected) - t);
      // The corpus index re-reads the edited article too (debounced): the stall covers it. (The text is taken
      // once: getText() joins 100 KB of lines, which polling every 5 ms would add to the CPU measured.)
      const edited = editor.document.getText();
      await until('the corpus index to hold the edited text', () => api.corpus.index.document('long-100k.txt')?.text === edited);
      return t;
    });
    void t;
    stall.push(stallMs);
    keystrokeCpu.push(cpuMs(c));
  }
  result.keystrokeEditMs = edit;
  result.keystrokeToDecorationsMs = repaint;
  result.keystrokeToDetectionsMs = redetect;
  result.keystrokeLongestStallMs = stall;
  result.keystrokeCpuMs = keystrokeCpu;
  // Every Newsmark mark, relative to the start of activate(), for a closer look.
  result.marks = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('newsmark/') && !m.name.startsWith('newsmark/open/'))
    .map((m) => `${m.name} ${(m.startTime - t0).toFixed(1)}`);
  if (out) writeFileSync(out, JSON.stringify(result));
}
