import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CorpusService } from '../../src/extension/corpusService';
import type { IndexingProgress } from '../../src/extension/corpusService';
import { api, EXTENSION_ID, until } from './helpers';

describe('Indexing progress in a real VS Code', function () {
  this.timeout(120_000);
  const services: CorpusService[] = [];

  after(() => {
    for (const s of services) s.dispose();
  });

  /** Another service over the workspace, without a cache (every article is read), recording its progress. */
  async function watchedService(
    onProgress?: (p: IndexingProgress, service: CorpusService) => void,
  ): Promise<{ service: CorpusService; seen: IndexingProgress[] }> {
    const { store } = await api();
    const workerPath = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'detectWorker.js').fsPath;
    const service = new CorpusService(store, undefined, '', undefined, workerPath);
    services.push(service);
    const seen: IndexingProgress[] = [];
    service.onDidReportProgress((p) => {
      seen.push({ ...p });
      onProgress?.(p, service);
    });
    return { service, seen };
  }

  it('reports a first pass article by article, from 0 to every article found, then done', async () => {
    const { service, seen } = await watchedService();
    void service.whenIndexed();
    const done = await until('the pass to report that it is done', () => seen.find((p) => p.done));
    await service.whenIndexed();
    const total = service.index.documents().length;
    assert.ok(total >= 5, `only ${total} articles indexed`);
    assert.deepEqual(done, { indexed: total, total, done: true, cancelled: false });
    assert.deepEqual(
      seen.filter((p) => !p.done).map((p) => p.indexed),
      Array.from({ length: total + 1 }, (_, i) => i),
      'not one step per article',
    );
    assert.deepEqual(service.progress, done);
  });

  it('says a pass was cancelled when a refresh stops it, then reports the new pass to the end', async () => {
    let refreshed = false;
    const { service, seen } = await watchedService((p, s) => {
      // Refresh Corpus while the first pass is at its first article: that pass stops before the next one.
      if (!refreshed && !p.done && p.indexed === 1) {
        refreshed = true;
        void s.refresh();
      }
    });
    void service.whenIndexed();
    await until('a pass to end after the refresh', () => seen.filter((p) => p.done).length >= 2);
    const [stopped, full] = seen.filter((p) => p.done);
    assert.equal(stopped.cancelled, true);
    assert.ok(stopped.indexed < stopped.total, `the stopped pass indexed ${stopped.indexed} of ${stopped.total}`);
    assert.equal(full.cancelled, false);
    assert.equal(full.indexed, full.total);
  });
});
