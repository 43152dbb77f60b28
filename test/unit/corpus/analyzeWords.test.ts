import { strict as assert } from 'node:assert';
import { FirstLetters, forEachLetterRun, LetterRuns } from '../../../src/core/corpus/analyzeWords';
import { wordPrefixes } from '../../../src/core/corpus/analyzeScan';
import { countryOfDemonym, demonymPatterns, foldPlaceName } from '../../../src/core/lexicon/places';
import { seeds } from './fixtures';

const TRICKY = 'russo-américain, franco--allemand -ukrainien 𝐀𝐁-sino e\u0301gyptiens Égyptiens ÉGYPTIENS ſino AMÉRICAINS états-uniens 3russes';

describe('letter runs and first letters', () => {
  it('walks the letter runs and hyphenated words that the regular expressions find', () => {
    for (const text of [TRICKY, ...seeds, seeds[1].normalize('NFD')]) {
      const runs: Array<[number, number]> = [];
      const words: Array<[number, number]> = [];
      forEachLetterRun(text, (start, end, joined) => {
        runs.push([start, end]);
        if (joined) words[words.length - 1][1] = end;
        else words.push([start, end]);
      });
      assert.deepEqual(
        runs,
        [...text.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length]),
      );
      assert.deepEqual(
        words,
        [...text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)].map((m) => [m.index, m.index + m[0].length]),
      );
    }
  });

  it('never rules out a word that names a country', () => {
    const keys = new Set<number>();
    for (const re of demonymPatterns()) for (const k of wordPrefixes(re)!) keys.add(k);
    const filter = new FirstLetters(keys, foldPlaceName);
    let demonyms = 0;
    for (const text of [TRICKY, ...seeds].flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.normalize('NFD')])) {
      forEachLetterRun(text, (start, end) => {
        if (!countryOfDemonym(text.slice(start, end))) return;
        demonyms++;
        assert.ok(filter.mayStart(text, start, end), text.slice(start, end));
      });
    }
    assert.ok(demonyms > 100);
    assert.ok(!filter.mayStart('le', 0, 2) && !filter.mayStart('pourparlers', 0, 11));
  });

  it('gives the runs of a slice, cut words and astral letters included, from one walk of the whole text', () => {
    const walk = (text: string, from = 0, to = text.length) => {
      const runs: number[][] = [];
      forEachLetterRun(text.slice(from, to), (s, e, joined) => runs.push([from + s, from + e, Number(joined)]));
      return runs;
    };
    for (const text of [TRICKY, seeds[0], seeds[1].normalize('NFD')]) {
      const letters = new LetterRuns(text);
      const whole: number[][] = [];
      letters.forEach((s, e, joined) => whole.push([s, e, Number(joined)]));
      assert.deepEqual(whole, walk(text));
      // Every slice of a few lengths at every offset: on word boundaries, inside words, between the halves of a pair.
      for (const length of [0, 1, 7, 40])
        for (let from = 0; from + length <= Math.min(text.length, 400); from++) {
          const got: number[][] = [];
          letters.forEachIn(from, from + length, (s, e) => got.push([s, e]));
          assert.deepEqual(
            got,
            walk(text, from, from + length).map(([s, e]) => [s, e]),
            `${from}-${from + length}`,
          );
        }
    }
  });
});
