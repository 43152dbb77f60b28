import { strict as assert } from 'node:assert';
import { indexOfArticles as index } from './fixtures';
import { attributionIn } from '../../../src/core/corpus/claimWords';

describe('claims with their source', () => {
  it('reads who a sentence gives its figures from', () => {
    assert.equal(attributionIn("Elles ont duré quatre heures, selon l'agence TASS."), "l'agence TASS");
    assert.equal(attributionIn('At least 12 people died, according to police.'), 'police');
    assert.equal(attributionIn('Twelve people died, the fire brigade said.'), 'the fire brigade');
    assert.equal(attributionIn('Les discussions ont duré une heure.'), undefined);
  });

  it('attaches a duration said of "elles" to the event of the sentence before, with the agency as its source', () => {
    const idx = index({
      'a.txt': ["Les négociations entre les délégations se sont tenues le 4 mars à Genève. Elles ont duré quatre heures, selon l'agence TASS.", '2025-03-05'],
      'b.txt': ['Les négociations de Genève, le 4 mars, ont duré sept heures, selon Reuters.', '2025-03-05'],
    });
    const c = idx.contradictions().find((x) => x.attribute === 'duration');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    const a = c.sides.find((s) => s.file === 'a.txt');
    assert.equal(a?.value, 'PT4H');
    assert.equal(a?.source, "l'agence TASS");
    assert.equal(c.sides.find((s) => s.file === 'b.txt')?.source, 'Reuters');
  });
});
