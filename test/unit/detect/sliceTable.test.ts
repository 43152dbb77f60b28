import assert from 'node:assert/strict';
import { classify, tokenize } from '../../../src/core/detect/nameTokens';
import { SliceTable } from '../../../src/core/detect/sliceTable';

describe('SliceTable', () => {
  it('finds a word by its span in a text, and only that word', () => {
    const table = new SliceTable<number>(4, 4);
    const slot = table.add('Lavrov', 1);
    const text = 'selon Lavrov, Lavrova et lavrov';
    assert.equal(table.find(text, 6, 12), slot);
    assert.equal(table.word(slot), 'Lavrov');
    assert.equal(table.value(slot), 1);
    assert.equal(table.find(text, 14, 21), -1, 'a longer word with the same start');
    assert.equal(table.find(text, 25, 31), -1, 'the same letters in another case');
  });

  it('keeps answering after it empties itself when half full', () => {
    const table = new SliceTable<string>(3, 3);
    const words = ['Ana', 'Bo', 'Cy', 'Dee', 'Eve', 'Flo', 'Gus', 'Hal', 'Ivy', 'Jo'];
    for (const w of words) table.add(w, w.toLowerCase());
    const text = words.join(' ');
    let at = 0;
    let found = 0;
    for (const w of words) {
      const slot = table.find(text, at, at + w.length);
      if (slot >= 0) {
        assert.equal(table.word(slot), w);
        found++;
      }
      at += w.length + 1;
    }
    // Eight slots, emptied when four are taken: before "Eve" and before "Ivy"; "Ivy" and "Jo" are left.
    assert.equal(found, 2);
    assert.equal(table.find(text, 0, 3), -1);
    assert.equal(table.word(table.find(text, text.length - 2, text.length)), 'Jo');
  });
});

describe('tokenize reads words through the table', () => {
  it('gives the same tokens and kinds for a word met again, after an elision and before a possessive', () => {
    const text = "L'Oréal et Jean Dupont. L’accord de Qu'Ahmed ; Putin's envoy, Putin’s aide, Jean Dupont.";
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => [t.text, text.slice(t.start, t.end), t.kind]),
      [
        ['Oréal', 'Oréal', classify('Oréal')],
        ['Jean', 'Jean', 'name'],
        ['Dupont', 'Dupont', 'name'],
        ['Ahmed', 'Ahmed', classify('Ahmed')],
        ['Putin', 'Putin', classify('Putin')],
        ['Putin', 'Putin', classify('Putin')],
        ['Jean', 'Jean', 'name'],
        ['Dupont', 'Dupont', 'name'],
      ],
    );
  });
});

describe('SliceTable growth', () => {
  it('doubles while it may, keeping every word it held', () => {
    const table = new SliceTable<number>(8, 2);
    const words = Array.from({ length: 100 }, (_, k) => `W${k}x`);
    words.forEach((w, k) => table.add(w, k));
    const text = words.join(' ');
    let at = 0;
    words.forEach((w, k) => {
      const slot = table.find(text, at, at + w.length);
      assert.ok(slot >= 0, w);
      assert.equal(table.value(slot), k);
      at += w.length + 1;
    });
  });
});
