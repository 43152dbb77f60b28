/**
 * People detection on constructions of real text (issue #13): each test pins one class of evidence with
 * sentences written for it.
 */
import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';

const names = (text: string, language?: 'fr' | 'en'): string[] => detect(text, { language }).people.map((p) => p.text);

describe('people: organisation and place names are not people', () => {
  it('reads the capitalised words before a head noun as an organisation or place', () => {
    assert.deepEqual(names('The Harwood Falcons played at Harwood Valley State University. Fans filled Lindenfield City Stadium.', 'en'), []);
    assert.deepEqual(names('The Coldbrook Railroad sold its line to the Pine Hollow Railway Company.', 'en'), []);
    assert.deepEqual(names('Pendant la Seconde Guerre mondiale, le Régiment de Picardie a quitté Lindeville.', 'fr'), []);
  });
  it('still finds a person named right beside such a name', () => {
    assert.deepEqual(names('Jonathan Reed left Harwood Valley State University in 1990.', 'en'), ['Jonathan Reed']);
  });
});

describe('people: coordination', () => {
  it('joins only a list gap (", ", " and ", " et ") to a known person', () => {
    assert.deepEqual(names('Il a invité Jean Durand et Claire Vautrin.', 'fr'), ['Jean Durand', 'Claire Vautrin']);
    assert.deepEqual(names('Paul Marten, Olga Berg and Rufus Tandy came.', 'en'), ['Paul Marten', 'Olga Berg', 'Rufus Tandy']);
  });
  it('does not take a name after a comma and more words for a coordinated person', () => {
    assert.deepEqual(names('Helen Morrow, the driver of the Copper Falls bus, saw nothing.', 'en'), ['Helen Morrow']);
  });
  it('reads a role in apposition after a nationality ("the Danish prime minister")', () => {
    const p = detect('Qzarit Vollmek, the Norwegian foreign minister, agreed.', { language: 'en' }).people;
    assert.deepEqual(p.map((x) => [x.text, x.role]), [['Qzarit Vollmek', 'Norwegian foreign minister']]);
  });
});
