import assert from 'node:assert/strict';
import { parseCorpus, splitLines, type EvalSpan } from '../../../src/core/evaluation/corpus';
import { largestClasses, peopleErrors, timexErrors, valueShape } from '../../../src/core/evaluation/errorClasses';
import { pairByOverlap, prf } from '../../../src/core/evaluation/spanScore';
import { isoDurationMinutes, scoreTimex, valueAgrees } from '../../../src/core/evaluation/timexScore';

const span = (start: number, end: number, type = 'DATE', value = '', text = ''): EvalSpan => ({ start, end, type, value, text });

describe('TIMEX3 scoring (rules of the corpora README)', () => {
  it('counts strict matches only for identical extents and relaxed ones for any overlap', () => {
    const gold = [span(0, 10), span(20, 25), span(40, 45)];
    const system = [span(0, 10), span(18, 22), span(60, 61)];
    const c = scoreTimex(gold, system);
    assert.deepEqual(c.strict, { matchedSystem: 1, system: 3, matchedGold: 1, gold: 3 });
    assert.deepEqual(c.relaxed, { matchedSystem: 2, system: 3, matchedGold: 2, gold: 3 });
  });

  it('gives a long system span over two gold spans one precision hit and two recall hits (relaxed)', () => {
    const c = scoreTimex([span(0, 5), span(6, 10)], [span(0, 10)]);
    assert.deepEqual(c.relaxed, { matchedSystem: 1, system: 1, matchedGold: 2, gold: 2 });
  });

  it('pairs spans one to one, the largest overlap first, for value F1', () => {
    // system 0 overlaps gold 0 by 2 and gold 1 by 5: it goes to gold 1; system 1 then takes gold 0.
    assert.deepEqual(pairByOverlap([span(0, 5), span(5, 10)], [span(3, 10), span(0, 4)]), [
      [1, 0],
      [0, 1],
    ]);
    const c = scoreTimex([span(0, 5, 'DATE', '2020'), span(5, 10, 'DATE', '2021')], [span(3, 10, 'DATE', '2021-05'), span(0, 4, 'DATE', '1999')]);
    assert.deepEqual(c.value, { matchedSystem: 1, system: 2, matchedGold: 1, gold: 2 });
  });

  it("compares values at gold's granularity for year, month, week and day, and exactly otherwise", () => {
    assert.ok(valueAgrees('1999', '1999-05-20'));
    assert.ok(valueAgrees('1999-05', '1999-05-20T10:00'));
    assert.ok(valueAgrees('1999-W20', '1999-W20-3'));
    assert.ok(valueAgrees('1999-05-20', '1999-05-20T22:00'));
    assert.ok(!valueAgrees('1999-05-20', '1999-05'));
    assert.ok(!valueAgrees('1999-05-20TEV', '1999-05-20'));
    assert.ok(valueAgrees('PRESENT_REF', 'PRESENT_REF'));
    assert.ok(!valueAgrees('XXXX-WXX-4', 'XXXX-WXX-4X'));
  });

  it('matches durations by minutes within 0.1% and leaves vague ones to string equality', () => {
    assert.equal(isoDurationMinutes('PT1H30M'), 90);
    assert.equal(isoDurationMinutes('P2W'), 20160);
    assert.ok(Math.abs(isoDurationMinutes('PT30.4S')! - 30.4 / 60) < 1e-9);
    assert.equal(isoDurationMinutes('PXD'), null);
    assert.equal(isoDurationMinutes('P'), null);
    assert.ok(valueAgrees('PT1H30M', 'PT90M'));
    assert.ok(valueAgrees('P1D', 'PT24H'));
    assert.ok(valueAgrees('P7D', 'P1W'));
    assert.ok(!valueAgrees('P3D', 'P4D'));
    assert.ok(valueAgrees('PXD', 'PXD'));
    assert.ok(!valueAgrees('PXD', 'P3D'));
  });

  it('computes P, R and F1 from matched counts on each side', () => {
    const s = prf({ matchedSystem: 3, system: 4, matchedGold: 3, gold: 6 });
    assert.equal(s.precision, 0.75);
    assert.equal(s.recall, 0.5);
    assert.ok(Math.abs(s.f1 - 0.6) < 1e-12);
  });
});

describe('corpus documents', () => {
  it('reads JSON Lines with code-point gold spans and names the line of a broken document', () => {
    const docs = parseCorpus(
      '{"id":"a","lang":"fr","text":"Le 3 mai.","gold":[{"start":0,"end":8,"text":"Le 3 mai","type":"DATE","value":"XXXX-05-03"}]}\n\n',
      'x.jsonl',
    );
    assert.equal(docs.length, 1);
    assert.equal(docs[0].gold[0].value, 'XXXX-05-03');
    assert.throws(() => parseCorpus('{"id":"a"}\n', 'x.jsonl'), /x\.jsonl:1: a document needs/);
    assert.throws(() => parseCorpus('{"lang":"en","text":"ab","gold":[{"start":0,"end":5}]}', 'y.jsonl'), /y\.jsonl:1: gold span/);
    assert.throws(() => parseCorpus('nope', 'z.jsonl'), /z\.jsonl:1: not JSON/);
  });

  it('splits a document into lines with their gold spans moved to each line, counting code points', () => {
    const doc = {
      id: 'd',
      lang: 'en' as const,
      text: '😀 Ann met Bob.\nThen Carl left.',
      gold: [span(6, 9, 'PERS', '', 'met'), span(20, 24, 'PERS', '', 'Carl')],
    };
    const lines = splitLines(doc);
    assert.equal(lines.length, 2);
    assert.equal(lines[1].offset, 15);
    assert.deepEqual([lines[1].doc.gold[0].start, lines[1].doc.gold[0].end], [5, 9]);
    assert.equal([...lines[1].doc.text].slice(5, 9).join(''), 'Carl');
  });
});

describe('error classes', () => {
  const cps = (s: string): string[] => [...s];

  it('names a leading preposition, a dropped determiner and a dropped trailing modifier', () => {
    const text = 'Il viendra en 1975 et le jeudi 7 octobre, le 6 mai dernier.';
    const at = (s: string, type = 'DATE', value = 'X'): EvalSpan => span(text.indexOf(s), text.indexOf(s) + s.length, type, value, s);
    const errors = timexErrors(
      cps(text),
      [at('1975'), at('le jeudi 7 octobre'), at('le 6 mai dernier')],
      [at('en 1975'), at('jeudi 7 octobre'), at('le 6 mai')],
    );
    assert.deepEqual(errors.map((e) => e.cls).sort(), ['span drops leading determiner', 'span drops trailing modifier', 'span includes leading preposition']);
  });

  it('names missed and spurious expressions by type and value shape, and wrong values by shape', () => {
    const text = 'Chaque année, maintenant, à 22 h.';
    const errors = timexErrors(
      cps(text),
      [span(0, 12, 'SET', 'P1Y'), span(28, 32, 'TIME', '1999-05-23T22:00')],
      [span(14, 24, 'DATE', '1999'), span(28, 32, 'TIME', 'T22:00')],
    );
    assert.deepEqual(errors.map((e) => e.cls).sort(), [
      'missed SET (duration)',
      'spurious DATE (year)',
      'value: gold clock time with day, system clock time only',
    ]);
    assert.equal(valueShape('1999-05-23TEV'), 'part of day');
    assert.equal(valueShape('PXY'), 'vague duration');
    assert.equal(valueShape('199'), 'decade');
  });

  it('names a system span that fuses two gold expressions', () => {
    const errors = timexErrors(cps('le samedi 5 juin à 17 h'), [span(0, 16), span(19, 23, 'TIME')], [span(0, 23, 'TIME')]);
    assert.ok(errors.some((e) => e.cls === 'two gold expressions in one system span'));
  });

  it('classes people errors by name shape and keeps the largest classes first, with one example', () => {
    const text = 'Jean de La Fontaine parla à Marie et à Pierre.';
    const errors = peopleErrors(
      cps(text),
      [span(0, 19, 'PERS', '', 'Jean de La Fontaine'), span(39, 45, 'PERS', '', 'Pierre')],
      [span(0, 4, 'PERS', '', 'Jean'), span(28, 33, 'PERS', '', 'Marie')],
    );
    assert.deepEqual(errors.map((e) => e.cls).sort(), ['missed single word', 'span drops trailing preposition', 'spurious single word']);
    const top = largestClasses([...errors, { cls: 'spurious single word', example: 'x' }], 2);
    assert.deepEqual(
      top.map((c) => [c.cls, c.count]),
      [
        ['spurious single word', 2],
        ['missed single word', 1],
      ],
    );
    assert.match(top[0].example, /\[Marie\]/);
  });
});
