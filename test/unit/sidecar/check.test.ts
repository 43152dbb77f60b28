import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sidecars');

function capture() {
  let out = '';
  let err = '';
  return { io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } }, out: () => out, err: () => err };
}

describe('newsmark check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-check-'));
    copyFileSync(join(FIXTURES, 'article.txt'), join(dir, 'article.txt'));
    copyFileSync(join(FIXTURES, 'article.txt.annotations.yaml'), join(dir, 'article.txt.annotations.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on a folder whose annotations are all in place', async () => {
    const c = capture();
    assert.equal(await runCheck([dir], c.io), 0, c.out());
    assert.match(c.out(), /2 in place, 0 moved, 0 to review, 0 orphan/);
  });

  it('exits 2 with usage on a missing folder or an unknown option', async () => {
    assert.equal(await runCheck([join(dir, 'nope')], capture().io), 2);
    assert.equal(await runCheck([dir, '--frobnicate'], capture().io), 2);
    assert.equal(await runCheck([], capture().io), 2);
  });

  it('reports an orphan as file:line:col and exits 1, without writing', async () => {
    const article = join(dir, 'article.txt');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Marco Rubio', 'le chef de la diplomatie'));
    const sidecar = join(dir, 'article.txt.annotations.yaml');
    const before = readFileSync(sidecar, 'utf8');
    const mtime = statSync(sidecar).mtimeMs;
    const c = capture();
    assert.equal(await runCheck([dir], c.io), 1);
    assert.match(c.out(), /article\.txt\.annotations\.yaml:10:5: error: orphan: person a-rubio001 "Marco Rubio"/);
    assert.equal(readFileSync(sidecar, 'utf8'), before);
    assert.equal(statSync(sidecar).mtimeMs, mtime);
  });

  it('reports moved annotations, and --fix rewrites only their offsets, keeping comments', async () => {
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'DÉPÊCHE 😀\r\n' + readFileSync(article, 'utf8'));
    const sidecar = join(dir, 'article.txt.annotations.yaml');
    const c = capture();
    assert.equal(await runCheck([dir], c.io), 0);
    assert.match(c.out(), /2 annotations moved with their text/);
    assert.equal(await runCheck([dir, '--fix'], capture().io), 0);
    const fixed = readFileSync(sidecar, 'utf8');
    assert.ok(fixed.includes('# Rubio, tagged by hand') && fixed.includes('x-reviewer: claire'));
    assert.ok(fixed.includes('start: 49\n    end: 60'), fixed);
    assert.ok(fixed.includes('sha256: '));
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
    const again = capture();
    assert.equal(await runCheck([dir], again.io), 0);
    assert.match(again.out(), /2 in place/);
  });

  it('reports invalid sidecars with their line and column in JSON, and never rewrites them with --fix', async () => {
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    const broken = readFileSync(join(FIXTURES, 'broken-deep.annotations.yaml'), 'utf8');
    writeFileSync(join(dir, 'sub', 'broken-deep.annotations.yaml'), broken);
    writeFileSync(join(dir, 'node_modules', 'x.annotations.yaml'), 'garbage: [');
    writeFileSync(
      join(dir, 'newsmark.yaml'),
      'version: 1\nlinks:\n  - id: l-1\n    a: {file: article.txt, annotation: a-rubio001}\n    b: {file: article.txt, annotation: a-missing}\n',
    );
    const c = capture();
    assert.equal(await runCheck([dir, '--json', '--fix'], c.io), 1);
    const report = JSON.parse(c.out());
    const files = report.files.map((f: { file: string }) => f.file.slice(dir.length + 1));
    assert.deepEqual(files, ['article.txt.annotations.yaml', 'newsmark.yaml', join('sub', 'broken-deep.annotations.yaml')]);
    const bad = report.files[2];
    assert.equal(bad.valid, false);
    assert.deepEqual([bad.problems[0].line, bad.problems[0].column], [14, 10]);
    const corpus = report.files[1];
    assert.equal(corpus.problems.length, 1);
    assert.match(corpus.problems[0].message, /no annotation a-missing/);
    assert.equal(readFileSync(join(dir, 'sub', 'broken-deep.annotations.yaml'), 'utf8'), broken);
  });

  it('reports a sidecar whose article is missing', async () => {
    rmSync(join(dir, 'article.txt'));
    const c = capture();
    assert.equal(await runCheck([dir], c.io), 1);
    assert.match(c.out(), /:4:11: error: article article\.txt not found/);
  });

  it('reports a sidecar that is not UTF-8 at 1:1, as the editor does, and --fix leaves its bytes alone', async () => {
    const sidecar = join(dir, 'article.txt.annotations.yaml');
    // A Latin-1 "é" in a comment: decoding it lossily and writing the fix back would lose the letter.
    const bytes = Buffer.concat([Buffer.from('# r\xe9sum\xe9\n', 'latin1'), readFileSync(sidecar)]);
    writeFileSync(sidecar, bytes);
    writeFileSync(join(dir, 'article.txt'), 'A new first line.\n' + readFileSync(join(dir, 'article.txt'), 'utf8'));
    const c = capture();
    assert.equal(await runCheck([dir, '--fix'], c.io), 1);
    assert.match(c.out(), /annotations\.yaml:1:1: error: the file is not valid UTF-8: Newsmark will not overwrite it/);
    assert.deepEqual(readFileSync(sidecar), bytes);
  });

  it('says a sidecar larger than Newsmark reads is too large, without reading it', async () => {
    const sidecar = join(dir, 'article.txt.annotations.yaml');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8') + '#'.repeat(21 * 1024 * 1024));
    const c = capture();
    assert.equal(await runCheck([dir, '--json'], c.io), 1);
    const [file] = (JSON.parse(c.out()) as { files: Array<{ problems: Array<{ code?: string; message: string }> }> }).files;
    assert.equal(file.problems[0].code, 'cannot-read');
    assert.match(file.problems[0].message, /^cannot read: 21\.0 MB is more than the 20 MB Newsmark reads$/);
  });
});
