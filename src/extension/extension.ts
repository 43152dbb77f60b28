import * as vscode from 'vscode';

/** Composition root: builds the services, registers them, and hands every disposable to the context. */
export function activate(context: vscode.ExtensionContext): void {
  const empty: vscode.TreeDataProvider<never> = { getTreeItem: (e) => e, getChildren: () => [] };
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('newsmark.corpus', empty),
    vscode.commands.registerCommand('newsmark.showCorpus', async () => {
      await vscode.commands.executeCommand('workbench.view.extension.newsmark');
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
