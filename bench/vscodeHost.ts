/**
 * Runs inside code-server's extension host (as an extensionTestsPath module): times Newsmark's activation,
 * opening an article to its first decorations, and a keystroke to refreshed decorations in a 100 KB article.
 * Writes its figures as JSON to $NEWSMARK_BENCH_OUT.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../src/extension/extension';
import { article, longArticle } from './corpus';

const EXTENSION_ID = 'newsmark.newsmark';

function paintOf(api: NewsmarkApi, uri: vscode.Uri, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no decorations painted for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = api.decorations.onDidPaint((u) => {
      if (u.toString() !== uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(performance.now());
    });
  });
}

export async function run(): Promise<void> {
  const out = process.env.NEWSMARK_BENCH_OUT;
  const seeds = process.env.NEWSMARK_BENCH_SEEDS!;
  const result: Record<string, unknown> = {};
  const ext = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  // The workspace holds no article yet, so no activation event has fired: activate() is the whole cost
  // (loading dist/extension.js and running activate()).
  result.wasActiveBefore = ext.isActive;
  const t0 = performance.now();
  const api = await ext.activate();
  result.activationMs = performance.now() - t0;

  const folder = vscode.workspace.workspaceFolders![0].uri;
  const open: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = article(seeds, 20_000 + i);
    const uri = vscode.Uri.joinPath(folder, a.name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(a.text));
    const t = performance.now();
    const painted = paintOf(api, uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    open.push((await painted) - t);
  }
  result.openToDecorationsMs = open;

  const big = longArticle(seeds, 100 * 1024);
  const bigUri = vscode.Uri.joinPath(folder, 'long-100k.txt');
  await vscode.workspace.fs.writeFile(bigUri, new TextEncoder().encode(big));
  const tb = performance.now();
  const bigPainted = paintOf(api, bigUri);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bigUri));
  result.open100kToDecorationsMs = (await bigPainted) - tb;
  const edit: number[] = [];
  const repaint: number[] = [];
  for (let i = 0; i < 7; i++) {
    const at = editor.document.positionAt(Math.floor(editor.document.getText().length / 2) + i * 50);
    const painted = paintOf(api, bigUri);
    const t = performance.now();
    await editor.edit((e) => e.insert(at, 'x'));
    edit.push(performance.now() - t);
    repaint.push((await painted) - t);
  }
  result.keystrokeEditMs = edit;
  result.keystrokeToDecorationsMs = repaint;
  if (out) writeFileSync(out, JSON.stringify(result));
}
