import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import fc from 'fast-check';
import { AnalysisCache, CorpusIndex, MemoryCacheStore } from '../../../src/core/corpus/index';
import { corpus } from '../../../bench/corpus';
import { detectMemo, snapshot } from './fixtures';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

// A generated corpus: seeds with people, places and numbers varied, so that some articles share an undated
// event at a busy place (events of many articles, which an edit patches rather than rebuilds).
const ARTICLES = corpus(SEEDS, 40);

// Edits that keep grouping as it was (a word typed, a word removed) and edits that move mentions between
// events (a day, a weekday, a place changed; a paragraph added; the end cut).
const EDITS: Array<(t: string) => string> = [
  (t) => {
    const at = t.indexOf(' ', t.length >> 1);
    return `${t.slice(0, at)} très${t.slice(at)}`;
  },
  (t) => t.replace(/ (très|selon) /, ' '),
  (t) =>
    t.replace(
      /(\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/,
      (_, d: string, m: string) => `${(Number(d) % 27) + 1} ${m}`,
    ),
  (t) => t.replace(/lundi|mardi|mercredi|jeudi/, 'vendredi'),
  (t) => t.replace(/Istanbul|Riyad|Genève|Paris|Moscou|Washington/, 'Istanbul'),
  (t) => `${t}\n\nLes pourparlers à Istanbul ont duré cinq heures, selon un diplomate.`,
  (t) => t.slice(0, Math.floor(t.length * 0.6)),
];

function fresh(texts: Map<string, string>): CorpusIndex {
  const idx = new CorpusIndex({ detect: detectMemo });
  for (const [f, t] of texts) idx.setDocument(f, t);
  return idx;
}

describe('incremental corpus index on a generated corpus', () => {
  it('patched or regrouped after random edits, answers like an index built from scratch', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ doc: fc.nat(ARTICLES.length - 1), edit: fc.nat(EDITS.length - 1) }), { minLength: 1, maxLength: 6 }), (steps) => {
        const texts = new Map(ARTICLES.map((a) => [a.name, a.text]));
        const live = fresh(texts);
        live.events();
        live.contradictions();
        for (const s of steps) {
          const file = ARTICLES[s.doc].name;
          const text = EDITS[s.edit](texts.get(file)!);
          texts.set(file, text);
          live.setDocument(file, text);
          live.events();
          live.contradictions();
        }
        assert.deepEqual(snapshot(live), snapshot(fresh(texts)));
      }),
      { numRuns: 12, seed: 61 },
    );
  }).timeout(300_000);

  it('patched after a warm start from the cache, answers like an index built from scratch', async () => {
    const store = new MemoryCacheStore();
    const cold = new AnalysisCache(store);
    const first = new CorpusIndex({ detect: detectMemo, cache: cold });
    for (const a of ARTICLES) first.setDocument(a.name, a.text);
    first.events();
    first.contradictions();
    await cold.flush();
    const texts = new Map(ARTICLES.map((a) => [a.name, a.text]));
    const warm = new AnalysisCache(store);
    await warm.load();
    const live = new CorpusIndex({ detect: detectMemo, cache: warm });
    for (const [f, t] of texts) live.setDocument(f, t);
    live.events();
    live.contradictions();
    // Articles of the biggest event first: their edits patch an event of many articles.
    const biggest = [...live.events()].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const files = [...new Set(biggest.mentions.map((m) => m.file))];
    assert.ok(files.length >= 2, `the biggest event has ${files.length} article`);
    const order = [...files, ...ARTICLES.map((a) => a.name)];
    for (let k = 0; k < 8; k++) {
      const file = order[k % order.length];
      const text = EDITS[k % 2 === 0 ? 0 : (k >> 1) % EDITS.length](texts.get(file)!);
      texts.set(file, text);
      live.setDocument(file, text);
      live.events();
      live.contradictions();
      assert.deepEqual(snapshot(live), snapshot(fresh(texts)), `after edit ${k} (${file})`);
    }
  }).timeout(300_000);
});
