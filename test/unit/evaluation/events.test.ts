import { strict as assert } from 'node:assert';
import { bCubed, lookAlikesMerged, pairwise, scoreMentions } from '../../../src/core/evaluation/events';

const gold = new Map([
  ['a', 'E1'],
  ['b', 'E1'],
  ['c', 'E2'],
  ['d', 'E2'],
]);
const topic = new Map([
  ['a', 't'],
  ['b', 't'],
  ['c', 't'],
  ['d', 't'],
]);

describe('event evaluation', () => {
  it('scores a perfect clustering 1 and everything-alone with full precision', () => {
    assert.equal(
      bCubed(
        new Map([
          ['a', 'x'],
          ['b', 'x'],
          ['c', 'y'],
          ['d', 'y'],
        ]),
        gold,
      ).f1,
      1,
    );
    const alone = bCubed(new Map(), gold);
    assert.equal(alone.precision, 1);
    assert.equal(alone.recall, 0.5);
    assert.equal(pairwise(new Map(), gold).recall, 0);
  });

  it('counts look-alike pairs put together', () => {
    const all = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'x'],
    ]);
    assert.deepEqual(lookAlikesMerged(all, gold, topic), { merged: 4, pairs: 4 });
    assert.equal(pairwise(all, gold).precision, 2 / 6);
  });

  it('finds gold mentions a system mention overlaps and scores their grouping', () => {
    const r = scoreMentions(
      [
        { file: 'f', start: 0, end: 5, instance: 'I1' },
        { file: 'f', start: 10, end: 15, instance: 'I1' },
        { file: 'f', start: 20, end: 25, instance: 'I2' },
      ],
      [
        { file: 'f', start: 2, end: 4, event: 'e' },
        { file: 'f', start: 12, end: 18, event: 'e' },
      ],
    );
    assert.equal(r.found, 2);
    assert.equal(r.total, 3);
    assert.equal(r.b3.precision, 1);
  });
});
