import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { detect } from '../../../src/core/detect/index';
import { compare, goldItems, KINDS, predictedItems, score, type Counts, type GoldFile, type Kind } from '../../../src/core/detect/evaluate';

const root = join(__dirname, '../../..');
const goldDir = join(root, 'test/fixtures/gold');

function evaluate(heldOut: boolean): Record<Kind, Counts> {
  const total = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }])) as Record<Kind, Counts>;
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.yaml'))) {
    const gold = parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
    if (gold.article.startsWith('seeds/') === heldOut) continue;
    const text = readFileSync(join(root, gold.article), 'utf8');
    const d = detect(text, gold.options ?? {});
    if (gold.published) assert.equal(d.published?.value, gold.published.value, `${f}: publication date`);
    const { counts } = compare(goldItems(text, gold), predictedItems(d));
    for (const k of KINDS) for (const n of ['tp', 'predicted', 'gold'] as const) total[k][n] += counts[k][n];
  }
  return total;
}

describe('detection quality on the gold annotations', () => {
  it('reaches F1 ≥ 0.95 for every kind on the five seeds', () => {
    const c = evaluate(false);
    for (const k of KINDS) assert.ok(score(c[k]).f1 >= 0.95, `${k}: F1 ${score(c[k]).f1.toFixed(2)}`);
  });
  it('reaches F1 ≥ 0.85 for every kind on the held-out articles', () => {
    const c = evaluate(true);
    for (const k of KINDS) assert.ok(score(c[k]).f1 >= 0.85, `${k}: F1 ${score(c[k]).f1.toFixed(2)}`);
  });
});
