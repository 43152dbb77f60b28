import { strict as assert } from 'node:assert';
import { detect } from '../../../src/core/detect';
import type { Detections } from '../../../src/core/model';
import { decoratedKindOf, DECORATED_KINDS, DETECTOR_KINDS } from '../../../src/core/session/detectorKinds';
import { ANNOTATION_TYPES } from '../../../src/core/sidecar/schema';

// The detector registry is where a kind lives: its Detections field, its offers, and how the editor draws it.

const TEXT = [
  'Paris, le 3 mars 2025.',
  'Le ministre Jean Dupont a rencontré Marie Curie pendant trois heures mardi.',
  '« Nous avons avancé », a déclaré Jean Dupont. Puis « » resta vide.',
].join('\n');

describe('detector registry', () => {
  it("offers each kind's suggestions from its own field of Detections, one per mention with text", () => {
    const d = detect(TEXT);
    for (const k of DETECTOR_KINDS) {
      const mentions = (d[k.field] ?? []) as Array<{ start: number; end: number }>;
      const spans = k.offers(d).map((o) => [o.start, o.end]);
      assert.deepEqual(
        spans,
        mentions.filter((m) => m.start !== m.end).map((m) => [m.start, m.end]),
        k.kind,
      );
    }
    assert.ok(
      DETECTOR_KINDS.every((k) => k.offers(d).length > 0),
      'the test sentence should give every kind a mention',
    );
  });

  it('offers nothing of a field the detections leave out', () => {
    const empty = { published: null, language: 'fr', people: [], dates: [], durations: [], quotes: [] } satisfies Detections;
    for (const k of DETECTOR_KINDS) assert.deepEqual(k.offers(empty), [], k.kind);
  });

  it('draws a duration claim as a duration, and any other annotation as its type', () => {
    assert.equal(decoratedKindOf({ type: 'claim', attribute: 'duration' }), 'duration');
    assert.equal(decoratedKindOf({ type: 'claim', attribute: 'toll' }), 'claim');
    for (const type of ANNOTATION_TYPES) if (type !== 'claim') assert.equal(decoratedKindOf({ type }), type);
  });

  it('draws every detector kind and every annotation type, each once', () => {
    assert.equal(new Set(DECORATED_KINDS).size, DECORATED_KINDS.length);
    for (const k of DETECTOR_KINDS) assert.ok(DECORATED_KINDS.includes(k.kind), k.kind);
    for (const t of ANNOTATION_TYPES) assert.ok(DECORATED_KINDS.includes(t), t);
  });
});
