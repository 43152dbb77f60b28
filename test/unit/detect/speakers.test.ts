/**
 * Quote speakers on constructions of real text (issue #13), with sentences written for each; still null
 * rather than a guess.
 */
import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';

const speakers = (text: string): Array<string | null> => detect(text).quotes.map((q) => q.speakerName ?? null);

describe('speakers: constructions of real text', () => {
  it('attributes "X a qualifié … de « … »" and "X described … as “…”" to X', () => {
    assert.deepEqual(speakers('Agnès Varenne a qualifié la décision de « faute grave pour toute la région ».'), ['Agnès Varenne']);
    assert.deepEqual(speakers('Paul Marten described the ruling as “a disaster for every tenant in town”.'), ['Paul Marten']);
  });
  it('gives a quote opening a sentence the subject of the sentence just before it, in the same paragraph', () => {
    assert.deepEqual(speakers('La ministre Agnès Varenne a défendu sa réforme devant les députés. « Elle protège les plus fragiles, et nous irons au bout. »'), ['Agnès Varenne']);
  });
  it('gives no speaker when the sentence before has no person as subject, or the quote opens a new paragraph', () => {
    assert.deepEqual(speakers('Selon des témoins, la foule a applaudi. « Elle protège les plus fragiles, et nous irons au bout. »'), [null]);
    assert.deepEqual(speakers('Agnès Varenne a reçu les maires.\n« Elle protège les plus fragiles, et nous irons au bout. »'), [null]);
  });
  it('finds the speaker named after English-style and curly quotes', () => {
    assert.deepEqual(speakers('“We will not back down on this, whatever it costs,” said Jane Holloway.'), ['Jane Holloway']);
    assert.deepEqual(speakers('"We will not back down on this, whatever it costs," Jane Holloway told reporters.'), ['Jane Holloway']);
  });
  it('gives a group or a company speaking no person ("Critics say", "Boeing said its")', () => {
    assert.deepEqual(speakers('Critics say the plan is “far too late to matter to anyone”.'), [null]);
    assert.deepEqual(speakers('Ardent said its delay was “a temporary setback for the whole programme”.'), [null]);
    assert.deepEqual(detect('Critics say it is late. Ardent said its profit fell.').people, []);
  });
});
