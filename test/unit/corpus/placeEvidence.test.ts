import { strict as assert } from 'node:assert';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import { buildReport } from '../../../src/core/corpus/report';
import { findTriggers } from '../../../src/core/corpus/triggers';
import { indexOfArticles as index, detectMemo } from './fixtures';

// Sentences written for these tests. "Brenmoor" and "Valdore" are in no gazetteer: only their cue places them.

const analyse = (text: string, published = '2025-03-04') => analyseDocument('a.txt', text, detectMemo(text, { published }));
/** The place ids the article's event mentions carry. */
const placesOf = (text: string) => [...new Set(analyse(text).mentions.flatMap((m) => (m.place ? [m.place.id] : [])))];

describe('event places need the evidence of a place', () => {
  it('places a quake in a town the gazetteer lacks, after "in" or "près de"', () => {
    assert.deepEqual(placesOf('A strong earthquake struck near Brenmoor on Tuesday, police said.'), ['brenmoor']);
    assert.deepEqual(placesOf('Un séisme a frappé mardi près de Valdore, selon la protection civile.'), ['valdore']);
  });

  it('reads no place in a name after the article "a", in a people, a moment, a person or a body the article names as a thing', () => {
    assert.deepEqual(placesOf('A fire broke out at a Brenmoor warehouse on Tuesday.'), []);
    assert.deepEqual(placesOf('The crash was the worst in Sicilian history, officials said.'), []);
    assert.deepEqual(placesOf('The bombing in Christmas week killed four people.'), []);
    assert.deepEqual(placesOf('Jack Horton was arrested on Monday. The shooting in Horton’s yard left two dead.'), []);
    assert.deepEqual(placesOf('The blast happened in Navy waters, the Navy said.'), []);
  });

  it('places an event in the city a place noun announces ("le port de Marseille")', () => {
    assert.deepEqual(placesOf('Un incendie a ravagé dimanche un entrepôt du port de Marseille, faisant trois morts.'), ['marseille']);
  });
});

describe('participants of disasters', () => {
  it('gives a quake and a crash no country as a party ("l’agence turque", "la police italienne")', () => {
    const parties = (text: string) => analyse(text).mentions.flatMap((m) => m.parties);
    assert.deepEqual(parties('Un séisme a frappé mardi la province de Valdore, selon l’agence turque des catastrophes.'), []);
    assert.deepEqual(parties('Deux trains sont entrés en collision mardi près de Valdore, selon la police italienne.'), []);
    assert.ok(parties('Des pourparlers entre Russes et Américains ont eu lieu mardi.').length >= 2);
  });

  it('takes no number word at a sentence start for a participant ("Deux trains…", "Two trains…")', () => {
    const persons = (text: string) => analyse(text).mentions.flatMap((m) => m.persons);
    assert.deepEqual(persons('Deux trains sont entrés en collision mardi près de Valdore.'), []);
    assert.deepEqual(persons('Two trains collided head-on on Tuesday near Brenmoor.'), []);
  });
});

describe('disaster words', () => {
  it('reads "frappe" followed by its object as the verb of a quake or a storm, and "une frappe" as an attack', () => {
    const kinds = (text: string) => findTriggers(text).map((t) => t.kind);
    assert.deepEqual(kinds("Un séisme de magnitude 6 frappe l'est du pays."), ['earthquake']);
    assert.deepEqual(kinds('La tempête frappe la côte mardi.'), ['storm']);
    assert.ok(kinds('Une frappe aérienne a visé le dépôt.').includes('attack'));
    assert.ok(kinds('Les frappes ont repris sur la ville.').includes('attack'));
  });

  it('makes "kills two" and "18 people had died" tolls of the crash, not deaths of their own', () => {
    const report = buildReport(
      index({
        'a.txt': [
          'Brenmoor train crash kills two\nTwo trains collided near Brenmoor on Tuesday, killing two people. The operator said 18 people had been hurt and two people had died.',
          '2025-03-04',
        ],
      }),
    );
    assert.deepEqual(
      report.events.map((e) => e.kind),
      ['accident'],
      JSON.stringify(report.events.map((e) => [e.kind, e.mentions.map((m) => m.text)])),
    );
  });
});
