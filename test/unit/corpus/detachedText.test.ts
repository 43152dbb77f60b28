import { strict as assert } from 'node:assert';
import type { Detections } from '../../../src/core/model';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { shareStrings } from '../../../src/core/corpus/detachedText';
import { detect } from '../../../src/core/detect';
import { seeds, snapshot } from './fixtures';

/** The seeds (and one article of our own) as a folder on "disk" the index reads texts back from. */
function folder(): Map<string, string> {
  const files = new Map(seeds.map((text, i) => [`seed-${i}.txt`, text]));
  files.set('own.txt', 'Les pourparlers ont eu lieu le 6 mars à Genève. « Nous avançons », a déclaré Marie Dupont.');
  return files;
}

function indexOf(files: Map<string, string>, options: ConstructorParameters<typeof CorpusIndex>[0] = {}): CorpusIndex {
  const idx = new CorpusIndex(options);
  for (const [file, text] of files) idx.setDocument(file, text, { published: '2025-03-07' });
  return idx;
}

describe('corpus index without texts (readText)', () => {
  it('answers exactly as an index that keeps the texts', () => {
    const files = folder();
    const reads: string[] = [];
    const lean = indexOf(files, { readText: (f) => (reads.push(f), files.get(f)) });
    assert.deepEqual(snapshot(lean), snapshot(indexOf(files)));
    // Quoting an article reads it again: the excerpt is the same.
    assert.equal(lean.document('own.txt')?.text, files.get('own.txt'));
    assert.ok(reads.includes('own.txt'));
  });

  it('does not read the texts again to group events (the story terms are taken at analysis)', () => {
    const files = folder();
    const reads: string[] = [];
    const lean = indexOf(files, { readText: (f) => (reads.push(f), files.get(f)) });
    assert.ok(lean.events().length > 0);
    assert.deepEqual(reads, []);
  });

  it('says which article changed on disk rather than quote another text', () => {
    const files = folder();
    const lean = indexOf(files, { readText: (f) => files.get(f) });
    files.set('own.txt', 'Un tout autre texte.');
    assert.throws(() => lean.document('own.txt')?.text, /own\.txt changed on disk since it was indexed/);
    files.delete('own.txt');
    assert.throws(() => lean.document('own.txt')?.text, /own\.txt can no longer be read/);
  });
});

describe('corpus index handing off detections (export ndjson)', () => {
  it('detects each article once and hands its detections over once, without keeping them', () => {
    const files = folder();
    let calls = 0;
    const counting = (text: string, o: { published?: string }): Detections => (calls++, detect(text, o));
    const idx = indexOf(files, { detect: counting, handOffDetections: true, readText: (f) => files.get(f) });
    assert.equal(calls, files.size);
    const own = idx.takeDetections('own.txt');
    assert.equal(calls, files.size);
    assert.deepEqual(own, detect(files.get('own.txt')!, { published: '2025-03-07' }));
    // Taken once: asked again, the article is detected again (same answer), nothing was held for it.
    assert.deepEqual(idx.takeDetections('own.txt'), own);
    assert.equal(calls, files.size + 1);
  });

  it('keeps nothing to hand over when not asked to', () => {
    const files = folder();
    let calls = 0;
    const idx = indexOf(files, { detect: (t, o) => (calls++, detect(t, o)) });
    idx.takeDetections('own.txt');
    assert.equal(calls, files.size + 1);
  });
});

describe('shareStrings', () => {
  /** A fresh copy of `s` (not the literal V8 would hand back for every use). */
  const copy = (s: string) => (' ' + s).slice(1);

  // Which copy of a string is kept cannot be seen from JavaScript (it is memory): what can is that no value changes,
  // however strings, numbers and empty values nest in objects and arrays.
  it('changes no value of the analysis it walks, in nested objects and arrays', () => {
    const sentence = 'Les pourparlers ont repris mardi à Genève entre les deux délégations.';
    const value = {
      text: '',
      mentions: [
        { snippet: copy(sentence), kind: copy('talks'), places: [copy('Genève'), copy('Genève')], date: null, count: 0 },
        { snippet: copy(sentence), kind: copy('talks'), places: [], date: { text: copy('mardi'), candidates: [copy('2025-03-04')] } },
      ],
      weights: Float64Array.from([0.5, 1]),
      nested: [[copy('a'), [copy('a'), 3]], undefined],
    };
    const before = structuredClone(value);
    assert.equal(shareStrings(value), value);
    assert.deepEqual(value, before);
    const again = structuredClone(before);
    assert.deepEqual(shareStrings(again), before, 'a second value, whose strings the first one met, keeps its values');
  });
});
