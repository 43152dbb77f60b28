import assert from 'node:assert/strict';
import { prng } from '../../../bench/corpus';
import { lastPronoun } from '../../../src/core/detect/quotes';

/** What lastPronoun stands for: the last match of the pattern it replaced. */
const PRONOUN_WORD = /(?<!\p{L})(?:il|elle|he|she)(?!\p{L})/giu;
function reference(s: string): string | undefined {
  let found: string | undefined;
  for (const m of s.matchAll(PRONOUN_WORD)) found = m[0];
  return found;
}

describe('lastPronoun', () => {
  it('names the last "il", "elle", "he" or "she" standing as a whole word', () => {
    assert.equal(lastPronoun('a-t-elle ajouté'), 'elle');
    assert.equal(lastPronoun('She said he'), 'he');
    assert.equal(lastPronoun('Il a dit, selon elle'), 'elle');
    assert.equal(lastPronoun('the shell, ils, elles'), undefined);
  });

  it('finds what the case-insensitive Unicode pattern finds, on random mixes of look-alikes', () => {
    // The long s folds onto "s" under the `iu` flags; İ, ı and the Kelvin sign fold onto nothing listed;
    // an astral letter is a letter, an astral digit is not; a combining accent is no letter.
    const atoms = [
      'il',
      'IL',
      'Il',
      'elle',
      'ELLE',
      'he',
      'HE',
      'she',
      'ſhe',
      'SHE',
      'İl',
      'ıl',
      'e',
      'l',
      'h',
      's',
      'x',
      'é',
      '\u0301',
      'K',
      '𝐀',
      '𝟏',
      ' ',
      '-',
      "'",
      '’',
      '.',
      '\n',
    ];
    const random = prng(13);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const length = 1 + Math.floor(random() * 12);
      for (let k = 0; k < length; k++) s += atoms[Math.floor(random() * atoms.length)];
      assert.equal(lastPronoun(s), reference(s), JSON.stringify(s));
    }
  });
});
