import { strict as assert } from 'node:assert';
import { saveAtomically } from '../../../src/core/sidecar/save';
import { MemoryFileSystem } from './memoryFs';

const PATH = '/corpus/a.txt.annotations.yaml';
const VALID = 'version: 1\ndocument:\n  source: a.txt\nannotations: []\n';
const NEWER = 'version: 1\ndocument:\n  source: a.txt\n  outlet: AFP\nannotations: []\n';

describe('saveAtomically', () => {
  it('writes a temporary file beside the target, then renames it over', async () => {
    const fs = new MemoryFileSystem({ [PATH]: VALID });
    const r = await saveAtomically(fs, PATH, NEWER, { randomSuffix: () => 'r4nd0m00' });
    assert.deepEqual(r, { ok: true });
    assert.deepEqual(fs.log, [`write ${PATH}.r4nd0m00.tmp`, `rename ${PATH}.r4nd0m00.tmp -> ${PATH}`]);
    assert.equal(fs.text(PATH), NEWER);
    assert.equal(fs.files.size, 1, 'no temporary file left');
  });

  it('creates a missing file', async () => {
    const fs = new MemoryFileSystem();
    assert.deepEqual(await saveAtomically(fs, PATH, VALID), { ok: true });
    assert.equal(fs.text(PATH), VALID);
  });

  it('refuses to overwrite a sidecar whose YAML is broken on disk, and says where', async () => {
    const broken = 'version: 1\ndocument:\n  source: "a.txt\n';
    const fs = new MemoryFileSystem({ [PATH]: broken });
    const r = await saveAtomically(fs, PATH, NEWER);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.reason, 'invalid-on-disk');
    assert.match(r.message, /will not overwrite/);
    assert.ok(r.problems && r.problems[0].line >= 3);
    assert.equal(fs.text(PATH), broken);
    assert.deepEqual(fs.log, [], 'nothing written');
  });

  it('refuses to overwrite a sidecar that parses but breaks the schema', async () => {
    const invalid = 'version: 1\ndocument:\n  source: ../../etc/passwd\n';
    const fs = new MemoryFileSystem({ [PATH]: invalid });
    const r = await saveAtomically(fs, PATH, NEWER);
    assert.equal(r.ok, false);
    assert.equal(fs.text(PATH), invalid);
  });

  it('refuses to write content that is itself invalid', async () => {
    const fs = new MemoryFileSystem({ [PATH]: VALID });
    const r = await saveAtomically(fs, PATH, 'version: 1\n');
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.reason, 'invalid-new');
    assert.equal(fs.text(PATH), VALID);
  });

  it('validates newsmark.yaml as a corpus file', async () => {
    const fs = new MemoryFileSystem({ '/corpus/newsmark.yaml': 'version: 1\npeople: [{id: p-1}]\n' });
    const r = await saveAtomically(fs, '/corpus/newsmark.yaml', 'version: 1\n');
    assert.equal(!r.ok && r.reason, 'invalid-on-disk');
  });

  it('reports a full disk as an error, keeps the old file and removes the temporary one', async () => {
    const fs = new MemoryFileSystem({ [PATH]: VALID });
    fs.failNext.rename = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const r = await saveAtomically(fs, PATH, NEWER, { randomSuffix: () => 'x' });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /ENOSPC/);
    assert.equal(fs.text(PATH), VALID);
    assert.deepEqual([...fs.files.keys()], [PATH]);
  });

  it('reports a write error without throwing', async () => {
    const fs = new MemoryFileSystem({ [PATH]: VALID });
    fs.failNext.writeFile = Object.assign(new Error('read-only file system'), { code: 'EROFS' });
    const r = await saveAtomically(fs, PATH, NEWER);
    assert.equal(!r.ok && r.reason, 'io');
    assert.equal(fs.text(PATH), VALID);
  });
});
