import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusViews } from '../../src/extension/corpusViews';
import type { ContradictionGroupNode, ContradictionNode } from '../../src/extension/contradictionsTreeModel';
import type { CorpusNode, EventNode, SpanNode } from '../../src/extension/corpusTreeModel';
import { api, suiteCleanups, until, workspaceUri, writeText } from './helpers';

// Articles written for this test (not from any corpus): two reports of one earthquake that disagree on the
// toll and the magnitude, and one acquisition.
const ARTICLES: Record<string, string> = {
  'news-quake-a.txt':
    'Earthquake kills dozens in Eastvale province\nA magnitude 6.1 earthquake struck Eastvale province on Monday, 3 March 2025. At least 30 people were killed, according to the civil protection agency.\n',
  'news-quake-b.txt':
    'Eastvale province quake: rescuers search the rubble\nThe quake that hit Eastvale province on 3 March 2025 left 12 dead, police said. It measured 6.4 on the Richter scale.\n',
  'news-takeover.txt':
    'Brightwell Foods buys the Orchard Lane bakery chain\nBrightwell Foods agreed on 4 March 2025 to acquire the Orchard Lane bakeries for 40 million dollars, the company said.\n',
};

function eventOfKind(corpus: CorpusViews, kind: string, file: string): EventNode | undefined {
  return (corpus.events.getChildren() as EventNode[]).find((n) => n.event.kind === kind && n.event.mentions.some((m) => m.file === file));
}

describe('News events in a real VS Code', function () {
  let corpus: CorpusViews;
  const cleanups = suiteCleanups();

  before(async () => {
    corpus = (await api()).corpus;
    await corpus.whenIndexed();
    for (const [name, text] of Object.entries(ARTICLES)) {
      const uri = workspaceUri(name);
      await writeText(uri, text);
      cleanups.push(() => vscode.workspace.fs.delete(uri));
    }
  });

  it('shows an earthquake and an acquisition in the Events tree with their kind', async () => {
    const quake = await until('an earthquake event in the Events tree', () => eventOfKind(corpus, 'earthquake', 'news-quake-a.txt'), 30_000);
    assert.ok(
      quake.event.mentions.some((m) => m.file === 'news-quake-b.txt'),
      'both reports of the quake are one event',
    );
    assert.match(String(corpus.events.getTreeItem(quake).label), /^Earthquake/);
    const takeover = await until('an acquisition event in the Events tree', () => eventOfKind(corpus, 'acquisition', 'news-takeover.txt'), 30_000);
    assert.match(String(corpus.events.getTreeItem(takeover).label), /^Acquisition/);
    assert.notEqual(takeover.event.id, quake.event.id);
  });

  it('lists the supporting words of an article under the event, set apart from the words that name it', async () => {
    const quake = await until('an earthquake event in the Events tree', () => eventOfKind(corpus, 'earthquake', 'news-quake-b.txt'), 30_000);
    const article = (corpus.events.getChildren(quake) as CorpusNode[]).find((n) => (n as { file?: string }).file === 'news-quake-b.txt');
    assert.ok(article, 'no article node for news-quake-b.txt under the earthquake');
    // A span's label is a snippet of its line; its text is the word itself.
    const spans = (corpus.events.getChildren(article) ?? []) as SpanNode[];
    const hit = spans.find((n) => n.text === 'hit');
    assert.ok(hit, `no "hit" under the article: ${spans.map((n) => n.text).join(', ')}`);
    assert.equal(corpus.events.getTreeItem(hit).description, 'supporting word');
    const naming = spans.find((n) => n.text === 'quake');
    assert.ok(naming, `no "quake" under the article: ${spans.map((n) => n.text).join(', ')}`);
    assert.notEqual(corpus.events.getTreeItem(naming).description, 'supporting word');
  });

  it('shows the two tolls of the earthquake as a count disagreement in Contradictions', async () => {
    const node = await until(
      'a count disagreement on the earthquake',
      () => {
        const quake = eventOfKind(corpus, 'earthquake', 'news-quake-a.txt');
        const groups = corpus.contradictions.getChildren() as ContradictionGroupNode[];
        const group = groups.find((g) => quake && g.eventId === quake.event.id);
        return group && (corpus.contradictions.getChildren(group) as ContradictionNode[]).find((c) => c.contradiction.attribute === 'count');
      },
      30_000,
    );
    assert.deepEqual(node.contradiction.sides.map((s) => s.value).sort(), ['12', '30']);
    const description = String(corpus.contradictions.getTreeItem(node).description);
    assert.ok(description.includes('≠') && description.includes('12') && description.includes('30'), description);
  });

  it('shows the two magnitudes of the earthquake as a Magnitude disagreement in Contradictions', async () => {
    const node = await until(
      'a magnitude disagreement on the earthquake',
      () => {
        const quake = eventOfKind(corpus, 'earthquake', 'news-quake-a.txt');
        const groups = corpus.contradictions.getChildren() as ContradictionGroupNode[];
        const group = groups.find((g) => quake && g.eventId === quake.event.id);
        return group && (corpus.contradictions.getChildren(group) as ContradictionNode[]).find((c) => c.contradiction.attribute === 'magnitude');
      },
      30_000,
    );
    assert.deepEqual(node.contradiction.sides.map((s) => [s.file, s.value]).sort(), [
      ['news-quake-a.txt', '6.1'],
      ['news-quake-b.txt', '6.4'],
    ]);
    const item = corpus.contradictions.getTreeItem(node);
    assert.match(String(item.label), /^Magnitude/);
    assert.ok(String(item.description).includes('6.1') && String(item.description).includes('6.4'), String(item.description));
  });
});
