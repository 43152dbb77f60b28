import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { api, openArticle, readText, select, until, workspaceUri, writeText } from './helpers';

interface SidecarLike {
  annotations: Array<{
    id: string;
    type: string;
    quote: string;
    start: number;
    end: number;
    status?: string;
    entity?: string;
    value?: string;
    origin?: string;
  }>;
  rejected?: Array<{ quote: string }>;
}

const created: vscode.Uri[] = [];

async function article(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri('it', name);
  created.push(uri, workspaceUri('it', `${name}.annotations.yaml`));
  await writeText(uri, text);
  return uri;
}

async function sidecar(uri: vscode.Uri, ok: (s: SidecarLike) => boolean, what: string): Promise<SidecarLike> {
  const sidecarUri = uri.with({ path: `${uri.path}.annotations.yaml` });
  return until(what, async () => {
    const text = await readText(sidecarUri);
    if (text === undefined) return undefined;
    const value = parse(text) as SidecarLike;
    return ok(value) ? value : undefined;
  });
}

const ARTICLE = [
  ' date 2025-02-26 Essai',
  '',
  "Le chef de la diplomatie russe, Sergueï Lavrov, s'est rendu jeudi à Istanbul.",
  '« Nous avançons », a déclaré Sergueï Lavrov aux journalistes.',
  'La réunion a duré plus de quatre heures.',
  '',
].join('\n');

describe('Annotations in a real VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  it('tags a selection through the command and writes the sidecar with code-point offsets', async () => {
    const uri = await article('tag.txt', '😀 ' + ARTICLE);
    const editor = await openArticle(uri);
    select(editor, 'Istanbul');
    await vscode.commands.executeCommand('newsmark.tagPlace');
    const s = await sidecar(uri, (v) => v.annotations.length === 1, 'the sidecar with one annotation');
    const text = editor.document.getText();
    const utf16 = text.indexOf('Istanbul');
    // The emoji is two UTF-16 units but one code point.
    assert.deepEqual(
      { type: s.annotations[0].type, quote: s.annotations[0].quote, start: s.annotations[0].start, end: s.annotations[0].end },
      { type: 'place', quote: 'Istanbul', start: utf16 - 1, end: utf16 - 1 + 'Istanbul'.length },
    );
    const { decorations } = await api();
    await until('the confirmed annotation to be painted', () => (decorations.paintedCounts(uri)?.confirmed ?? 0) >= 1);
  });

  it('follows an edit above the annotation in the decoration and in the sidecar', async () => {
    const uri = await article('follow.txt', ARTICLE);
    const editor = await openArticle(uri);
    select(editor, 'Istanbul');
    await vscode.commands.executeCommand('newsmark.tagPlace');
    const before = await sidecar(uri, (v) => v.annotations.length === 1, 'the first sidecar');
    const inserted = 'Une phrase ajoutée au début.\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(1, 0), inserted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await sidecar(uri, (v) => v.annotations[0]?.start === before.annotations[0].start + inserted.length, 'the sidecar to follow the edit');
    assert.equal(after.annotations[0].quote, 'Istanbul');
    const { store } = await api();
    const a = store.get(uri)!.session.annotations()[0];
    assert.equal(editor.document.getText().slice(a.start, a.end), 'Istanbul');
  });

  it('keeps an annotation whose sentence was deleted as an orphan with a diagnostic', async () => {
    const uri = await article('orphan.txt', ARTICLE);
    const editor = await openArticle(uri);
    select(editor, 'Nous avançons');
    await vscode.commands.executeCommand('newsmark.tagQuote');
    await sidecar(uri, (v) => v.annotations.length === 1, 'the sidecar with the quote');
    const line = editor.document.lineAt(3);
    assert.match(line.text, /Nous avançons/);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, line.rangeIncludingLineBreak);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostic = await until('an orphan diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'orphan'));
    assert.match(diagnostic.message, /Nous avançons/);
    const s = await sidecar(uri, (v) => v.annotations[0]?.status === 'orphan', 'the sidecar to mark the orphan');
    assert.equal(s.annotations.length, 1);
    assert.equal(s.annotations[0].quote, 'Nous avançons');
  });

  it('reports a hand-broken sidecar at its line and never overwrites it', async () => {
    const uri = await article('broken.txt', ARTICLE);
    const sidecarUri = uri.with({ path: `${uri.path}.annotations.yaml` });
    const broken = [
      'version: 1',
      'document:',
      '  source: broken.txt',
      'annotations:',
      '  - id: a-1',
      '    type: persn',
      '    quote: x',
      '    start: 0',
      '    end: 1',
      '',
    ].join('\n');
    await writeText(sidecarUri, broken);
    const editor = await openArticle(uri);
    const diagnostic = await until('a diagnostic on the broken sidecar', () => vscode.languages.getDiagnostics(sidecarUri)[0]);
    assert.equal(diagnostic.range.start.line, 5, `diagnostic at line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
    select(editor, 'Istanbul');
    await vscode.commands.executeCommand('newsmark.tagPlace');
    const { store } = await api();
    const entry = store.get(uri)!;
    await until('the write to be refused', () => entry.writeError);
    assert.equal(await readText(sidecarUri), broken, 'the broken sidecar was overwritten');
    assert.equal(entry.session.annotations().length, 1, 'the new annotation is kept in memory');
  });

  it('highlights suggestions on open and writes an accepted one to the sidecar', async () => {
    const uri = await article('suggest.txt', ARTICLE);
    const editor = await openArticle(uri);
    const { decorations } = await api();
    await until('suggestions to be painted', () => (decorations.paintedCounts(uri)?.suggestions ?? 0) >= 3);
    select(editor, 'plus de quatre heures');
    editor.selection = new vscode.Selection(editor.selection.start, editor.selection.start);
    await vscode.commands.executeCommand('newsmark.acceptSuggestion');
    const s = await sidecar(uri, (v) => v.annotations.length === 1, 'the accepted suggestion in the sidecar');
    assert.deepEqual(
      { type: s.annotations[0].type, quote: s.annotations[0].quote, origin: s.annotations[0].origin, value: s.annotations[0].value },
      { type: 'claim', quote: 'plus de quatre heures', origin: 'detected', value: 'PT4H' },
    );
  });

  it('undoes a tag with Newsmark: Undo', async () => {
    const uri = await article('undo.txt', ARTICLE);
    const editor = await openArticle(uri);
    select(editor, 'Istanbul');
    await vscode.commands.executeCommand('newsmark.tagPlace');
    await sidecar(uri, (v) => v.annotations.length === 1, 'the tag');
    await vscode.commands.executeCommand('newsmark.undo');
    await sidecar(uri, (v) => v.annotations.length === 0, 'the undo to reach the sidecar');
  });

  it('explains a date suggestion in words in its hover, with Accept and Reject links', async () => {
    const uri = await article('hover.txt', ARTICLE);
    const editor = await openArticle(uri);
    const { decorations } = await api();
    await until('suggestions to be painted', () => (decorations.paintedCounts(uri)?.suggestions ?? 0) > 0);
    const at = editor.document.positionAt(editor.document.getText().indexOf('jeudi') + 2);
    const hovers = await until('a Newsmark hover', async () => {
      const list = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      return list.find((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes('command:newsmark.acceptSuggestion')));
    });
    const text = hovers.contents.map((c) => (c as vscode.MarkdownString).value).join('\n');
    assert.match(text, /\*\*Suggestion: date\*\*/);
    // In words in the interface's language (English here): the French article's "jeudi" is a Thursday.
    assert.match(text, /\*\*Thursday, February \d+, 2025\*\*/, text);
    assert.match(text, /command:newsmark\.acceptSuggestion/);
    assert.match(text, /command:newsmark\.rejectSuggestion/);
  });

  it('highlights a SET and a PRESENT_REF expression and shows their TIMEX3 value in the hover', async () => {
    const text = [' date 2025-02-26 Essai', '', 'Le marché se tient chaque année sur la place.', 'Le club est désormais en tête du classement.', ''].join('\n');
    const uri = await article('timex.txt', text);
    const editor = await openArticle(uri);
    const { decorations } = await api();
    const expected: Array<[string, RegExp]> = [
      ['chaque année', /TIMEX3 SET: `P1Y`/],
      ['désormais', /TIMEX3 DATE: `PRESENT_REF`/],
    ];
    for (const [words, value] of expected) {
      const start = text.indexOf(words);
      await until(`"${words}" painted as a date suggestion`, () =>
        decorations.paintedSpans(uri)?.some((s) => s.kind === 'date' && s.suggestion && s.start === start && s.end === start + words.length),
      );
      const at = editor.document.positionAt(start + 2);
      const hover = await until(`the hover of "${words}"`, async () => {
        const list = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
        return list.find((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes('**Suggestion: date**')));
      });
      const markdown = hover.contents.map((c) => (c as vscode.MarkdownString).value).join('\n');
      assert.match(markdown, value, markdown);
      assert.equal(editor.document.offsetAt(hover.range!.start), start);
      assert.equal(editor.document.offsetAt(hover.range!.end), start + words.length);
    }
  });
});
