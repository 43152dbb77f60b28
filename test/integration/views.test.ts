import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/extension';
import { TextIndex } from '../../src/core/text/offsets';
import type { TimelineHostMessage } from '../../src/core/views/messages';
import { api, until, workspaceUri } from './helpers';

const ISTANBUL = '2025-02-27-istanbul-talks';
const REUTERS = '002_b236a2b85e7853d3.txt';

/** The webview tab of a panel type, if one is open. */
function panelTab(viewType: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

describe('Timeline and sources side by side in a real VS Code', function () {
  let newsmark: NewsmarkApi;

  before(async () => {
    newsmark = await api();
    await newsmark.corpus.whenIndexed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the timeline over the seeds: its script reports ready and gets the dated events', async () => {
    await vscode.commands.executeCommand('newsmark.showTimeline');
    await until('the timeline tab', () => panelTab('newsmark.timeline'));
    // 'ready' is posted by the panel's script once it runs under the CSP: a blocked script never sends it.
    await until('the timeline script to be ready', () => newsmark.timeline.ready);
    assert.ok(newsmark.corpus.index.events().some((e) => e.id === ISTANBUL));
  });

  it('reveals the first mention of an event clicked in the timeline, selected in its article', async () => {
    await vscode.commands.executeCommand('newsmark.showTimeline');
    const event = newsmark.corpus.index.event(ISTANBUL);
    assert.ok(event, 'the Istanbul talks are an event of the seeds');
    const first = event.mentions[0];
    // A click in the panel posts { type: 'reveal', id }: the same typed message, through the same handler.
    await newsmark.timeline.handle({ type: 'reveal', id: ISTANBUL });
    const editor = await until('the article of the first mention, with the mention selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(first.file) && !e.selection.isEmpty ? e : undefined;
    });
    const index = new TextIndex(editor.document.getText());
    const start = index.toCodePoint(editor.document.offsetAt(editor.selection.start));
    const end = index.toCodePoint(editor.document.offsetAt(editor.selection.end));
    assert.deepEqual([start, end], [first.start, first.end]);
    assert.equal(editor.document.getText(editor.selection), first.text);
    // The timeline stays open beside the article.
    assert.ok(panelTab('newsmark.timeline'));
  });

  it('selects in the Events tree the event selected in the timeline', async () => {
    await newsmark.timeline.handle({ type: 'select', id: ISTANBUL });
    await until('the Events tree to select the Istanbul talks', () => {
      const node = newsmark.corpus.eventsView.selection[0] as { event?: { id: string } } | undefined;
      return node?.event?.id === ISTANBUL;
    });
  });

  it('selects in the timeline the event selected in the Events tree', async () => {
    await vscode.commands.executeCommand('newsmark.showTimeline');
    await until('the timeline script to be ready', () => newsmark.timeline.ready);
    const riyadh = newsmark.corpus.index.events().find((e) => e.id.endsWith('riyadh-talks'));
    assert.ok(riyadh, 'the Riyadh talks are an event of the seeds');
    const node = newsmark.corpus.events.model.children().find((n) => n.event.id === riyadh.id)!;
    const posted: TimelineHostMessage[] = [];
    const listening = newsmark.timeline.onDidPost((m) => posted.push(m));
    try {
      await newsmark.corpus.eventsView.reveal(node, { select: true });
      await until('the timeline to be told to select the Riyadh talks', () => posted.some((m) => m.type === 'select' && m.id === riyadh.id));
    } finally {
      listening.dispose();
    }
  });

  it('draws again when an article changes: a call added to an article appears on the timeline', async () => {
    await vscode.commands.executeCommand('newsmark.showTimeline');
    await until('the timeline script to be ready', () => newsmark.timeline.ready);
    const posted: TimelineHostMessage[] = [];
    const listening = newsmark.timeline.onDidPost((m) => posted.push(m));
    const document = await vscode.workspace.openTextDocument(workspaceUri(REUTERS));
    const original = document.getText();
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(
        document.uri,
        document.positionAt(document.getText().length),
        '\n\nLe 3 mars 2031, Donald Trump et Vladimir Poutine ont eu un appel téléphonique.\n',
      );
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('the timeline to receive an event on 3 March 2031', () =>
        posted.some((m) => m.type === 'events' && m.events.some((e) => e.date === '2031-03-03')),
      );
    } finally {
      listening.dispose();
      // Back to the text on disk, in the document itself (a revert command would act on whatever editor has
      // the focus, the timeline's panel included): the other tests see the seeds as they are.
      const undo = new vscode.WorkspaceEdit();
      undo.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      assert.ok(await vscode.workspace.applyEdit(undo));
      await document.save();
      await until('the index to drop the call of 3 March 2031', () => !JSON.stringify(newsmark.corpus.index.events()).includes('2031-03-03'));
    }
  });

  it('compares the sources of the Istanbul talks: one column per article that reports them', async () => {
    const table = await vscode.commands.executeCommand<{ columns: Array<{ file: string }>; rows: Array<{ attribute: string }> }>(
      'newsmark.compareSources',
      ISTANBUL,
    );
    assert.ok(table, 'the command returns the table it shows');
    const files = new Set(newsmark.corpus.index.event(ISTANBUL)!.mentions.map((m) => m.file));
    assert.deepEqual(table.columns.map((c) => c.file).sort(), [...files].sort());
    assert.ok(files.size >= 3, `the seeds report the Istanbul talks in several articles (${[...files].join(', ')})`);
    assert.ok(table.rows.some((r) => r.attribute === 'place'));
    await until('the comparison tab', () => panelTab('newsmark.compare'));
  });

  it('compares the sources of the event the timeline asks for (its Compare button, or C)', async () => {
    const call = newsmark.corpus.index.events().find((e) => e.id.endsWith('-call') && new Set(e.mentions.map((m) => m.file)).size > 1);
    assert.ok(call, 'the seeds report a call in several articles');
    await newsmark.timeline.handle({ type: 'compare', id: call.id });
    await until('the comparison of the call', () => newsmark.compare.table?.event.id === call.id);
    await newsmark.timeline.handle({ type: 'compare', id: ISTANBUL });
    await until('the comparison of the Istanbul talks', () => newsmark.compare.table?.event.id === ISTANBUL);
  });

  it('opens an article at the span of a value clicked in the comparison', async () => {
    const table = newsmark.compare.table;
    assert.ok(table);
    const value = table.rows.find((r) => r.attribute === 'place')!.cells.flatMap((c) => c.values)[0];
    await newsmark.compare.handle({ type: 'reveal', span: { file: value.file, start: value.start, end: value.end } });
    const editor = await until('the article with the place selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(value.file) && e.document.getText(e.selection) === value.text ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), value.text);
  });
});
