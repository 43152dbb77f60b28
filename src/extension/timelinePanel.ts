import * as vscode from 'vscode';
import { corpusLanguage } from '../core/compare/labels';
import { timelineEvents } from '../core/timeline/events';
import type { LaneGrouping } from '../core/timeline/layout';
import type { TimelineHostMessage, TimelineViewMessage } from '../core/views/messages';
import type { CorpusNode } from './corpusTreeModel';
import { EventNode } from './corpusTreeModel';
import type { CorpusViews } from './corpusViews';
import { Disposable, KeyedDebouncer } from './lifecycle';
import { createPanel, revealSpanBeside } from './webviewPanels';
import { timelineWords } from './panelWords';

/** After a change of the corpus, the timeline is sent again once the burst (typing, a first pass) is over. */
const UPDATE_DELAY_MS = 300;
const LANES_KEY = 'newsmark.timeline.lanesBy';
const VIEW_MESSAGES: ReadonlyArray<TimelineViewMessage['type']> = ['ready', 'select', 'reveal', 'compare', 'lanes'];

/** The event a node of the Events tree belongs to (the event itself, an article under it, a mention). */
function eventOfNode(node: CorpusNode | undefined): string | undefined {
  for (let n = node; n; n = n.parent) if (n instanceof EventNode) return n.event.id;
  return undefined;
}

/**
 * `Newsmark: Show Timeline`: one webview panel with the corpus's events on a time axis. The extension
 * side owns the data (core's `timelineEvents`) and answers the panel's typed messages in `handle`; the
 * selection follows the Events tree both ways.
 */
export class TimelinePanel extends Disposable {
  static readonly viewType = 'newsmark.timeline';
  private panel: vscode.WebviewPanel | undefined;
  private selected: string | undefined;
  private readonly debounce = this._register(new KeyedDebouncer());
  private readonly _onDidHandle = this._register(new vscode.EventEmitter<TimelineViewMessage>());
  /** Fires after a message of the panel was handled (tests wait on it, not on time). */
  readonly onDidHandle = this._onDidHandle.event;
  private readonly _onDidPost = this._register(new vscode.EventEmitter<TimelineHostMessage>());
  /** Fires with each message sent to the panel's script (tests wait on it, not on time). */
  readonly onDidPost = this._onDidPost.event;
  /** Whether the panel's script said it is ready (it then has the events). */
  ready = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly corpus: CorpusViews,
    private readonly compare: (eventId: string) => Promise<unknown>,
  ) {
    super();
    this._register(corpus.index.onDidChange(() => this.debounce.schedule('update', UPDATE_DELAY_MS, () => void this.sendEvents())));
    this._register(
      corpus.eventsView.onDidChangeSelection((e) => {
        const id = eventOfNode(e.selection[0]);
        if (!id || id === this.selected) return;
        this.selected = id;
        void this.post({ type: 'select', id });
      }),
    );
  }

  get visible(): boolean {
    return !!this.panel?.visible;
  }

  private get lanesBy(): LaneGrouping {
    return this.context.workspaceState.get<LaneGrouping>(LANES_KEY, 'kind');
  }

  /** Opens the panel (or brings it forward) and starts indexing if nothing did yet. */
  show(): vscode.WebviewPanel {
    this.corpus.start();
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = createPanel<TimelineViewMessage>(
      this.context.extensionUri,
      { viewType: TimelinePanel.viewType, title: vscode.l10n.t('Newsmark Timeline'), script: 'timeline' },
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

  /** Answers one message of the panel: the typed entry point, which the tests drive too. */
  async handle(message: TimelineViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.sendEvents();
        break;
      case 'select':
        this.selected = message.id;
        await this.selectInTree(message.id, false);
        break;
      case 'reveal':
        this.selected = message.id;
        await this.reveal(message.id);
        break;
      case 'compare':
        await this.compare(message.id);
        break;
      case 'lanes':
        await this.context.workspaceState.update(LANES_KEY, message.lanesBy);
        break;
    }
    this._onDidHandle.fire(message);
  }

  private async post(message: TimelineHostMessage): Promise<void> {
    if (!this.panel || !this.ready) return;
    await this.panel.webview.postMessage(message);
    this._onDidPost.fire(message);
  }

  private async sendEvents(): Promise<void> {
    if (!this.panel || !this.ready) return;
    const index = this.corpus.index;
    await this.post({
      type: 'events',
      events: timelineEvents(index),
      lang: corpusLanguage(index.documents()),
      words: timelineWords(),
      lanesBy: this.lanesBy,
      ...(this.selected ? { selected: this.selected } : {}),
    });
  }

  /** Reveals an event's mentions: the first one opens in its article, the Events tree shows them all. */
  private async reveal(id: string): Promise<void> {
    const event = this.corpus.index.event(id);
    if (!event) throw new Error(vscode.l10n.t('the event {0} is no longer in the corpus', id));
    await this.selectInTree(id, true);
    const first = event.mentions[0];
    if (first) await revealSpanBeside(this.corpus.service, first);
  }

  private async selectInTree(id: string, expand: boolean): Promise<void> {
    const view = this.corpus.eventsView;
    // The tree may not have built its roots yet (never shown): ask the model, as the view would.
    const node = this.corpus.events.model.children().find((n) => n.event.id === id);
    if (!node) return;
    try {
      await view.reveal(node, { select: true, focus: false, expand: expand ? 1 : false });
    } catch (e) {
      // A filtered tree does not hold every event: the timeline keeps its selection.
      console.warn(`[newsmark] the Events tree could not show ${id}: ${(e as Error).message}`);
    }
  }
}
