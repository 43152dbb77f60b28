import * as vscode from 'vscode';
import { ArticleEditors } from './articleEditors';
import { EditorCommands } from './commands';
import { CorpusViews } from './corpusViews';
import { AnnotationDecorations } from './decorations';
import { AnnotationHoverProvider } from './hover';
import { ArticleStore } from './store';

/** What the extension exposes to its integration tests and to other extensions. */
export interface NewsmarkApi {
  store: ArticleStore;
  editors: ArticleEditors;
  decorations: AnnotationDecorations;
  corpus: CorpusViews;
}

/**
 * Composition root: builds the services, passes each its dependencies, and hands every disposable
 * to the context. Nothing heavy runs here: the corpus is indexed in the background.
 */
export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  const config = () => vscode.workspace.getConfiguration('newsmark');
  const store = new ArticleStore(() => config().get<number>('save.debounceMs', 300));
  const decorations = new AnnotationDecorations();
  const editors = new ArticleEditors(store, decorations);
  const corpus = new CorpusViews(context, store);
  const commands = new EditorCommands(store, editors, () => corpus.eventChoices());

  context.subscriptions.push(
    store,
    decorations,
    editors,
    corpus,
    ...commands.register(),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }], new AnnotationHoverProvider(store)),
    vscode.commands.registerCommand('newsmark.showCorpus', async () => {
      await vscode.commands.executeCommand('workbench.view.extension.newsmark');
      corpus.start();
    }),
    { dispose: () => void store.flush() },
  );
  return { store, editors, decorations, corpus };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; pending sidecar writes are flushed there.
}
