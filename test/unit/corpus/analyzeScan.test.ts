import { strict as assert } from 'node:assert';
import { startsOf, wordPrefixes, WordPatterns } from '../../../src/core/corpus/analyzeScan';
import { CLAUSE_CUT, ELLIPTIC_ORDINAL, triggerPatterns } from '../../../src/core/corpus/triggers';
import { demonymPatterns } from '../../../src/core/lexicon/places';
import { seeds } from './fixtures';

/** The first letters a key stands for ("pou"). */
function letters(key: number): string {
  const n = Math.floor(key / 0x1000000);
  const codes: number[] = [];
  for (let k = key % 0x1000000, i = 0; i < n; i++, k = Math.floor(k / 256)) codes.unshift(k % 256);
  return String.fromCharCode(...codes);
}

const WORD_START = '(?<![\\p{L}\\p{M}])';
const PATTERNS = [
  ...triggerPatterns(),
  CLAUSE_CUT,
  ELLIPTIC_ORDINAL,
  /(?<![\p{L}\d])(?:(plus de|au moins|environ)\s+)?(\d{1,3}(?:[  .]\d{3})+|\d+|deux|trois|six|cent|dizaine)(?:s)?\s+(?:(?:de|d'|d’|of)\s*)?([\p{L}-]{3,})/giu,
  /(?<![\p{L}])(?:que|qu'|qu’|that)(?![\p{L}])/giu,
  // Unreadable ones, scanned as usual: no word-start look-behind, a letter class first.
  /(?:pour|par)/giu,
  new RegExp(`${WORD_START}[a-z]{2,}ion`, 'giu'),
];

/** Texts where a word-by-word search could go wrong: case folding (ſ, K), marks, astral letters, digits. */
const TRICKY = [
  'Les pourparlers ont repris. LES POURPARLERS. Pourparlers! ſommet, Sommets; SUMMIT (a first one) — the first, une première, le 2e.',
  'La re\u0301union, la réunion, la RÉUNION; e\u0301deux jours, x6 diplomates, 2 000 soldats, plus de 100 morts, au moins douze soldats.',
  "𝐀𝐁 réunion 𝐀réunion 🎉réunion réunion🎉 (appel téléphonique) appel entre, appel avec M. Trump, qu’il, qu'elle, that that.",
  "depuis;après:(alors que)tandis que while when. s’entretenir au téléphone, se sont rencontrés, s'est entretenu par téléphone.",
  'EARTHQUAKE, earthquakes; Earthquake-hit cessez-le-feu CESSEZ-LE-FEU cessez-le-feux ARRESTED arrestedx ſentenced \u212Aidnapped µarrest Élection élections2 ÉLECTIONS𝐀',
];

describe('word patterns matched in one walk', () => {
  it('finds exactly the matches of matchAll for every pattern, on the seeds and on tricky text', () => {
    const scan = new WordPatterns(PATTERNS);
    for (const text of [...seeds, ...TRICKY, seeds.join(' ').toUpperCase(), seeds.join('\n').normalize('NFD')]) {
      const got = scan.matchAll(text);
      PATTERNS.forEach((re, k) => {
        const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
        assert.deepEqual(
          got[k].map((m) => [m.index, ...m]),
          want,
          `${re.source.slice(0, 40)} on ${text.slice(0, 40)}`,
        );
      });
    }
  });

  it('matches inside a slice as matchAll on the slice does, a slice that cuts a word included', () => {
    const scan = new WordPatterns(PATTERNS);
    const text = seeds[0];
    const candidates = scan.candidates(text);
    for (const [from, to] of [
      [0, 200],
      [13, 517],
      [100, 101],
      [250, text.length],
      [401, 402 + 300],
    ]) {
      const part = text.slice(from, to);
      PATTERNS.forEach((re, k) => {
        const want = [...part.matchAll(re)].map((m) => [m.index, ...m]);
        assert.deepEqual(
          scan.matchesIn(k, text, candidates[k], from, to).map((m) => [m.index, ...m]),
          want,
          `${re.source.slice(0, 40)} in ${from}-${to}`,
        );
      });
    }
  });

  it('reads every pattern of the analysis word by word, so that none falls back to a scan', () => {
    const scan = new WordPatterns(PATTERNS);
    PATTERNS.forEach((re, k) => assert.equal(scan.readable(k), k < PATTERNS.length - 2, re.source.slice(0, 60)));
  });

  it('reads the words a pattern can start with from its source', () => {
    const starts = startsOf(new RegExp(`${WORD_START}(?:s'|s’|se )?(?:r[ée]uni(?:r|s)|met)(?![\\p{L}])|[;(]`, 'giu'))!;
    assert.deepEqual([...starts.words].map(letters).sort(), ['met', 'reu', 'réu', 's', 'se']);
    assert.deepEqual([...starts.chars].map((c) => String.fromCharCode(c)).sort(), ['(', ';']);
    assert.equal(starts.afterMark, false);
    assert.equal(startsOf(/(?:pour|par)/giu), null);
    assert.equal(startsOf(new RegExp(`${WORD_START}(?:a|au)(?![\\p{L}])`, 'giu')), null, 'a match may end before three letters and before its word does');
  });

  it('reads the first letters of every demonym pattern', () => {
    for (const re of demonymPatterns()) assert.ok(wordPrefixes(re)?.size, re.source);
    assert.deepEqual([...wordPrefixes(/^russ(?:e|es)$|^am[ée]ricains?$/)!].map(letters).sort(), ['ame', 'amé', 'rus']);
  });
});

describe('word-list patterns looked up in a trie', () => {
  const list = (words: string) => new RegExp(`${WORD_START}(?:${words})(?![\\p{L}\\p{M}])`, 'giu');
  const LISTS = [list("coup|coup d'état|abcde|abc|cessez-le-feu|strasse|kidnap|manœuvre|l’appel"), list("coup d'état|coup|abc|abcde|é\\.t\\.é")];
  const TEXTS = [
    "coup d'état, COUP D'ÉTAT, Coup d’état, coups, abc abcde ABCDE abcd abc-de cessez-le-feu CESSEZ-LE-FEU cessez-le-feux",
    'é.t.é É.T.É strasse STRASSE straße ſtrasse \u212Aidnap kidnap\u0301 kidnap𝐀 𝐀kidnap µabc abc;abc manœuvre MANŒUVRE l’appel L’APPEL abc',
  ];

  it('finds exactly the matches of matchAll: the word listed first among those ending where a word ends, case folded', () => {
    const scan = new WordPatterns(LISTS);
    for (const text of [...TEXTS, ...seeds.slice(0, 2)]) {
      const got = scan.matchAll(text);
      LISTS.forEach((re, k) => {
        assert.ok(scan.listed(k), re.source);
        assert.deepEqual(
          got[k].map((m) => [m.index, ...m]),
          [...text.matchAll(re)].map((m) => [m.index, ...m]),
          `${re.source.slice(0, 60)} on ${text.slice(0, 40)}`,
        );
      });
    }
  });

  it('reads the event vocabulary as word lists, and no pattern with more than words', () => {
    const scan = new WordPatterns(PATTERNS);
    const listed = PATTERNS.filter((_, k) => scan.listed(k)).map((re) => re.source.slice(WORD_START.length, WORD_START.length + 20));
    const triggers = triggerPatterns();
    // The nouns and the verbs of the news at large (the last two), and "met|meet|meets…".
    assert.deepEqual(
      listed,
      [triggers[triggers.length - 3], ...triggers.slice(-2)].map((re) => re.source.slice(WORD_START.length, WORD_START.length + 20)),
    );
    assert.match(listed[0], /^\(\?:met\|meet/);
    assert.equal(new WordPatterns([list('strasse|ſtrasse')]).listed(0), false, 'a letter that folds into Latin-1 from outside it');
    assert.equal(new WordPatterns([list('abc|ab[cd]e')]).listed(0), false, 'a class is no word');
  });
});
