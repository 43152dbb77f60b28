import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { absorbLeftovers, findLeftovers, isLeftoverOf } from '../../../src/core/sidecar/leftovers';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sidecars');

function capture() {
  let out = '';
  return { io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) } }, out: () => out };
}

/** Backdates a file so it counts as left over (not a save in progress). */
function age(path: string, seconds = 3600): void {
  const t = new Date(Date.now() - seconds * 1000);
  utimesSync(path, t, t);
}

describe('leftovers of interrupted saves', () => {
  let dir: string;
  let sidecar: string;
  let original: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-leftovers-'));
    copyFileSync(join(FIXTURES, 'article.txt'), join(dir, 'article.txt'));
    sidecar = join(dir, 'article.txt.annotations.yaml');
    copyFileSync(join(FIXTURES, 'article.txt.annotations.yaml'), sidecar);
    original = readFileSync(sidecar, 'utf8');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The fixture with one more annotation (on "Lavrov") and the claim's note changed. */
  function newerVersion(opts: { changeNote: boolean }): string {
    let text = original.replace(
      'rejected:',
      ['  - id: a-lavrov01', '    type: person', '    quote: Sergueï Lavrov', '    start: 105', '    end: 119', 'rejected:'].join('\n'),
    );
    if (opts.changeNote) text = text.replace('Other outlets say 4 hours', 'AFP says 4 hours');
    return text;
  }

  it('recognises only the temporary files saveAtomically makes for that sidecar', () => {
    assert.ok(isLeftoverOf(sidecar, `${sidecar}.a1b2c3d4.tmp`));
    assert.ok(!isLeftoverOf(sidecar, `${sidecar}.tmp`));
    assert.ok(!isLeftoverOf(sidecar, `${sidecar}.a1b2c3d4.tmp.bak`));
    assert.ok(!isLeftoverOf(sidecar, `${sidecar}x.a1b2c3d4.tmp`));
    assert.ok(!isLeftoverOf(sidecar, join(dir, 'other.txt.annotations.yaml.a1b2c3d4.tmp')));
  });

  it('merges a readable leftover with --fix: its extra annotation is kept, then the leftover is removed', async () => {
    const tmp = `${sidecar}.k9x8w7v6.tmp`;
    writeFileSync(tmp, newerVersion({ changeNote: false }));
    age(tmp);
    const report = capture();
    await runCheck([dir], report.io);
    assert.match(report.out(), /an interrupted save left .*k9x8w7v6\.tmp with 1 annotation\(s\) not in the sidecar; run with --fix/);
    assert.equal(readFileSync(sidecar, 'utf8'), original, 'check without --fix writes nothing');
    assert.ok(existsSync(tmp));

    await runCheck([dir, '--fix'], capture().io);
    const merged = parseSidecar(readFileSync(sidecar, 'utf8'), sidecar);
    assert.ok(merged.ok);
    assert.deepEqual(merged.value.annotations.map((a) => a.id).sort(), ['a-claim001', 'a-lavrov01', 'a-rubio001']);
    assert.ok(readFileSync(sidecar, 'utf8').includes('# Rubio, tagged by hand'), 'comments kept');
    assert.ok(!existsSync(tmp), 'the merged leftover is removed');
  });

  it("keeps the sidecar's version of an annotation both changed, and reports the conflict", async () => {
    const tmp = `${sidecar}.c0nf1ict.tmp`;
    writeFileSync(tmp, newerVersion({ changeNote: true }));
    age(tmp);
    const fs = new NodeFileSystem();
    const current = parseSidecar(original, sidecar);
    assert.ok(current.ok);
    const absorbed = absorbLeftovers(current.value, await findLeftovers(fs, sidecar));
    assert.ok(absorbed);
    assert.equal(absorbed.added, 1);
    assert.deepEqual(
      absorbed.conflicts.map((c) => [c.id, c.kind]),
      [['a-claim001', 'both-changed']],
    );
    assert.equal(absorbed.sidecar.annotations.find((a) => a.id === 'a-claim001')?.note, 'Other outlets say 4 hours');
    const report = capture();
    await runCheck([dir], report.io);
    assert.match(report.out(), /1 annotation\(s\) differ \(a-claim001\): the sidecar's version is kept/);
  });

  it('with --fix, merges the extra annotation of a leftover that also differs, and keeps that leftover to compare', async () => {
    const tmp = `${sidecar}.d1ffer00.tmp`;
    writeFileSync(tmp, newerVersion({ changeNote: true }));
    age(tmp);
    assert.equal(await runCheck([dir, '--fix'], capture().io), 0);
    assert.ok(readFileSync(sidecar, 'utf8').includes('a-lavrov01'), 'the extra annotation is in the sidecar');
    assert.ok(readFileSync(sidecar, 'utf8').includes('Other outlets say 4 hours'), "the sidecar's version is kept");
    assert.ok(existsSync(tmp), 'the leftover holding the other version is kept');
  });

  it('leaves a young temporary file alone: it may be a save in progress in another window', async () => {
    const tmp = `${sidecar}.y0ung123.tmp`;
    writeFileSync(tmp, newerVersion({ changeNote: false }));
    assert.deepEqual(await findLeftovers(new NodeFileSystem(), sidecar), []);
    const report = capture();
    await runCheck([dir, '--fix'], report.io);
    assert.doesNotMatch(report.out(), /interrupted/);
    assert.ok(existsSync(tmp));
  });

  it('reports a truncated leftover with its position and never deletes it', async () => {
    const tmp = `${sidecar}.trunc123.tmp`;
    const full = newerVersion({ changeNote: false });
    writeFileSync(tmp, full.slice(0, full.indexOf('quote: six') + 9) + '"six heu');
    age(tmp);
    const report = capture();
    await runCheck([dir, '--fix'], report.io);
    assert.match(report.out(), /trunc123\.tmp, which cannot be read \(\d+:\d+: /);
    assert.ok(existsSync(tmp));
    assert.equal(readFileSync(sidecar, 'utf8'), original);
  });

  it('reports a leftover that is not UTF-8 and never merges or deletes it: its bytes would be lost', async () => {
    const tmp = `${sidecar}.l4t1n000.tmp`;
    // The extra annotation's "ï" in Latin-1, as a hand edit in another editor might leave it.
    const bytes = Buffer.from(newerVersion({ changeNote: false }).replace('Sergueï', 'Serguei'), 'utf8');
    bytes[bytes.indexOf('Serguei') + 'Serguei'.length - 1] = 0xef;
    writeFileSync(tmp, bytes);
    age(tmp);
    const [found] = await findLeftovers(new NodeFileSystem(), sidecar);
    assert.equal(found.problem?.code, 'not-utf8');
    assert.equal(found.sidecar, undefined);
    const report = capture();
    await runCheck([dir, '--fix'], report.io);
    assert.match(report.out(), /l4t1n000\.tmp, which cannot be read \(1:1: the file is not valid UTF-8/);
    assert.deepEqual(readFileSync(tmp), bytes);
    assert.equal(readFileSync(sidecar, 'utf8'), original);
  });

  it('restores a sidecar whose first save was interrupted before the rename', async () => {
    rmSync(sidecar);
    const tmp = `${sidecar}.f1rst000.tmp`;
    writeFileSync(tmp, original);
    age(tmp);
    const report = capture();
    await runCheck([dir], report.io);
    assert.match(report.out(), /no sidecar; an interrupted first save left .*f1rst000\.tmp with 2 annotation\(s\)/);
    assert.ok(!existsSync(sidecar));
    await runCheck([dir, '--fix'], capture().io);
    const restored = parseSidecar(readFileSync(sidecar, 'utf8'), sidecar);
    assert.ok(restored.ok);
    assert.equal(restored.value.annotations.length, 2);
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });
});
