import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAgreement } from '../../../src/cli/agreement';
import { cohensKappa, measureAgreement, type AnnotatedFile } from '../../../src/core/team/agreement';
import { lineFinder } from '../../../src/core/team/annotatedFiles';
import { cliLanguage } from '../../../src/cli/language';
import type { SidecarAnnotation } from '../../../src/core/sidecar/schema';
import { serializeSidecar } from '../../../src/core/sidecar/yamlStore';

let n = 0;
function ann(author: string, type: SidecarAnnotation['type'], start: number, end: number): SidecarAnnotation {
  return { id: `a-${(++n).toString(36).padStart(8, '0')}`, type, quote: 'x'.repeat(end - start), start, end, prefix: '', suffix: '', author };
}

describe('agreement between two annotators', () => {
  it("computes Cohen's kappa as (observed - chance) / (1 - chance)", () => {
    // observed 3/4; chance 0.5·0.25 + 0.5·0.75 = 0.5; kappa 0.5
    const r = cohensKappa(['p', 'p', 'd', 'd'], ['p', 'd', 'd', 'd']);
    assert.equal(r.observed, 0.75);
    assert.equal(r.expected, 0.5);
    assert.equal(r.kappa, 0.5);
    assert.equal(cohensKappa([], []).kappa, undefined);
    assert.equal(cohensKappa(['p', 'p'], ['p', 'p']).kappa, undefined, 'all one label on both sides: chance explains it all');
  });

  it('counts span F1 per kind on exact spans, overlap F1 on overlapping ones, and ignores other authors', () => {
    const file: AnnotatedFile = {
      file: 'a.txt',
      annotations: [
        ann('alice', 'person', 0, 10),
        ann('bob', 'person', 0, 10), // same span
        ann('alice', 'person', 20, 30),
        ann('bob', 'person', 20, 25), // overlap only
        ann('alice', 'date', 40, 45), // only alice
        ann('carol', 'date', 40, 45), // not between alice and bob
        ann('alice', 'quote', 50, 60),
        ann('bob', 'claim', 50, 60), // same span, other kind
      ],
    };
    const r = measureAgreement([file], 'alice', 'bob');
    const person = r.kinds.find((k) => k.kind === 'person')!;
    assert.deepEqual([person.a, person.b, person.exact], [2, 2, 1]);
    assert.equal(person.f1, 0.5);
    assert.equal(person.overlapF1, 1);
    assert.equal(r.kinds.find((k) => k.kind === 'date')!.f1, 0);
    assert.deepEqual([r.overall.a, r.overall.b, r.overall.exact], [4, 3, 1]);
    // pairs by overlap: (person, person) twice, (quote, claim): observed 2/3
    assert.equal(r.kappa.pairs, 3);
    assert.ok(Math.abs(r.kappa.observed - 2 / 3) < 1e-9);
    assert.deepEqual(
      r.disagreements.map((d) => d.what),
      ['span', 'only-a', 'kind'],
    );
  });

  it('takes the CLI language from --lang, else from the locale of the environment', () => {
    assert.equal(cliLanguage('fr', {}), 'fr');
    assert.equal(cliLanguage(undefined, { LANG: 'fr_FR.UTF-8' }), 'fr');
    assert.equal(cliLanguage(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' }), 'en');
    assert.equal(cliLanguage(undefined, { LANG: 'fry_NL' }), 'en');
    assert.equal(cliLanguage(undefined, {}), 'en');
  });

  it('gives line numbers counted in code points, past astral characters', () => {
    const line = lineFinder('😀 un\ndeux 😀\ntrois');
    assert.equal(line(0), 1);
    assert.equal(line(5), 2);
    assert.equal(line(13), 3);
  });

  describe('newsmark agreement', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'newsmark-agreement-'));
      const text = 'Une première ligne.\nAnne Durand a parlé jeudi.\n';
      writeFileSync(join(dir, 'a.txt'), text);
      const annotations = [ann('alice', 'person', 20, 31), ann('bob', 'person', 20, 31), ann('alice', 'date', 40, 45)];
      writeFileSync(join(dir, 'a.txt.annotations.yaml'), serializeSidecar({ version: 1, document: { source: 'a.txt' }, annotations, rejected: [] }));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const run = async (args: string[]) => {
      let out = '';
      let err = '';
      const code = await runAgreement(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
      return { code, out, err };
    };

    it('prints a Markdown table per kind and the disagreements linked to their line', async () => {
      const r = await run([dir, '--between', 'alice', 'bob', '--lang', 'en']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /\| person \| 1 \| 1 \| 1 \| 100\.0 % \|/);
      assert.match(r.out, /\| date \| 1 \| 0 \| 0 \| 0\.0 % \|/);
      assert.match(r.out, /- \[a\.txt:2\]\(a\.txt#L2\): only alice: date/);
    });

    it('writes the report in French with --lang fr', async () => {
      const r = await run([dir, '--between', 'alice', 'bob', '--lang', 'fr']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^# Accord entre alice et bob/);
      assert.match(r.out, /\| personne \| 1 \| 1 \| 1 \| 100,0 % \|/);
      assert.match(r.out, /- \[a\.txt:2\]\(a\.txt#L2\) : seulement alice : date/);
      assert.equal((await run([dir, '--between', 'alice', 'bob', '--lang', 'de'])).code, 2);
    });

    it('reads --between A B whether the folder comes before or after, and --between A --between B', async () => {
      for (const args of [
        [dir, '--between', 'alice', 'bob'],
        ['--between', 'alice', 'bob', dir],
        ['--between', 'alice', '--between', 'bob', dir],
        ['--between=alice', 'bob', '--json', dir],
      ]) {
        const r = await run([...args, '--json']);
        assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
        assert.deepEqual(JSON.parse(r.out).between, ['alice', 'bob'], args.join(' '));
      }
    });

    it('refuses a third annotator or a second folder with a message that says where the annotators go', async () => {
      const r = await run(['--between', 'alice', 'bob', 'carol', dir, '--lang', 'en']);
      assert.equal(r.code, 2);
      assert.match(r.err, /one folder only; give the annotators after --between: --between A B/);
      assert.match((await run([dir, '--between', 'alice', '--lang', 'en'])).err, /give two different annotators/);
    });

    it('gives the same figures as JSON, and a usage error without two distinct annotators', async () => {
      const r = await run([dir, '--json', '--between', 'alice', 'bob']);
      assert.equal(JSON.parse(r.out).overall.exact, 1);
      assert.equal((await run([dir, '--between', 'alice'])).code, 2);
      assert.equal((await run([dir, '--between', 'alice', 'alice'])).code, 2);
      assert.equal((await run([dir, '--between', 'dan', 'eve'])).code, 1);
    });
  });
});
