import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../../src/core/corpus/index';

/**
 * Approximate counts compared as ranges (issue #14): two sources disagree on a count when the plausible ranges
 * of their figures do not overlap. Short texts of our own, one story told by two outlets.
 */
function countDisputes(a: string, b: string): number {
  const idx = new CorpusIndex();
  idx.setDocument('a.txt', a, { published: '2025-04-03' });
  idx.setDocument('b.txt', b, { published: '2025-04-03' });
  // The figures under test only: the passengers or the dead, not "deux trains".
  const tested = (x: { attribute: string; sides: Array<{ text: string }> }) =>
    x.attribute === 'count' && x.sides.every((s) => /passag|passeng|morts|dead/.test(s.text));
  const counts = (xs: ReturnType<CorpusIndex['contradictions']>) => xs.filter(tested);
  const agreements = idx.agreements().filter(tested);
  const disputes = counts(idx.contradictions());
  // Each pair is either a dispute or an agreement: a test that finds neither has not read the counts.
  assert.equal(disputes.length + agreements.length, 1, JSON.stringify({ disputes, agreements }));
  return disputes.length;
}

const frTrain = (n: string) => `Deux trains sont entrés en collision près de Dijon le 2 avril 2025. Le train transportait ${n} passagers, selon la SNCF.`;
const frQuake = (n: string) => `Un séisme a frappé la région de Malatya le 2 avril 2025. Le séisme a fait ${n} morts, selon les autorités.`;
const enQuake = (n: string) => `An earthquake struck the Malatya region on 2 April 2025. The quake left ${n} dead, officials said.`;
const enTrain = (n: string) => `Two trains collided near Dijon on 2 April 2025. The train was carrying ${n} passengers, the operator said.`;

describe('approximate counts compared as ranges (issue #14)', () => {
  it('disagrees "environ 150 passagers" with "près de 200 passagers"', () => {
    assert.equal(countDisputes(frTrain('environ 150'), frTrain('près de 200')), 1);
  });
  it('disagrees "about 150 passengers" with "nearly 200 passengers"', () => {
    assert.equal(countDisputes(enTrain('about 150'), enTrain('nearly 200')), 1);
  });
  it('agrees "près de 200 passagers" with "190 passagers", and "nearly 200" with "195"', () => {
    assert.equal(countDisputes(frTrain('près de 200'), frTrain('190')), 0);
    assert.equal(countDisputes(enTrain('nearly 200'), enTrain('195')), 0);
  });
  it('agrees "au moins 30 morts" with "45 morts", and "at least 30 dead" with "45 dead"', () => {
    assert.equal(countDisputes(frQuake('au moins 30'), frQuake('45')), 0);
    assert.equal(countDisputes(enQuake('at least 30'), enQuake('45')), 0);
  });
  it('agrees two lower bounds: "au moins 30" with "plus de 40", "at least 30" with "more than 40"', () => {
    assert.equal(countDisputes(frQuake('au moins 30'), frQuake('plus de 40')), 0);
    assert.equal(countDisputes(enQuake('at least 30'), enQuake('more than 40')), 0);
  });
  it('disagrees "au moins 30 morts" with "12 morts" (a lower bound above the figure)', () => {
    assert.equal(countDisputes(frQuake('au moins 30'), frQuake('12')), 1);
    assert.equal(countDisputes(enQuake('at least 30'), enQuake('12')), 1);
  });
  it('disagrees "une cinquantaine de morts" with "80 morts", and "about 50 dead" with "80 dead"', () => {
    assert.equal(countDisputes(`Un séisme a frappé la région de Malatya le 2 avril 2025. Le séisme a fait une cinquantaine de morts.`, frQuake('80')), 1);
    assert.equal(countDisputes(enQuake('about 50'), enQuake('80')), 1);
  });
  it('agrees "about 50 dead" with "48 dead", and "environ 50 morts" with "48 morts"', () => {
    assert.equal(countDisputes(enQuake('about 50'), enQuake('48')), 0);
    assert.equal(countDisputes(frQuake('environ 50'), frQuake('48')), 0);
  });
  it('disagrees "environ 200 morts" with "250 morts": "environ" is ten per cent either side, not a quarter', () => {
    assert.equal(countDisputes(frQuake('environ 200'), frQuake('250')), 1);
    assert.equal(countDisputes(enQuake('about 200'), enQuake('250')), 1);
  });
});
