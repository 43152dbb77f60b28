import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PaintedState } from '../../src/extension/decorations';
import { WORKER_MIN_CHARS } from '../../src/extension/detector';
import { EXTENSION_ID, api, openArticle, until, workspaceUri, writeText } from './helpers';

const created: vscode.Uri[] = [];

async function article(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri('it-responsive', name);
  created.push(uri, workspaceUri('it-responsive', `${name}.annotations.yaml`));
  await writeText(uri, text);
  return uri;
}

const PARAGRAPH = [
  "Le chef de la diplomatie russe, Sergueï Lavrov, s'est rendu jeudi à Istanbul.",
  '« Nous avançons », a déclaré Sergueï Lavrov aux journalistes.',
  'La réunion a duré plus de quatre heures.',
  '',
].join('\n');
const ARTICLE = ` date 2025-02-26 Essai\n\n${PARAGRAPH}`;

/** Resolves with the state of the next paint of `uri` that passes `ok` (registered before the action that causes it). */
async function nextPaint(uri: vscode.Uri, ok: (s: PaintedState) => boolean, what: string, timeoutMs = 20_000): Promise<PaintedState> {
  const { decorations } = await api();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = decorations.onDidPaint((u) => {
      const state = decorations.paintedCounts(uri);
      if (u.toString() !== uri.toString() || !state || !ok(state)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(state);
    });
  });
}

function spanTexts(document: vscode.TextDocument, spans: readonly { start: number; end: number; suggestion: boolean }[], suggestion: boolean): string[] {
  const text = document.getText();
  return spans.filter((s) => s.suggestion === suggestion).map((s) => text.slice(s.start, s.end));
}

describe('Responsiveness in a real VS Code', () => {
  after(async () => {
    // The edited articles are saved first: closing a dirty editor may save it after the file is deleted.
    const ours = new Set(created.map((u) => u.toString()));
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && ours.has(d.uri.toString())) await d.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri('it-responsive'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('registers every command of the manifest, whether or not the services have loaded', async () => {
    await api();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  it('moves the painted suggestions along an edit at once, then paints the re-detected ones', async () => {
    const uri = await article('follow.txt', ARTICLE);
    const editor = await openArticle(uri);
    const { decorations } = await api();
    const first = await until('suggestions to be painted', () => {
      const s = decorations.paintedCounts(uri);
      return s && s.fresh && s.suggestions >= 3 ? s : undefined;
    });
    const before = spanTexts(editor.document, decorations.paintedSpans(uri)!, true);
    const version = editor.document.version + 1;
    const followed = nextPaint(uri, (s) => s.version === version, 'the paint that follows the edit');
    const redetected = nextPaint(uri, (s) => s.version === version && s.fresh, 'the paint of the re-detected suggestions');
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Une phrase ajoutée au début.\n')));
    const moved = await followed;
    assert.equal(moved.fresh, false, 'the first paint after the edit should be the previous spans, moved');
    assert.equal(moved.suggestions, first.suggestions);
    assert.deepEqual(spanTexts(editor.document, decorations.paintedSpans(uri)!, true), before, 'the moved spans no longer cover the same words');
    await redetected;
    assert.deepEqual(spanTexts(editor.document, decorations.paintedSpans(uri)!, true), before);
  });

  it('drops at once a suggestion the edit cuts into, and never stretches one over text typed at its edge', async () => {
    const uri = await article('cut.txt', ARTICLE);
    const editor = await openArticle(uri);
    const { decorations } = await api();
    await until('suggestions to be painted', () => decorations.paintedCounts(uri)?.fresh && (decorations.paintedCounts(uri)?.suggestions ?? 0) >= 3);
    const text = editor.document.getText();
    const lavrov = text.indexOf('Sergueï Lavrov');
    const before = spanTexts(editor.document, decorations.paintedSpans(uri)!, true);
    assert.ok(before.includes('Sergueï Lavrov'), `no person suggestion on Sergueï Lavrov: ${before.join(' | ')}`);

    let version = editor.document.version + 1;
    let followed = nextPaint(uri, (s) => s.version === version, 'the paint that follows the cut');
    await editor.edit((e) => e.insert(editor.document.positionAt(lavrov + 'Serg'.length), 'Z'));
    await followed;
    const afterCut = spanTexts(editor.document, decorations.paintedSpans(uri)!, true);
    assert.equal(afterCut.length, before.length - 1, `expected one suggestion fewer: ${afterCut.join(' | ')}`);
    assert.ok(!afterCut.some((t) => t.includes('SergZ')), 'a suggestion still covers the word cut into');

    const end = editor.document.getText().indexOf('La réunion a duré plus de quatre heures') + 'La réunion a duré plus de quatre heures'.length;
    version = editor.document.version + 1;
    followed = nextPaint(uri, (s) => s.version === version, 'the paint that follows typing at an edge');
    await editor.edit((e) => e.insert(editor.document.positionAt(end), ' xyz'));
    await followed;
    const spans = decorations.paintedSpans(uri)!.filter((s) => s.suggestion);
    assert.ok(!spans.some((s) => s.start <= end && end + 4 <= s.end), 'text typed at the edge of a suggestion was drawn as part of it');
  });

  it('detects a large article off the typing path and paints the same suggestions as the session holds', async () => {
    let text = ARTICLE;
    while (text.length < WORKER_MIN_CHARS * 1.5) text += PARAGRAPH;
    const uri = await article('large.txt', text);
    const editor = await openArticle(uri);
    const { decorations, store, detector } = await api();
    await until(
      'the large article to be painted with its suggestions',
      () => decorations.paintedCounts(uri)?.fresh && (decorations.paintedCounts(uri)?.suggestions ?? 0) > 0,
    );
    const inWorker = detector.workerDetections;
    const version = editor.document.version + 1;
    const redetected = nextPaint(uri, (s) => s.version === version && s.fresh, 'the re-detected paint of the large article');
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), 'Le ministre Jean Dupont est arrivé vendredi.\n'));
    const painted = await redetected;
    const session = store.get(uri)!.session;
    assert.equal(session.text, editor.document.getText());
    assert.equal(painted.suggestions, session.suggestions().length);
    assert.ok(spanTexts(editor.document, decorations.paintedSpans(uri)!, true).includes('vendredi'), 'the new date was not detected');
    assert.ok(detector.workerDetections > inWorker, 'the edited article was not detected in the worker thread');
  });
});
