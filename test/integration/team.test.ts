import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { openArticle, readText, select, until, workspaceUri, writeText } from './helpers';

interface Stamped {
  annotations: Array<{ id: string; type: string; start: number; end: number; author?: string; created?: string }>;
}

const TEXT = 'Hier à Lyon, la ministre Anne Durand a parlé pendant deux heures.\n';

describe('Team: annotators in a real VS Code', () => {
  const article = workspaceUri('team-it', 'lyon.txt');
  const sidecarUri = workspaceUri('team-it', 'lyon.txt.annotations.yaml');
  const config = () => vscode.workspace.getConfiguration('newsmark');

  after(async () => {
    await config().update('annotator', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri('team-it'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('records newsmark.annotator as the author of a tagged annotation, with its time', async () => {
    await config().update('annotator', 'alice', vscode.ConfigurationTarget.Global);
    await writeText(article, TEXT);
    const editor = await openArticle(article);
    select(editor, 'Lyon');
    await vscode.commands.executeCommand('newsmark.tagPlace');
    const s = await until('the sidecar with an authored annotation', async () => {
      const text = await readText(sidecarUri);
      const value = text ? (parse(text) as Stamped) : undefined;
      return value?.annotations.some((a) => a.author === 'alice') ? value : undefined;
    });
    assert.match(s.annotations[0].created ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("filters the Annotators view by author and reports two annotators' agreement", async () => {
    await config().update('annotator', 'bob', vscode.ConfigurationTarget.Global);
    const editor = await openArticle(article);
    select(editor, 'Lyon');
    await vscode.commands.executeCommand('newsmark.tagPlace');
    await until("bob's annotation on disk", async () => (await readText(sidecarUri))?.includes('author: bob'));
    const everyone = await until('both authors in the Annotators view', async () => {
      const authors = (await vscode.commands.executeCommand<string[]>('newsmark.filterByAuthor', '')) ?? [];
      return authors.includes('alice') && authors.includes('bob') ? authors : undefined;
    });
    // The seeds' sidecars, written before authorship existed, make the '' (no author) group.
    assert.deepEqual(everyone.filter(Boolean), ['alice', 'bob']);
    assert.deepEqual(await vscode.commands.executeCommand<string[]>('newsmark.filterByAuthor', 'bob'), ['bob']);
    const report = await vscode.commands.executeCommand<string>('newsmark.showAgreement', 'alice', 'bob');
    assert.match(report, /\| place \| 1 \| 1 \| 1 \| 100\.0 % \|/);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), report);
  });
});
