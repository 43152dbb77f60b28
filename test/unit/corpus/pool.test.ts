import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { AnalysisCache, CorpusIndex, MemoryCacheStore, type CorpusDecisions } from '../../../src/core/corpus/index';
import { EntryEncoder } from '../../../src/core/corpus/cache';
import { analyseFull, analyseRequest } from '../../../src/core/corpus/analyseArticle';
import { articleStoryTerms } from '../../../src/core/corpus/storyGroup';
import { AnalysisPool, AnalysisQueue, answerPoolRequest, defaultPoolSize } from '../../../src/core/corpus/pool';
import { corpus } from '../../../bench/corpus';
import { runReport } from '../../../src/cli/report';
import { seeds, snapshot } from './fixtures';

// The first pass analysed in worker threads must give the index exactly what analysing in its own thread
// gives: same events, contradictions, people, documents, same cache entries; a worker that fails or dies
// loses nothing (its articles are analysed in the index's thread), and a cancelled pass stops.

const WORKER = join(__dirname, 'poolWorker.mjs');
const CRASHING = join(__dirname, 'crashingWorker.mjs');
const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

type Article = { name: string; text: string };
const seedArticles: Article[] = seeds.map((text, i) => ({ name: `${i}.txt`, text }));
const generated = corpus(SEEDS, 40);
const decisions: CorpusDecisions = { people: [{ id: 'vladimir-poutine', name: 'Vladimir Poutine', aliases: ['Poutine', 'Putin'] }] };

function inThread(articles: Article[], cache?: AnalysisCache, d?: CorpusDecisions): CorpusIndex {
  const index = new CorpusIndex({ ...(cache ? { cache } : {}), ...(d ? { decisions: d } : {}) });
  for (const a of articles) index.setDocument(a.name, a.text);
  return index;
}

async function pooled(articles: Article[], pool: AnalysisPool, cache?: AnalysisCache, d?: CorpusDecisions): Promise<CorpusIndex> {
  const index = new CorpusIndex({ ...(cache ? { cache } : {}), ...(d ? { decisions: d } : {}) });
  const queue = new AnalysisQueue(pool, cache);
  for (const a of articles) await queue.add(index.analysisRequest(a.name, a.text), (r) => index.setDocument(a.name, a.text, {}, r));
  await queue.done();
  return index;
}

/** What a cache holds, entry by entry, decoded (shape ids may differ between two caches; what they decode to may not). */
function entries(cache: AnalysisCache, articles: Article[]): unknown[] {
  // No registry and no decisions' people: the registry part of the key is '|' (see CorpusIndex.keyOf).
  return articles.map((a) => JSON.parse(JSON.stringify(cache.decode(cache.key(a.name, a.text, { registry: '|' }), a.name, a.text) ?? null)));
}

describe('analysis pool', function () {
  this.timeout(120_000);
  let pool: AnalysisPool;
  before(() => {
    pool = new AnalysisPool({ workerPath: WORKER, size: 2 });
  });
  after(() => pool.dispose());

  for (const [name, articles] of [
    ['the seeds', seedArticles],
    ['a generated corpus of 40 articles', generated],
  ] as const) {
    it(`gives the same events, contradictions, people and cache entries as in-thread analysis on ${name}`, async () => {
      const here = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
      const there = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
      const a = inThread(articles, here);
      const analysedBefore = pool.analysed;
      const b = await pooled(articles, pool, there);
      assert.equal(pool.analysed - analysedBefore, articles.length, 'every article was analysed in a worker');
      assert.equal(there.adopted + there.reencoded, articles.length);
      assert.deepEqual(snapshot(b), snapshot(a));
      for (const x of articles) assert.deepEqual(b.document(x.name), a.document(x.name));
      assert.deepEqual([there.hits, there.misses], [here.hits, here.misses]);
      const stored = entries(there, articles);
      assert.ok(stored.every((e) => e !== null));
      assert.deepEqual(stored, entries(here, articles));
    });
  }

  it("gives the same answers without a cache (the analysis itself comes back) and with the decisions' people", async () => {
    const a = inThread(generated, undefined, decisions);
    const b = await pooled(generated, pool, undefined, decisions);
    assert.deepEqual(snapshot(b), snapshot(a));
    for (const x of generated.slice(0, 5)) assert.deepEqual(b.document(x.name), a.document(x.name));
  });

  it('writes a cache that the next session reads back as the in-thread one', async () => {
    const here = new MemoryCacheStore();
    const there = new MemoryCacheStore();
    const c1 = new AnalysisCache(here, { version: 't' });
    const c2 = new AnalysisCache(there, { version: 't' });
    const a = inThread(seedArticles, c1);
    const b = await pooled(seedArticles, pool, c2);
    assert.deepEqual(snapshot(b), snapshot(a));
    await Promise.all([c1.flush(), c2.flush()]);
    const w1 = new AnalysisCache(here, { version: 't' });
    const w2 = new AnalysisCache(there, { version: 't' });
    await Promise.all([w1.load(), w2.load()]);
    const ra = inThread(seedArticles, w1);
    const rb = inThread(seedArticles, w2);
    assert.equal(w2.misses, 0, 'every pooled entry is read back');
    assert.deepEqual(snapshot(rb), snapshot(ra));
  });

  it('analyses in its own thread what a worker failed on or died with: nothing is lost', async () => {
    const articles = generated.slice(0, 12).map((x, i) => ({ name: x.name, text: i === 3 ? `${x.text}\nCRASH\n` : i === 7 ? `${x.text}\nFAIL\n` : x.text }));
    const crashing = new AnalysisPool({ workerPath: CRASHING, size: 2 });
    try {
      const cache = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
      const b = await pooled(articles, crashing, cache);
      assert.ok(crashing.failed >= 2, `failed ${crashing.failed}`);
      assert.ok(crashing.analysed >= 1, 'the other articles were analysed in the workers');
      assert.deepEqual(snapshot(b), snapshot(inThread(articles)));
      for (const x of articles) assert.ok(b.document(x.name), x.name);
    } finally {
      crashing.dispose();
    }
  });

  it('analyses everything in its own thread when no worker can start', async () => {
    const broken = new AnalysisPool({ workerPath: join(__dirname, 'no-such-worker.mjs'), size: 2 });
    try {
      const b = await pooled(seedArticles, broken, new AnalysisCache(new MemoryCacheStore()));
      assert.equal(broken.analysed, 0);
      assert.deepEqual(snapshot(b), snapshot(inThread(seedArticles)));
    } finally {
      broken.dispose();
    }
  });

  it('stops applying and analysing once the pass is cancelled', async () => {
    const index = new CorpusIndex();
    const queue = new AnalysisQueue(pool);
    const analysedBefore = pool.analysed;
    const applied: string[] = [];
    const adds: Array<Promise<void>> = [];
    // More articles than two workers hold at once (two messages each, of up to 24 articles).
    const many = corpus(SEEDS, 160);
    for (const [i, a] of many.entries()) {
      adds.push(
        queue.add(index.analysisRequest(a.name, a.text), (r) => {
          index.setDocument(a.name, a.text, {}, r);
          applied.push(a.name);
          if (i === 4) queue.cancel();
        }),
      );
    }
    await Promise.all(adds);
    await queue.done();
    assert.deepEqual(
      applied,
      generated.slice(0, 5).map((a) => a.name),
      'applied in order, up to the cancellation',
    );
    assert.equal(index.documents().length, 5);
    assert.ok(pool.analysed - analysedBefore < many.length, 'the articles queued after the cancellation are not analysed');
  });

  it('hands results back in the order the articles were queued, cache hits included', async () => {
    const store = new MemoryCacheStore();
    const warm = new AnalysisCache(store, { version: 't' });
    inThread(seedArticles.slice(0, 2), warm);
    await warm.flush();
    const cache = new AnalysisCache(store, { version: 't' });
    await cache.load();
    const index = new CorpusIndex({ cache });
    const queue = new AnalysisQueue(pool, cache);
    const order: string[] = [];
    for (const a of [...seedArticles].reverse())
      await queue.add(index.analysisRequest(a.name, a.text), (r) => (index.setDocument(a.name, a.text, {}, r), order.push(a.name)));
    await queue.done();
    assert.deepEqual(
      order,
      [...seedArticles].reverse().map((a) => a.name),
    );
    assert.equal(cache.hits, 2);
  });
});

describe('newsmark report with worker threads', function () {
  this.timeout(120_000);
  async function report(args: string[]): Promise<string> {
    let out = '';
    let err = '';
    const code = await runReport([SEEDS, '--json', ...args], { stdout: (s) => (out += s), stderr: (s) => (err += s) }, { workerPath: WORKER });
    assert.equal(code, 0, err);
    assert.equal(err, '');
    return out;
  }

  it("prints the report of an in-thread run, sidecars' publication dates and outlets included", async () => {
    assert.equal(await report(['--workers', '2']), await report(['--workers', '0']));
  });

  it('refuses a number of workers that is not one', async () => {
    let err = '';
    assert.equal(await runReport([SEEDS, '--workers', 'many'], { stdout: () => undefined, stderr: (s) => (err += s) }), 2);
    assert.match(err, /--workers/);
  });
});

describe('pool size', () => {
  it('uses both cores of a 2-core machine, leaves one to the indexing thread from 3 cores on, and stops at 4', () => {
    assert.deepEqual([1, 2, 3, 4, 8, 64].map(defaultPoolSize), [1, 2, 2, 3, 4, 4]);
  });
});

describe("a worker's answer", () => {
  it('carries the story terms of the article, in order, with the entry and with the analysis alone', () => {
    const text = seeds[0];
    const expected = [...articleStoryTerms(analyseFull('a.txt', text, {}, undefined, undefined))];
    assert.ok(expected.length > 10);
    for (const encode of [true, false]) {
      const { story } = analyseRequest({ key: 'k', file: 'a.txt', text, ...(encode ? { encode } : {}) }, new EntryEncoder());
      assert.deepEqual(
        story!.terms.map((t, i) => [t, story!.weights[i]]),
        expected,
      );
    }
  });
});

describe("a worker's analysis without a cache", () => {
  it('comes back without the text the index sent, and the index, keeping texts or reading them again, answers as in-thread', () => {
    const articles = generated.slice(0, 6);
    for (const readText of [undefined, (file: string) => articles.find((a) => a.name === file)?.text]) {
      const here = new CorpusIndex({ decisions, ...(readText ? { readText } : {}) });
      const there = new CorpusIndex({ decisions, ...(readText ? { readText } : {}) });
      const requests = articles.map((a, id) => ({ id, request: here.analysisRequest(a.name, a.text)! }));
      const { answers } = answerPoolRequest({ kind: 'analyse', requests });
      for (const a of answers) assert.equal(a.result!.lean!.text, '');
      articles.forEach((a, i) => {
        here.setDocument(a.name, a.text);
        there.setDocument(a.name, a.text, {}, answers[i].result);
      });
      assert.deepEqual(snapshot(there), snapshot(here));
      for (const a of articles) assert.equal(there.document(a.name)!.text, a.text);
      for (const a of articles) assert.deepEqual(there.document(a.name), here.document(a.name));
    }
  });
});

describe('entries encoded in another thread', () => {
  it('are taken as made when their shapes agree, and encoded again when another encoder took those ids first', () => {
    const [x, y] = [seedArticles[0], seedArticles[3]];
    const cache = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
    const e1 = new EntryEncoder();
    const e2 = new EntryEncoder();
    e1.sync(cache.shapeUpdate(-1, 0));
    e2.sync(cache.shapeUpdate(-1, 0));
    // The second encoder's shapes come in another order: its provisional ids clash with the first's.
    const ay = analyseFull(y.name, y.text, {}, undefined, undefined);
    const ax = analyseFull(x.name, x.text, {}, undefined, undefined);
    const ex = e1.encode(ax, x.text);
    const ey = e2.encode(ay, y.text);
    assert.ok(ex.added.length > 0 && ey.added.length > 0);
    assert.ok(cache.adopt('x', x.name, x.text, ex));
    assert.ok(cache.adopt('y', y.name, y.text, ey));
    assert.equal(cache.adopted, 1);
    assert.equal(cache.reencoded, 1);
    const reference = new AnalysisCache(new MemoryCacheStore(), { version: 't' });
    assert.deepEqual(cache.decode('x', x.name, x.text), reference.put('x', ax, x.text));
    assert.deepEqual(cache.decode('y', y.name, y.text), reference.put('y', ay, y.text));
  });
});

describe('an adopted entry read from the JSON its encoder sent', () => {
  it('decodes to the analysis its packed form gives after a restart, and to the same without the JSON', async () => {
    const x = seedArticles[1];
    const store = new MemoryCacheStore();
    const cache = new AnalysisCache(store, { version: 't' });
    const encoder = new EntryEncoder();
    encoder.sync(cache.shapeUpdate(-1, 0));
    const entry = encoder.encode(analyseFull(x.name, x.text, {}, undefined, undefined), x.text);
    assert.ok(entry.json);
    const { json: _omit, ...packedOnly } = entry;
    assert.ok(cache.adopt('x', x.name, x.text, entry));
    assert.ok(cache.adopt('x2', x.name, x.text, packedOnly));
    const fromJson = cache.decode('x', x.name, x.text);
    assert.ok(fromJson);
    assert.deepEqual(cache.decode('x2', x.name, x.text), fromJson);
    await cache.flush();
    const restarted = new AnalysisCache(store, { version: 't' });
    await restarted.load();
    assert.ok(restarted.claim('x'));
    assert.deepEqual(restarted.decode('x', x.name, x.text), fromJson);
    // Read once: a second decode goes through the packed form and still agrees.
    assert.deepEqual(cache.decode('x', x.name, x.text), fromJson);
  });
});
