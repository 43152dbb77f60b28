import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NodeWorkspace } from '../../../src/cli/nodeWorkspace';
import type { Workspace } from '../../../src/core/workspace/workspace';
import { MemoryWorkspace } from './memoryWorkspace';

const FILES: Record<string, string> = {
  'a.txt': 'un',
  'a.txt.annotations.yaml': 'version: 1',
  'newsmark.yaml': 'version: 1',
  'sub/b.txt': 'deux',
  'sub/c.md': 'trois',
  'node_modules/x/readme.txt': 'non',
  '.git/notes.txt': 'non',
};

/** The same contract for every Workspace: what the CLI finds is what the unit tests' fake finds. */
function contract(name: string, make: () => { workspace: Workspace; cleanup?: () => void }) {
  describe(`${name} (core Workspace)`, () => {
    it('finds the articles a glob picks, in a stable order, never sidecars, newsmark.yaml, node_modules or hidden folders', async () => {
      const { workspace, cleanup } = make();
      try {
        const rel = async (glob: string) => (await workspace.findArticles(glob)).map((p) => workspace.relativePath(p));
        assert.deepEqual(await rel('**/*.txt'), ['a.txt', 'sub/b.txt']);
        assert.deepEqual(await rel('**/*'), ['a.txt', 'sub/b.txt', 'sub/c.md']);
        assert.deepEqual(await rel('sub/*.{md,txt}'), ['sub/b.txt', 'sub/c.md']);
      } finally {
        cleanup?.();
      }
    });

    it('reads an article it found', async () => {
      const { workspace, cleanup } = make();
      try {
        const [first] = await workspace.findArticles('a.txt');
        assert.equal(new TextDecoder().decode(await workspace.readFile(first)), 'un');
        assert.equal((await workspace.stat(first))?.size, 2);
      } finally {
        cleanup?.();
      }
    });
  });
}

contract('NodeWorkspace', () => {
  const root = mkdtempSync(join(tmpdir(), 'newsmark-ws-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return { workspace: new NodeWorkspace(root), cleanup: () => rmSync(root, { recursive: true, force: true }) };
});

contract('MemoryWorkspace', () => ({ workspace: new MemoryWorkspace('/w', FILES) }));
