import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpus/index';
import { CorpusService, StorageCacheStore } from './corpusService';
import { CorpusTreeProvider } from './corpusTree';
import { CorpusCommands } from './corpusTreeCommands';
import { ContradictionsTreeModel } from './contradictionsTreeModel';
import { EventsTreeModel, TreeContext } from './corpusTreeModel';
import { PeopleTreeModel } from './peopleTreeModel';
import type { CorpusFilter, CorpusNode } from './corpusTreeModel';
import type { Detector } from './detector';
import { Disposable, KeyedDebouncer } from './lifecycle';
import type { CommandRegistrar } from './lifecycle';
import type { ServicesHost } from './shell';
import type { ArticleStore } from './store';

/** Defined by esbuild.mjs: a hash of src/core at build time. */
declare const __NEWSMARK_CORE_HASH__: string | undefined;

/** Delay between an index change and the trees' refresh: a burst of changes (first pass, typing) refreshes once. */
const REFRESH_DELAY_MS = 100;
const PASS_REFRESH_DELAY_MS = 1000;

/**
 * The Events, Contradictions and People views over the corpus index, their title actions and their
 * commands. Indexing starts in the background as soon as the services are loaded (extension.ts loads
 * them shortly after activation, or earlier when a view, an article or a command needs them).
 */
export class CorpusViews extends Disposable {
  readonly service: CorpusService;
  readonly events: CorpusTreeProvider<EventsTreeModel>;
  readonly contradictions: CorpusTreeProvider<ContradictionsTreeModel>;
  readonly people: CorpusTreeProvider<PeopleTreeModel>;
  private readonly ctx: TreeContext;
  private readonly views: Array<vscode.TreeView<CorpusNode>> = [];
  private readonly debounce = this._register(new KeyedDebouncer());

  constructor(host: Pick<ServicesHost, 'context' | 'treeView'>, store: ArticleStore, register: CommandRegistrar, detector?: Detector) {
    super();
    const { context } = host;
    const cacheUri = context.storageUri ? vscode.Uri.joinPath(context.storageUri, 'analysis-cache.txt') : undefined;
    // The extension's version and the build's hash of src/core (esbuild.mjs): analyses cached by a build
    // whose detection differed are not read.
    const version = `${String((context.extension.packageJSON as { version?: string }).version ?? '')}+${typeof __NEWSMARK_CORE_HASH__ === 'string' ? __NEWSMARK_CORE_HASH__ : 'dev'}`;
    this.service = this._register(new CorpusService(store, cacheUri ? new StorageCacheStore(cacheUri) : undefined, version, detector));
    this.ctx = new TreeContext(this.service.index);
    this.events = this._register(new CorpusTreeProvider(new EventsTreeModel(this.ctx)));
    this.contradictions = this._register(new CorpusTreeProvider(new ContradictionsTreeModel(this.ctx)));
    this.people = this._register(new CorpusTreeProvider(new PeopleTreeModel(this.ctx)));
    const providers: Array<[string, CorpusTreeProvider]> = [
      ['newsmark.events', this.events],
      ['newsmark.contradictions', this.contradictions],
      ['newsmark.people', this.people],
    ];
    // The views themselves were created at activation (extension.ts): they only get their providers here.
    for (const [id, provider] of providers) this.views.push(host.treeView(id, provider));
    this._register(
      this.service.index.onDidChange(() =>
        // While the first pass runs, refresh about once a second: each refresh regroups the whole corpus.
        this.debounce.schedule('refresh', this.service.indexing ? PASS_REFRESH_DELAY_MS : REFRESH_DELAY_MS, () => this.refreshTrees()),
      ),
    );
    for (const d of new CorpusCommands(this.service, store, this).register(register)) this._register(d);
    // After the services are built: the first pass reads every article, which nothing may wait for.
    void Promise.resolve().then(() => this.start());
  }

  /** The Events view (the timeline's selection follows it). */
  get eventsView(): vscode.TreeView<CorpusNode> {
    return this.views[0];
  }

  /** The corpus index behind the views. */
  get index(): CorpusIndex {
    return this.service.index;
  }

  get filter(): CorpusFilter {
    return this.ctx.filter;
  }

  /** Starts indexing, if not yet started. */
  start(): void {
    if (!this.isDisposed) this.service.start();
  }

  /** Resolves when the index holds every article and every pending change (and the trees know it). */
  async whenIndexed(): Promise<void> {
    await this.service.whenIndexed();
    this.debounce.flush('refresh');
  }

  eventChoices(): Array<{ id: string; title: string; date?: string }> {
    return this.service.index.events().map((e) => ({ id: e.id, title: e.title, ...(e.date ? { date: e.date } : {}) }));
  }

  async setFilter(filter: CorpusFilter | undefined): Promise<void> {
    this.ctx.filter = filter ? { ...filter } : {};
    const label = this.ctx.filtered
      ? `filtered: ${filter?.label ?? [filter?.person, filter?.file, filter?.from && filter?.to ? `${filter.from}..${filter.to}` : (filter?.from ?? filter?.to)].filter(Boolean).join(', ')}`
      : undefined;
    for (const view of this.views) view.description = label;
    await vscode.commands.executeCommand('setContext', 'newsmark.filtered', this.ctx.filtered);
    for (const p of [this.events, this.contradictions, this.people]) p.refresh(true);
  }

  private refreshTrees(): void {
    this.ctx.invalidate();
    const providers = [this.events, this.contradictions, this.people];
    // A hidden view is not diffed: it forgets its nodes and asks again when it is shown.
    providers.forEach((p, i) => p.refresh(!this.views[i].visible));
  }
}
