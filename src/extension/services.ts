import * as vscode from 'vscode';
import { ArticleEditors } from './articleEditors';
import { EditorCommands } from './commands';
import { CorpusViews } from './corpusViews';
import { Detector } from './detector';
import { AnnotationHoverProvider } from './hover';
import { reportingErrors } from './lifecycle';
import type { CommandRegistrar } from './lifecycle';
import type { ServicesHost } from './shell';
import { ArticleStore } from './store';

/** Everything that needs core (sessions, sidecars, detection, the corpus): dist/services.js. */
export interface Services {
  store: ArticleStore;
  editors: ArticleEditors;
  corpus: CorpusViews;
  hover: AnnotationHoverProvider;
  detector: Detector;
}

/**
 * Composition root of the services, loaded on first need by activation (extension.ts): builds them, passes
 * each its dependencies, fills in the commands and views activation registered, and hands every disposable
 * to the context. Nothing here waits for the corpus: it is indexed in the background.
 */
export function createServices(host: ServicesHost): Services {
  const { context } = host;
  const config = () => vscode.workspace.getConfiguration('newsmark');
  const register: CommandRegistrar = (id, handler) => host.registerCommand(`newsmark.${id}`, reportingErrors(handler));
  const detector = new Detector((message) => console.warn(`[newsmark] ${message}`));
  const store = new ArticleStore(() => config().get<number>('save.debounceMs', 300), detector);
  const editors = new ArticleEditors(store, host.decorations, detector);
  const corpus = new CorpusViews(host, store, register, detector);
  const commands = new EditorCommands(store, editors, () => corpus.eventChoices());
  const hover = new AnnotationHoverProvider(store);

  context.subscriptions.push(
    // First: VS Code disposes subscriptions in order, and the store's disposal cancels pending writes.
    { dispose: () => void store.flush() },
    store,
    editors,
    corpus,
    ...commands.register(register),
    register('showCorpus', async () => {
      await vscode.commands.executeCommand('workbench.view.extension.newsmark');
      corpus.start();
    }),
    detector,
  );
  return { store, editors, corpus, hover, detector };
}
