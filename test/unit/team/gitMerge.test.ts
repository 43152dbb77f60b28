/**
 * The merge driver as git runs it: a real repository in a temp folder, `newsmark init-git`, two
 * branches annotating one article, `git merge`.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheck } from '../../../src/cli/check';
import { GITATTRIBUTES_LINES, runInitGit } from '../../../src/cli/initGit';
import { ARTICLE, BASE_SIDECAR, annotationOn, edit, parsed } from './helpers';

const SIDECAR = 'article.txt.annotations.yaml';
/** This checkout's CLI, run from source through tsx, as git will start it. */
const CLI = `"${process.execPath}" --import "${pathToFileURL(require.resolve('tsx')).href}" "${resolve(__dirname, '../../../src/cli/main.ts')}"`;

function sink() {
  let text = '';
  return { io: { stdout: { write: (s: string) => (text += s) }, stderr: { write: (s: string) => (text += s) } }, text: () => text };
}

describe('git merges of sidecars through newsmark merge-driver', function () {
  this.timeout(120000);
  let repo: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const commitSidecar = (branch: string, from: string, text: string, message: string) => {
    assert.equal(git('checkout', '-q', '-b', branch, from).status, 0);
    writeFileSync(join(repo, SIDECAR), text);
    assert.equal(git('commit', '-qam', message).status, 0);
  };

  beforeEach(async () => {
    repo = mkdtempSync(join(tmpdir(), 'newsmark-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.invalid');
    writeFileSync(join(repo, 'article.txt'), ARTICLE);
    writeFileSync(join(repo, SIDECAR), BASE_SIDECAR);
    const init = sink();
    assert.equal(await runInitGit([repo, '--command', CLI], init.io), 0, init.text());
    git('add', '.');
    assert.equal(git('commit', '-qm', 'article and its sidecar').status, 0);
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('init-git writes the .gitattributes lines and the driver entry once, however often it runs', async () => {
    assert.equal(await runInitGit([repo, '--command', CLI], sink().io), 0);
    const attributes = readFileSync(join(repo, '.gitattributes'), 'utf8');
    for (const line of GITATTRIBUTES_LINES) assert.equal(attributes.split('\n').filter((l) => l === line).length, 1);
    assert.equal(git('config', 'merge.newsmark.driver').out.trim(), `${CLI} merge-driver %O %A %B %P`);
    assert.match(git('check-attr', 'merge', SIDECAR).out, /merge: newsmark/);
    assert.match(git('check-attr', 'merge', 'sub/newsmark.yaml').out, /merge: newsmark/);
  });

  it('merges two branches that annotated the same article differently, losing nothing, into a valid sidecar', () => {
    commitSidecar(
      'alice',
      'main',
      edit(BASE_SIDECAR, (s) => {
        s.annotations.push(annotationOn('a-alice001', 'date', 'jeudi'));
        s.annotations[0].note = 'Secretary of State';
      }),
      'alice: a date, a note',
    );
    commitSidecar(
      'bob',
      'main',
      edit(BASE_SIDECAR, (s) => {
        s.annotations.push(annotationOn('a-bob00001', 'person', 'Sergueï Lavrov'));
        s.annotations[1].qualifier = 'about';
      }),
      'bob: Lavrov, a qualifier',
    );
    git('checkout', '-q', 'alice');
    const merge = git('merge', '--no-edit', 'bob');
    assert.equal(merge.status, 0, merge.out);
    const merged = parsed(readFileSync(join(repo, SIDECAR), 'utf8'));
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['a-alice001', 'a-bob00001', 'a-claim001', 'a-rubio001']);
    assert.equal(merged.annotations.find((a) => a.id === 'a-rubio001')?.note, 'Secretary of State');
    assert.equal(merged.annotations.find((a) => a.id === 'a-claim001')?.qualifier, 'about');
    assert.equal(merged.conflicts, undefined);
  });

  it('stops on a deletion against an edit, keeps the edit and the conflict in the file, and check lists it', async () => {
    commitSidecar(
      'carol',
      'main',
      edit(BASE_SIDECAR, (s) => s.annotations.splice(0, 1)),
      'carol: not a person mention',
    );
    commitSidecar(
      'dave',
      'main',
      edit(BASE_SIDECAR, (s) => (s.annotations[0].entity = 'p-marco-rubio')),
      'dave: entity',
    );
    git('checkout', '-q', 'carol');
    const merge = git('merge', '--no-edit', 'dave');
    assert.notEqual(merge.status, 0, 'git must stop for a person to decide');
    assert.match(merge.out, /merge conflict on a-rubio001: deleted on our side, changed on theirs/);
    const text = readFileSync(join(repo, SIDECAR), 'utf8');
    assert.doesNotMatch(text, /^<<<<<<<|^>>>>>>>/m);
    const merged = parsed(text);
    assert.equal(merged.annotations.find((a) => a.id === 'a-rubio001')?.entity, 'p-marco-rubio');
    assert.deepEqual(
      merged.conflicts?.map((c) => [c.id, c.kind]),
      [['a-rubio001', 'deleted-changed']],
    );
    const check = sink();
    assert.equal(await runCheck([repo], check.io), 1);
    assert.match(check.text(), /article\.txt\.annotations\.yaml:\d+:\d+: error: merge conflict on a-rubio001/);
  });

  it('falls back to a line merge with conflict markers when a side is not a valid sidecar', () => {
    commitSidecar('eve', 'main', BASE_SIDECAR.replace('version: 1', 'version: 1\nannotations: [oops'), 'eve: broken by hand');
    commitSidecar(
      'frank',
      'main',
      edit(BASE_SIDECAR, (s) => (s.annotations[0].note = 'checked')),
      'frank: note',
    );
    git('checkout', '-q', 'eve');
    const merge = git('merge', '--no-edit', 'frank');
    assert.match(merge.out, /merging it line by line instead/);
    const text = readFileSync(join(repo, SIDECAR), 'utf8');
    assert.match(text, /annotations: \[oops/);
    assert.match(text, /note: checked/);
  });
});
