import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { AnalysisCache, CorpusIndex, MemoryCacheStore } from '../../../src/core/corpus/index';
import { firstPass, PassAnalyser, passWorkers, type PassArticle } from '../../../src/core/corpus/firstPass';
import { defaultPoolSize, POOL_MIN_ARTICLES } from '../../../src/core/corpus/pool';
import { corpus } from '../../../bench/corpus';
import { snapshot } from './fixtures';

// The one first pass of the CLI and the extension: whatever analyses the articles (nothing, this thread in batches,
// the worker pool) and however far it reads ahead, the index is the one filing the articles one by one makes, and
// every item listed is handed to `filed` once, in the order listed.

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const WORKER = join(__dirname, 'poolWorker.mjs');
const articles = corpus(SEEDS, 30).map((a) => ({ file: a.name, text: a.text }));

/** Reads that finish in a shuffled order (a later article's read can finish first), as a disk's reads may. */
function shuffledRead(list: PassArticle[], skip = new Set<string>()): (item: string) => Promise<PassArticle | undefined> {
  const byFile = new Map(list.map((a) => [a.file, a]));
  let k = 0;
  return (item) => new Promise((resolve) => setTimeout(() => resolve(skip.has(item) ? undefined : byFile.get(item)), (k++ * 7) % 5));
}

function oneByOne(list: PassArticle[], cache?: AnalysisCache): CorpusIndex {
  const index = new CorpusIndex(cache ? { cache } : {});
  for (const a of list) index.setDocument(a.file, a.text);
  return index;
}

describe('firstPass', function () {
  this.timeout(120_000);
  const items = articles.map((a) => a.file);

  it('files every article in the order listed, reading ahead, analysed in this thread in batches', async () => {
    const index = new CorpusIndex();
    const filed: Array<string | undefined> = [];
    const skip = new Set([items[3]]);
    const analysis = new PassAnalyser(items.length, { batch: { texts: 4, chars: 1 << 20 } });
    const result = await firstPass({ index, items, read: shuffledRead(articles, skip), analysis, filed: (a) => void filed.push(a?.file) });
    assert.deepEqual(
      filed,
      items.map((f) => (skip.has(f) ? undefined : f)),
    );
    assert.deepEqual(result, { filed: items.length, cancelled: false });
    assert.deepEqual(snapshot(index), snapshot(oneByOne(articles.filter((a) => !skip.has(a.file)))));
  });

  it('gives the same index and cache through the worker pool as one article at a time', async () => {
    const cache = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
    const index = new CorpusIndex({ cache });
    const analysis = new PassAnalyser(items.length, { workerPath: WORKER, workers: 2, warm: true });
    try {
      await firstPass({ index, items, read: shuffledRead(articles), analysis, cache });
    } finally {
      analysis.dispose();
    }
    assert.equal(analysis.stats.workers, 2);
    assert.equal(analysis.stats.analysed, items.length, 'every article analysed in a worker');
    const here = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
    assert.deepEqual(snapshot(index), snapshot(oneByOne(articles, here)));
  });

  it('only reads, in order, without an index', async () => {
    const filed: string[] = [];
    await firstPass({ index: undefined, items, read: shuffledRead(articles), filed: (a) => void filed.push(a!.text) });
    assert.deepEqual(
      filed,
      articles.map((a) => a.text),
    );
  });

  it('stops when cancelled: nothing more is filed, and it says so', async () => {
    const index = new CorpusIndex();
    let stop: (() => void) | undefined;
    const filed: string[] = [];
    const result = await firstPass({
      index,
      items,
      read: shuffledRead(articles),
      analysis: new PassAnalyser(items.length, { batch: { texts: 2, chars: 1 << 20 } }),
      filed: (a) => {
        filed.push(a!.file);
        if (filed.length === 5) stop?.();
      },
      cancellation: { isCancelled: () => filed.length >= 5, onCancelled: (s) => ((stop = s), { dispose: () => (stop = undefined) }) },
    });
    assert.equal(result.cancelled, true);
    assert.ok(filed.length >= 5 && filed.length < items.length, `filed ${filed.length}`);
    assert.equal(stop, undefined, 'the cancellation listener is let go');
    assert.equal(index.documents().length, filed.length);
  });

  it('sends an article the caller wants apart through `prepare`, and files it in order with no result from a batch', async () => {
    const index = new CorpusIndex();
    const order: string[] = [];
    const prepared: string[] = [];
    const long = new Set([items[2], items[9]]);
    await firstPass({
      index,
      items,
      read: shuffledRead(articles),
      analysis: new PassAnalyser(items.length),
      file: (a, result) => {
        order.push(`${a.file}${result ? '' : ' apart'}`);
        index.setDocument(a.file, a.text, a.options, result);
      },
      apart: { wants: (a) => long.has(a.file), prepare: async (a) => void prepared.push(a.file) },
    });
    assert.deepEqual(
      order,
      items.map((f) => (long.has(f) ? `${f} apart` : f)),
    );
    assert.deepEqual(prepared, [items[2], items[9]]);
    assert.deepEqual(snapshot(index), snapshot(oneByOne(articles)));
  });

  it('starts a pool only with a worker entry, from POOL_MIN_ARTICLES articles unless told a number', () => {
    assert.equal(passWorkers(POOL_MIN_ARTICLES * 10, {}), 0);
    assert.equal(passWorkers(POOL_MIN_ARTICLES - 1, { workerPath: WORKER }), 0);
    assert.equal(passWorkers(POOL_MIN_ARTICLES, { workerPath: WORKER }), defaultPoolSize());
    assert.equal(passWorkers(3, { workerPath: WORKER, workers: 2 }), 2);
    assert.equal(passWorkers(POOL_MIN_ARTICLES, { workerPath: WORKER, workers: -1 }), defaultPoolSize());
    assert.equal(passWorkers(POOL_MIN_ARTICLES, { workerPath: WORKER, workers: 0 }), 0);
  });
});
