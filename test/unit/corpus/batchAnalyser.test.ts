import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { AnalysisCache, MemoryCacheStore } from '../../../src/core/corpus/cache';
import { BatchAnalyser, RESPONSIVE_BATCH } from '../../../src/core/corpus/batchAnalyser';
import { AnalysisQueue } from '../../../src/core/corpus/pool';
import { DETECT_BATCH } from '../../../src/core/detect/index';
import { corpus } from '../../../bench/corpus';
import { snapshot } from './fixtures';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
// More than one batch, and a last one that only `done` sends.
const articles = corpus(SEEDS, DETECT_BATCH.texts + 7);
const decisions = { people: [{ id: 'poutine', name: 'Vladimir Poutine', aliases: ['Poutine'] }] };

describe('BatchAnalyser', () => {
  it('indexes a pass in this thread, in batches, exactly as setDocument one article at a time', async () => {
    const one = new CorpusIndex({ decisions });
    for (const a of articles) one.setDocument(a.name, a.text);
    const batched = new CorpusIndex({ decisions });
    const analyser = new BatchAnalyser();
    const queue = new AnalysisQueue(analyser);
    const applied: string[] = [];
    const results: boolean[] = [];
    for (const a of articles)
      await queue.add(batched.analysisRequest(a.name, a.text), (r) => {
        results.push(r !== undefined);
        batched.setDocument(a.name, a.text, {}, r);
        applied.push(a.name);
      });
    await queue.done();
    assert.deepEqual(
      applied,
      articles.map((a) => a.name),
      'applied in the order added',
    );
    assert.ok(
      results.every((r) => r),
      'every article came with its analysis',
    );
    assert.deepEqual(snapshot(batched), snapshot(one));
    for (const a of articles) assert.deepEqual(batched.document(a.name), one.document(a.name));
  });

  for (const [label, limit] of [
    ['DETECT_BATCH', DETECT_BATCH],
    ['RESPONSIVE_BATCH (the extension host)', RESPONSIVE_BATCH],
  ] as const)
    it(`with a cache, bounded by ${label}, indexes and caches a pass exactly as setDocument one article at a time`, async () => {
      const oneStore = new MemoryCacheStore();
      const oneCache = new AnalysisCache(oneStore, { version: 't' });
      const one = new CorpusIndex({ decisions, cache: oneCache });
      for (const a of articles) one.setDocument(a.name, a.text);
      const store = new MemoryCacheStore();
      const cache = new AnalysisCache(store, { version: 't' });
      const batched = new CorpusIndex({ decisions, cache });
      const queue = new AnalysisQueue(new BatchAnalyser(limit), cache);
      let whole = 0;
      for (const a of articles)
        await queue.add(batched.analysisRequest(a.name, a.text), (r) => {
          if (r?.analysis && !r.entry) whole++;
          batched.setDocument(a.name, a.text, {}, r);
        });
      await queue.done();
      assert.equal(whole, articles.length, 'every article came with its whole analysis, not an entry');
      assert.deepEqual(snapshot(batched), snapshot(one));
      for (const a of articles) assert.deepEqual(batched.document(a.name), one.document(a.name));
      await Promise.all([oneCache.flush(), cache.flush()]);
      assert.ok(store.data, 'the cache was written');
      assert.equal(store.data, oneStore.data, 'the same cache written');
    });

  it('analyses a batch as soon as it holds its bound in characters, not before', async () => {
    const index = new CorpusIndex();
    const [a, b, c] = articles;
    const analyser = new BatchAnalyser({ texts: 1000, chars: a.text.length + b.text.length + 1 });
    const settled: string[] = [];
    const add = (x: (typeof articles)[number]) => analyser.analyse(index.analysisRequest(x.name, x.text)!).then(() => settled.push(x.name));
    const first = [add(a), add(b)];
    await new Promise(setImmediate);
    assert.deepEqual(settled, [], 'two articles are under the bound: they wait');
    await Promise.all([...first, add(c)]);
    assert.deepEqual(settled, [a.name, b.name, c.name], 'the third reached the bound: the three were analysed, with no flush');
  });

  it('answers a cancelled request with no result, without analysing it', async () => {
    const analyser = new BatchAnalyser();
    const index = new CorpusIndex();
    const a = articles[0];
    const pending = analyser.analyse(index.analysisRequest(a.name, a.text)!, undefined, () => true);
    analyser.flush();
    assert.equal(await pending, undefined);
  });
});
