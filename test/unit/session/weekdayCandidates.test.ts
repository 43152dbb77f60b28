// Accepting an ambiguous weekday keeps its candidates (issue #18, item 4), and hovers title annotations
// in the reader's words (item 7).
import { strict as assert } from 'node:assert';
import { ArticleSession } from '../../../src/core/session/articleSession';
import { annotationTitle, describeValue } from '../../../src/core/session/describe';
import { sequentialIds } from '../../../src/core/sidecar/ids';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/yamlStore';

// Dated to the month only: "vendredi" can be any of the four Fridays of February 2025.
const TEXT = ' date 2025-02 Rencontre à Genève\n\nLes deux ministres se sont vus vendredi à Genève, selon un communiqué.\n';
const FRIDAYS = ['2025-02-07', '2025-02-14', '2025-02-21', '2025-02-28'];

describe('an accepted ambiguous weekday', () => {
  const accepted = () => {
    const s = new ArticleSession('a.txt', TEXT, undefined, { ids: sequentialIds() });
    const friday = s.suggestions(['date']).find((x) => x.text === 'vendredi');
    assert.ok(friday, 'vendredi is suggested');
    return { s, a: s.accept(friday) };
  };

  it('keeps its candidate days beside the month in the annotation', () => {
    const { a } = accepted();
    assert.equal(a.value, '2025-02');
    assert.deepEqual(
      a.candidates?.map((c) => c.slice(0, 10)),
      FRIDAYS,
    );
  });

  it('writes the candidates to the sidecar and reads them back', () => {
    const { s } = accepted();
    const text = serializeSidecar(s.sidecar);
    const back = parseSidecar(text);
    assert.ok(back.ok, JSON.stringify(back));
    const date = back.value.annotations.find((x) => x.type === 'date');
    assert.deepEqual(
      date?.candidates?.map((c) => c.slice(0, 10)),
      FRIDAYS,
    );
  });

  it('lists the candidate days in the hover text, not only the month', () => {
    const { a } = accepted();
    const words = describeValue(a, '2025-02', 'fr', a.candidates);
    assert.match(words, /vendredi 7 février 2025, vendredi 14 février 2025, vendredi 21 février 2025, vendredi 28 février 2025/);
  });
});

describe('annotation titles', () => {
  it('titles a duration claim "Duration" and other annotations by their kind, never "Newsmark claim"', () => {
    assert.equal(annotationTitle({ type: 'claim', attribute: 'duration' }), 'Duration');
    assert.equal(annotationTitle({ type: 'claim', attribute: 'count' }), 'Count');
    assert.equal(annotationTitle({ type: 'claim' }), 'Claim');
    assert.equal(annotationTitle({ type: 'person' }), 'Person');
  });
});
