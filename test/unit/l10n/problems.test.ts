// What is wrong with a sidecar reaches the Problems panel and `newsmark check` in the interface's language: core
// gives codes and values, the front ends say them in English or French (never a French sentence with an English
// parser message or a raw type code in it).
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { cliSay } from '../../../src/cli/language';
import { kindName } from '../../../src/core/session/describe';
import { problemText, PROBLEM_TEXTS, type YamlProblem } from '../../../src/core/sidecar/problems';
import { parseCorpus, parseSidecar } from '../../../src/core/sidecar/yamlStore';
import { saveAtomically } from '../../../src/core/sidecar/save';
import { recordedConflictProblems } from '../../../src/core/team/conflicts';
import { MemoryFileSystem } from '../sidecar/memoryFs';

const HEAD = 'version: 1\ndocument:\n  source: a.txt\n';
const fr = cliSay('fr');
const en = cliSay('en');

function errorsOf(yaml: string, parse: (text: string, file: string) => { ok: true } | { ok: false; errors: YamlProblem[] } = parseSidecar): YamlProblem[] {
  const r = parse(yaml, 'a.txt.annotations.yaml');
  assert.ok(!r.ok, 'expected the file to be refused');
  return r.errors;
}

function annotation(fields: string): string {
  return `${HEAD}annotations:\n  - id: a-1\n    type: person\n    quote: Anne\n    start: 0\n    end: 4\n${fields}`;
}

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } } };
}

describe('the problems of sidecars in English and French', () => {
  it('gives a YAML syntax error a code of ours with its line and column, and says it in both languages', () => {
    const [dup] = errorsOf(`${HEAD}  source: b.txt\n`);
    assert.deepEqual([dup.code, dup.line], ['yaml.duplicate-key', 4]);
    assert.match(problemText(dup, en), /keys must be unique/);
    assert.match(problemText(dup, fr), /cette clé apparaît deux fois/);
    const [tab] = errorsOf('version: 1\ndocument:\n\tsource: a.txt\n');
    assert.equal(tab.code, 'yaml.tab');
    assert.match(problemText(tab, fr), /tabulation/);
  });

  it('names the field a schema problem is about, with the value refused, in French', () => {
    const cases: Array<[string, string, RegExp]> = [
      [annotation('    status: gone\n'), 'schema.one-of', /^annotations\[0\]\.status doit valoir confirmed, review, orphan ; reçu "gone"$/],
      [annotation('    id2: x\n').replace('id: a-1', 'id: "-bad"'), 'schema.id', /^annotations\[0\]\.id : un identifiant compte de 1 à 64/],
      [annotation('').replace('end: 4', 'end: -1'), 'schema.offset-negative', /^annotations\[0\]\.end : une position ne peut pas être négative$/],
      [annotation('').replace('    quote: Anne\n', ''), 'schema.missing', /^annotations\[0\]\.quote manque$/],
      [annotation('').replace('start: 0', 'start: 9'), 'schema.end-before-start', /^annotations\[0\]\.end : la fin \(4\) précède le début \(9\)$/],
      [
        `${annotation('')}  - id: a-1\n    type: date\n    quote: x\n    start: 0\n    end: 1\n`,
        'schema.duplicate-id',
        /^annotations\[1\]\.id : identifiant « a-1 » en double \(aussi annotations\[0\]\)$/,
      ],
      [
        'version: 2\ndocument:\n  source: a.txt\n',
        'schema.sidecar-version',
        /^version de fichier annexe 2 non prise en charge : cette version de Newsmark lit la version 1$/,
      ],
      ['version: 1\ndocument:\n  source: ../x.txt\n', 'schema.source-path', /^document\.source doit être un simple nom de fichier .*: reçu "\.\.\/x\.txt"$/],
      [
        'version: 1\ndocument:\n  source: a.txt\n  published: 27/02/2025\n',
        'schema.published',
        /^document\.published est une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ$/,
      ],
    ];
    for (const [yaml, code, french] of cases) {
      const [p] = errorsOf(yaml);
      assert.equal(p.code, code, yaml);
      assert.match(problemText(p, fr), french);
      assert.equal(problemText(p, en), p.message, 'the English rendering is the message core keeps');
    }
  });

  it('says the refusals of hostile files in French', () => {
    assert.match(problemText(errorsOf(`${HEAD}annotations:\n  - __proto__: {x: 1}\n`)[0], fr), /la clé « __proto__ » est interdite/);
    assert.match(problemText(errorsOf('')[0], fr), /le fichier est vide/);
    assert.match(problemText(errorsOf('version: 1\npeople: 3\n', parseCorpus)[0], fr), /^people doit être une liste$/);
  });

  it("keeps the parser's own English only under a French frame when no code of ours fits", () => {
    const p = { code: 'yaml.syntax' as const, params: ['Unexpected flow-seq-end'] };
    assert.equal(problemText(p, fr), 'erreur de syntaxe YAML : Unexpected flow-seq-end');
  });

  it('says a recorded merge conflict in the language of the run', () => {
    const [p] = recordedConflictProblems([{ id: 'a-1', kind: 'changed-deleted' }], () => ({ line: 3, column: 5 }));
    assert.match(p.message, /^merge conflict on a-1: changed on our side, deleted on theirs/);
    assert.match(problemText(p, fr), /^conflit de fusion sur a-1 : modifié de notre côté, supprimé du leur/);
  });

  it("says why a save was refused in French, with the disk file's own problem inside", async () => {
    const fs = new MemoryFileSystem();
    await fs.writeFile('/w/a.txt.annotations.yaml', new TextEncoder().encode('version: 2\ndocument:\n  source: a.txt\n'));
    const saved = await saveAtomically(fs, '/w/a.txt.annotations.yaml', `${HEAD}annotations: []\n`);
    assert.ok(!saved.ok);
    assert.match(saved.message, /^\/w\/a\.txt\.annotations\.yaml:1:10: unsupported sidecar version 2: .*will not overwrite it/);
    assert.equal(
      problemText(saved.words, fr),
      "/w/a.txt.annotations.yaml:1:10 : version de fichier annexe 2 non prise en charge : cette version de Newsmark lit la version 1 : le fichier sur le disque n'est pas valide, Newsmark ne l'écrasera donc pas ; corrigez-le et vos modifications seront enregistrées",
    );
  });

  it('names kinds by their words, never their codes', () => {
    assert.deepEqual(
      ['person', 'duration', 'quote', 'event'].map((k) => kindName(k, 'fr')),
      ['personne', 'durée', 'citation', 'événement'],
    );
    assert.deepEqual(
      ['person', 'duration', 'quote'].map((k) => kindName(k, 'en')),
      ['person', 'duration', 'quote'],
    );
    assert.equal(kindName({ type: 'claim', attribute: 'count' }, 'fr'), 'nombre');
  });

  it('has French for every problem, with the same placeholders', () => {
    for (const text of Object.values(PROBLEM_TEXTS)) {
      assert.notEqual(fr(text), text, `no French for "${text}"`);
      assert.deepEqual(
        fr(text)
          .match(/\{\d\}/g)
          ?.sort(),
        text.match(/\{\d\}/g)?.sort(),
        text,
      );
    }
  });
});

describe('newsmark check --lang fr on broken files and interrupted saves', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'newsmark-problems-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists a schema problem in French at its line and column, and keeps its code and English in --json', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Anne est venue.\n');
    writeFileSync(join(dir, 'a.txt.annotations.yaml'), annotation('    status: gone\n'));
    const human = capture();
    assert.equal(await runCheck([dir, '--lang', 'fr'], human.io), 1);
    assert.match(human.out.stdout, /a\.txt\.annotations\.yaml:10:13: erreur: annotations\[0\]\.status doit valoir confirmed, review, orphan ; reçu "gone"/);
    const json = capture();
    await runCheck([dir, '--lang', 'fr', '--json'], json.io);
    const problem = (JSON.parse(json.out.stdout) as { files: Array<{ problems: Array<{ code: string; message: string }> }> }).files[0].problems[0];
    assert.equal(problem.code, 'schema.one-of');
    assert.match(problem.message, /^annotations\[0\]\.status must be one of/);
  });

  it('says what interrupted saves left in French: an unreadable leftover, and a readable one to merge', async () => {
    const fixtures = join(__dirname, '..', '..', 'fixtures', 'sidecars');
    for (const f of ['article.txt', 'article.txt.annotations.yaml']) copyFileSync(join(fixtures, f), join(dir, f));
    const sidecar = join(dir, 'article.txt.annotations.yaml');
    const old = new Date(Date.now() - 3600_000);
    const truncated = `${sidecar}.aaaa0000.tmp`;
    writeFileSync(truncated, 'version: 1\ndocument:\n  source: "article.txt\n');
    const extra = `${sidecar}.bbbb1111.tmp`;
    writeFileSync(
      extra,
      readFileSync(sidecar, 'utf8').replace('rejected:', '  - id: a-extra01\n    type: person\n    quote: Marco Rubio\n    start: 38\n    end: 49\nrejected:'),
    );
    for (const f of [truncated, extra]) utimesSync(f, old, old);
    const run = capture();
    await runCheck([dir, '--lang', 'fr'], run.io);
    assert.match(run.out.stdout, /un enregistrement interrompu a laissé \S+aaaa0000\.tmp, illisible \(\d+:\d+ : il manque ici un caractère fermant/);
    assert.match(
      run.out.stdout,
      /un enregistrement interrompu a laissé \S+bbbb1111\.tmp avec 1 annotation\(s\) absente\(s\) du fichier annexe ; lancez avec --fix/,
    );
    assert.doesNotMatch(run.out.stdout, /interrupted|left alone|cannot be read/);
  });
});
