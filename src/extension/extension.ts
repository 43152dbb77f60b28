import { join } from 'node:path';
import * as vscode from 'vscode';
import { isArticle } from './articles';
import { onDidChangeSettings, setting } from './config';
import { requireWithCodeCache } from './codeCache';
import type { ArticleEditors } from './articleEditors';
import type { ComparePanel } from './comparePanel';
import type { CorpusViews } from './corpusViews';
import type { TimelinePanel } from './timelinePanel';
import { AnnotationDecorations } from './decorations';
import type { Detector } from './detector';
import type { Services } from './services';
import { markActivation, markOpen } from './marks';
import { LazyCommands, LazyTreeDataProvider, whenIdle } from './shell';
import type { ServicesHost } from './shell';
import type { ArticleStore } from './store';

// Performance marks (process-wide, as VS Code's own `code/…` marks) let the benchmark split activation into
// VS Code's part and ours; they cost microseconds.
markActivation('extension/loaded');

/** What the extension exposes to its integration tests and to other extensions. */
export interface NewsmarkApi {
  readonly store: ArticleStore;
  readonly editors: ArticleEditors;
  readonly decorations: AnnotationDecorations;
  readonly corpus: CorpusViews;
  /** Detection shared by the editors and the corpus, large articles in a worker thread. */
  readonly detector: Detector;
  /** The timeline and sources-side-by-side panels (issue #16). */
  readonly timeline: TimelinePanel;
  readonly compare: ComparePanel;
}

/**
 * At the latest this long after activation, the services of a workspace with articles are loaded in the
 * background (earlier when the extension host is idle before): see `warmUp` below.
 */
const WARM_UP_WITHIN_MS = 2000;

interface Manifest {
  contributes?: { commands?: Array<{ command: string }>; views?: Record<string, Array<{ id: string }>> };
}

/**
 * Newsmark activates on what it owns (package.json `activationEvents`): a folder with sidecars or newsmark.yaml,
 * the news-article language, its views and commands (implicit events), and a folder holding `*.txt` files,
 * the default of `newsmark.articles` (activation events cannot read settings): a folder of articles nobody
 * annotated yet must show its suggestions when an article opens. Not `onLanguage:plaintext`: the workbench
 * makes a plain-text model at startup in every window (bench/RESULTS.md: Newsmark was active before the
 * probe in half the runs for that reason), so it activated Newsmark in windows that hold no article at all.
 *
 * Activation (dist/extension.js) only declares: the commands and views exist at once, and the
 * services behind them (dist/services.js: sessions, sidecars, detection, the corpus) load on first need —
 * an article to paint, a view to fill, a command to run — or in the background once the extension host is idle.
 */
export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  markActivation('extension/activate');
  const decorations = new AnnotationDecorations();
  let services: Services | undefined;
  let failure: Error | undefined;
  /** Why the services were loaded (in the mark, for the tests and the benchmark). */
  type LoadReason = 'article' | 'background' | 'command' | 'view' | 'api';
  const load = (reason: LoadReason = 'api'): Services => {
    if (services) return services;
    if (failure) throw failure;
    try {
      markActivation('services/load', { reason });
      const storage = context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined;
      const { createServices } = requireWithCodeCache(join(__dirname, 'services.js'), storage && join(storage, 'code-cache'), (m) => console.warn(`[newsmark] ${m}`)) as typeof import('./services');
      services = createServices(host);
      markActivation('services/ready');
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
      console.error('[newsmark] the services failed to load', failure);
      void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark could not start: {0}', failure.message));
      throw failure;
    }
    return services;
  };
  const loadQuietly = (reason: LoadReason) => {
    try {
      load(reason);
    } catch {
      // Reported once by load().
    }
  };

  const commands = new LazyCommands(() => load('command'));
  const manifest = context.extension.packageJSON as Manifest;
  for (const { command } of manifest.contributes?.commands ?? []) commands.declare(command);

  const views = new Map<string, { view: vscode.TreeView<unknown>; provider: LazyTreeDataProvider<unknown> }>();
  for (const { id } of Object.values(manifest.contributes?.views ?? {}).flat()) {
    if (!id.startsWith('newsmark.')) continue;
    const provider = new LazyTreeDataProvider<unknown>(() => loadQuietly('view'));
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
    if (services || failure) return;
    const articles = documents.filter(isArticle);
    if (articles.length === 0) return;
    for (const d of articles) markOpen('seen', d.uri);
    loadQuietly('article');
  };
  // After activate() returns: an article already open is painted right after, not inside, activation.
  const opened = setImmediate(() => loadForArticles(vscode.workspace.textDocuments));
  // When nothing asked for the services earlier (an article, a view, a command) and the workspace holds
  // articles, they load once the extension host is idle: the first article opened is then painted without
  // waiting for them (and for detection's first, slow run), and the corpus is indexed in the background.
  // Detection's first run (slow: V8 compiles it) then gets an idle moment of its own.
  let disposed = false;
  const idle: vscode.Disposable[] = [];
  const warmUp = async () => {
    if (!services && !failure && (await workspaceHasArticles()) && !disposed) loadQuietly('background');
    if (services && !disposed) idle.push(whenIdle(() => void (disposed || services?.warmUp()), WARM_UP_WITHIN_MS));
  };
  idle.push(whenIdle(() => void warmUp(), WARM_UP_WITHIN_MS));
  context.subscriptions.push(
    decorations,
    commands,
    {
      dispose: () => {
        disposed = true;
        for (const d of idle) d.dispose();
        clearImmediate(opened);
      },
    },
    vscode.workspace.onDidOpenTextDocument((d) => loadForArticles([d])),
    onDidChangeSettings(() => loadForArticles(vscode.workspace.textDocuments), ['articles']),
  );

  markActivation('extension/activated');
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
    get timeline() {
      return load().timeline;
    },
    get compare() {
      return load().compare;
    },
  };
}

/** Whether the workspace holds at least one article (the `newsmark.articles` glob); asks the search service. */
async function workspaceHasArticles(): Promise<boolean> {
  if (!vscode.workspace.workspaceFolders?.length) return false;
  const glob = setting('articles');
  try {
    return (await vscode.workspace.findFiles(glob, '**/node_modules/**', 1)).length > 0;
  } catch {
    return false;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; pending sidecar writes are flushed there.
}
