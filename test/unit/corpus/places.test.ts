import { strict as assert } from 'node:assert';
import { MONTHS, WEEKDAYS } from '../../../src/core/detect/calendarWords';
import { findPlaces, isPlaceName, placeKey, placeWithin } from '../../../src/core/lexicon/places';

describe('places lexicon', () => {
  it('knows French and English spellings of the same place under one key', () => {
    for (const [a, b] of [
      ['Riyad', 'Riyadh'],
      ['Kiev', 'Kyiv'],
      ['Moscou', 'Moscow'],
      ['Genève', 'Geneva'],
      ['Etats-Unis', 'USA'],
      ['États-Unis', 'United States'],
      ['Arabie saoudite', 'Saudi Arabia'],
    ]) {
      assert.equal(placeKey(a), placeKey(b), `${a} / ${b}`);
      assert.ok(isPlaceName(a) && isPlaceName(b));
    }
  });
  it('places a city in its country', () => {
    assert.ok(placeWithin('Riyad', 'Arabie saoudite'));
    assert.ok(!placeWithin('Istanbul', 'Arabie saoudite'));
  });
  it('finds multi-word places with code-point offsets, after an emoji', () => {
    const text = '🎉 Réunion en Arabie saoudite puis à Istanbul.';
    const found = findPlaces(text);
    assert.deepEqual(
      found.map((p) => [p.text, p.id]),
      [
        ['Arabie saoudite', 'saudi-arabia'],
        ['Istanbul', 'istanbul'],
      ],
    );
    assert.equal(Array.from(text).slice(found[0].start, found[0].end).join(''), 'Arabie saoudite');
  });
  it('takes no place from a title-case headline nor from a word the article also writes in lower case', () => {
    assert.deepEqual(findPlaces('Teen Killed in Hit and Run Near Harbour Road\nThe boy was walking home.'), []);
    assert.deepEqual(findPlaces('Two drivers were hurt in Crash on the ring road. The crash closed two lanes.'), []);
    // The same words in an ordinary sentence, for a name the article never writes in lower case, are a place.
    assert.deepEqual(
      findPlaces('Teen killed in Harwick\nThe boy was walking home.').map((p) => p.text),
      ['Harwick'],
    );
  });

  it('returns a capitalised unknown name after "à" with lower confidence, but not a person', () => {
    const found = findPlaces('Les combats continuent à Pokrovsk. Il a écrit à Vladimir Poutine.');
    assert.deepEqual(
      found.map((p) => [p.text, p.confidence]),
      [['Pokrovsk', 0.5]],
    );
  });
  it('does not take a lowercase common word or a newspaper name for a place', () => {
    assert.deepEqual(
      findPlaces('What a nice day, said the Washington Post.').map((p) => p.text),
      [],
    );
  });
  it('takes no month or weekday name for a place after "in" or "à", nor for a second word of a place\'s name', () => {
    const names = [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].filter((w) => !w.endsWith('.'));
    assert.ok(names.includes('décembre') && names.includes('sunday'));
    for (const name of names) {
      const word = name[0].toUpperCase() + name.slice(1);
      assert.deepEqual(
        findPlaces(`The talks opened in ${word} and resumed.`).map((p) => p.text),
        [],
        word,
      );
      assert.deepEqual(
        findPlaces(`Les pourparlers de Genève ${word} ont repris.`).map((p) => p.text),
        ['Genève'],
        word,
      );
    }
  });
  it('takes a capitalised name after "près de" however "de" is written, and not after "de" alone', () => {
    for (const de of ['de', 'dé', 'de\u0301', 'De']) {
      assert.deepEqual(
        findPlaces(`Les combats ont repris près ${de} Kherbit.`).map((p) => [p.text, p.confidence]),
        [['Kherbit', 0.5]],
        de,
      );
    }
    assert.deepEqual(findPlaces('Le maire de Kherbit a parlé.'), []);
  });
  it('folds a word met before as it did the first time, in the same case and accents', () => {
    // The second and third texts meet "Genève" and "GENÈVE" again, from the words learnt in the first.
    const first = findPlaces('Rendez-vous à Genève, puis à Genève.');
    assert.deepEqual(
      first.map((p) => p.id),
      ['geneva', 'geneva'],
    );
    assert.deepEqual(
      findPlaces('Genève et Genéve.').map((p) => [p.text, p.id]),
      [
        ['Genève', 'geneva'],
        ['Genéve', 'geneva'],
      ],
    );
    assert.deepEqual(
      findPlaces('Retour à GENÈVE.').map((p) => p.id),
      ['geneva'],
    );
  });
  it('reads a long text to its last word, and a short text after it as if alone', () => {
    const long = `${'un mot de plus, '.repeat(1500)}puis à Genève et près de Kherbit`;
    assert.deepEqual(
      findPlaces(long).map((p) => p.text),
      ['Genève', 'Kherbit'],
    );
    // No word of the long text is read as the short one's next word ("Genève" alone, not before "Kherbit").
    assert.deepEqual(
      findPlaces('à Genève').map((p) => [p.text, p.end]),
      [['Genève', 8]],
    );
  });
});
