import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnalysisCache, CorpusIndex, MemoryCacheStore, type CorpusDecisions, type DetectFn } from '../../../src/core/corpus/index';
import { detectMemo, seeds, snapshot } from './fixtures';

// The analysis cache across sessions: lean entries decoded on demand, and the grouped events and claims
// read back when no article changed. Every session must answer exactly like an index without a cache.

const files = seeds.map((_, i) => `${i}.txt`);

/** Lets the cache's zero-delay write of the groups run. */
const tick = () => new Promise((r) => setTimeout(r, 5));

function counting(): DetectFn & { calls: number } {
  const fn = ((text: string, o: { published?: string }) => {
    fn.calls++;
    return detectMemo(text, o);
  }) as DetectFn & { calls: number };
  fn.calls = 0;
  return fn;
}

/** One session: load the cache, index the articles, answer, write the cache, as the extension does. */
async function session(store: MemoryCacheStore, texts: readonly string[] = seeds, options: { decisions?: CorpusDecisions; version?: string } = {}) {
  const cache = new AnalysisCache(store, { version: options.version ?? 't' });
  await cache.load();
  const detect = counting();
  const index = new CorpusIndex({ detect, cache, ...(options.decisions ? { decisions: options.decisions } : {}) });
  texts.forEach((t, i) => index.setDocument(files[i], t));
  await cache.flush();
  const answers = snapshot(index);
  await tick();
  return { cache, index, detect, answers, restored: !!(index as unknown as { state: { built?: { restored?: unknown } } }).state.built?.restored };
}

function fresh(texts: readonly string[] = seeds, decisions?: CorpusDecisions): unknown {
  const index = new CorpusIndex({ detect: detectMemo, ...(decisions ? { decisions } : {}) });
  texts.forEach((t, i) => index.setDocument(files[i], t));
  return snapshot(index);
}

describe('analysis cache across sessions', () => {
  it('reads the grouped results back when no article changed: no detection, no grouping, the same answers', async () => {
    const store = new MemoryCacheStore();
    const cold = await session(store);
    assert.equal(cold.restored, false);
    assert.match(store.data ?? '', /\n=groups\t/, 'the groups are written after the first answers');
    const warm = await session(store);
    assert.equal(warm.detect.calls, 0);
    assert.equal(warm.restored, true);
    assert.deepEqual(warm.answers, cold.answers);
    assert.deepEqual(warm.answers, fresh());
  });

  it('decodes an article only when something asks for it, and gives it back as the cold index had it', async () => {
    const store = new MemoryCacheStore();
    const cold = await session(store);
    const warm = await session(store);
    for (const f of files) assert.deepEqual(warm.index.document(f), cold.index.document(f));
  });

  it('keeps the detector output out of the cache and runs detection again only when it is read', async () => {
    const store = new MemoryCacheStore();
    const cold = await session(store);
    const warm = await session(store);
    const doc = warm.index.document(files[1])!;
    assert.equal(warm.detect.calls, 0);
    assert.equal(Object.keys(doc).includes('detections'), false);
    assert.deepEqual(doc.detections, detectMemo(seeds[1], {}));
    assert.equal(warm.detect.calls, 1);
    assert.ok(cold.index.document(files[1])!.detections.dates.length > 0);
  });

  it('groups again, with the same answers as a fresh index, when one article changed since', async () => {
    const store = new MemoryCacheStore();
    await session(store);
    const edited = seeds.map((t, i) => (i === 2 ? t.replace(/Istanbul/g, 'Genève') : t));
    const warm = await session(store, edited);
    assert.equal(warm.restored, false);
    assert.equal(warm.detect.calls, 1);
    assert.deepEqual(warm.answers, fresh(edited));
    // And that state is what the next session reads back.
    const next = await session(store, edited);
    assert.equal(next.restored, true);
    assert.deepEqual(next.answers, warm.answers);
  });

  it('does not read back groups made under other decisions', async () => {
    const store = new MemoryCacheStore();
    const cold = await session(store);
    const ids = cold.index.events().map((e) => e.id);
    const decisions: CorpusDecisions = { events: [{ id: ids[0], title: 'Renommé', merge: ids.slice(1, 3) }] };
    const warm = await session(store, seeds, { decisions });
    assert.equal(warm.restored, false);
    assert.deepEqual(warm.answers, fresh(seeds, decisions));
  });

  it('applies verdicts and links on top of groups read back', async () => {
    const store = new MemoryCacheStore();
    const cold = await session(store);
    const c = cold.index.contradictions()[0];
    assert.ok(c);
    const warm = await session(store);
    assert.equal(warm.restored, true);
    warm.index.setDecisions({
      verdicts: [{ id: c.id, status: 'dismissed', note: 'même source' }],
      links: [{ a: { file: files[0], start: 0, end: 10 }, b: { file: files[1], start: 0, end: 10 } }],
    });
    const decided = warm.index.contradictions();
    assert.equal(decided.find((x) => x.id === c.id)?.status, 'dismissed');
    assert.ok(decided.some((x) => x.attribute === 'user'));
    assert.deepEqual(
      decided,
      (() => {
        const idx = new CorpusIndex({
          detect: detectMemo,
          decisions: {
            verdicts: [{ id: c.id, status: 'dismissed', note: 'même source' }],
            links: [{ a: { file: files[0], start: 0, end: 10 }, b: { file: files[1], start: 0, end: 10 } }],
          },
        });
        files.forEach((f, i) => idx.setDocument(f, seeds[i]));
        return idx.contradictions();
      })(),
    );
  });

  it('answers edits after a session that read the groups back exactly like a fresh index', async () => {
    const store = new MemoryCacheStore();
    await session(store);
    const warm = await session(store);
    assert.equal(warm.restored, true);
    const texts = [...seeds];
    // One edit that keeps grouping, one that changes it, querying in between.
    texts[3] = texts[3].replace(/six heures/g, 'sept heures');
    warm.index.setDocument(files[3], texts[3]);
    assert.deepEqual(snapshot(warm.index), fresh(texts));
    texts[0] = texts[0].replace(/Riyad/g, 'Istanbul');
    warm.index.setDocument(files[0], texts[0]);
    assert.deepEqual(snapshot(warm.index), fresh(texts));
  });

  it('patches a build read back from the cache like its own, edit after edit', async () => {
    const store = new MemoryCacheStore();
    await session(store);
    const pristine = store.data;
    // Typo-like edits keep grouping (patched); the others regroup (and then patch as usual).
    const insertAt = (at: number, word: string) => (t: string) => {
      const i = t.indexOf(' ', Math.floor(t.length * at));
      return i < 0 ? `${t} ${word}` : `${t.slice(0, i)} ${word}${t.slice(i)}`;
    };
    const edits: Array<(t: string) => string> = [
      insertAt(0.5, 'très'),
      insertAt(0.1, 'vraiment'),
      insertAt(0.9, 'aussi'),
      (t) => `Note. ${t}`,
      (t) => t.replace(/six heures/g, 'sept heures'),
      (t) => t.replace(/«([^»]{20,}?) (\p{L}+)/u, '«$1 bien $2'),
      (t) => t.replace(/Istanbul/g, 'Genève'),
      (t) => t.replace(/jeudi/g, 'mardi'),
    ];
    let patchedOnRestore = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ doc: fc.nat(seeds.length - 1), edit: fc.nat(edits.length - 1), query: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        async (steps) => {
          // Each run from the same blob (edits that regroup write theirs).
          const copy = new MemoryCacheStore();
          copy.data = pristine;
          const warm = await session(copy);
          assert.equal(warm.restored, true);
          const texts = [...seeds];
          for (const [k, step] of steps.entries()) {
            texts[step.doc] = edits[step.edit](texts[step.doc]);
            warm.index.setDocument(files[step.doc], texts[step.doc]);
            if (k === 0 && (warm.index as unknown as { state: { built?: { restored?: unknown } } }).state.built?.restored) patchedOnRestore++;
            if (step.query) {
              warm.index.events();
              warm.index.contradictions();
            }
          }
          assert.deepEqual(snapshot(warm.index), fresh(texts));
        },
      ),
      { numRuns: 25, seed: 3 },
    );
    assert.ok(patchedOnRestore > 0, 'some first edits kept the build read back');
  });

  it('ignores a cache of another format or version and builds it again', async () => {
    const store = new MemoryCacheStore();
    store.data = 'newsmark-analysis-cache/2\tt\nabc\t{"file":"0.txt","mentions":[]}\n';
    const first = await session(store);
    assert.equal(first.detect.calls, seeds.length);
    assert.deepEqual(first.answers, fresh());
    assert.match(store.data ?? '', /^newsmark-analysis-cache\/3\tt\n/);
    const other = await session(store, seeds, { version: 'u' });
    assert.equal(other.detect.calls, seeds.length);
    assert.deepEqual(other.answers, fresh());
  });

  it('treats corrupt entries as misses and analyses those articles again', async () => {
    const store = new MemoryCacheStore();
    await session(store);
    // Damage every entry differently: bad base64, truncated, valid base64 of garbage.
    let n = 0;
    store.data = store
      .data!.split('\n')
      .map((line) => {
        if (!line || line.startsWith('=') || line.startsWith('newsmark')) return line;
        const [key, value] = line.split('\t');
        const kind = n++ % 3;
        return `${key}\t${kind === 0 ? '!!not base64!!' : kind === 1 ? value.slice(0, value.length >> 1) : Buffer.from('{"nonsense":1}').toString('base64')}`;
      })
      .filter((l) => !l.startsWith('=groups'))
      .join('\n');
    const warm = await session(store);
    assert.equal(warm.detect.calls, seeds.length);
    assert.equal(warm.cache.misses, seeds.length);
    assert.deepEqual(warm.answers, fresh());
    // Rewritten whole: the next session is warm again.
    const next = await session(store);
    assert.equal(next.detect.calls, 0);
    assert.equal(next.restored, true);
  });

  it('groups from scratch when the stored groups do not decode', async () => {
    const store = new MemoryCacheStore();
    await session(store);
    store.data = store.data!.replace(/\n=groups\t([^\t]*)\t[^\n]*/, '\n=groups\t$1\tgarbage\tmore garbage\tx\ty\tz\tw');
    const warm = await session(store);
    assert.equal(warm.restored, false);
    assert.equal(warm.detect.calls, 0);
    assert.deepEqual(warm.answers, fresh());
  });

  it('treats a blob without its key lists, or with damaged ones, as empty', async () => {
    for (const damage of [
      (s: string) => s.replace(/\n=shapes\t[^\n]*/, ''),
      (s: string) => s.replace(/\n=shapes\t[^\n]*/, '\n=shapes\t[["__proto__"]]'),
      (s: string) => s.replace(/\n=shapes\t/, '\n=shapes\t{'),
      (s: string) => s.slice(0, s.length >> 1),
    ]) {
      const store = new MemoryCacheStore();
      await session(store);
      store.data = damage(store.data!);
      const warm = await session(store);
      assert.deepEqual(warm.answers, fresh());
    }
  });

  it('drops entries nobody asked for since the load on the next write', async () => {
    const store = new MemoryCacheStore();
    await session(store);
    const cache = new AnalysisCache(store, { version: 't' });
    await cache.load();
    const index = new CorpusIndex({ detect: detectMemo, cache });
    index.setDocument(files[0], seeds[0]);
    index.setDocument(files[1], seeds[1]);
    index.removeDocument(files[1]);
    await cache.flush();
    assert.equal(cache.size, 2);
    const again = new AnalysisCache(store, { version: 't' });
    await again.load();
    assert.equal(again.size, 0);
    assert.ok(again.get(files[0], seeds[0], { registry: '|' }));
    assert.equal(again.get(files[2], seeds[2], { registry: '|' }), undefined);
  });

  it('keeps code-point offsets right in articles with characters outside the BMP', async () => {
    const texts = seeds.map((t, i) => (i === 1 ? `😀 ${t.replace('Istanbul', 'Istanbul 🇹🇷')}` : t));
    const store = new MemoryCacheStore();
    const cold = await session(store, texts);
    const warm = await session(store, texts);
    assert.equal(warm.restored, true);
    assert.deepEqual(warm.answers, cold.answers);
    assert.deepEqual(warm.answers, fresh(texts));
    assert.deepEqual(warm.index.document(files[1]), cold.index.document(files[1]));
  });
});
