import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runDetect } from '../../../src/cli/detect';
import { runReport } from '../../../src/cli/report';
import { FUZZING, record } from './harness';

const ARTICLE = "Le chef de la diplomatie russe, Sergueï Lavrov, s'est rendu jeudi à Istanbul.\n";
const HEAD = 'version: 1\ndocument:\n  source: article.txt\n';

function capture() {
  let out = '';
  let err = '';
  return { io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } }, out: () => out, err: () => err };
}

/** Hostile sidecars: the text, and the line and column check must name. */
const SIDECARS: Array<{ what: string; yaml: () => string; line: number; column?: number; message: RegExp }> = [
  {
    what: 'YAML bomb (billion laughs: 9^6 nodes from 7 lines)',
    yaml: () =>
      [
        'version: 1',
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
        'document: {source: article.txt}',
        '',
      ].join('\n'),
    line: 3,
    message: /aliases/,
  },
  { what: 'Deep nesting (5,000 flow levels)', yaml: () => HEAD + 'x: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', line: 4, message: /nest|deep/i },
  {
    what: 'Deep nesting (200 block levels)',
    yaml: () => HEAD + 'x:\n' + Array.from({ length: 199 }, (_, i) => ' '.repeat(i + 1) + `k${i}:`).join('\n') + '\n',
    line: 0,
    message: /nesting deeper/,
  },
  {
    what: '`__proto__` key',
    yaml: () => HEAD + 'annotations:\n  - __proto__: {polluted: true}\n    id: a-1\n',
    line: 5,
    column: 5,
    message: /"__proto__" is not allowed/,
  },
  {
    what: '`constructor` key',
    yaml: () => HEAD + 'annotations:\n  - constructor: {polluted: true}\n    id: a-1\n',
    line: 5,
    column: 5,
    message: /"constructor" is not allowed/,
  },
  { what: 'Duplicate keys', yaml: () => HEAD + '  source: other.txt\n', line: 4, message: /unique/ },
  { what: 'Tabs for indentation', yaml: () => 'version: 1\ndocument:\n\tsource: article.txt\n', line: 3, message: /tab|indent/i },
  { what: '`source: ../../etc/passwd`', yaml: () => 'version: 1\ndocument:\n  source: ../../etc/passwd\n', line: 3, column: 11, message: /plain file name/ },
  {
    what: 'Offsets beyond the end of the article',
    yaml: () => HEAD + 'annotations:\n  - id: a-1\n    type: person\n    quote: Vladimir Poutine\n    start: 900000\n    end: 900016\n',
    line: 5,
    column: 5,
    message: /orphan/,
  },
  { what: 'Sidecar of 50 MB (above the 20 MB limit)', yaml: () => HEAD + '# ' + 'x'.repeat(50 * 1024 * 1024) + '\n', line: 1, column: 1, message: /MB/ },
];

describe('reliability: hostile sidecars through `newsmark check`', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-bad-'));
    writeFileSync(join(dir, 'article.txt'), ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of SIDECARS) {
    it(`contains ${c.what} with file:line:column, and --fix leaves the file alone`, async function () {
      const file = join(dir, 'article.txt.annotations.yaml');
      const yaml = c.yaml();
      writeFileSync(file, yaml);
      const out = capture();
      let crashes = 0;
      let code = -1;
      try {
        code = await runCheck([dir, '--fix'], out.io);
      } catch {
        crashes++;
      }
      const unchanged = readFileSync(file, 'utf8') === yaml;
      const located = new RegExp(`article\\.txt\\.annotations\\.yaml:(\\d+):(\\d+): error: `).exec(out.out());
      record(this, {
        area: 'Bad input',
        fault: c.what,
        protection: 'parseSidecar limits (size, aliases, depth, keys, schema) / check re-anchoring; saveAtomically refuses invalid files',
        cases: 1,
        lost: 0,
        corrupted: unchanged ? 0 : 1,
        crashes,
        note: located
          ? `reported at line ${located[1]}, column ${located[2]}: ${out
              .out()
              .split('\n')[0]
              .replace(/^.*error: /, '')
              .slice(0, 80)}`
          : 'not reported',
      });
      assert.equal(crashes, 0);
      assert.equal(code, 1);
      assert.ok(unchanged, 'check --fix rewrote a hostile sidecar');
      assert.ok(located, out.out());
      if (c.line) assert.equal(Number(located[1]), c.line, out.out());
      if (c.column) assert.equal(Number(located[2]), c.column, out.out());
      assert.match(out.out(), c.message);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  }
});

/** Hostile articles: what check, detect and report must do with each. */
const ARTICLES: Array<{ what: string; bytes: () => Uint8Array; slow?: boolean; readable: boolean }> = [
  { what: 'Binary article (NUL bytes)', bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]), readable: false },
  { what: 'Article not in UTF-8 (Latin-1)', bytes: () => Uint8Array.from(Buffer.from('Le ministre a déclaré à Genève.\n', 'latin1')), readable: false },
  { what: 'Empty article', bytes: () => new Uint8Array(0), readable: true },
  // npm test runs a 1 MB line (the same code paths, linear since the analysis fix); test:fuzz the full 5 MB.
  {
    what: `Article of one ${FUZZING ? 5 : 1} MB line`,
    bytes: () => new TextEncoder().encode('la réunion a duré longtemps et les discussions ont continué. '.repeat(FUZZING ? 85000 : 17000)),
    readable: true,
  },
  {
    what: 'Article of 50 MB',
    bytes: () => new TextEncoder().encode('la réunion a duré longtemps et les discussions ont continué.\n'.repeat(820000)),
    readable: true,
    slow: true,
  },
];

describe('reliability: hostile articles through the CLI', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'newsmark-articles-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const a of ARTICLES) {
    const title = `handles ${a.what} in check, detect and report with a message, without crashing`;
    (a.slow && !FUZZING ? it.skip : it)(title, async function () {
      const article = join(dir, 'article.txt');
      writeFileSync(article, a.bytes());
      writeFileSync(
        join(dir, 'article.txt.annotations.yaml'),
        HEAD + 'annotations:\n  - id: a-1\n    type: place\n    quote: Istanbul\n    start: 3\n    end: 11\n',
      );
      let crashes = 0;
      const messages: string[] = [];
      const check = capture();
      const detect = capture();
      try {
        await runCheck([dir], check.io);
        await runDetect([article, '--json'], detect.io);
        let err = '';
        await runReport([dir], { stdout: () => undefined, stderr: (s) => (err += s) });
        if (err) messages.push(`report: ${err.trim().slice(0, 60)}`);
      } catch {
        crashes++;
      }
      const checkLine = check
        .out()
        .split('\n')
        .find((l) => /error/.test(l));
      if (checkLine) messages.push(`check: ${checkLine.replace(/^.*error: /, '').slice(0, 70)}`);
      if (detect.err()) messages.push(`detect: ${detect.err().trim().replace(dir, '<dir>').slice(0, 60)}`);
      record(this, {
        area: 'Bad input',
        fault: a.what,
        protection: 'isProbablyBinaryOrNotUtf8 and size limits in the CLI; check reports the annotation as an orphan',
        cases: 1,
        lost: 0,
        corrupted: 0,
        crashes,
        note: messages.join('; '),
      });
      assert.equal(crashes, 0);
      assert.match(check.out(), /article\.txt\.annotations\.yaml:\d+:\d+: error: /, 'check names the sidecar, line and column');
      if (!a.readable) assert.match(detect.err(), /not a UTF-8 text file/);
    });
  }
});
