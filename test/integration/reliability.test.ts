import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse, parseDocument, YAMLSeq } from 'yaml';
import { utimesSync } from 'node:fs';
import { ArticleSession } from '../../src/core/session/articleSession';
import { api, openArticle, readText, select, until, workspaceUri, writeText } from './helpers';

/**
 * Issue 7, faults: a sidecar broken by hand or deleted while its article is open. Newsmark must report
 * the broken file, never overwrite it, keep every annotation in memory, and write them all back once it
 * can, merged with what the user wrote by hand.
 */

interface SidecarLike {
  annotations: Array<{ id: string; type: string; quote: string; start: number; end: number }>;
}

const FOLDER = 'rel';
const created: vscode.Uri[] = [];

async function article(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(FOLDER, name);
  created.push(uri, sidecarOf(uri));
  await writeText(uri, text);
  return uri;
}

function sidecarOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: `${uri.path}.annotations.yaml` });
}

/** Polls the sidecar file until it parses and satisfies `ok`; returns its text and value. */
async function sidecar(uri: vscode.Uri, ok: (s: SidecarLike) => boolean, what: string): Promise<{ text: string; value: SidecarLike }> {
  return until(what, async () => {
    const text = await readText(sidecarOf(uri));
    if (text === undefined) return undefined;
    let value: SidecarLike;
    try {
      value = parse(text) as SidecarLike;
    } catch {
      return undefined;
    }
    return value && Array.isArray(value.annotations) && ok(value) ? { text, value } : undefined;
  });
}

const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((a) => a.id).sort();

async function tag(editor: vscode.TextEditor, needle: string, command = 'newsmark.tagPlace'): Promise<string> {
  select(editor, needle);
  const id = await vscode.commands.executeCommand<string | undefined>(command);
  assert.ok(id, `${command} on "${needle}" returned no annotation id`);
  return id;
}

const ARTICLE = [
  ' date 2025-02-26 Essai',
  '',
  "Le chef de la diplomatie russe, Sergueï Lavrov, s'est rendu jeudi à Istanbul.",
  'Il avait fait escale à Ankara, puis à Moscou, avant la réunion de Riyad.',
  '« Nous avançons », a déclaré Sergueï Lavrov aux journalistes.',
  'La réunion a duré plus de quatre heures.',
  '',
].join('\n');

describe('Reliability: sidecar faults while the article is open', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('reports a sidecar corrupted on disk, never overwrites it while the user tags, and merges once it is fixed', async () => {
    const uri = await article('corrupt.txt', ARTICLE);
    const sidecarUri = sidecarOf(uri);
    const editor = await openArticle(uri);
    const { store } = await api();
    const entry = store.get(uri)!;

    const first = await tag(editor, 'Istanbul');
    const valid = await sidecar(uri, (v) => v.annotations.length === 1, 'the first sidecar');
    assert.deepEqual(ids(valid.value.annotations), [first]);

    // The user breaks the indentation of one line by hand while the article is open.
    const lines = valid.text.split('\n');
    const brokenLine = lines.findIndex((l) => /^ {4}quote: Istanbul$/.test(l));
    assert.ok(brokenLine > 0, `no "quote: Istanbul" line in:\n${valid.text}`);
    lines[brokenLine] = ' quote: Istanbul';
    const broken = lines.join('\n');
    assert.ok(parseDocument(broken).errors.length > 0, 'the corruption is not invalid YAML');
    await writeText(sidecarUri, broken);

    const diagnostics = await until('a diagnostic on the corrupted sidecar', () => {
      const list = vscode.languages.getDiagnostics(sidecarUri);
      return list.length > 0 ? list : undefined;
    });
    assert.equal(
      diagnostics[0].range.start.line,
      brokenLine,
      `first diagnostic at line ${diagnostics[0].range.start.line + 1}, expected ${brokenLine + 1}: ${diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('; ')}`,
    );
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(entry.problems.length > 0, 'the store does not know the sidecar is invalid');

    // The user keeps tagging: nothing is written over the broken file, everything stays in memory.
    const second = await tag(editor, 'Ankara');
    await until('the write to be refused', () => entry.writeError);
    const third = await tag(editor, 'Moscou');
    await store.flush();
    assert.equal(await readText(sidecarUri), broken, 'the corrupted sidecar was overwritten');
    assert.deepEqual(ids(entry.session.annotations()), [first, second, third].sort(), 'annotations made while the sidecar was broken were lost in memory');
    assert.match(entry.writeError ?? '', /not valid/);

    // The user fixes the file by hand and adds an annotation of their own.
    const lavrov = ARTICLE.indexOf('Sergueï Lavrov');
    const handMade = {
      id: 'h-by-hand',
      type: 'person',
      quote: 'Sergueï Lavrov',
      start: [...ARTICLE.slice(0, lavrov)].length,
      end: [...ARTICLE.slice(0, lavrov)].length + [...'Sergueï Lavrov'].length,
      entity: 'p-sergue-lavrov',
    };
    const fixedDoc = parseDocument(valid.text);
    (fixedDoc.get('annotations') as YAMLSeq).add(fixedDoc.createNode(handMade));
    const fixed = String(fixedDoc);
    await writeText(sidecarUri, fixed);

    const merged = await sidecar(
      uri,
      (v) => ids(v.annotations).join() === [first, second, third, handMade.id].sort().join(),
      'the pending annotations to be written, merged with the hand-made one',
    );
    const byId = new Map(merged.value.annotations.map((a) => [a.id, a]));
    assert.deepEqual(
      { quote: byId.get(handMade.id)?.quote, start: byId.get(handMade.id)?.start, type: byId.get(handMade.id)?.type },
      { quote: handMade.quote, start: handMade.start, type: 'person' },
    );
    assert.equal(byId.get(second)?.quote, 'Ankara');
    assert.equal(byId.get(third)?.quote, 'Moscou');
    await until('the sidecar diagnostics to clear', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
    await until('the write error to clear', () => entry.writeError === undefined);
    assert.deepEqual(ids(entry.session.annotations()), [first, second, third, handMade.id].sort());
  });

  it('recovers the annotations an interrupted save left in a temporary file, and leaves unreadable and recent ones alone', async () => {
    const uri = await article('leftover.txt', ARTICLE);
    const sidecarUri = sidecarOf(uri);
    const at = (needle: string): [number, number] => {
      const i = ARTICLE.indexOf(needle);
      return [[...ARTICLE.slice(0, i)].length, [...ARTICLE.slice(0, i)].length + [...needle].length];
    };
    // On disk: one annotation. The interrupted save was writing it plus a second one.
    const s = new ArticleSession('leftover.txt', ARTICLE);
    const onDisk = s.tag('place', ...at('Istanbul'));
    await writeText(sidecarUri, s.serialize());
    const recovered = s.tag('place', ...at('Ankara'));
    const leftover = (suffix: string) => sidecarUri.with({ path: `${sidecarUri.path}.${suffix}.tmp` });
    const old = leftover('k3j9x0aa');
    await writeText(old, s.serialize());
    // Another writer's save may still be in progress in a recent one: not touched.
    const young = leftover('y0ung123');
    const r = new ArticleSession('leftover.txt', ARTICLE);
    r.tag('place', ...at('Istanbul'));
    const inProgress = r.tag('place', ...at('Moscou'));
    await writeText(young, r.serialize());
    // A leftover cut off mid-write: reported, never deleted.
    const truncated = leftover('zz99trnc');
    await writeText(truncated, 'version: 1\nannotations:\n  - id: [unclosed\n');
    created.push(old, young, truncated);
    const tenMinutesAgo = Date.now() / 1000 - 600;
    for (const u of [old, truncated]) utimesSync(u.fsPath, tenMinutesAgo, tenMinutesAgo);

    await openArticle(uri);
    const written = await sidecar(uri, (v) => ids(v.annotations).includes(recovered.id), 'the recovered annotation in the sidecar');
    assert.deepEqual(ids(written.value.annotations), [onDisk.id, recovered.id].sort());
    assert.ok(!ids(written.value.annotations).includes(inProgress.id), 'a recent leftover was absorbed');
    await until('the absorbed leftover to be deleted', async () => (await readText(old)) === undefined);
    assert.ok((await readText(young)) !== undefined, 'a recent leftover was deleted');
    assert.ok((await readText(truncated)) !== undefined, 'an unreadable leftover was deleted');
    const { store } = await api();
    assert.deepEqual(ids(store.get(uri)!.session.annotations()), [onDisk.id, recovered.id].sort());
  });

  it('keeps the annotations in memory when the sidecar is deleted, and a new tag writes them all again', async () => {
    const uri = await article('deleted.txt', ARTICLE);
    const sidecarUri = sidecarOf(uri);
    // A second open article whose sidecar serves as a barrier: once its change has been handled, the
    // watcher event of the deletion (sent before it) has been handled too.
    const witness = await article('witness.txt', ARTICLE);
    const { store } = await api();
    await openArticle(witness);
    const editor = await openArticle(uri);
    const entry = store.get(uri)!;

    const first = await tag(editor, 'Istanbul');
    const second = await tag(editor, 'Ankara');
    await sidecar(uri, (v) => v.annotations.length === 2, 'the sidecar with two annotations');
    const before = structuredClone(entry.session.annotations());
    assert.deepEqual(ids(before), [first, second].sort());

    await vscode.workspace.fs.delete(sidecarUri, { useTrash: false });
    await until('the sidecar to be gone', async () => (await readText(sidecarUri)) === undefined);
    await writeText(sidecarOf(witness), 'version: 1\ndocument: [\n');
    await until('the witness change to be handled', () => vscode.languages.getDiagnostics(sidecarOf(witness)).length > 0);

    assert.deepEqual(structuredClone(entry.session.annotations()), before, 'the annotations in memory changed when the sidecar was deleted');
    assert.equal(await readText(sidecarUri), undefined, 'Newsmark recreated the sidecar by itself');

    const third = await tag(editor, 'Moscou');
    const rewritten = await sidecar(uri, (v) => v.annotations.length >= 3, 'a new sidecar after the next tag');
    assert.deepEqual(ids(rewritten.value.annotations), [first, second, third].sort());
    for (const a of before) {
      const written = rewritten.value.annotations.find((w) => w.id === a.id)!;
      assert.deepEqual({ quote: written.quote, start: written.start, end: written.end }, { quote: a.quote, start: a.start, end: a.end });
    }
    assert.deepEqual(ids(entry.session.annotations()), [first, second, third].sort());
  });
});
