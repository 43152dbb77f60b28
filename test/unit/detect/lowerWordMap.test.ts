import assert from 'node:assert/strict';
import { prng } from '../../../bench/corpus';
import { LowerWordMap } from '../../../src/core/detect/wordSignature';

describe('LowerWordMap', () => {
  // Listed words with accents, an apostrophe, a letter whose capital lies past Latin (ⱥ of Ⱥ) and one past it (σ).
  const words = ['le', 'the', 'début', 'années', "l'an", 'été', 'ⱥb', 'σα', 'k', 'week', 'i'];
  const map = new LowerWordMap(words.map((w, k) => [w, k] as const));
  const plain = new Map(words.map((w, k) => [w, k]));

  it('answers as a Map looked up with the lowercase of the slice', () => {
    // Case variants and look-alikes: İ lowercases to i and a combining dot, the Kelvin sign to k, Σ to σ or ς.
    const atoms = [
      'l',
      'L',
      'e',
      'E',
      'É',
      'é',
      't',
      'T',
      'h',
      'H',
      'd',
      'D',
      'b',
      'u',
      'U',
      'a',
      'A',
      'n',
      'N',
      's',
      "'",
      '’',
      'Ⱥ',
      'ⱥ',
      'Σ',
      'σ',
      'ς',
      'α',
      'K',
      '\u212a',
      'w',
      'W',
      'İ',
      'I',
      'i',
      'ı',
      '\u0307',
      ' ',
      '😀',
      'x',
    ];
    const r = prng(13);
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const len = Math.floor(r() * 8);
      for (let k = 0; k < len; k++) text += atoms[Math.floor(r() * atoms.length)];
      if (r() < 0.3) text = words[Math.floor(r() * words.length)];
      const start = Math.floor(r() * (text.length + 1));
      const end = start + Math.floor(r() * (text.length - start + 1));
      const want = plain.get(text.slice(start, end).toLowerCase());
      assert.equal(map.get(text, start, end), want, JSON.stringify([text, start, end]));
      if (want !== undefined) found++;
    }
    assert.ok(found > 1000, `only ${found} listed words were drawn`);
  });

  it('finds a word written in capitals and one with a capital past Latin', () => {
    assert.equal(map.get('Selon LE texte', 6, 8), 0);
    assert.equal(map.get('DÉBUT', 0, 5), 2);
    assert.equal(map.get('ȺB', 0, 2), 6);
    assert.equal(map.get('WEE\u212a', 0, 4), 9);
    assert.equal(map.get('İ', 0, 1), undefined);
  });

  it('refuses a word that is not lowercase', () => {
    assert.throws(() => new LowerWordMap([['The', 1]]), /not a lowercase word/);
  });
});
