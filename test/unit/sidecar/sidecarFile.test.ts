import { strict as assert } from 'node:assert';
import { readYamlFile, SidecarSync } from '../../../src/core/sidecar/sidecarFile';
import { MemoryFileSystem } from './memoryFs';

const VALID = 'version: 1\ndocument:\n  source: a.txt\nannotations: []\n';
const PATH = '/w/a.txt.annotations.yaml';

describe('sidecar sync (src/core/sidecar/sidecarFile.ts)', () => {
  it("tells its own write from another writer's change of the same file", async () => {
    const fs = new MemoryFileSystem();
    const sync = new SidecarSync(fs);
    assert.deepEqual(await sync.readChanged(PATH), { state: 'missing' });
    assert.deepEqual(await sync.write(PATH, VALID), { ok: true });
    assert.deepEqual(await sync.readChanged(PATH), { state: 'own' });
    const theirs = VALID.replace('annotations: []', 'annotations: []\n# edited in git\n');
    fs.files.set(PATH, new TextEncoder().encode(theirs));
    assert.deepEqual(await sync.readChanged(PATH), { state: 'changed', text: theirs });
  });

  it('reports a file that is not UTF-8 as unreadable, never as text to merge', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set(PATH, Uint8Array.from([0x76, 0x65, 0xff, 0xfe]));
    const read = await new SidecarSync(fs).readChanged(PATH);
    assert.equal(read.state, 'unreadable');
  });

  it('forgets a text it could not write, so the file on disk is not taken for its own', async () => {
    const fs = new MemoryFileSystem({ [PATH]: 'version: [broken' });
    const sync = new SidecarSync(fs);
    const result = await sync.write(PATH, VALID);
    assert.equal(result.ok, false);
    assert.equal(fs.text(PATH), 'version: [broken', 'an invalid file on disk is never overwritten');
    fs.files.set(PATH, new TextEncoder().encode(VALID));
    assert.deepEqual(await sync.readChanged(PATH), { state: 'changed', text: VALID });
  });

  it('reads a sidecar for a one-off reader: its text without BOM, or missing, too large, not UTF-8, unreadable', async () => {
    const fs = new MemoryFileSystem({ [PATH]: '\uFEFF' + VALID });
    assert.deepEqual(await readYamlFile(fs, PATH), { state: 'read', text: VALID });
    assert.deepEqual(await readYamlFile(fs, '/w/none.annotations.yaml'), { state: 'missing' });
    assert.deepEqual(await readYamlFile(fs, PATH, 10), { state: 'too-large', size: VALID.length + 3 });
    fs.files.set(PATH, Uint8Array.from([0x23, 0x20, 0xe9, 0x0a]));
    assert.deepEqual(await readYamlFile(fs, PATH), {
      state: 'unreadable',
      problems: [{ code: 'not-utf8', params: [], message: 'the file is not valid UTF-8: Newsmark will not overwrite it', line: 1, column: 1 }],
    });
    fs.failNext.readFile = new Error('EIO: disk gone');
    const failed = await readYamlFile(fs, PATH);
    assert.equal(failed.state === 'unreadable' && failed.problems[0].code, 'cannot-read');
  });
});
