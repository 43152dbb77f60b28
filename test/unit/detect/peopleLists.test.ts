import assert from 'node:assert/strict';
import { segmentsOf } from '../../../src/core/detect/nameSegments';
import { tokenize } from '../../../src/core/detect/nameTokens';
import { acceptListedNames, type Accepted } from '../../../src/core/detect/peopleLists';

/** The segments of `text` and an `accepted` map holding the segment that starts with `person`. */
function setUp(text: string, person: string): { segs: ReturnType<typeof segmentsOf>; accepted: Map<number, Accepted> } {
  const segs = segmentsOf(text, tokenize(text));
  const seg = segs.find((s) => s.text === person)!;
  return { segs, accepted: new Map([[seg.start, { seg, cue: 'first-name' }]]) };
}

describe('acceptListedNames', () => {
  it('accepts the names a list joins to a person, from either end and over several names', () => {
    const text = 'Hier, Varga, Okafor et Jane Porter ont signé.';
    const { segs, accepted } = setUp(text, 'Jane Porter');
    acceptListedNames(text, segs, accepted, () => false);
    assert.deepEqual(
      [...accepted.values()].map((a) => [a.seg.text, a.cue]),
      [
        ['Jane Porter', 'first-name'],
        ['Okafor', 'propagation'],
        ['Varga', 'propagation'],
      ],
    );
  });

  it('asks whether a segment is a thing or a place once, however many passes read it', () => {
    const text = 'Hier, Varga, Okafor et Jane Porter ont signé avec Marlow.';
    const { segs, accepted } = setUp(text, 'Jane Porter');
    const asked = new Map<string, number>();
    acceptListedNames(text, segs, accepted, (seg) => {
      asked.set(seg.text, (asked.get(seg.text) ?? 0) + 1);
      return seg.text === 'Varga';
    });
    assert.ok(
      [...asked.values()].every((n) => n === 1),
      JSON.stringify([...asked]),
    );
    assert.deepEqual(
      [...accepted.values()].map((a) => a.seg.text),
      ['Jane Porter', 'Okafor'],
      'Varga, turned down, is not accepted',
    );
  });
});
