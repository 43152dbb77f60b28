import { strict as assert } from 'node:assert';
import { CorpusIndex, wordDiff } from '../../../src/core/corpus/index';

const A = 'Les pourparlers ont eu lieu le 6 mars à Genève. Les pourparlers ont duré quatre heures, selon Sergueï Lavrov.';
const B = 'Les pourparlers du 6 mars à Genève ont duré cinq heures.';
const C = 'Les pourparlers du 6 mars à Genève ont duré plus de quatre heures.';

function corpus(docs: Record<string, string>, published = '2025-03-07'): CorpusIndex {
  const idx = new CorpusIndex();
  for (const [f, t] of Object.entries(docs)) idx.setDocument(f, t, { published });
  return idx;
}

describe('corpus claims', () => {
  it('reports "quatre heures" against "cinq heures" as a duration contradiction with both sides', () => {
    const idx = corpus({ 'a.txt': A, 'b.txt': B });
    const c = idx.contradictions().find((x) => x.attribute === 'duration');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    assert.equal(c.event, '2025-03-06-geneva-talks');
    assert.deepEqual(c.sides.map((s) => s.file).sort(), ['a.txt', 'b.txt']);
    assert.deepEqual(c.sides.map((s) => s.value).sort(), ['PT4H', 'PT5H']);
  });

  it('counts "quatre heures" and "plus de quatre heures" as corroboration, not contradiction', () => {
    const idx = corpus({ 'a.txt': A, 'c.txt': C });
    assert.equal(idx.contradictions().filter((x) => x.attribute === 'duration').length, 0);
    const agreement = idx.agreements().find((x) => x.attribute === 'duration');
    assert.ok(agreement);
    assert.equal(agreement.sources, 2);
  });

  it('gives a contradiction the same id across runs and when text elsewhere in an article moves', () => {
    const id1 = corpus({ 'a.txt': A, 'b.txt': B }).contradictions()[0].id;
    const id2 = corpus({ 'b.txt': B, 'a.txt': A }).contradictions()[0].id;
    const id3 = corpus({ 'a.txt': `Mise à jour.\n\n${A}`, 'b.txt': B }).contradictions()[0].id;
    assert.equal(id1, id2);
    assert.equal(id1, id3);
  });

  it('applies a stored verdict and note by contradiction id', () => {
    const idx = corpus({ 'a.txt': A, 'b.txt': B });
    const id = idx.contradictions()[0].id;
    idx.setDecisions({ verdicts: [{ id, status: 'dismissed', note: 'arrondi' }] });
    const c = idx.contradictions().find((x) => x.id === id)!;
    assert.equal(c.status, 'dismissed');
    assert.equal(c.note, 'arrondi');
  });

  it('turns a user link into a contradiction with both spans', () => {
    const idx = corpus({ 'a.txt': A, 'b.txt': B });
    idx.setDecisions({ links: [{ id: 'l1', a: { file: 'a.txt', start: 4, end: 15 }, b: { file: 'b.txt', start: 4, end: 15 }, note: 'à vérifier' }] });
    const c = idx.contradictions().find((x) => x.id === 'l1');
    assert.ok(c);
    assert.equal(c.attribute, 'user');
    assert.equal(c.sides[0].text, 'pourparlers');
    assert.equal(c.note, 'à vérifier');
  });

  it('finds the same quote reported in different words, with a word-level diff', () => {
    const idx = corpus({
      'a.txt': "Le porte-parole Dmitri Peskov a déclaré : « Le président parle en son nom et il est prêt à écouter. C'est très important ».",
      'b.txt': 'Dmitri Peskov a souligné que « le président parle en son nom et il est prêt à écouter. C’est extrêmement important ».',
    });
    const q = idx.contradictions().find((x) => x.attribute === 'quote');
    assert.ok(q, JSON.stringify(idx.contradictions()));
    assert.ok(q.diff?.some((o) => o.op === 'delete' && o.text.includes('très')));
    assert.ok(q.diff?.some((o) => o.op === 'insert' && o.text.includes('extrêmement')));
  });

  it('finds a short quote with one word added in the middle, which leaves a single shared run of three words', () => {
    const idx = corpus({
      'a.txt': 'Russian Foreign Minister Sergei Lavrov met Marco Rubio in Riyadh on February 18, 2025. "It was a very useful conversation," Lavrov said.',
      'b.txt': 'Sergei Lavrov and Marco Rubio held talks in Riyadh on February 18, 2025. "It was a useful conversation," Lavrov told reporters.',
    });
    const q = idx.contradictions().find((x) => x.attribute === 'quote');
    assert.ok(q, JSON.stringify(idx.contradictions()));
    assert.deepEqual(
      q.diff?.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text.trim()]),
      [['delete', 'very']],
    );
    // An English event names its parties in English.
    const ev = idx.events().find((e) => e.date === '2025-02-18');
    assert.ok(ev?.participants.includes('Russia') && !ev.participants.includes('Russie'), JSON.stringify(ev?.participants));
  });

  it('diffs words, ignoring case and typographic apostrophes', () => {
    assert.deepEqual(wordDiff("C'est très important", 'c’est extrêmement important'), [
      { op: 'equal', text: "c'est " },
      { op: 'delete', text: 'très' },
      { op: 'insert', text: 'extrêmement' },
      { op: 'equal', text: ' important' },
    ]);
  });
});
