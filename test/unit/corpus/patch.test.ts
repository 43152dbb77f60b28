import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CorpusIndex, type CorpusDecisions } from '../../../src/core/corpus/index';

// Edits that usually leave grouping as it was (same mentions, dates, places, people), so the index rebuilds
// only the events, claims and quotes they touch: answers must still equal a from-scratch index.

import { detectMemo, seeds, snapshot } from './fixtures';

/** Inserts `word` after the first space at or after `at` (a fraction of the text). */
const insertAt = (at: number, word: string) => (t: string) => {
  const i = t.indexOf(' ', Math.floor(t.length * at));
  return i < 0 ? `${t} ${word}` : `${t.slice(0, i)} ${word}${t.slice(i)}`;
};

const EDITS: Array<(t: string) => string> = [
  insertAt(0.5, 'très'),
  insertAt(0.1, 'vraiment'),
  insertAt(0.9, 'aussi'),
  (t) => `Note. ${t}`,
  (t) => `${t}\n`,
  (t) => t.replace(/six heures/g, 'sept heures'),
  (t) => t.replace(/quatre heures/g, 'cinq heures'),
  (t) => t.replace(/diplomates/, 'négociateurs'),
  (t) => t.replace(/«([^»]{20,}?) (\p{L}+)/u, '«$1 bien $2'),
  (t) => t.replace(/espoir/g, 'optimisme'),
];

function checkSequence(steps: Array<{ doc: number; edit: number; query: boolean }>, decisions?: CorpusDecisions): number {
  const texts = new Map<string, string>(seeds.map((t, i) => [`${i}.txt`, t]));
  const live = new CorpusIndex({ detect: detectMemo, ...(decisions ? { decisions } : {}) });
  for (const [f, t] of texts) live.setDocument(f, t);
  live.events();
  live.contradictions();
  let patched = 0;
  for (const s of steps) {
    const file = `${s.doc % seeds.length}.txt`;
    const text = EDITS[s.edit](texts.get(file)!);
    texts.set(file, text);
    live.setDocument(file, text);
    if ((live as unknown as { state: { patched?: Set<string> } }).state.patched?.size) patched++;
    if (s.query) {
      live.events();
      live.contradictions();
    }
  }
  const fresh = new CorpusIndex({ detect: detectMemo, ...(decisions ? { decisions } : {}) });
  for (const [f, t] of texts) fresh.setDocument(f, t);
  assert.deepEqual(snapshot(live), snapshot(fresh));
  return patched;
}

describe('corpus index, edits that leave grouping unchanged', () => {
  it('answers exactly like an index built from scratch', () => {
    let patched = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ doc: fc.nat(seeds.length - 1), edit: fc.nat(EDITS.length - 1), query: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        (steps) => {
          patched += checkSequence(steps);
        },
      ),
      { numRuns: 30, seed: 11 },
    );
    // The point of these edits: most of them take the partial path.
    assert.ok(patched > 0);
  });

  it('edits each article once, querying in between', () => {
    checkSequence(seeds.map((_, i) => ({ doc: i, edit: i % EDITS.length, query: true })));
    checkSequence(seeds.map((_, i) => ({ doc: i, edit: (i + 5) % EDITS.length, query: i % 2 === 0 })));
  });

  it('still answers like a fresh index with user events (merges, renames) in the decisions', () => {
    const probe = new CorpusIndex({ detect: detectMemo });
    seeds.forEach((t, i) => probe.setDocument(`${i}.txt`, t));
    const ids = probe.events().map((e) => e.id);
    const decisions: CorpusDecisions = { events: [{ id: ids[0], title: 'Renommé', merge: ids.slice(1, 3) }], verdicts: [] };
    checkSequence(
      seeds.map((_, i) => ({ doc: i, edit: i % EDITS.length, query: i % 3 !== 0 })),
      decisions,
    );
  });
});
