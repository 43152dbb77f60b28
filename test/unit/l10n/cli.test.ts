// The CLI's messages of check, detect, init-git and merge-driver follow --lang, else the environment's locale,
// like report and agreement: every message has its French, and a French run says it in French.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runAgreement } from '../../../src/cli/agreement';
import { streamIo } from '../../../src/cli/command';
import { runDetect } from '../../../src/cli/detect';
import { runExport } from '../../../src/cli/export';
import { runImport } from '../../../src/cli/import';
import { runReport } from '../../../src/cli/report';
import { cliSay } from '../../../src/cli/language';
import { runMergeDriver } from '../../../src/cli/mergeDriver';
import { underLang } from './messages';
import { FRENCH_MESSAGES } from '../../../src/cli/messagesFr';
import { PROBLEM_TEXTS } from '../../../src/core/sidecar/problems';
import SHARED from '../../../l10n/bundle.l10n.fr.json';

const CLI = join(__dirname, '..', '..', '..', 'src', 'cli');
const FILES = ['check.ts', 'detect.ts', 'initGit.ts', 'mergeDriver.ts', 'agreement.ts', 'report.ts', 'export.ts', 'import.ts', 'corpusFolder.ts'];
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

/** The messages of `t('…')` calls with a literal first argument. */
function sayMessages(code: string): string[] {
  const call = /\bt\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  return [...code.matchAll(call)].filter((m) => !(m[1] === '`' && m[2].includes('${'))).map((m) => m[2].replace(/\\(.)/g, '$1'));
}

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } } };
}

describe('the CLI in English and French', () => {
  it('has a French text for every message of check, detect, init-git and merge-driver, and none left over', () => {
    const messages = new Set(FILES.flatMap((f) => sayMessages(readFileSync(join(CLI, f), 'utf8'))));
    assert.ok(messages.size > 20, `only ${messages.size} messages found: the extractor is broken`);
    // The problems of sidecars (core/sidecar/problems.ts) have their French once, in the extension's bundle.
    const french = (m: string) => FRENCH_MESSAGES[m] ?? (SHARED as Record<string, string>)[m];
    for (const text of Object.values(PROBLEM_TEXTS)) messages.add(text);
    assert.deepEqual(
      [...messages].filter((m) => typeof french(m) !== 'string'),
      [],
      'add them to src/cli/messagesFr.ts',
    );
    assert.deepEqual(
      Object.keys(FRENCH_MESSAGES).filter((m) => !messages.has(m)),
      [],
      'French no message uses any more',
    );
    for (const m of messages) assert.deepEqual(placeholders(french(m)), placeholders(m), m);
  });

  it('fills the values into the French message, and keeps English as written', () => {
    assert.equal(cliSay('fr')('{0} is not a folder', 'x'), "x n'est pas un dossier");
    assert.equal(cliSay('en')('{0} is not a folder', 'x'), 'x is not a folder');
  });

  it("says check's summary and usage errors in the language --lang asks for", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-l10n-'));
    try {
      const fr = capture();
      assert.equal(await runCheck([dir, '--lang', 'fr'], fr.io), 0);
      assert.match(fr.out.stdout, /0 fichier\(s\) vérifié\(s\) : 0 erreur\(s\)/);
      const en = capture();
      await runCheck([dir, '--lang', 'en'], en.io);
      assert.match(en.out.stdout, /0 file\(s\) checked: 0 error\(s\)/);
      const missing = capture();
      assert.equal(await runCheck([join(dir, 'nowhere'), '--lang', 'fr'], missing.io), 2);
      assert.match(missing.out.stderr, /n'est pas un dossier/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says an orphan in French in the readable list, and keeps the JSON findings in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-l10n-'));
    try {
      const fixtures = join(__dirname, '..', '..', 'fixtures', 'sidecars');
      for (const f of ['article.txt', 'article.txt.annotations.yaml']) copyFileSync(join(fixtures, f), join(dir, f));
      const article = join(dir, 'article.txt');
      writeFileSync(article, readFileSync(article, 'utf8').replace('Marco Rubio', 'le chef de la diplomatie'));
      const fr = capture();
      assert.equal(await runCheck([dir, '--lang', 'fr'], fr.io), 1);
      assert.match(fr.out.stdout, /:10:5: erreur: orpheline : personne a-rubio001 "Marco Rubio" n'est plus dans article\.txt/);
      const json = capture();
      await runCheck([dir, '--lang', 'fr', '--json'], json.io);
      assert.match(json.out.stdout, /orphan: person a-rubio001/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("heads detect's list in French, with or without a publication date", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-l10n-'));
    try {
      const file = join(dir, 'a.txt');
      writeFileSync(file, 'La réunion a duré deux heures, selon les organisateurs.\n');
      const fr = capture();
      assert.equal(await runDetect([file, '--lang', 'fr'], fr.io), 0);
      assert.match(fr.out.stdout, /\(date de publication inconnue, /);
      const dated = capture();
      await runDetect([file, '--published', '2025-03-02', '--lang', 'fr'], dated.io);
      assert.match(dated.out.stdout, /\(publié le 2025-03-02, /);
      assert.match(fr.out.stdout, /\n {2}durée {5}\d+-\d+ {2}deux heures/, 'the kind by its French word, not its code');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says agreement's usage errors and its left-out sidecars in French with --lang fr", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-l10n-'));
    try {
      writeFileSync(join(dir, 'a.txt.annotations.yaml'), 'version: 1\ndocument:\n  source: a.txt\nannotations: 3\n');
      const one = capture();
      assert.equal(await runAgreement([dir, '--between', 'alice', '--lang', 'fr'], one.io), 2);
      assert.match(one.out.stderr, /^newsmark agreement: donnez deux annotateurs différents : --between A B\n/);
      const run = capture();
      assert.equal(await runAgreement([dir, '--between', 'alice', 'bob', '--lang', 'fr'], run.io), 1);
      assert.match(run.out.stderr, /a\.txt\.annotations\.yaml:4:14: annotations doit être une liste \(laissé de côté\)/);
      assert.match(run.out.stderr, /aucune annotation de alice ni de bob dans /);
      assert.doesNotMatch(run.out.stderr, /left out|no annotation/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says report's, export's and import's usage errors and an ignored sidecar's problem in French", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-l10n-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Anne Durand est venue jeudi.\n');
      writeFileSync(join(dir, 'a.txt.annotations.yaml'), 'version: 1\ndocument:\n  source: a.txt\n  published: hier\n');
      const report = capture();
      assert.equal(await runReport([dir, '--lang', 'fr', '--workers', '0'], streamIo(report.io)), 0);
      assert.match(
        report.out.stderr,
        /newsmark report: a\.txt\.annotations\.yaml:4:14 ignoré : document\.published est une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ\n/,
      );
      const exported = capture();
      assert.equal(await runExport([dir, '--lang', 'fr'], streamIo(exported.io)), 2);
      assert.match(exported.out.stderr, /^newsmark export: --format est obligatoire\nusage : newsmark export <dossier>/);
      const imported = capture();
      assert.equal(await runImport([dir, '--format', 'w3c', '--lang', 'fr'], streamIo(imported.io)), 2);
      assert.match(imported.out.stderr, /^newsmark import: --into <dossier> est obligatoire\n/);
      const doc = { type: 'Annotation', id: 'x', target: { source: 'ailleurs.html', selector: { type: 'TextQuoteSelector', exact: 'Anne' } } };
      writeFileSync(join(dir, 'one.jsonld'), JSON.stringify(doc));
      const unmatched = capture();
      assert.equal(await runImport([join(dir, 'one.jsonld'), '--format', 'w3c', '--into', dir, '--lang', 'fr'], streamIo(unmatched.io)), 1);
      assert.match(unmatched.out.stderr, /newsmark import: aucun article pour ailleurs\.html : ses annotations n'ont pas été importées\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a merge-driver usage error in French under a French LANG', async () => {
    await underLang('fr_FR.UTF-8', async () => {
      const fr = capture();
      assert.equal(await runMergeDriver(['only-one-file'], fr.io), 2);
      assert.match(fr.out.stderr, /trois fichiers \(base, nôtre, leur\) et le chemin/);
    });
  });
});
