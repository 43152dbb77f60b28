import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CorpusService } from '../../src/extension/corpusService';
import { api, EXTENSION_ID } from './helpers';

/** Everything the index answers, as one comparable value. */
function snapshot(service: CorpusService): unknown {
  const i = service.index;
  return JSON.parse(
    JSON.stringify({ events: i.events(), contradictions: i.contradictions(), agreements: i.agreements(), people: i.people(), documents: i.documents() }),
  );
}

describe('First pass through the analysis pool, in a real VS Code', function () {
  this.timeout(120_000);
  const config = () => vscode.workspace.getConfiguration('newsmark');
  const services: CorpusService[] = [];

  after(async () => {
    for (const s of services) s.dispose();
    await config().update('indexing.workers', undefined, vscode.ConfigurationTarget.Workspace);
  });

  /** Another service over the same workspace, without a cache, its first pass run with `workers` threads. */
  async function indexAgain(workers: number): Promise<CorpusService> {
    const { store } = await api();
    await config().update('indexing.workers', workers, vscode.ConfigurationTarget.Workspace);
    const workerPath = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'detectWorker.js').fsPath;
    const service = new CorpusService(store, undefined, '', undefined, workerPath);
    services.push(service);
    await service.whenIndexed();
    return service;
  }

  it('indexed the small workspace in its own thread at activation: starting workers would cost more than it saves', async () => {
    const corpus = (await api()).corpus;
    await corpus.whenIndexed();
    assert.deepEqual(corpus.service.poolStats(), { workers: 0, analysed: 0, failed: 0 });
  });

  it('gives through the pool the events, contradictions and people of an in-thread pass', async () => {
    // Two more passes over the workspace as it is now (other suites add articles): without a cache, so that
    // every article is analysed; in two worker threads (asked for: the workspace is small), which hand back
    // the analyses themselves, then here.
    const pooled = await indexAgain(2);
    assert.deepEqual(pooled.poolStats(), { workers: 2, analysed: pooled.index.documents().length, failed: 0 });
    const inThread = await indexAgain(0);
    assert.equal(inThread.poolStats()?.workers, 0);
    const expected = snapshot(inThread);
    assert.ok((expected as { events: unknown[] }).events.length > 0);
    assert.deepEqual(snapshot(pooled), expected);
  });
});
