import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';
import { systemTimexSpans } from '../../../src/core/evaluation/run';

/** [text, TIMEX3 type, TIMEX3 value] of every date and duration, as `npm run eval` scores them. */
const timex = (text: string, published?: string, language?: 'fr' | 'en'): Array<[string, string, string]> =>
  systemTimexSpans(detect(text, { published, language })).map((s) => [s.text, s.type, s.value]);

describe('TIMEX3 resolution of days named without a year', () => {
  it('puts a day named with its weekday in a year where it falls on that weekday', () => {
    // 12 October is a Tuesday in 2004 and a Wednesday in 2005: an article of May 2005 names last autumn's.
    assert.deepEqual(timex('La réunion du mardi 12 octobre a fixé le calendrier.', '2005-05-02'), [['mardi 12 octobre', 'DATE', '2004-10-12']]);
    assert.deepEqual(timex('Le marché du mercredi 12 octobre sera ouvert.', '2005-05-02'), [['mercredi 12 octobre', 'DATE', '2005-10-12']]);
    assert.deepEqual(timex('The council met on Tuesday, October 12.', '2005-05-02'), [['Tuesday, October 12', 'DATE', '2004-10-12']]);
  });
});
