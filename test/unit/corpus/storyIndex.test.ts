// The inverted index over story vectors (story.ts StoryIndex): the pairs it finds are those the rules name, over
// vectors of our own, many sharing a term (more than 64 articles) and some sharing only a month and a year.
import { strict as assert } from 'node:assert';
import { isTimeTerm, similarStories, StoryIndex, StoryVector } from '../../../src/core/corpus/story';

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Unit vectors over a small vocabulary: 'common' in every article, months and years, and a few rarer words. */
function vectors(n: number, seed: number): StoryVector[] {
  const next = random(seed);
  const words = ['common', 'march', '2025', 'june', ...Array.from({ length: 40 }, (_, i) => `word${i}`)];
  return Array.from({ length: n }, () => {
    const terms = words.filter((_, i) => i === 0 || next() < 0.12);
    const raw = terms.map(() => 0.1 + next());
    const norm = Math.sqrt(raw.reduce((s, x) => s + x * x, 0));
    return new StoryVector(
      terms,
      Float64Array.from(raw, (x) => x / norm),
    );
  });
}

/** The pairs by the rules, summed term by term: terms of more than 64 articles left out, half the likeness not from months and years. */
function expectedPairs(vs: StoryVector[], threshold: number): string[] {
  const holders = new Map<string, number>();
  for (const v of vs) for (const t of v.terms) holders.set(t, (holders.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (let a = 0; a < vs.length; a++)
    for (let b = a + 1; b < vs.length; b++) {
      let sum = 0;
      let time = 0;
      vs[a].terms.forEach((t, i) => {
        const y = vs[b].get(t);
        if (y === undefined || holders.get(t)! > 64) return;
        sum += vs[a].weights[i] * y;
        if (isTimeTerm(t)) time += vs[a].weights[i] * y;
      });
      if (sum >= threshold && sum - time >= threshold / 2) out.push(`${a}-${b}`);
    }
  return out.sort();
}

describe('story index', () => {
  it('pairs the articles the rules pair, leaving out a term more than 64 articles hold and likeness from dates alone', () => {
    for (const seed of [1, 2, 3]) {
      const vs = vectors(150, seed);
      const got = similarStories(vs, 0.25).map((p) => `${p.a}-${p.b}`);
      assert.ok(got.length > 10, `seed ${seed}: ${got.length} pairs`);
      assert.deepEqual([...got].sort(), expectedPairs(vs, 0.25), `seed ${seed}`);
    }
  });

  it('lists most alike pairs first, and an article’s neighbours as the pairs it is in', () => {
    const vs = vectors(120, 7);
    const index = new StoryIndex(vs);
    const pairs = index.pairs(0.2);
    for (let k = 1; k < pairs.length; k++) assert.ok(pairs[k - 1].similarity >= pairs[k].similarity);
    const near = index.neighbours(5, 0.2).sort((x, y) => x - y);
    const fromPairs = pairs.flatMap((p) => (p.a === 5 ? [p.b] : p.b === 5 ? [p.a] : [])).sort((x, y) => x - y);
    assert.deepEqual(near, fromPairs);
    assert.equal(index.termCount, new Set(vs.flatMap((v) => [...v.terms])).size);
  });
});
