// One person, one id across the corpus (issue #18, item 5): an article that names someone by the family
// name alone joins the person another article names in full.
import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { notePersonPairs, peopleInOrder, personIdKeyOf, personIds, personNames } from '../../../src/core/corpus/corpusPeople';
import type { DocumentAnalysis } from '../../../src/core/corpus/analyze';
import { personIdKey } from '../../../src/core/detect/personKey';

describe('one person, one id', () => {
  it('joins a family name alone to the one full name of the corpus that ends with it', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Le ministre Jean Castagnier a reçu mardi son homologue à Lyon. « Nous avançons », a déclaré Jean Castagnier.', {
      published: '2025-03-07',
    });
    idx.setDocument('b.txt', "Castagnier a ensuite quitté Lyon. « Rien n'est décidé », a dit Castagnier aux journalistes.", { published: '2025-03-08' });
    const people = idx.people().filter((p) => /Castagnier/.test(p.name));
    assert.equal(people.length, 1, JSON.stringify(people.map((p) => [p.id, p.name])));
    assert.equal(people[0].name, 'Jean Castagnier');
    assert.deepEqual(people[0].documents, ['a.txt', 'b.txt']);
  });

  it("compares ids by the detector's key, for a name met again after tens of thousands of others", () => {
    const early = personIdKeyOf('Iouri Ouchakov');
    for (let i = 0; i < 60_000; i++) personIdKeyOf(`Person Number${i}`);
    assert.equal(personIdKeyOf('Yuri Ushakov'), early);
    assert.equal(personIdKeyOf('Iouri Ouchakov'), personIdKey('Iouri Ouchakov'));
    assert.equal(personIdKeyOf('Person Number59999'), personIdKey('Person Number59999'));
  });

  it('gives the same ids, names and order from the pairs read as a pool pass files each article', () => {
    const person = (id: string, name: string) => ({ id, name, start: 0, end: 1, text: name });
    const quote = (speaker: string | undefined, speakerName?: string) => ({ start: 0, end: 1, text: '…', speaker, speakerName });
    const docs = () =>
      [
        {
          file: 'a.txt',
          people: [person('jean-castagnier', 'Jean Castagnier'), person('castagnier', 'Castagnier'), person('jean-castagnier', ' Jean Castagnier ')],
          quotes: [quote('castagnier', 'Castagnier'), quote(undefined), quote('jean-castagnier', 'Jean  Castagnier')],
        },
        {
          file: 'b.txt',
          people: [person('castagnier', 'Castagnier'), person('marie-dupuis', 'Marie Dupuis'), person('castagnier', 'Castagnier')],
          quotes: [quote('marie-dupuis', '  ')],
        },
      ] as unknown as DocumentAnalysis[];
    const plain = personIds(docs());
    const read = docs();
    for (const d of read) notePersonPairs(d);
    const fromPairs = personIds(read);
    assert.deepEqual([...fromPairs.ids], [...plain.ids]);
    assert.deepEqual([...fromPairs.names], [...plain.names]);
    assert.equal(plain.names.get(plain.ids.get('castagnier')!), 'Jean Castagnier');
  });

  it('reads the pairs noted ahead only for exactly the articles noted, in their order', () => {
    const person = (id: string, name: string) => ({ id, name, start: 0, end: 1, text: name });
    const doc = (file: string, ...names: string[]) =>
      ({ file, people: names.map((n) => person(n.toLowerCase().replace(/ /g, '-'), n)), quotes: [] }) as unknown as DocumentAnalysis;
    const a = doc('a.txt', 'Castagnier', 'Marie Dupuis');
    const b = doc('b.txt', 'Jean Castagnier', 'Dupuis');
    const c = doc('c.txt', 'Paul Castagnier');
    const same = (got: ReturnType<typeof personIds>, want: ReturnType<typeof personIds>) => {
      assert.deepEqual([...got.ids], [...want.ids]);
      assert.deepEqual([...got.names], [...want.names]);
    };
    const want = (docs: DocumentAnalysis[]) => personIds(docs, (d) => d.people);
    // Noted a, b, c; grouped: another order, a subset, an article replaced, the same twice.
    for (const d of [a, b, c]) notePersonPairs(d);
    same(personIds([b, a, c]), want([b, a, c]));
    for (const d of [a, b, c]) notePersonPairs(d);
    same(personIds([a, b]), want([a, b]));
    for (const d of [a, b]) notePersonPairs(d);
    const b2 = doc('b.txt', 'Jean Castagnier', 'Marie Dupuis');
    notePersonPairs(b2);
    same(personIds([a, b2]), want([a, b2]));
    for (const d of [a, b, c]) notePersonPairs(d);
    same(personIds([a, b, c]), want([a, b, c]));
    same(personIds([a, b, c]), want([a, b, c]));
    assert.equal(want([a, b, c]).names.get(want([a, b, c]).ids.get('castagnier')!), 'Castagnier', 'two Castagniers: the family name alone stays apart');
  });

  it('keeps a family name alone apart when two people of the corpus bear it', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Le ministre Jean Castagnier a reçu mardi Paul Castagnier à Lyon.', { published: '2025-03-07' });
    idx.setDocument('b.txt', 'Castagnier a ensuite quitté Lyon.', { published: '2025-03-08' });
    const names = idx
      .people()
      .map((p) => p.name)
      .filter((n) => /Castagnier/.test(n))
      .sort();
    assert.ok(names.includes('Jean Castagnier') && names.includes('Paul Castagnier'), names.join(', '));
    assert.ok(!idx.people().some((p) => p.name === 'Jean Castagnier' && p.documents.includes('b.txt')), 'b.txt is not given to either');
  });

  it('merges transliteration variants of a full name and the family name alone across articles', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Le président ukrainien Volodymyr Zelensky a reçu mardi le chancelier allemand à Kiev.', { published: '2025-03-04' });
    idx.setDocument('b.txt', 'Ukrainian President Volodymyr Zelenskyy met the German chancellor in Kyiv on Tuesday.', { published: '2025-03-04' });
    idx.setDocument('c.txt', 'Le dirigeant ukrainien Zelenski a ensuite parlé une heure avec la presse.', { published: '2025-03-05' });
    const people = idx.people().filter((p) => /zelensk/i.test(p.name));
    assert.equal(people.length, 1, JSON.stringify(people.map((p) => [p.id, p.name])));
    assert.deepEqual(people[0].documents, ['a.txt', 'b.txt', 'c.txt']);
  });

  it('lets the user split a family name alone from the full name with a person of its own in newsmark.yaml', () => {
    const idx = new CorpusIndex();
    idx.setDecisions({ people: [{ id: 'castagnier-boulanger', name: 'Castagnier', aliases: [] }] });
    idx.setDocument('a.txt', 'Le ministre Jean Castagnier a reçu mardi son homologue à Lyon.', { published: '2025-03-07' });
    idx.setDocument('b.txt', 'Castagnier, le boulanger du village, a ouvert sa boutique à Lyon.', { published: '2025-03-08' });
    const people = idx.people().filter((p) => /Castagnier/.test(p.name) && p.documents.length);
    assert.deepEqual(people.map((p) => [p.id, p.documents]).sort(), [
      ['castagnier-boulanger', ['b.txt']],
      ['jean-castagnier', ['a.txt']],
    ]);
  });

  it('keeps the join when the user only accepted what detection gave', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Le ministre Jean Castagnier a reçu mardi son homologue à Lyon.', { published: '2025-03-07' });
    idx.setDocument('b.txt', 'Castagnier a ensuite quitté Lyon en fin de journée.', { published: '2025-03-08' });
    idx.setDecisions({ tagged: [{ file: 'b.txt', start: 0, end: 10, text: 'Castagnier', id: 'castagnier' }] });
    const people = idx.people().filter((p) => /Castagnier/.test(p.name));
    assert.equal(people.length, 1, JSON.stringify(people.map((p) => [p.id, p.name])));
  });

  it("names people from the ids a build already read, as when it reads every article's people again", () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Le ministre Jean Castagnier a reçu mardi son homologue à Lyon. « Nous avançons », a déclaré Jean Castagnier.', {
      published: '2025-03-07',
    });
    idx.setDocument('b.txt', "Castagnier a ensuite quitté Lyon. « Rien n'est décidé », a dit Castagnier aux journalistes.", { published: '2025-03-08' });
    const analyses = ['a.txt', 'b.txt'].map((f) => idx.document(f)!);
    const names = personNames(analyses, {});
    assert.ok([...names.values()].includes('Jean Castagnier'));
    assert.deepEqual([...personNames(analyses, {}, personIds(analyses))], [...names]);
    const people = [...peopleInOrder(analyses, {})];
    assert.ok(people.some((p) => p.name === 'Jean Castagnier' && p.documents.length === 2));
    assert.deepEqual([...peopleInOrder(analyses, {}, personIds(analyses))], people);
  });
});
