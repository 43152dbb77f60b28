import { strict as assert } from 'node:assert';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import type { Detections } from '../../../src/core/model';
import { work } from '../workCount';

const NONE: Detections = { published: null, language: 'fr', people: [], dates: [], durations: [], quotes: [] };

/** Spans of every occurrence of `what` in `text` (BMP text: UTF-16 offsets are code points). */
function spans(text: string, what: string): Array<{ start: number; end: number; text: string }> {
  const out = [];
  for (let i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) out.push({ start: i, end: i + what.length, text: what });
  return out;
}

/** An article of `n` copies of a paragraph on one line, with the people, dates, durations and quotes in it. */
function oneLineArticle(n: number): { text: string; detections: Detections } {
  const paragraph =
    'Vladimir Poutine et Donald Trump se sont rencontrés jeudi à Genève pour des pourparlers, selon les Russes. ' +
    '« Un accord est proche », a déclaré Peskov après deux heures de discussions avec six diplomates américains. ';
  const text = paragraph.repeat(n);
  return {
    text,
    detections: {
      ...NONE,
      people: [
        ...spans(text, 'Vladimir Poutine').map((s) => ({ ...s, id: 'vladimir-poutine', name: 'Vladimir Poutine' })),
        ...spans(text, 'Donald Trump').map((s) => ({ ...s, id: 'donald-trump', name: 'Donald Trump' })),
        ...spans(text, 'Peskov').map((s) => ({ ...s, id: 'dmitri-peskov', name: 'Dmitri Peskov' })),
      ].sort((a, b) => a.start - b.start),
      dates: spans(text, 'jeudi').map((s) => ({ ...s, value: '2025-02-27', precision: 'day' as const })),
      durations: spans(text, 'deux heures').map((s) => ({ ...s, minutes: 120, unit: 'hour' as const, qualifier: 'exact' as const })),
      quotes: spans(text, '« Un accord est proche »').map((s) => ({
        start: s.start + 2,
        end: s.end - 2,
        text: 'Un accord est proche',
        outerStart: s.start,
        outerEnd: s.end,
        speaker: 'dmitri-peskov',
      })),
    },
  };
}

describe('corpus analysis on one long line', () => {
  it('reads each character of a one-sentence line a bounded number of times, however long the line', () => {
    // No capital after the full stops: the whole line is one sentence holding every mention.
    const phrase = 'la réunion a duré longtemps et les discussions ont continué. ';
    const measure = (n: number) => {
      let mentions = 0;
      const w = work(() => (mentions = analyseDocument('line.txt', phrase.repeat(n), NONE).mentions.length));
      assert.equal(mentions, 2 * n);
      return w;
    };
    const small = measure(300);
    const large = measure(1200);
    // Four times the text: four times the work when linear, sixteen times when quadratic.
    assert.ok(large.scanned < 5 * small.scanned, `regex reads grew ${(large.scanned / small.scanned).toFixed(1)}x for 4x the text`);
    assert.ok(large.visited < 5 * small.visited + 100, `array walks grew ${(large.visited / Math.max(1, small.visited)).toFixed(1)}x for 4x the text`);
  });

  it('places people, dates, durations, counts and quotes on a line of many sentences with linear work', () => {
    const measure = (n: number) => {
      const { text, detections } = oneLineArticle(n);
      let mentions: ReturnType<typeof analyseDocument>['mentions'] = [];
      let quotes: ReturnType<typeof analyseDocument>['quotes'] = [];
      const w = work(() => ({ mentions, quotes } = analyseDocument('line.txt', text, detections)));
      // The analysis did its job on every copy: each meeting has its date, place, people and count.
      const meetings = mentions.filter((m) => m.kind === 'meeting' && !m.support);
      assert.equal(meetings.length, n);
      assert.ok(meetings.every((m) => m.date?.day === '2025-02-27' && m.place?.id === 'geneva' && m.persons.includes('donald-trump')));
      assert.ok(mentions.some((m) => m.counts.some((c) => c.value === 6)));
      assert.ok(quotes.every((q) => q.mention !== undefined));
      return w;
    };
    const small = measure(100);
    const large = measure(400);
    assert.ok(large.scanned < 5 * small.scanned, `regex reads grew ${(large.scanned / small.scanned).toFixed(1)}x for 4x the text`);
    assert.ok(large.visited < 5 * small.visited, `array walks grew ${(large.visited / small.visited).toFixed(1)}x for 4x the text`);
  });
});
