import * as vscode from 'vscode';
import type { ArticleStore } from './store';

/** The Events, Contradictions and People views over the corpus index (being built). */
export class CorpusViews implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    _context: vscode.ExtensionContext,
    _store: ArticleStore,
  ) {
    const empty: vscode.TreeDataProvider<never> = { getTreeItem: (e) => e, getChildren: () => [] };
    for (const id of ['newsmark.events', 'newsmark.contradictions', 'newsmark.people']) {
      this.disposables.push(vscode.window.registerTreeDataProvider(id, empty));
    }
  }

  start(): void {}

  eventChoices(): Array<{ id: string; title: string; date?: string }> {
    return [];
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
