import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusViews } from '../../src/extension/corpusViews';
import { api, suiteCleanups, until, workspaceUri, writeText } from './helpers';

// Written for this test: a short article and the sidecar a colleague (or git) might put beside it.
const NAME = 'it-watched.txt';
const ARTICLE = 'Le conseil municipal de Valbonne a voté mardi le budget de la piscine.\n';
const OUTLET = 'Courrier de Valbonne';
const SIDECAR = `version: 1\ndocument:\n  source: ${NAME}\n  outlet: ${OUTLET}\nannotations: []\n`;

describe('Corpus watching in a real VS Code (CorpusService through core Workspace.watch)', function () {
  let corpus: CorpusViews;
  const cleanups = suiteCleanups();

  before(async () => {
    corpus = (await api()).corpus;
    await corpus.whenIndexed();
  });

  it('indexes an article written on disk, re-reads the sidecar written beside it, and drops the article once deleted', async () => {
    const article = workspaceUri(NAME);
    const sidecar = workspaceUri(`${NAME}.annotations.yaml`);
    const remove = (uri: vscode.Uri) => vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    cleanups.push(
      () => remove(sidecar),
      () => remove(article),
    );
    const index = corpus.service.index;
    await writeText(article, ARTICLE);
    await until('the article written on disk to be indexed', () => corpus.service.isIndexed(article) && index.document(NAME)?.text === ARTICLE);
    assert.equal(index.document(NAME)?.outlet, undefined);
    await writeText(sidecar, SIDECAR);
    await until("the sidecar's outlet to reach the index", () => index.document(NAME)?.outlet === OUTLET);
    await vscode.workspace.fs.delete(article, { useTrash: false });
    await until('the deleted article to leave the index', () => !corpus.service.isIndexed(article) && !index.document(NAME));
  });

  it('watches the files a changed newsmark.articles glob picks, not only those of the glob it started with', async () => {
    const config = () => vscode.workspace.getConfiguration('newsmark');
    const before = workspaceUri('it-glob-before.md');
    const after = workspaceUri('it-glob-after.md');
    cleanups.push(
      () => config().update('articles', undefined, vscode.ConfigurationTarget.Workspace),
      () => vscode.workspace.fs.delete(before, { useTrash: false }).then(undefined, () => undefined),
      () => vscode.workspace.fs.delete(after, { useTrash: false }).then(undefined, () => undefined),
    );
    await writeText(before, ARTICLE);
    await config().update('articles', '**/*.{txt,md}', vscode.ConfigurationTarget.Workspace);
    // The Markdown file already there is read by the pass the change starts; the one written next only by the watch.
    await until('the pass of the new glob to index the Markdown article already there', () => corpus.service.isIndexed(before));
    await writeText(after, ARTICLE.replace('mardi', 'jeudi'));
    await until('the Markdown article written after the change to be indexed', () => corpus.service.isIndexed(after), 30_000);
  });
});
