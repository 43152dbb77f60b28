import * as vscode from 'vscode';
import { comparisonFor } from '../core/compare/gather';
import { corpusLanguage } from '../core/compare/labels';
import type { Comparison } from '../core/compare/table';
import { formatDate } from '../core/corpus/index';
import type { NewsEvent } from '../core/model';
import type { CompareHostMessage, CompareViewMessage } from '../core/views/messages';
import type { CorpusViews } from './corpusViews';
import { Disposable, KeyedDebouncer } from './lifecycle';
import { createPanel, revealSpanBeside } from './webviewPanels';
import { compareWords } from './panelWords';
import { plural } from './treeWords';

/** An event as the command receives it: an Events tree node (`.event`), an event, or its id. */
export type CompareTarget = { event: NewsEvent } | { id: string } | string;

const VIEW_MESSAGES: ReadonlyArray<CompareViewMessage['type']> = ['ready', 'reveal'];
const UPDATE_DELAY_MS = 300;

function targetId(target: CompareTarget): string {
  return typeof target === 'string' ? target : 'event' in target ? target.event.id : target.id;
}

/**
 * `Newsmark: Compare Sources`: the sources side by side for one event, in a webview panel (a table with
 * columns, highlighted cells and a word diff reads better there than in a virtual Markdown document, whose
 * preview would lose the links to the spans). One panel, showing the last event asked for.
 */
export class ComparePanel extends Disposable {
  static readonly viewType = 'newsmark.compare';
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private eventId: string | undefined;
  private readonly debounce = this._register(new KeyedDebouncer());
  private readonly _onDidShowTable = this._register(new vscode.EventEmitter<Comparison>());
  /** Fires when a table was sent to the panel (tests wait on it). */
  readonly onDidShowTable = this._onDidShowTable.event;
  /** The table the panel shows. */
  table: Comparison | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly corpus: CorpusViews,
  ) {
    super();
    this._register(corpus.index.onDidChange(() => this.debounce.schedule('update', UPDATE_DELAY_MS, () => void this.sendTable())));
  }

  /** Compares the sources of `target`, or of an event picked from a quick pick when none is given. */
  async compare(target?: CompareTarget): Promise<Comparison | undefined> {
    this.corpus.start();
    const id = target ? targetId(target) : await this.pick();
    if (!id) return undefined;
    // An id given right after start-up (a keybinding, another extension) waits for the first pass.
    if (!this.corpus.index.event(id)) await this.corpus.whenIndexed();
    if (!this.corpus.index.event(id)) throw new Error(vscode.l10n.t('no event {0} in the corpus', id));
    this.eventId = id;
    const panel = this.open();
    panel.title = `Compare: ${this.corpus.index.event(id)?.title ?? id}`;
    await this.sendTable();
    return this.table;
  }

  private async pick(): Promise<string | undefined> {
    await this.corpus.whenIndexed();
    const index = this.corpus.index;
    const lang = corpusLanguage(index.documents());
    const items = index
      .events()
      .filter((e) => new Set(e.mentions.map((m) => m.file)).size > 1)
      .map((e) => ({
        label: e.title,
        description: [formatDate(e.date, lang), e.place].filter(Boolean).join(' · '),
        detail: `${plural(new Set(e.mentions.map((m) => m.file)).size, 'article')} · ${e.id}`,
        id: e.id,
      }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Compare the sources of an event'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.id;
  }

  private open(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return this.panel;
    }
    const panel = createPanel<CompareViewMessage>(
      this.context.extensionUri,
      { viewType: ComparePanel.viewType, title: vscode.l10n.t('Compare Sources'), script: 'compare' },
      VIEW_MESSAGES,
      (m) => void this.handle(m),
      () => {
        this.panel = undefined;
        this.ready = false;
      },
    );
    this.panel = panel;
    this.ready = false;
    return panel;
  }

  /** Answers one message of the panel (the typed entry point the tests drive too). */
  async handle(message: CompareViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.sendTable();
        break;
      case 'reveal':
        await revealSpanBeside(this.corpus.service, message.span);
        break;
    }
  }

  private async sendTable(): Promise<void> {
    if (!this.eventId || !this.panel) return;
    const index = this.corpus.index;
    const table = comparisonFor(index, this.eventId);
    this.table = table;
    if (table) this._onDidShowTable.fire(table);
    if (!this.ready) return;
    const lang = corpusLanguage(index.documents());
    const message: CompareHostMessage = table
      ? { type: 'table', table, lang, words: compareWords() }
      : { type: 'missing', id: this.eventId, words: compareWords() };
    await this.panel.webview.postMessage(message);
  }
}
