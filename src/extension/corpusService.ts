import { join } from 'node:path';
import * as vscode from 'vscode';
import { AnalysisCache, CorpusIndex } from '../core/corpus/index';
import type { AnalysisCacheStore, AnalysisResult, DocumentOptions } from '../core/corpus/index';
import { RESPONSIVE_BATCH } from '../core/corpus/batchAnalyser';
import { firstPass, PassAnalyser } from '../core/corpus/firstPass';
import { corpusDecisions, sidecarFacts, type SidecarFacts } from '../core/corpus/decisions';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX } from '../core/sidecar/schema';
import type { Corpus } from '../core/sidecar/schema';
import { parseCorpus, parseSidecar } from '../core/sidecar/yamlStore';
import { isArticle } from './articles';
import { problemMessage } from './problemWords';
import { onDidChangeSettings, setting } from './config';
import { WORKER_MIN_CHARS } from './detector';
import type { Detector } from './detector';
import { Disposable, KeyedDebouncer } from './lifecycle';
import { sidecarUriOf } from './store';
import type { ArticleStore } from './store';
import { VsCodeWorkspace } from './vscodeFs';
import { watchCorpus } from '../core/workspace/corpusWatch';

/** Articles larger than this are not indexed (a news article is a few kilobytes). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Above this many articles, the first pass shows a cancellable notification instead of a status-bar spinner. */
const NOTIFY_ABOVE = 500;

/** Where a full indexing pass stands: articles indexed of those found; `done` once it ended, `cancelled` if stopped. */
export interface IndexingProgress {
  indexed: number;
  total: number;
  done: boolean;
  cancelled?: boolean;
}
const EDIT_DEBOUNCE_MS = 300;
/** The first pass yields to the extension host's event loop at least this often. */
const BREATHE_EVERY_MS = 10;
/** Articles the first pass reads ahead of the one it indexes, when a pool analyses them. */
const READ_AHEAD = 16;
/**
 * An article being typed in is re-analysed once the typing pauses: the analysis runs on the extension
 * host's thread (tens of milliseconds for a long article), which a pause between two words must not pay.
 */
const TYPING_DEBOUNCE_MS = 1000;

/** An article read for indexing, not indexed yet (see `readArticle`). */
interface ReadArticle {
  file: string;
  uri: vscode.Uri;
  text: string;
  published: string | undefined;
  options: DocumentOptions;
  isNew: boolean;
  /** A newer read of the same article started since (or the service is gone): this one must not be applied. */
  stale: () => boolean;
}

/**
 * Keeps a CorpusIndex of every article in the workspace: a background first pass, then incremental
 * updates from file watchers and open editors; the user's decisions (newsmark.yaml and the sidecars'
 * event links) are mapped onto the index's decisions.
 */
/** The analysis cache as one file in the extension's workspace storage. */
export class StorageCacheStore implements AnalysisCacheStore {
  constructor(private readonly uri: vscode.Uri) {}

  async read(): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      return undefined;
    }
  }

  async write(data: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
    const tmp = this.uri.with({ path: `${this.uri.path}.tmp` });
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(data));
    await vscode.workspace.fs.rename(tmp, this.uri, { overwrite: true });
  }
}

export class CorpusService extends Disposable {
  readonly index: CorpusIndex;
  /** Analyses of unchanged articles survive a restart (keyed by content hash and inputs). */
  private readonly cache: AnalysisCache | undefined;
  private cacheLoaded: Promise<void> | undefined;
  private readonly output: vscode.OutputChannel;
  private readonly debounce = this._register(new KeyedDebouncer());
  /** The folder's articles (the search service) and files (`workspace.fs`), as core's Workspace. */
  private readonly workspace = new VsCodeWorkspace();
  /** Article URI per indexed relative path. */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly sidecars = new Map<string, SidecarFacts>();
  /** Bumped on each request to index a file, so a slow read never overwrites a newer text. */
  private readonly generation = new Map<string, number>();
  private pass: Promise<void> | undefined;
  private running = false;
  private passCancel: vscode.CancellationTokenSource | undefined;
  private pending = new Set<Promise<unknown>>();
  private decisionsKey = '';
  /** The sidecar's published value each article was indexed with (the index keeps the detected one). */
  private readonly indexedPublished = new Map<string, string | undefined>();
  /** newsmark.yaml as read by the first pass, until the store loads it (it does so when an article opens). */
  private corpusOnDisk: Corpus | undefined;
  private registryKey = '';
  /** The watch of the articles glob and the sidecars (see `watch`). */
  private watching: { dispose(): void } | undefined;
  /** How the last full pass analysed the articles the cache lacked. */
  private lastPool: { workers: number; analysed: number; failed: number } | undefined;
  /** When the first pass last let the extension host breathe (see `breathe`). */
  private breathed = 0;

  private readonly _onDidReportProgress = this._register(new vscode.EventEmitter<IndexingProgress>());
  /**
   * Each step of a full pass, as its progress (status bar, or a notification for a large corpus) shows it: the
   * seam through which tests and other views see a long first index advance.
   */
  readonly onDidReportProgress = this._onDidReportProgress.event;
  private lastProgress: IndexingProgress | undefined;

  private readonly _onDidFinishPass = this._register(new vscode.EventEmitter<void>());
  /** A full indexing pass finished (the first one after activation, or a refresh). */
  readonly onDidFinishPass = this._onDidFinishPass.event;

  constructor(
    private readonly store: ArticleStore,
    cacheStore?: AnalysisCacheStore,
    version = '',
    /** Shared with the editors: an article they detected is not detected again, a large one is detected off-thread. */
    private readonly detector?: Detector,
    /** The worker entry the first pass analyses articles in (see `newsmark.indexing.workers`). */
    private readonly workerPath = join(__dirname, 'detectWorker.js'),
  ) {
    super();
    this.cache = cacheStore ? new AnalysisCache(cacheStore, { version }) : undefined;
    this.index = new CorpusIndex({ cache: this.cache, ...(detector ? { detect: detector.detectOnce } : {}) });
    this.output = this._register(vscode.window.createOutputChannel('Newsmark Corpus'));
    this.registryKey = JSON.stringify(store.registry());
    this._register(this.store.onDidChangeCorpus((corpus) => this.corpusChanged(corpus)));
    this._register(this.store.onDidChangeArticle(() => this.debounce.schedule('decisions', 100, () => this.applyDecisions())));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.pass || !isArticle(e.document) || e.document.uri.scheme === 'untitled') return;
        this.debounce.schedule(`text:${e.document.uri.toString()}`, TYPING_DEBOUNCE_MS, () => this.track(this.indexUri(e.document.uri)));
      }),
    );
    // A dirty article closed without saving: the index must go back to the text on disk.
    this._register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (!this.pass || !isArticle(d) || d.uri.scheme === 'untitled') return;
        this.debounce.schedule(`file:${d.uri.toString()}`, EDIT_DEBOUNCE_MS, () => this.track(this.indexUri(d.uri)));
      }),
    );
    this._register(
      onDidChangeSettings(() => {
        if (!this.pass) return;
        // Other files are articles now: watch those, and re-read the folder.
        this.watch();
        void this.refresh();
      }, ['articles']),
    );
  }

  /** Starts the first pass (once) and the watchers. Never blocks: the work runs in the background. */
  start(): void {
    if (this.pass) return;
    this.watch();
    this.pass = this.fullPass();
  }

  /** How the analysis cache served the last passes (undefined without workspace storage). */
  cacheStats(): { hits: number; misses: number } | undefined {
    return this.cache ? { hits: this.cache.hits, misses: this.cache.misses } : undefined;
  }

  /** Worker threads the last full pass ran, the articles they analysed, and those analysed here after a worker failed. */
  poolStats(): { workers: number; analysed: number; failed: number } | undefined {
    return this.lastPool;
  }

  /** Where the last full pass stands (undefined before the first one has found its articles). */
  get progress(): IndexingProgress | undefined {
    return this.lastProgress;
  }

  private reportProgress(state: IndexingProgress): void {
    this.lastProgress = state;
    this._onDidReportProgress.fire(state);
  }

  /** True while a full pass reads the articles. */
  get indexing(): boolean {
    return this.running;
  }

  /** Resolves when the current full pass and every pending incremental update are done. */
  async whenIndexed(): Promise<void> {
    this.start();
    for (;;) {
      const pass = this.pass;
      await pass;
      const pending = [...this.pending];
      await Promise.all(pending);
      if (pass === this.pass && this.pending.size === 0) return;
    }
  }

  /** Re-reads every article and sidecar. */
  refresh(): Promise<void> {
    if (!this.pass) {
      this.start();
      return this.whenIndexed();
    }
    this.passCancel?.cancel();
    const previous = this.pass;
    this.pass = previous.then(() => this.fullPass());
    return this.whenIndexed();
  }

  /** The URI of an indexed article (relative path as the index knows it). */
  uriOf(file: string): vscode.Uri | undefined {
    const known = this.uris.get(file);
    if (known) return known;
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, file) : undefined;
  }

  /** Whether an article is in the index. */
  isIndexed(uri: vscode.Uri): boolean {
    return this.uris.has(this.fileOf(uri));
  }

  /** The index's name of an article: its path relative to the workspace folder of newsmark.yaml. */
  fileOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  /** The annotations of an article's sidecar (the open session's when it has one, else the last read from disk). */
  annotationsOf(file: string): SidecarFacts['annotations'] {
    const uri = this.uriOf(file);
    const entry = uri ? this.store.get(uri) : undefined;
    return entry ? entry.session.annotations() : (this.sidecars.get(file)?.annotations ?? []);
  }

  private glob(): string {
    return setting('articles');
  }

  /**
   * Follows the folder through core's Workspace (`watchCorpus`): articles re-indexed or removed, sidecars re-read.
   * Called again when `newsmark.articles` changes: the watch of the former glob ends.
   */
  private watch(): void {
    this.watching?.dispose();
    this.watching = watchCorpus(this.workspace, this.glob(), {
      article: (path, change) => {
        const uri = vscode.Uri.parse(path);
        if (change === 'deleted') this.articleDeleted(uri);
        else this.debounce.schedule(`file:${path}`, EDIT_DEBOUNCE_MS, () => this.track(this.indexUri(uri)));
      },
      sidecar: (articlePath) => {
        const article = vscode.Uri.parse(articlePath);
        if (!this.uris.has(this.fileOf(article))) return;
        this.debounce.schedule(`sidecar:${articlePath}${SIDECAR_SUFFIX}`, EDIT_DEBOUNCE_MS, () => this.track(this.sidecarChanged(article)));
      },
    });
  }

  private articleDeleted(uri: vscode.Uri): void {
    const file = this.fileOf(uri);
    this.generation.set(file, (this.generation.get(file) ?? 0) + 1);
    this.uris.delete(file);
    this.sidecars.delete(file);
    this.index.removeDocument(file);
    void this.setHasArticles();
  }

  private track(p: Promise<unknown>): void {
    const settled = p.then(
      () => undefined,
      (e: unknown) => this.output.appendLine(`Indexing failed: ${(e as Error).stack ?? String(e)}`),
    );
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
  }

  private async fullPass(): Promise<void> {
    const cancel = (this.passCancel = new vscode.CancellationTokenSource());
    this.running = true;
    try {
      // Decisions first, so the first grouping already honours the user's events and verdicts.
      await this.readCorpusIfNotLoaded();
      if (this.cache) await (this.cacheLoaded ??= this.cache.load());
      this.applyDecisions();
      const found = (await this.workspace.findArticles(this.glob())).map((u) => vscode.Uri.parse(u));
      await this.setHasArticles(found.length > 0);
      const files = new Set(found.map((u) => this.fileOf(u)));
      for (const file of [...this.uris.keys()])
        if (!files.has(file)) {
          this.uris.delete(file);
          this.index.removeDocument(file);
        }
      const location = found.length > NOTIFY_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
      await vscode.window.withProgress({ location, title: vscode.l10n.t('Newsmark: indexing articles'), cancellable: true }, (progress, token) =>
        this.indexArticles(found, progress, [token, cancel.token]),
      );
      await this.cache?.flush().catch((e: unknown) => this.output.appendLine(`Could not write the analysis cache: ${String(e)}`));
      this.applyDecisions();
    } catch (e) {
      this.output.appendLine(`Indexing failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      this.running = false;
      cancel.dispose();
      if (this.passCancel === cancel) this.passCancel = undefined;
      this._onDidFinishPass.fire();
    }
  }

  /**
   * Indexes the articles of a full pass in order (core's `firstPass`), those the cache lacks analysed in worker
   * threads (ended with the pass, their heaps with them) when there are enough of them, else here a batch at a
   * time (faster than one by one; bounded so the host is not held long), a large one in the detection worker;
   * stops when a token is cancelled.
   */
  private async indexArticles(
    found: vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    tokens: vscode.CancellationToken[],
  ): Promise<void> {
    const started = (this.breathed = Date.now());
    const workers = setting('indexing.workers');
    const analysis = new PassAnalyser(found.length, {
      workerPath: this.workerPath,
      ...(workers >= 0 ? { workers } : {}),
      batch: RESPONSIVE_BATCH,
      log: (m) => this.output.appendLine(m),
    });
    const stopped = () => tokens.some((t) => t.isCancellationRequested) || this.isDisposed;
    let indexed = 0;
    this.reportProgress({ indexed, total: found.length, done: false });
    try {
      await firstPass<vscode.Uri, ReadArticle>({
        index: this.index,
        items: found,
        readAhead: READ_AHEAD,
        analysis,
        ...(this.cache ? { cache: this.cache } : {}),
        read: (uri) =>
          this.readArticle(uri, true).catch((e: unknown) => {
            this.output.appendLine(`Cannot read ${this.fileOf(uri)}: ${String(e)}`);
            return undefined;
          }),
        file: (read, result) => this.applyArticle(read, result),
        filed: () => {
          progress.report({ message: vscode.l10n.t('{0} of {1} articles', ++indexed, found.length), increment: 100 / found.length });
          this.reportProgress({ indexed, total: found.length, done: false });
        },
        cancellation: {
          isCancelled: stopped,
          onCancelled: (stop) => {
            const listening = tokens.map((t) => t.onCancellationRequested(stop));
            return { dispose: () => listening.forEach((d) => d.dispose()) };
          },
        },
        between: () => this.breathe(),
        ...(this.detector ? { apart: this.apart(this.detector) } : {}),
      });
      if (stopped()) return this.output.appendLine(`Indexing stopped after ${indexed} of ${found.length} articles.`);
    } finally {
      analysis.dispose();
      this.reportProgress({ indexed, total: found.length, done: true, cancelled: stopped() });
      this.lastPool = analysis.stats;
    }
    const { analysed, failed } = analysis.stats;
    this.output.appendLine(
      `Indexed ${found.length} article(s) in ${Date.now() - started} ms` +
        (this.cache ? ` (${this.cache.hits} from the cache)` : '') +
        (analysis.pool
          ? `; ${analysed} analysed in ${analysis.pool.size} worker thread(s)${failed ? `, ${failed} in this thread after a worker failed` : ''}.`
          : '.'),
    );
  }

  /** Without a pool, a large article is detected in the detection worker (as `indexUri` does), not in a batch that would hold the host. */
  private apart(detector: Detector): { wants(read: ReadArticle): boolean; prepare(read: ReadArticle): Promise<void> } {
    return {
      wants: (read) => read.text.length >= WORKER_MIN_CHARS,
      prepare: async (read) => {
        await detector.prepare(read.text, { published: read.published, registry: this.store.registry() }, read.uri.toString());
      },
    };
  }

  /**
   * Lets the extension host breathe now and then: the first pass must never freeze the editor. (Not after
   * every article: a timer waits a millisecond at least, which 10,000 articles would add up to 10 s of.)
   */
  private async breathe(): Promise<void> {
    if (Date.now() - this.breathed < BREATHE_EVERY_MS) return;
    await new Promise((r) => setTimeout(r, 0));
    this.breathed = Date.now();
  }

  private async setHasArticles(has = this.uris.size > 0): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'newsmark.hasArticles', has);
  }

  /** (Re-)indexes one article: the open editor's text when it is open, else the file on disk. */
  private async indexUri(uri: vscode.Uri, rereadSidecar = false): Promise<void> {
    const read = await this.readArticle(uri, rereadSidecar);
    if (!read) return;
    if (this.detector && read.text.length >= WORKER_MIN_CHARS) {
      // A large article is detected in the worker; analysing it below then finds its detections ready.
      await this.detector.prepare(read.text, { published: read.published, registry: this.store.registry() }, uri.toString());
      if (read.stale()) return;
    }
    this.applyArticle(read);
    if (read.isNew && this.uris.size === 1) await this.setHasArticles(true);
  }

  /** Indexes an article read by `readArticle` (with its analysis when the pool made it), unless a newer read superseded it. */
  private applyArticle(read: ReadArticle, analysed?: AnalysisResult): void {
    if (read.stale()) return;
    this.indexedPublished.set(read.file, read.published);
    this.index.setDocument(read.file, read.text, read.options, analysed);
  }

  /**
   * Reads an article (the open editor's text when it is open, else the file on disk) and its sidecar for
   * indexing; undefined when there is nothing to index (unreadable, too large, unchanged, or superseded).
   */
  private async readArticle(uri: vscode.Uri, rereadSidecar: boolean): Promise<ReadArticle | undefined> {
    const file = this.fileOf(uri);
    const generation = (this.generation.get(file) ?? 0) + 1;
    this.generation.set(file, generation);
    const stale = () => this.generation.get(file) !== generation || this.isDisposed;
    let text: string;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    try {
      if (open) {
        text = open.getText();
      } else {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_ARTICLE_BYTES) {
          this.output.appendLine(`Skipped ${file}: ${(stat.size / 1024 / 1024).toFixed(1)} MB is larger than an article (limit 5 MB).`);
          return;
        }
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (isProbablyBinaryOrNotUtf8(bytes)) {
          this.output.appendLine(`Skipped ${file}: not UTF-8 text.`);
          return;
        }
        text = decodeArticle(bytes);
      }
    } catch (e) {
      if (stale()) return;
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        this.uris.delete(file);
        this.index.removeDocument(file);
        return;
      }
      this.output.appendLine(vscode.l10n.t('Cannot read {0}: {1}', file, (e as Error).message));
      return undefined;
    }
    const facts = !rereadSidecar && this.sidecars.has(file) ? this.sidecars.get(file)! : await this.readSidecar(uri);
    if (stale()) return;
    this.sidecars.set(file, facts);
    const isNew = !this.uris.has(file);
    this.uris.set(file, uri);
    const session = this.store.get(uri)?.session;
    const published = session?.sidecar.document.published ?? facts.published;
    const outlet = session?.sidecar.document.outlet ?? facts.outlet;
    const known = this.index.document(file);
    // Saving an article re-reads the text the editor already gave us: nothing to re-analyse.
    if (known && known.text === text && known.outlet === outlet && this.indexedPublished.get(file) === published) return undefined;
    const options: DocumentOptions = { ...(published ? { published } : {}), ...(outlet ? { outlet } : {}), registry: this.store.registry() };
    return { file, uri, text, published, options, isNew, stale };
  }

  private async readSidecar(article: vscode.Uri): Promise<SidecarFacts> {
    const uri = sidecarUriOf(article);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return { annotations: [] };
    }
    const parsed = parseSidecar(decodeArticle(bytes), uri.path);
    if (!parsed.ok) {
      this.output.appendLine(`${vscode.workspace.asRelativePath(uri)} is not valid; its publication date and links are ignored.`);
      return { annotations: [] };
    }
    return sidecarFacts(parsed.value);
  }

  private async sidecarChanged(article: vscode.Uri): Promise<void> {
    const file = this.fileOf(article);
    const before = this.sidecars.get(file);
    const facts = await this.readSidecar(article);
    this.sidecars.set(file, facts);
    if (before?.published !== facts.published || before?.outlet !== facts.outlet) await this.indexUri(article);
    this.applyDecisions();
  }

  /** The store reads newsmark.yaml lazily; the views need its decisions before any article is opened. */
  private async readCorpusIfNotLoaded(): Promise<void> {
    if (this.store.corpusProblems().uri) return;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    try {
      const uri = vscode.Uri.joinPath(folder.uri, CORPUS_FILE_NAME);
      const parsed = parseCorpus(decodeArticle(await vscode.workspace.fs.readFile(uri)), uri.path);
      if (parsed.ok) this.corpusOnDisk = parsed.value;
      else {
        const p = parsed.errors[0];
        this.output.appendLine(vscode.l10n.t('newsmark.yaml is not valid ({0}:{1}: {2}); its decisions are ignored.', p.line, p.column, problemMessage(p)));
      }
    } catch {
      // No newsmark.yaml: no decisions yet.
    }
  }

  private corpusChanged(corpus: Corpus): void {
    this.corpusOnDisk = undefined;
    const registryKey = JSON.stringify(corpus.people.map((p) => [p.id, p.name, p.aliases]));
    if (registryKey !== this.registryKey && this.pass) {
      // People decide how every article is read: re-read them all, in the background.
      this.registryKey = registryKey;
      this.applyDecisions();
      void this.refresh();
      return;
    }
    this.registryKey = registryKey;
    this.applyDecisions();
  }

  /** Maps newsmark.yaml and the sidecars' event links onto the index's decisions; no-op when nothing changed. */
  applyDecisions(): void {
    const corpus = this.store.corpusProblems().uri ? this.store.corpusValue() : (this.corpusOnDisk ?? this.store.corpusValue());
    const decisions = corpusDecisions({ corpus, files: this.uris.keys(), annotationsOf: (file) => this.annotationsOf(file) });
    const key = JSON.stringify(decisions);
    if (key === this.decisionsKey) return;
    this.decisionsKey = key;
    this.index.setDecisions(decisions);
  }

  override dispose(): void {
    this.passCancel?.cancel();
    this.watching?.dispose();
    super.dispose();
  }
}
