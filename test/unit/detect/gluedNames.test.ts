/**
 * Two full names printed side by side without a comma (issue #14): two people, never one four-word person,
 * in detection, in the event's participants and in People.
 */
import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';
import { CorpusIndex } from '../../../src/core/corpus/index';

const names = (text: string, registry: Array<{ id: string; name: string; aliases: string[] }> = []): string[] =>
  detect(text, { registry }).people.map((p) => p.name);

describe('glued names', () => {
  it('cuts two full names written side by side into two people, each with its own span', () => {
    const text = 'La rencontre entre Pierre Castagnier Marie Dubois a duré deux heures.';
    const people = detect(text).people;
    assert.deepEqual(
      people.map((p) => [p.name, p.text]),
      [
        ['Pierre Castagnier', 'Pierre Castagnier'],
        ['Marie Dubois', 'Marie Dubois'],
      ],
    );
    assert.notEqual(people[0].id, people[1].id);
  });
  it('cuts after a surname that is also a given name only when the article names one of the two on its own', () => {
    assert.deepEqual(names('Pierre Lambert Marie Dubois ont signé.'), ['Pierre Lambert Marie Dubois']);
    assert.deepEqual(names('Pierre Lambert Marie Dubois ont signé. Marie Dubois a ensuite quitté la salle.'), [
      'Pierre Lambert',
      'Marie Dubois',
      'Marie Dubois',
    ]);
  });
  it('keeps one person whose name holds several given names or surnames, and a name the registry knows whole', () => {
    assert.deepEqual(names('José Luis Rodríguez Zapatero a parlé longuement.'), ['José Luis Rodríguez Zapatero']);
    assert.deepEqual(names('Carlos Alberto Rosa Silva a parlé longuement.'), ['Carlos Alberto Rosa Silva']);
    assert.deepEqual(
      names('Hier, Marie Anne Sophie Durand a signé.', [{ id: 'msd', name: 'Marie Anne Sophie Durand', aliases: [] }]).includes('Marie Anne Sophie Durand'),
      true,
    );
  });
  it('lists each of two glued names as its own participant and its own person across the workspace', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Les pourparlers entre Pierre Castagnier Marie Dubois se sont tenus le 3 mars à Genève.', { published: '2025-03-04' });
    idx.setDocument('b.txt', 'Marie Dubois a quitté Genève le 4 mars après les pourparlers avec Pierre Castagnier.', { published: '2025-03-05' });
    const ev = idx.events().find((e) => e.date === '2025-03-03');
    assert.ok(ev, JSON.stringify(idx.events().map((e) => [e.title, e.date])));
    const people = idx.people().map((p) => p.name);
    assert.ok(!people.some((n) => n.split(' ').length > 3), people.join(', '));
    assert.deepEqual(people.filter((n) => /Castagnier|Dubois/.test(n)).sort(), ['Marie Dubois', 'Pierre Castagnier']);
    assert.deepEqual([...ev.participants].sort(), ['Marie Dubois', 'Pierre Castagnier']);
  });
});
