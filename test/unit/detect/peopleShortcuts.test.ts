/**
 * The cheap early answers of people detection (issue #13's speed work): each must turn down only what the full
 * evidence would turn down, so each is pinned by what it still lets through, on sentences of our own.
 */
import assert from 'node:assert/strict';
import { segmentsOf } from '../../../src/core/detect/nameSegments';
import { tokenize } from '../../../src/core/detect/nameTokens';
import { foldName } from '../../../src/core/lexicon/firstNames';
import { mayStartOrganisationName } from '../../../src/core/lexicon/organisations';
import { mayStartPlacePhrase } from '../../../src/core/lexicon/places';
import { mayStartRegionName } from '../../../src/core/lexicon/regions';

/** Each segment of `text` as its text and its prefix's words with their kinds. */
const segments = (text: string): string[] => segmentsOf(text, tokenize(text)).map((s) => [s.text, ...s.prefix.map((t) => `${t.text}:${t.kind}`)].join(' | '));

describe('people: the first word of a multi-word organisation or place', () => {
  it('answers true for the first word of a listed name of two words or more, false for a given name', () => {
    assert.equal(mayStartOrganisationName(foldName('Maison')), true);
    assert.equal(mayStartOrganisationName(foldName('Médecins')), true);
    assert.equal(mayStartOrganisationName(foldName('Marisol')), false);
    assert.equal(mayStartRegionName(foldName('Nova')), true);
    assert.equal(mayStartRegionName(foldName('Caroline')), true);
    assert.equal(mayStartRegionName(foldName('Ontario')), false);
    assert.equal(mayStartPlacePhrase('Saudi'), true);
    assert.equal(mayStartPlacePhrase('Nouvelle-Écosse'), true);
    assert.equal(mayStartPlacePhrase('Marisol'), false);
  });
  it('still cuts a run at an organisation, a region or a place of several words before a name', () => {
    assert.deepEqual(segments('Hier, Maison Blanche Jean Dupont a dit.'), ['Jean Dupont | Maison:org | Blanche:org']);
    assert.deepEqual(segments('In Nova Scotia Marisol Quenby said.'), ['Marisol Quenby | In:stop | Nova:place | Scotia:place']);
    assert.deepEqual(segments('Our reporter Saudi Arabia Marisol Quenby said.'), ['Marisol Quenby | Saudi:place | Arabia:place']);
    assert.deepEqual(segments('The New York Times Marisol Quenby said.'), ['Marisol Quenby | The:stop | New:org | York:org | Times:org']);
  });
  it('keeps a name whose words start no listed phrase whole, initials and particles included', () => {
    assert.deepEqual(segments('Marisol J. Quenby said.'), ['Marisol J. Quenby']);
    assert.deepEqual(segments('Monsieur Jean-Yves Le Vantrell a dit.'), ['Jean-Yves Le Vantrell | Monsieur:title']);
  });
});
