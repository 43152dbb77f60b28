import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { ArticleSession } from '../../../src/core/session/articleSession';
import { saveAtomically } from '../../../src/core/sidecar/save';
import { sequentialIds } from '../../../src/core/sidecar/ids';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';
import { FaultyFileSystem, fcParams, record } from './harness';

const ARTICLE = [
  "Le chef de la diplomatie russe, Sergueï Lavrov, s'est rendu jeudi à Istanbul.",
  '« Nous avançons », a déclaré Sergueï Lavrov aux journalistes.',
  'La réunion a duré plus de quatre heures, selon Marco Rubio.',
].join('\n');
const noDetect = () => ({ published: null, language: 'fr' as const, people: [], dates: [], durations: [], quotes: [] });

function session(prefix = 'a'): ArticleSession {
  return new ArticleSession('article.txt', ARTICLE, undefined, { ids: sequentialIds(prefix), detect: noDetect });
}

function spanOf(quote: string): [number, number] {
  const at = [...ARTICLE].join('').indexOf(quote);
  return [at, at + [...quote].length];
}

/** Saves a session the way the extension's store does: atomically, then marks what was written. */
async function save(fs: FaultyFileSystem | NodeFileSystem, path: string, s: ArticleSession) {
  const version = s.version;
  const text = s.serialize();
  const result = await saveAtomically(fs, path, text);
  if (result.ok) {
    const parsed = parseSidecar(text, path);
    s.markSaved(version, parsed.ok ? parsed.doc : undefined);
  }
  return result;
}

describe('reliability: file-system faults', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-faults-'));
    path = join(dir, 'article.txt.annotations.yaml');
    writeFileSync(join(dir, 'article.txt'), ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const FAULTS: Array<{ code: string; op: 'writeFile' | 'rename'; what: string }> = [
    { code: 'EACCES', op: 'writeFile', what: 'Read-only folder (permission denied; simulated, as CI runs as root)' },
    { code: 'EROFS', op: 'rename', what: 'Read-only file system' },
    { code: 'ENOSPC', op: 'writeFile', what: 'Disk full (half the temporary file written)' },
  ];
  for (const f of FAULTS) {
    it(`keeps every annotation in memory and the old sidecar intact on ${f.code}, then saves once the fault clears`, async function () {
      const fs = new FaultyFileSystem(new NodeFileSystem());
      const s = session();
      s.tag('person', ...spanOf('Sergueï Lavrov'));
      assert.ok((await save(fs, path, s)).ok);
      const before = readFileSync(path, 'utf8');
      fs.failing.set(f.op, f.code);
      let crashes = 0;
      let result;
      try {
        s.tag('place', ...spanOf('Istanbul'));
        s.tag('person', ...spanOf('Marco Rubio'));
        result = await save(fs, path, s);
      } catch {
        crashes++;
      }
      const lostInMemory = 3 - s.annotations().length;
      const unchanged = readFileSync(path, 'utf8') === before;
      const tmpLeft = readdirSync(dir).some((n) => n.endsWith('.tmp'));
      const dirtyAfterFailure = s.isDirty;
      fs.failing.clear();
      const retried = await save(fs, path, s);
      const onDisk = parseSidecar(readFileSync(path, 'utf8'), path);
      const lostOnDisk = onDisk.ok ? 3 - onDisk.value.annotations.length : 3;
      record(this, {
        area: 'Faults',
        fault: `${f.what}: ${f.code} from ${f.op}`,
        protection: 'saveAtomically catches the error, removes the temporary file and returns a message; the session stays dirty',
        cases: 1,
        lost: lostInMemory + lostOnDisk,
        corrupted: unchanged ? 0 : 1,
        crashes,
        note: result && !result.ok ? `message: "${result.message.replace(dir, '<dir>')}"` : 'no error reported',
      });
      assert.equal(crashes, 0);
      assert.ok(result && !result.ok && result.reason === 'io');
      assert.match(result.message, new RegExp(`${f.code}.*|cannot save`));
      assert.ok(result.message.includes(path), 'the message names the file');
      assert.ok(unchanged, 'the old sidecar was damaged');
      assert.ok(!tmpLeft, 'a temporary file was left behind');
      assert.equal(dirtyAfterFailure, true, 'the session forgot it has unsaved work');
      assert.equal(lostInMemory, 0);
      assert.ok(retried.ok);
      assert.equal(lostOnDisk, 0);
    });
  }

  it('keeps annotations in memory when the sidecar is deleted while the article is open, and writes them all back', async function () {
    const fs = new NodeFileSystem();
    const s = session();
    s.tag('person', ...spanOf('Sergueï Lavrov'));
    s.tag('place', ...spanOf('Istanbul'));
    assert.ok((await save(fs, path, s)).ok);
    rmSync(path);
    s.tag('person', ...spanOf('Marco Rubio'));
    const result = await save(fs, path, s);
    const parsed = parseSidecar(readFileSync(path, 'utf8'), path);
    const lost = 3 - (parsed.ok ? parsed.value.annotations.length : 0);
    record(this, {
      area: 'Faults',
      fault: 'Sidecar deleted while the article is open',
      protection: 'The session holds every annotation; the next save recreates the whole sidecar',
      cases: 1,
      lost,
      corrupted: parsed.ok ? 0 : 1,
      crashes: 0,
    });
    assert.ok(result.ok);
    assert.equal(lost, 0);
  });

  it('reports, without losing anything, a save after the article and its folder were deleted or renamed', async function () {
    const fs = new NodeFileSystem();
    const s = session();
    s.tag('person', ...spanOf('Sergueï Lavrov'));
    rmSync(dir, { recursive: true, force: true });
    const result = await save(fs, path, s);
    record(this, {
      area: 'Faults',
      fault: 'Article and its folder deleted (or renamed) while open',
      protection: 'saveAtomically reports ENOENT naming the file; the session keeps the annotations',
      cases: 1,
      lost: 1 - s.annotations().length,
      corrupted: 0,
      crashes: 0,
      note: !result.ok ? `message: "${result.message.replace(dir, '<dir>')}"` : '',
    });
    assert.ok(!result.ok && result.reason === 'io' && /ENOENT/.test(result.message));
    assert.equal(s.annotations().length, 1);
    assert.equal(s.isDirty, true);
  });
});

describe('reliability: two writers on one sidecar', () => {
  const QUOTES = ['Sergueï Lavrov', 'Istanbul', 'Nous avançons', 'plus de quatre heures', 'Marco Rubio', 'jeudi', 'journalistes', 'diplomatie russe'];

  it('loses no annotation from either side and returns every true conflict (read, merge, write cycles)', async function () {
    let cases = 0;
    let lost = 0;
    let conflicts = 0;
    let dropped = 0;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('tag' as const), q: fc.nat(QUOTES.length - 1) }),
      fc.record({ kind: fc.constant('note' as const), q: fc.nat(20) }),
      fc.record({ kind: fc.constant('remove' as const), q: fc.nat(20) }),
      fc.record({ kind: fc.constant('sync' as const), q: fc.constant(0) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), op), { minLength: 2, maxLength: 25 }), async (steps) => {
        cases++;
        const dir = mkdtempSync(join(tmpdir(), 'newsmark-writers-'));
        const path = join(dir, 'article.txt.annotations.yaml');
        try {
          const fs = new NodeFileSystem();
          const sides = [session('a'), session('b')];
          const seen = ['', ''];
          /** Ids each side created and never removed itself; ids removed by a side. */
          const created = [new Set<string>(), new Set<string>()];
          const removed = new Set<string>();
          const sync = async (k: number) => {
            const s = sides[k];
            const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : '';
            if (onDisk && onDisk !== seen[k]) {
              const parsed = parseSidecar(onDisk, path);
              assert.ok(parsed.ok, 'the sidecar on disk is valid');
              const found = s.mergeFromDisk(parsed.value, parsed.doc);
              conflicts += found.length;
              // A true conflict keeps ours: the annotation must still be here.
              for (const c of found) if (c.ours && !s.annotation(c.id)) dropped++;
              seen[k] = onDisk;
            }
            if (s.isDirty) {
              const result = await save(fs, path, s);
              assert.ok(result.ok, !result.ok ? result.message : '');
              seen[k] = readFileSync(path, 'utf8');
            }
          };
          for (const [side, o] of steps) {
            const k = side ? 1 : 0;
            const s = sides[k];
            if (o.kind === 'tag') {
              const quote = QUOTES[o.q];
              const at = ARTICLE.indexOf(quote);
              created[k].add(s.tag('person', at, at + [...quote].length).id);
            } else if (o.kind === 'note' && s.annotations().length) {
              const a = s.annotations()[o.q % s.annotations().length];
              s.update(a.id, { note: `${k}:${o.q}` });
            } else if (o.kind === 'remove' && s.annotations().length) {
              const a = s.annotations()[o.q % s.annotations().length];
              s.remove(a.id);
              removed.add(a.id);
            } else if (o.kind === 'sync') await sync(k);
          }
          // Both settle: each syncs twice so each has seen the other's last write.
          await sync(0);
          await sync(1);
          await sync(0);
          const final = parseSidecar(existsSync(path) ? readFileSync(path, 'utf8') : 'version: 1\ndocument: {source: article.txt}\n', path);
          assert.ok(final.ok);
          const ids = new Set(final.value.annotations.map((a) => a.id));
          for (const k of [0, 1]) {
            for (const id of created[k]) {
              if (removed.has(id)) continue;
              if (!ids.has(id)) lost++;
              assert.ok(ids.has(id), `annotation ${id} from writer ${k} was lost`);
            }
          }
          assert.deepEqual(
            sides[0]
              .annotations()
              .map((a) => a.id)
              .sort(),
            [...ids].sort(),
            'the two writers agree',
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      fcParams(40),
    );
    record(this, {
      area: 'Concurrent writers',
      fault: 'Two sessions tagging, editing and removing on one sidecar, each merging what is on disk before writing',
      protection:
        'ArticleSession.mergeFromDisk: three-way merge by id; a deletion wins only over an unchanged annotation; conflicts keep ours and are returned',
      cases,
      lost: lost + dropped,
      corrupted: 0,
      crashes: 0,
      note: `${conflicts} true conflicts returned to the caller (none dropped)`,
    });
    assert.equal(lost + dropped, 0);
  });

  it('keeps pending annotations when a git checkout replaces the sidecar, and returns the conflict on a shared one', async function () {
    const a = session('a');
    const x = a.tag('person', ...spanOf('Sergueï Lavrov'));
    const base = a.serialize();
    a.markSaved(a.version);
    // Pending here: a note on x and a new annotation.
    a.update(x.id, { note: 'ours' });
    const y = a.tag('place', ...spanOf('Istanbul'));
    // The checkout brings a different note on x and an annotation of its own.
    const theirs = parseSidecar(base, 'article.txt.annotations.yaml');
    assert.ok(theirs.ok);
    theirs.value.annotations[0].note = 'theirs';
    theirs.value.annotations.push({ id: 'b-1', type: 'date', quote: 'jeudi', start: 50, end: 55, prefix: '', suffix: '' });
    const conflicts = a.mergeFromDisk(theirs.value, theirs.doc);
    const ids = a
      .annotations()
      .map((n) => n.id)
      .sort();
    const lost = [x.id, y.id, 'b-1'].filter((id) => !ids.includes(id)).length;
    record(this, {
      area: 'Concurrent writers',
      fault: 'A git checkout replaces the sidecar while annotations are pending in memory',
      protection: 'mergeFromDisk keeps additions from both sides and returns the conflicting edit (ours kept)',
      cases: 1,
      lost,
      corrupted: 0,
      crashes: 0,
      note: `${conflicts.length} conflict returned: ${conflicts.map((c) => `${c.id} ${c.kind}`).join(', ')}`,
    });
    assert.equal(lost, 0);
    assert.deepEqual(
      conflicts.map((c) => [c.id, c.kind, (c.theirs as { note?: string }).note]),
      [[x.id, 'both-changed', 'theirs']],
    );
    assert.equal(a.annotation(x.id)!.note, 'ours');
  });
});
