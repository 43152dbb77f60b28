import { strict as assert } from 'node:assert';
import type { Detections } from '../../../src/core/model';
import { CorpusIndex } from '../../../src/core/corpus/index';
import type { DetectFn } from '../../../src/core/corpus/index';
import { detect } from '../../../src/core/detect';

describe('corpus index', () => {
  it('re-analyses only the article that changed', () => {
    const calls: string[] = [];
    const counting = (text: string, o: { published?: string }): Detections => {
      calls.push(text.slice(0, 5));
      return detect(text, o);
    };
    const idx = new CorpusIndex({ detect: counting });
    idx.setDocument('a.txt', 'AAAAA Les pourparlers ont eu lieu le 6 mars à Genève.', { published: '2025-03-07' });
    idx.setDocument('b.txt', 'BBBBB Les pourparlers du 6 mars à Genève ont duré cinq heures.', { published: '2025-03-07' });
    calls.length = 0;
    idx.setDocument('b.txt', 'BBBBB Les pourparlers du 20 mars à Genève ont duré cinq heures.', { published: '2025-03-21' });
    assert.deepEqual(calls, ['BBBBB']);
    assert.deepEqual(
      idx
        .events()
        .map((e) => e.id)
        .sort(),
      ['2025-03-06-geneva-talks', '2025-03-20-geneva-talks'],
    );
  });

  it('notifies listeners with the changed file and stops after dispose', () => {
    const idx = new CorpusIndex();
    const seen: string[][] = [];
    const sub = idx.onDidChange((files) => seen.push(files));
    idx.setDocument('a.txt', 'Les pourparlers ont eu lieu le 6 mars à Genève.');
    idx.removeDocument('a.txt');
    sub.dispose();
    idx.setDocument('b.txt', 'Rien.');
    assert.deepEqual(seen, [['a.txt'], ['a.txt']]);
  });

  it('lets the user rename an event, move a mention into a new event and merge events', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Les pourparlers ont eu lieu le 6 mars à Genève.', { published: '2025-03-07' });
    idx.setDocument('b.txt', 'Les négociations du 20 mars à Genève ont échoué.', { published: '2025-03-21' });
    idx.setDecisions({ events: [{ id: '2025-03-06-geneva-talks', title: 'Genève I' }] });
    assert.equal(idx.event('2025-03-06-geneva-talks')?.title, 'Genève I');

    idx.setDecisions({ events: [{ id: 'mine', title: 'Mon événement', mentions: [{ file: 'b.txt', start: 4, end: 16 }] }] });
    assert.deepEqual(
      idx.event('mine')?.mentions.map((m) => m.file),
      ['b.txt'],
    );
    assert.equal(idx.event('2025-03-20-geneva-talks'), undefined);

    idx.setDecisions({ events: [{ id: 'geneve', title: 'Genève', merge: ['2025-03-06-geneva-talks', '2025-03-20-geneva-talks'] }] });
    assert.deepEqual([...new Set(idx.event('geneve')?.mentions.map((m) => m.file))].sort(), ['a.txt', 'b.txt']);
    assert.equal(idx.events().length, 1);
  });

  it('merges people across articles and transliterations into one entry with every mention', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', 'Le conseiller Iouri Ouchakov a parlé aux journalistes.');
    idx.setDocument('b.txt', 'Adviser Yuri Ushakov told reporters the talks went well.');
    const p = idx.people().find((x) => x.documents.length === 2);
    assert.ok(p, JSON.stringify(idx.people().map((x) => [x.id, x.documents])));
    assert.equal(p.mentions.length, 2);
  });

  it('re-analyses only the edited article among 2,000 and re-groups it into the right event', () => {
    let calls = 0;
    const counting: DetectFn = (text, options) => {
      calls++;
      return detect(text, options);
    };
    const idx = new CorpusIndex({ detect: counting });
    const cities = ['Genève', 'Vienne', 'Oslo', 'Doha', 'Ankara', 'Berlin', 'Rome', 'Madrid', 'Lisbonne', 'Varsovie'];
    for (let i = 0; i < 2000; i++) {
      const day = 1 + (i % 28);
      idx.setDocument(`d${i}.txt`, `Les pourparlers ont eu lieu le ${day} mars à ${cities[i % 10]}. La réunion a duré quatre heures.`, {
        published: '2025-03-29',
      });
    }
    idx.events();
    const before = calls;
    idx.setDocument('d5.txt', 'Les pourparlers ont eu lieu le 9 mars à Oslo. La réunion a duré cinq heures.', { published: '2025-03-29' });
    const events = idx.events();
    assert.equal(calls - before, 1, 'only the edited article is analysed again');
    const oslo9 = events.find((e) => e.date === '2025-03-09' && e.mentions.some((m) => m.file === 'd5.txt'));
    assert.ok(oslo9, 'the edited article moved to the 9 March event');
  });
});
