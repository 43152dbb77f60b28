import { join } from 'node:path';
import * as vscode from 'vscode';
import { isArticle } from './articles';
import { requireWithCodeCache } from './codeCache';
import type { ArticleEditors } from './articleEditors';
import type { CorpusViews } from './corpusViews';
import { AnnotationDecorations } from './decorations';
import type { Detector } from './detector';
import type { Services } from './services';
import { LazyCommands, LazyTreeDataProvider } from './shell';
import type { ServicesHost } from './shell';
import type { ArticleStore } from './store';

// Performance marks (process-wide, as VS Code's own `code/…` marks) let the benchmark split activation into
// VS Code's part and ours; they cost nothing.
performance.mark('newsmark/extension/loaded');

/** What the extension exposes to its integration tests and to other extensions. */
export interface NewsmarkApi {
  readonly store: ArticleStore;
  readonly editors: ArticleEditors;
  readonly decorations: AnnotationDecorations;
  readonly corpus: CorpusViews;
  /** Detection shared by the editors and the corpus, large articles in a worker thread. */
  readonly detector: Detector;
}

/**
 * When nothing asked for the services earlier (an article, a view, a command), they load this long after
 * activation, to index the corpus in the background once the window has settled.
 */
const BACKGROUND_LOAD_MS = 1000;

interface Manifest {
  contributes?: { commands?: Array<{ command: string }>; views?: Record<string, Array<{ id: string }>> };
}

/**
 * Activation (dist/extension.js) only declares: the commands, views and hover exist at once, and the
 * services behind them (dist/services.js: sessions, sidecars, detection, the corpus) load on first need —
 * an article to paint, a view to fill, a command to run — or in the background shortly after.
 */
export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  performance.mark('newsmark/extension/activate');
  const decorations = new AnnotationDecorations();
  let services: Services | undefined;
  let failure: Error | undefined;
  const load = (): Services => {
    if (services) return services;
    if (failure) throw failure;
    try {
      performance.mark('newsmark/services/load');
      const storage = context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined;
      const { createServices } = requireWithCodeCache(join(__dirname, 'services.js'), storage && join(storage, 'code-cache'), (m) => console.warn(`[newsmark] ${m}`)) as typeof import('./services');
      services = createServices(host);
      performance.mark('newsmark/services/ready');
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
      console.error('[newsmark] the services failed to load', failure);
      void vscode.window.showErrorMessage(`Newsmark could not start: ${failure.message}`);
      throw failure;
    }
    return services;
  };
  const loadQuietly = () => {
    try {
      load();
    } catch {
      // Reported once by load().
    }
  };

  const commands = new LazyCommands(load);
  const manifest = context.extension.packageJSON as Manifest;
  for (const { command } of manifest.contributes?.commands ?? []) commands.declare(command);

  const views = new Map<string, { view: vscode.TreeView<unknown>; provider: LazyTreeDataProvider<unknown> }>();
  for (const { id } of Object.values(manifest.contributes?.views ?? {}).flat()) {
    if (!id.startsWith('newsmark.')) continue;
    const provider = new LazyTreeDataProvider<unknown>(loadQuietly);
    const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    views.set(id, { view, provider });
    context.subscriptions.push(provider, view);
  }

  const host: ServicesHost = {
    context,
    decorations,
    registerCommand: (id, handler) => commands.set(id, handler),
    treeView: <T>(id: string, provider: vscode.TreeDataProvider<T>) => {
      const made = views.get(id);
      if (!made) {
        const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
        context.subscriptions.push(view);
        return view;
      }
      (made.provider as LazyTreeDataProvider<T>).attach(provider);
      return made.view as vscode.TreeView<T>;
    },
  };

  // An article to paint loads the services (they then follow every document themselves).
  const loadForArticles = (documents: readonly vscode.TextDocument[]) => {
    if (!services && !failure && documents.some(isArticle)) loadQuietly();
  };
  const background = setTimeout(loadQuietly, BACKGROUND_LOAD_MS);
  // After activate() returns: an article already open is painted right after, not inside, activation.
  const opened = setImmediate(() => loadForArticles(vscode.workspace.textDocuments));
  context.subscriptions.push(
    decorations,
    commands,
    {
      dispose: () => {
        clearTimeout(background);
        clearImmediate(opened);
      },
    },
    vscode.workspace.onDidOpenTextDocument((d) => loadForArticles([d])),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsmark.articles')) loadForArticles(vscode.workspace.textDocuments);
    }),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }], {
      // Without the services there is no session, hence nothing to say.
      provideHover: (document, position) => services?.hover.provideHover(document, position),
    }),
  );

  performance.mark('newsmark/extension/activated');
  return {
    decorations,
    get store() {
      return load().store;
    },
    get editors() {
      return load().editors;
    },
    get corpus() {
      return load().corpus;
    },
    get detector() {
      return load().detector;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; pending sidecar writes are flushed there.
}
