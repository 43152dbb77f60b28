// A new user's first run (issue #18, items 0, 1 and 8): `npm start` and `npm test` set themselves up on a
// fresh clone, every command the README shows works in the order shown, and `npm start` opens a working copy.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const setup = () => import('../../../scripts/setup.mjs');
const host = () => import('../../../scripts/vscode-host.mjs');

function tempDir(label: string): string {
  return mkdtempSync(join(os.tmpdir(), `newsmark-${label}-`));
}

/** The checkout's files as a fresh clone has them: tracked or new, nothing git ignores (no dist/, no node_modules). */
function cloneLike(): string {
  const dir = tempDir('clone');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  // Regular files only: in a worktree, node_modules and .vscode-test may be links that git does not ignore.
  for (const f of files.filter((f) => f && existsSync(join(ROOT, f)) && lstatSync(join(ROOT, f)).isFile())) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  return dir;
}

/** The shell lines of the README's ```sh blocks, in order, without their comments. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s#.*$/, '').trim())
    .filter((l) => l && !l.startsWith('#'));
}

describe('first run on a fresh clone', function () {
  this.timeout(120_000);

  it('says the dependencies must be installed when node_modules is missing or not the locked versions', async () => {
    const { dependencyState } = await setup();
    const dir = tempDir('deps');
    const lock = {
      lockfileVersion: 3,
      packages: { '': {}, 'node_modules/yaml': { version: '2.8.0' }, 'node_modules/fsevents': { version: '2.3.3', optional: true } },
    };
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
    assert.match(dependencyState(dir) ?? '', /node_modules is missing/);
    mkdirSync(join(dir, 'node_modules'));
    assert.match(dependencyState(dir) ?? '', /not installed by npm ci/);
    const installed = (version: string) =>
      writeFileSync(join(dir, 'node_modules', '.package-lock.json'), JSON.stringify({ packages: { 'node_modules/yaml': { version } } }));
    installed('2.7.1');
    assert.match(dependencyState(dir) ?? '', /yaml is 2\.7\.1, package-lock\.json wants 2\.8\.0/);
    installed('2.8.0');
    assert.equal(dependencyState(dir), undefined, 'an optional package of another platform may be missing');
    rmSync(dir, { recursive: true, force: true });
  });

  it('npm start and npm test begin with the set-up step, which needs nothing but Node', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['start', 'test']) assert.match(scripts[name], /^node scripts\/setup\.mjs && /, `npm ${name}`);
    const imports = [...readFileSync(join(ROOT, 'scripts', 'setup.mjs'), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    assert.ok(imports.length > 0 && imports.every((m) => m.startsWith('node:')), `setup.mjs imports ${imports.join(', ')}`);
  });

  it("runs every command line of the README's command-line block, in order, on a clone with no dist/", () => {
    const dir = cloneLike();
    try {
      // The dependencies are this checkout's (a real npm ci is checked by .ci/run, which starts from a bare clone).
      symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
      const lines = readmeCommands().filter((l) => !/^npm (start|test)\b/.test(l));
      assert.ok(lines.length >= 3, `README command lines: ${lines.join(' | ')}`);
      for (const line of lines) {
        const r = spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 0, `\`${line}\` exited with ${r.status}\n${r.stderr.slice(-2000)}`);
        // A line that sends its output to a file prints nothing by design; import reports on stderr.
        if (!/\s>\s/.test(line)) assert.ok((r.stdout + r.stderr).trim().length > 0, `\`${line}\` printed nothing`);
      }
      assert.ok(existsSync(join(dir, 'dist', 'cli.js')), 'the first command built dist/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm start opens a git-ignored working copy of seeds/, made when missing and kept afterwards', async () => {
    const { startFolder } = await host();
    const dir = tempDir('start');
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', 'a.txt'), 'Un article.\n');
    const folder = startFolder(dir);
    assert.notEqual(resolve(folder), resolve(dir, 'seeds'));
    assert.equal(readFileSync(join(folder, 'a.txt'), 'utf8'), 'Un article.\n');
    writeFileSync(join(folder, 'a.txt.annotations.yaml'), 'annotations: []\n');
    assert.equal(startFolder(dir), folder);
    assert.ok(existsSync(join(folder, 'a.txt.annotations.yaml')), 'a second start keeps the work done in the copy');
    assert.ok(!existsSync(join(dir, 'seeds', 'a.txt.annotations.yaml')), 'seeds/ untouched');
    rmSync(dir, { recursive: true, force: true });
    const ignored = spawnSync('git', ['check-ignore', '-q', join(ROOT, 'playground', 'x.txt.annotations.yaml')], { cwd: ROOT });
    assert.equal(ignored.status, 0, 'playground/ is git-ignored');
  });
});
