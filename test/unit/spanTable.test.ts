import * as assert from 'node:assert/strict';
import { SpanTable } from '../../src/core/text/spanTable';

describe('SpanTable (words found where they stand in a text)', () => {
  it('numbers words in the order they were filed and finds them again in any text, by their characters', () => {
    const table = new SpanTable(10);
    const text = 'le chat et le chien';
    assert.equal(table.find(text, 0, 2), -1);
    assert.equal(table.add('le'), 0);
    assert.equal(table.find(text, 3, 7), -1);
    assert.equal(table.add('chat'), 1);
    assert.equal(table.find(text, 11, 13), 0, 'the second "le" is the first word');
    assert.equal(table.find('un chat', 3, 7), 1, 'found in another text');
    assert.equal(table.find(text, 14, 19), -1, '"chien" was never filed');
    assert.equal(table.find('Le', 0, 2), -1, 'case counts: "Le" is another word');
    assert.equal(table.find('l', 0, 1), -1, 'a prefix of a word is another word');
  });

  it('tells apart many words, colliding slots included, in a small table', () => {
    const table = new SpanTable(1000, 4); // 16 slots for 12 words: probes run past each other
    const words = Array.from({ length: 12 }, (_, k) => `w${k * 7919}`);
    for (const w of words) {
      assert.equal(table.find(w, 0, w.length), -1);
      table.add(w);
    }
    words.forEach((w, k) => assert.equal(table.find(`« ${w} »`, 2, 2 + w.length), k));
  });

  it('says when it is full, and refuses to file a word no missed find located', () => {
    const table = new SpanTable(2);
    for (const w of ['a', 'b']) {
      assert.equal(table.full, false);
      table.find(w, 0, 1);
      table.add(w);
    }
    assert.equal(table.full, true);
    assert.throws(() => table.add('c'), /without a missed find/);
    assert.equal(table.find('a', 0, 1), 0);
    assert.throws(() => table.add('a'), /without a missed find/, 'a find that hit locates no free slot');
  });
});
