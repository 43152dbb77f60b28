// Runs inside the real extension host (see scripts/seed-sidecars.mjs): opens every article of the
// workspace and accepts Newsmark's suggestions through its own commands, so the seed sidecars are
// made with the extension exactly as a user would make them.
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../src/extension/extension';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<NewsmarkApi>('newsmark.newsmark');
  if (!extension) throw new Error('Newsmark is not loaded');
  const api = await extension.activate();
  const articles = (await vscode.workspace.findFiles('*.txt')).sort((a, b) => a.path.localeCompare(b.path));
  for (const uri of articles) {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    for (const kind of ['person', 'date', 'duration', 'quote']) {
      const n = await vscode.commands.executeCommand<number>('newsmark.acceptAllOfKind', uri.toString(), kind);
      console.log(`[newsmark-report] ${vscode.workspace.asRelativePath(uri)}: accepted ${n} ${kind} suggestion(s)`);
    }
  }
  await api.store.flush();
  console.log('[newsmark-report] done');
}
