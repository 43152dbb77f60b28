import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, detectBatch, detectBatches, DETECT_BATCH, type DetectOptions } from '../../../src/core/detect/index';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

describe('detectBatch', () => {
  it('gives each text what detect gives it alone, whatever else the batch holds', () => {
    const texts = [
      ...seeds,
      'Par Jean Dupont et Marie Curie\n\nLe président Emmanuel Macron a déclaré jeudi : « Nous irons. » Il partira le 3 mars 2025 pour deux semaines.',
      'Emoji 😀 first: Angela Merkel said on Friday that "talks will last three days", according to Reuters.',
      '',
      ...seeds.slice(0, 2),
    ];
    const options: (DetectOptions | undefined)[] = texts.map((_, i) =>
      i % 3 === 0 ? { published: '2025-02-26' } : i % 3 === 1 ? { language: 'en', knownNames: ['Jean Dupont'] } : undefined,
    );
    options[texts.length - 1] = { registry: [{ id: 'macron', name: 'Emmanuel Macron', aliases: ['Macron'] }] };
    const batch = detectBatch(texts, options);
    assert.equal(batch.length, texts.length);
    texts.forEach((t, i) => assert.deepEqual(batch[i], detect(t, options[i]), `text ${i}`));
  });
  it('returns nothing for no texts', () => {
    assert.deepEqual(detectBatch([]), []);
  });
});

describe('detectBatches', () => {
  it('cuts at the article limit and keeps the order', () => {
    const items = Array.from({ length: DETECT_BATCH.texts * 2 + 1 }, (_, i) => i);
    const runs = detectBatches(items, () => 1);
    assert.deepEqual(
      runs.map((r) => r.length),
      [DETECT_BATCH.texts, DETECT_BATCH.texts, 1],
    );
    assert.deepEqual(runs.flat(), items);
  });
  it('cuts at the character limit, a text longer than the limit standing alone', () => {
    const half = DETECT_BATCH.chars / 2;
    const runs = detectBatches([half, half, 1, DETECT_BATCH.chars * 3, 2], (n) => n);
    assert.deepEqual(runs, [[half, half], [1], [DETECT_BATCH.chars * 3], [2]]);
  });
});
