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
  const c0 = threadCpu();
  const t0 = performance.now();
  const api = await ext.activate();
  result.activationMs = performance.now() - t0;
  result.activationCpuMs = cpuMs(c0);
  // Newsmark's own part of it: activate() itself, from the performance marks of extension.ts (absent before
  // issue #6). They are there even when something activated Newsmark before this probe ran.
  const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const activateStart = mark('newsmark/extension/activate');
  const activated = mark('newsmark/extension/activated');
  if (activateStart !== undefined && activated !== undefined) result.activateBodyMs = activated - activateStart;

  const folder = vscode.workspace.workspaceFolders![0].uri;
  const open: number[] = [];
  const openCpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = article(seeds, 20_000 + i);
    const uri = vscode.Uri.joinPath(folder, a.name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(a.text));
    const c = threadCpu();
    const t = performance.now();
    // Decorations = annotations and suggestions both painted for this text (fresh), as a user sees them.
    const painted = paintOf(api, uri, fresh);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    open.push((await painted) - t);
    openCpu.push(cpuMs(c));
  }
  result.openToDecorationsMs = open;
  result.openCpuMs = openCpu;
  const servicesLoad = mark('newsmark/services/load');
  const servicesReady = mark('newsmark/services/ready');
  if (servicesLoad !== undefined && servicesReady !== undefined) result.servicesLoadMs = servicesReady - servicesLoad;

  const big = longArticle(seeds, 100 * 1024);
  const bigUri = vscode.Uri.joinPath(folder, 'long-100k.txt');
  await vscode.workspace.fs.writeFile(bigUri, new TextEncoder().encode(big));
  const tb = performance.now();
  const bigFirstPaint = paintOf(api, bigUri);
  const bigPainted = paintOf(api, bigUri, fresh);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bigUri));
  result.open100kFirstPaintMs = (await bigFirstPaint) - tb;
  result.open100kToDecorationsMs = (await bigPainted) - tb;
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
  result.marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('newsmark/')).map((m) => `${m.name} ${(m.startTime - t0).toFixed(1)}`);
  if (out) writeFileSync(out, JSON.stringify(result));
}
