import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { describeValue, durationInWords } from '../../../src/core/session/describe';
import { timexInWords } from '../../../src/core/session/describeTimex';
import { annotationSchema } from '../../../src/core/sidecar/schema';

describe('TIMEX3 type and value outside detection', () => {
  it('newsmark detect --json gives every date and duration its TIMEX3 type and value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-timex-'));
    try {
      const file = join(dir, 'a.txt');
      writeFileSync(file, ' date 2025-02-26 Essai\n\nLe marché se tient chaque année. Le club est désormais en tête depuis trois ans.\n');
      let out = '';
      const code = await main(['detect', file, '--json'], { stdout: (s) => (out += s), stderr: () => undefined });
      assert.equal(code, 0);
      const json = JSON.parse(out) as {
        dates: Array<{ text: string; timex: { type: string; value: string } }>;
        durations: Array<{ text: string; timex: { type: string; value: string } }>;
      };
      const timex = (list: typeof json.dates, text: string) => list.find((x) => x.text === text)?.timex;
      assert.deepEqual(timex(json.dates, 'chaque année'), { type: 'SET', value: 'P1Y' });
      assert.deepEqual(timex(json.dates, 'désormais'), { type: 'DATE', value: 'PRESENT_REF' });
      assert.deepEqual(timex(json.durations, 'trois ans'), { type: 'DURATION', value: 'P3Y' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the hover friendly and adds the TIMEX3 value', () => {
    const text = describeValue({ type: 'date', value: 'P1Y' }, '2025-02-26', 'fr', undefined, { type: 'SET', value: 'P1Y' });
    assert.match(text, /Date ?: \*\*se répète : chaque année\*\*/);
    assert.match(text, /TIMEX3 SET: `P1Y`/);
    assert.match(
      describeValue({ type: 'date', value: '2025-02-27' }, '2025-02-26', 'fr', undefined, { type: 'DATE', value: '2025-02-27' }),
      /\*\*jeudi 27 février 2025\*\*/,
    );
    assert.equal(timexInWords('DATE', 'PRESENT_REF', 'en'), 'the present (now, no set date)');
    assert.equal(timexInWords('DATE', '197', 'fr'), 'les années 1970');
    assert.equal(timexInWords('SET', 'XXXX-WXX-4', 'fr'), 'se répète : chaque jeudi');
    assert.equal(timexInWords('DATE', '2025-02-27', 'fr'), null);
  });

  it('says seconds in words in the hover, counted and vague', () => {
    assert.equal(durationInWords('PT30S', 'fr'), '30 secondes');
    assert.equal(durationInWords('PT1M30S', 'en'), '1 minute and 30 seconds');
    assert.equal(timexInWords('DURATION', 'PTXS', 'en'), 'some seconds (length not given)');
  });

  it('reads sidecar annotations with and without TIMEX3 fields, and refuses an unknown TIMEX3 type', () => {
    const base = { id: 'a1', type: 'date', quote: 'désormais', start: 0, end: 9 };
    assert.ok(annotationSchema.safeParse(base).success);
    assert.ok(annotationSchema.safeParse({ ...base, timexType: 'DATE', timexValue: 'PRESENT_REF' }).success);
    assert.ok(!annotationSchema.safeParse({ ...base, timexType: 'PERIOD', timexValue: 'P1Y' }).success);
  });
});
