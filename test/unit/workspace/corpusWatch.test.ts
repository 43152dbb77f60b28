import { strict as assert } from 'node:assert';
import { watchCorpus } from '../../../src/core/workspace/corpusWatch';
import { NodeWorkspace } from '../../../src/cli/nodeWorkspace';
import { MemoryWorkspace } from './memoryWorkspace';

const bytes = (s: string) => new TextEncoder().encode(s);

/** A folder being watched, and every event the corpus heard, as "kind path change" lines relative to it. */
function watched(files: Record<string, string> = {}, glob = '**/*.txt') {
  const workspace = new MemoryWorkspace('/w', files);
  const heard: string[] = [];
  const rel = (p: string) => workspace.relativePath(p);
  const watch = watchCorpus(workspace, glob, {
    article: (path, change) => heard.push(`article ${rel(path)} ${change}`),
    sidecar: (articlePath) => heard.push(`sidecar ${rel(articlePath)}`),
  });
  assert.ok(watch, 'an in-memory workspace can watch');
  return { workspace, heard, watch };
}

describe('watching a corpus through core Workspace (corpusWatch.ts)', () => {
  it('hears an article the glob picks created, changed and deleted, by its workspace path', async () => {
    const { workspace, heard } = watched();
    await workspace.writeFile('/w/sub/a.txt', bytes('Le sommet a eu lieu mardi.'));
    await workspace.writeFile('/w/sub/a.txt', bytes('Le sommet a eu lieu mercredi.'));
    await workspace.delete('/w/sub/a.txt');
    assert.deepEqual(heard, ['article sub/a.txt created', 'article sub/a.txt changed', 'article sub/a.txt deleted']);
  });

  it("hears a sidecar's change as its article's, and an atomic save's rename as the sidecar written", async () => {
    const { workspace, heard } = watched({ 'a.txt': 'Un texte.', 'a.txt.annotations.yaml': 'version: 1\n' });
    await workspace.writeFile('/w/a.txt.annotations.yaml.x1y2z3w4.tmp', bytes('version: 1\n# edited\n'));
    await workspace.rename('/w/a.txt.annotations.yaml.x1y2z3w4.tmp', '/w/a.txt.annotations.yaml');
    await workspace.delete('/w/a.txt.annotations.yaml');
    assert.deepEqual(heard, ['sidecar a.txt', 'sidecar a.txt']);
  });

  it('ignores files the glob does not pick, node_modules, sidecars and newsmark.yaml even under a glob that picks everything', async () => {
    const { workspace, heard } = watched({}, '**/*');
    await workspace.writeFile('/w/node_modules/pkg/readme.txt', bytes('not an article'));
    await workspace.writeFile('/w/newsmark.yaml', bytes('version: 1\n'));
    await workspace.writeFile('/w/b.md', bytes('An article in Markdown.'));
    assert.deepEqual(heard, ['article b.md created']);
    const { workspace: txtOnly, heard: txtHeard } = watched();
    await txtOnly.writeFile('/w/b.md', bytes('Not picked by **/*.txt.'));
    assert.deepEqual(txtHeard, []);
  });

  it('hears nothing once disposed', async () => {
    const { workspace, heard, watch } = watched();
    watch!.dispose();
    await workspace.writeFile('/w/a.txt', bytes('Trop tard.'));
    await workspace.writeFile('/w/a.txt.annotations.yaml', bytes('version: 1\n'));
    assert.deepEqual(heard, []);
  });

  it('is undefined over a workspace that cannot watch (the CLI reads once)', () => {
    assert.equal(watchCorpus(new NodeWorkspace('/tmp'), '**/*.txt', { article: () => undefined, sidecar: () => undefined }), undefined);
  });
});
