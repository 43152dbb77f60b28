import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, openArticle, suiteCleanups, until, workspaceUri, writeText } from './helpers';

// Two articles written for this test: one names a minister in full, the other only by his surname.
const FULL = 'Le ministre Oleg Varenko a déclaré mardi que les discussions reprendraient à Genève.\n';
const SURNAME = 'Plus tard dans la soirée, Varenko a signé le décret.\n';

describe('People across the workspace in a real VS Code', function () {
  const cleanups = suiteCleanups();

  before(async () => {
    await (await api()).corpus.whenIndexed();
  });

  it('highlights a surname alone in one article as the person another article names in full', async () => {
    const full = workspaceUri('people-full.txt');
    const alone = workspaceUri('people-surname.txt');
    await writeText(full, FULL);
    cleanups.push(() => vscode.workspace.fs.delete(full));
    await writeText(alone, SURNAME);
    cleanups.push(() => vscode.workspace.fs.delete(alone));
    const editor = await openArticle(alone);
    const { decorations } = await api();
    const start = SURNAME.indexOf('Varenko');
    await until(
      '"Varenko" painted as a person suggestion once the other article is indexed',
      () => decorations.paintedSpans(alone)?.some((s) => s.kind === 'person' && s.suggestion && s.start === start && s.end === start + 'Varenko'.length),
      30_000,
    );
    const hover = await until('the hover of "Varenko"', async () => {
      const list = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', alone, editor.document.positionAt(start + 2));
      return list.find((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes('Person: ')));
    });
    const markdown = hover.contents.map((c) => (c as vscode.MarkdownString).value).join('\n');
    assert.match(markdown, /Person: Oleg Varenko/, markdown);
  });
});
