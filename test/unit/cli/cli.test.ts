import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/cli/commands';
import { main } from '../../../src/cli/main';

const ROOT = join(__dirname, '..', '..', '..');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('newsmark command line', () => {
  it('lists every command in `newsmark --help`', async () => {
    const { code, out } = await run(['--help']);
    assert.equal(code, 0);
    for (const c of COMMANDS) assert.match(out, new RegExp(`newsmark ${c.name} `), c.name);
  });

  it('answers `newsmark <command> --help` for every command with each of its options, exit 0', async () => {
    for (const c of COMMANDS) {
      const { code, out, err } = await run([c.name, '--help']);
      assert.equal(code, 0, `${c.name}: ${err}`);
      assert.match(out, new RegExp(`^usage: newsmark ${c.name} `), c.name);
      for (const option of Object.keys(c.options)) assert.match(out, new RegExp(`--${option}\\b`), `${c.name} --${option}`);
    }
  });

  it('refuses an unknown option or command with exit 2 and the usage', async () => {
    for (const c of COMMANDS) {
      const { code, err } = await run([c.name, 'x', '--frobnicate']);
      assert.equal(code, 2, c.name);
      assert.match(err, /unknown option '--frobnicate'/);
      assert.match(err, new RegExp(`usage: newsmark ${c.name}`));
    }
    assert.equal((await run(['frobnicate'])).code, 2);
  });

  it("reads the articles a --articles glob picks, and by default the setting's default (*.txt)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Les pourparlers ont eu lieu le 6 mars à Genève.');
      writeFileSync(join(dir, 'b.md'), 'Les négociations du 20 mars à Genève ont échoué.');
      const files = async (...args: string[]) => {
        const { code, out, err } = await run(['report', dir, '--json', '--workers', '0', ...args]);
        assert.equal(code, 0, err);
        return (JSON.parse(out) as { documents: Array<{ file: string }> }).documents.map((d) => d.file);
      };
      assert.deepEqual(await files(), ['a.txt']);
      assert.deepEqual(await files('--articles', '**/*.md'), ['b.md']);
      assert.deepEqual(await files('--articles', '*.{md,txt}'), ['a.txt', 'b.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detect --workspace: a surname alone is the person another article of the folder names in full', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Le ministre Oleg Varenko a déclaré mardi que les discussions reprendraient.');
      writeFileSync(join(dir, 'b.txt'), 'Plus tard, Varenko a signé le décret.');
      const people = async (...args: string[]) => {
        const { code, out, err } = await run(['detect', join(dir, 'b.txt'), '--json', ...args]);
        assert.equal(code, 0, err);
        return (JSON.parse(out) as { people: Array<{ text: string; id: string }> }).people.map((p) => [p.text, p.id]);
      };
      assert.deepEqual(await people(), []);
      assert.deepEqual(await people('--workspace', dir), [['Varenko', 'oleg-varenko']]);
      const missing = await run(['detect', join(dir, 'b.txt'), '--workspace', join(dir, 'none')]);
      assert.equal(missing.code, 1);
      assert.match(missing.err, /cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 without a word on stderr when the reader closes the pipe (newsmark report seeds | head -1)', async function () {
    // A child process that transpiles the whole CLI with tsx first: on a loaded machine that alone can pass 20 s.
    this.timeout(120_000);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'report', join(ROOT, 'seeds')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the report is written: every write then meets a closed pipe.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(err, '');
    assert.equal(code, 0);
  });
});
