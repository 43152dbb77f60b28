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
  const loader = new ServicesLoader(context);
  const commands = new LazyCommands(() => loader.load('command'));
  const manifest = context.extension.packageJSON as Manifest;
  for (const { command } of manifest.contributes?.commands ?? []) commands.declare(command);
  const views = declareViews(context, manifest, () => loader.loadQuietly('view'));
  loader.host = servicesHost(context, decorations, commands, views);
  context.subscriptions.push(decorations, commands, ...loadWhenNeeded(loader));
  markActivation('extension/activated');
  return {
    decorations,
    get store() {
      return loader.load().store;
    },
    get editors() {
      return loader.load().editors;
    },
    get corpus() {
      return loader.load().corpus;
    },
    get detector() {
      return loader.load().detector;
    },
    get timeline() {
      return loader.load().timeline;
    },
    get compare() {
      return loader.load().compare;
    },
  };
}

/** Why the services were loaded (in the mark, for the tests and the benchmark). */
type LoadReason = 'article' | 'background' | 'command' | 'view' | 'api';

/** Loads dist/services.js once, on first need; a failure is reported once and rethrown to every later caller. */
class ServicesLoader {
  services: Services | undefined;
  failure: Error | undefined;
  /** What the services are built with; set during activation, before anything can ask for them. */
  host: ServicesHost | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  load(reason: LoadReason = 'api'): Services {
    if (this.services) return this.services;
    if (this.failure) throw this.failure;
    try {
      markActivation('services/load', { reason });
      const storage = this.context.globalStorageUri.scheme === 'file' ? this.context.globalStorageUri.fsPath : undefined;
      const { createServices } = requireWithCodeCache(join(__dirname, 'services.js'), storage && join(storage, 'code-cache'), (m) =>
        console.warn(`[newsmark] ${m}`),
      ) as typeof import('./services');
      this.services = createServices(this.host!);
      markActivation('services/ready');
    } catch (e) {
      this.failure = e instanceof Error ? e : new Error(String(e));
      console.error('[newsmark] the services failed to load', this.failure);
      void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark could not start: {0}', this.failure.message));
      throw this.failure;
    }
    return this.services;
  }

  loadQuietly(reason: LoadReason): void {
    try {
      this.load(reason);
    } catch {
      // Reported once by load().
    }
  }
}

type DeclaredViews = Map<string, { view: vscode.TreeView<unknown>; provider: LazyTreeDataProvider<unknown> }>;

/** Every Newsmark view of the manifest, created now over a provider that loads the services when first asked. */
function declareViews(context: vscode.ExtensionContext, manifest: Manifest, load: () => void): DeclaredViews {
  const views: DeclaredViews = new Map();
  for (const { id } of Object.values(manifest.contributes?.views ?? {}).flat()) {
    if (!id.startsWith('newsmark.')) continue;
    const provider = new LazyTreeDataProvider<unknown>(load);
    const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    views.set(id, { view, provider });
    context.subscriptions.push(provider, view);
  }
  return views;
}

/** What the services register into: the commands and views activation declared. */
function servicesHost(context: vscode.ExtensionContext, decorations: AnnotationDecorations, commands: LazyCommands, views: DeclaredViews): ServicesHost {
  return {
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
}

/**
 * Loads the services when an article is open or opens, or in the background once the extension host is idle
 * in a workspace that holds articles. Returns what to dispose.
 */
function loadWhenNeeded(loader: ServicesLoader): vscode.Disposable[] {
  // An article to paint loads the services (they then follow every document themselves).
  const loadForArticles = (documents: readonly vscode.TextDocument[]) => {
    if (loader.services || loader.failure) return;
    const articles = documents.filter(isArticle);
    if (articles.length === 0) return;
    for (const d of articles) markOpen('seen', d.uri);
    loader.loadQuietly('article');
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
    if (!loader.services && !loader.failure && (await workspaceHasArticles()) && !disposed) loader.loadQuietly('background');
    if (loader.services && !disposed) idle.push(whenIdle(() => void (disposed || loader.services?.warmUp()), WARM_UP_WITHIN_MS));
  };
  idle.push(whenIdle(() => void warmUp(), WARM_UP_WITHIN_MS));
  return [
    {
      dispose: () => {
        disposed = true;
        for (const d of idle) d.dispose();
        clearImmediate(opened);
      },
    },
    vscode.workspace.onDidOpenTextDocument((d) => loadForArticles([d])),
    onDidChangeSettings(() => loadForArticles(vscode.workspace.textDocuments), ['articles']),
  ];
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
