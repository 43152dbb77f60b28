import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnalysisCache, CorpusIndex, MemoryCacheStore, type CorpusDecisions } from '../../../src/core/corpus/index';

import { detectMemo, seeds, snapshot } from './fixtures';

// Edits that move articles between events: dates, places, durations, and whole paragraphs.
const EDITS: Array<(t: string) => string> = [
  (t) => t.replace(/Istanbul/g, 'Genève'),
  (t) => t.replace(/Riyad/g, 'Istanbul'),
  (t) => t.replace(/jeudi/g, 'mardi'),
  (t) => t.replace(/18 février/g, '19 février'),
  (t) => t.replace(/six heures/g, 'quatre heures'),
  (t) => t.slice(0, Math.floor(t.length / 2)),
  (t) => `${t}\n\nLes pourparlers du 3 mars 2025 à Riyad ont duré cinq heures.`,
  (t) => t,
];

describe('incremental corpus index', () => {
  it('answers exactly like an index built from scratch after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ doc: fc.nat(seeds.length + 1), edit: fc.nat(EDITS.length - 1), remove: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        (steps) => {
          const texts = new Map<string, string>(seeds.map((t, i) => [`${i}.txt`, t]));
          const live = new CorpusIndex({ detect: detectMemo });
          for (const [f, t] of texts) live.setDocument(f, t);
          live.events();
          live.contradictions();
          for (const s of steps) {
            const file = `${s.doc}.txt`;
            const base = texts.get(file) ?? seeds[s.doc % seeds.length];
            if (s.remove && texts.has(file)) {
              texts.delete(file);
              live.removeDocument(file);
            } else {
              const text = EDITS[s.edit](base);
              texts.set(file, text);
              live.setDocument(file, text);
            }
            // Query between edits, as the tree does, so cached state is exercised.
            live.events();
            live.contradictions();
          }
          const fresh = new CorpusIndex({ detect: detectMemo });
          for (const [f, t] of [...texts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) fresh.setDocument(f, t);
          assert.deepEqual(snapshot(live), snapshot(fresh));
        },
      ),
      { numRuns: 25, seed: 6 },
    );
  });

  it('keeps the same answers when decisions change between edits', () => {
    const decisions: CorpusDecisions = { events: [{ id: 'mine', title: 'Mon événement', mentions: [{ file: '0.txt', start: 0, end: 40 }] }] };
    const live = new CorpusIndex({ detect: detectMemo });
    seeds.forEach((t, i) => live.setDocument(`${i}.txt`, t));
    live.events();
    live.setDecisions(decisions);
    live.setDocument('1.txt', EDITS[0](seeds[1]));
    const fresh = new CorpusIndex({ detect: detectMemo, decisions });
    seeds.forEach((t, i) => fresh.setDocument(`${i}.txt`, i === 1 ? EDITS[0](seeds[1]) : t));
    assert.deepEqual(snapshot(live), snapshot(fresh));
  });
});

describe('analysis cache', () => {
  it('gives an index identical to one built without it, and skips detection on a warm start', async () => {
    const store = new MemoryCacheStore();
    const cold = new AnalysisCache(store, { version: 't' });
    await cold.load();
    const a = new CorpusIndex({ detect: detectMemo, cache: cold });
    seeds.forEach((t, i) => a.setDocument(`${i}.txt`, t));
    await cold.flush();

    let calls = 0;
    const counting = (t: string, o: { published?: string }) => (calls++, detectMemo(t, o));
    const warm = new AnalysisCache(store, { version: 't' });
    await warm.load();
    const b = new CorpusIndex({ detect: counting, cache: warm });
    seeds.forEach((t, i) => b.setDocument(`${i}.txt`, t));
    assert.equal(calls, 0);
    for (let i = 0; i < seeds.length; i++) assert.deepEqual(b.document(`${i}.txt`), a.document(`${i}.txt`));
    assert.deepEqual(snapshot(b), snapshot(a));
  });

  it('misses when the text, the publication date or the version changes', async () => {
    const store = new MemoryCacheStore();
    const c = new AnalysisCache(store, { version: '1' });
    await c.load();
    const idx = new CorpusIndex({ detect: detectMemo, cache: c });
    idx.setDocument('a.txt', seeds[0]);
    await c.flush();
    const again = new AnalysisCache(store, { version: '1' });
    await again.load();
    assert.ok(again.get('a.txt', seeds[0], { registry: '|' }));
    assert.equal(again.get('a.txt', `${seeds[0]} `, { registry: '|' }), undefined);
    assert.equal(again.get('a.txt', seeds[0], { registry: '|', published: '2025-01-01' }), undefined);
    const other = new AnalysisCache(store, { version: '2' });
    await other.load();
    assert.equal(other.get('a.txt', seeds[0], { registry: '|' }), undefined);
  });

  it('treats a corrupt blob as an empty cache', async () => {
    const store = new MemoryCacheStore();
    store.data = 'not a cache\n\u0000garbage';
    const c = new AnalysisCache(store);
    await c.load();
    assert.equal(c.size, 0);
    assert.equal(c.get('a.txt', 'x'), undefined);
  });
});
