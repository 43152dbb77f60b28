import { strict as assert } from 'node:assert';
import { antecedentsOf, anyInRange, firstAtLeast, OverlapIndex, type AnaphoraMention } from '../../../src/core/corpus/analyzeLookup';

/** A list whose element reads are counted. */
function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

describe('analysis look-ups', () => {
  it('answers an overlap query as a scan of the spans would', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: rnd(20) }, () => {
        const start = rnd(200);
        return { start, end: start + rnd(30) };
      });
      const index = new OverlapIndex(spans);
      for (let q = 0; q < 100; q++) {
        const start = rnd(230);
        const end = start + rnd(20);
        assert.equal(
          index.overlaps(start, end),
          spans.some((s) => s.start < end && start < s.end),
          `${start}-${end} in ${JSON.stringify(spans)}`,
        );
      }
    }
  });

  it('finds offsets in sorted lists by binary search', () => {
    const values = [2, 4, 4, 9];
    assert.deepEqual(
      [0, 2, 3, 4, 5, 9, 10].map((x) => firstAtLeast(values, x)),
      [0, 0, 1, 1, 3, 3, 4],
    );
    assert.ok(anyInRange(values, 3, 5));
    assert.ok(!anyInRange(values, 5, 9));
    assert.ok(!anyInRange(values, 9, 9));
  });

  it('walks back only over the antecedents it returns and one more, in a sentence of 20,000 mentions', () => {
    // Every other mention is anchored (dated or placed); all are in sentence 0, or far later.
    const n = 20_000;
    const mentions: AnaphoraMention[] = Array.from({ length: n + 1 }, (_, index) => ({ index, sentence: index < n ? 0 : 100 }));
    const anchored = counted(Array.from({ length: n / 2 }, (_, k) => 2 * k));
    const realBefore = Array.from({ length: 101 }, (_, i) => i); // every sentence is a real one
    // Far from all of them: nothing to return, and one look back.
    assert.deepEqual(antecedentsOf(mentions[n], anchored.list, mentions, realBefore), []);
    assert.ok(anchored.reads() <= 20, `${anchored.reads()} reads`);
    // An ordinal that none of them has: all are read and skipped (none is returned).
    const before = anchored.reads();
    const withOrdinal = { index: 11, sentence: 0, ordinal: { n: 2 } };
    const ordinals = mentions.map((m) => ({ ...m, ordinal: { n: 1 } }));
    assert.deepEqual(antecedentsOf(withOrdinal, anchored.list, ordinals, realBefore), []);
    assert.ok(anchored.reads() - before <= 6 + 20, `${anchored.reads() - before} reads for 6 candidates`);
    // In the same sentence: all earlier anchored mentions, nearest first.
    assert.deepEqual(antecedentsOf(mentions[7], anchored.list, mentions, realBefore), [6, 4, 2, 0]);
  });

  it('counts a window of three real sentences back from the mention', () => {
    const mentions: AnaphoraMention[] = [0, 1, 2, 3, 4, 5].map((sentence, index) => ({ index, sentence }));
    // Sentences 1 and 2 are captions (not real): the window reaches further back.
    const realBefore = [1, 1, 1, 2, 3, 4];
    const anchored = [0, 1, 2, 3, 4];
    assert.deepEqual(antecedentsOf(mentions[5], anchored, mentions, realBefore), [4, 3, 2, 1, 0]);
    assert.deepEqual(antecedentsOf(mentions[5], anchored, mentions, [1, 2, 3, 4, 5, 6]), [4, 3, 2]);
  });
});
