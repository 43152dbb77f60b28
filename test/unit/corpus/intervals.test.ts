import { strict as assert } from 'node:assert';
import type { DurationMention } from '../../../src/core/model';
import { durationRange, rangesOverlap } from '../../../src/core/corpus/intervals';

const d = (minutes: number, qualifier: DurationMention['qualifier'] = 'exact', unit: DurationMention['unit'] = 'hour') => ({ minutes, unit, qualifier });
const agree = (a: ReturnType<typeof d>, b: ReturnType<typeof d>) => rangesOverlap(durationRange(a), durationRange(b));

describe('corpus intervals', () => {
  it('reads a round "quatre heures" as about 3h45 to 4h15', () => {
    assert.deepEqual(durationRange(d(240)), { lo: 225, hi: 255 });
  });
  it('agrees "6h30" with "presque six heures et demie"', () => {
    assert.ok(agree(d(390), d(390, 'almost')));
  });
  it('agrees "plus de quatre heures" with "quatre heures et demie"', () => {
    assert.ok(agree(d(240, 'more-than'), d(270)));
  });
  it('agrees "90 minutes" with "une heure et demie"', () => {
    assert.ok(agree(d(90, 'exact', 'minute'), d(90, 'exact', 'hour')));
  });
  it('disagrees "quatre heures" with "cinq heures"', () => {
    assert.ok(!agree(d(240), d(300)));
  });
  it('puts "presque" a little under the value and never above it', () => {
    const r = durationRange(d(390, 'almost'));
    assert.equal(r.hi, 390);
    assert.ok(r.lo < 390 && r.lo >= 330);
  });
  it('bounds "plus de" above: "plus de quatre heures" disagrees with "six heures"', () => {
    const r = durationRange(d(240, 'more-than'));
    assert.equal(r.lo, 240);
    assert.ok(!agree(d(240, 'more-than'), d(360)));
  });
  it('keeps "moins de deux heures" below two hours', () => {
    assert.ok(!agree(d(120, 'less-than'), d(150)));
    assert.ok(agree(d(120, 'less-than'), d(90, 'exact', 'minute')));
  });
  it('widens "environ" beyond a plain round value', () => {
    assert.ok(agree(d(240, 'about'), d(270)));
    assert.ok(!agree(d(240), d(270)));
  });
});
