import { strict as assert } from 'node:assert';
import { CorpusIndex, MAX_EVENT_REASONS } from '../../../src/core/corpus/index';

function index(docs: Record<string, [string, string?]>): CorpusIndex {
  const idx = new CorpusIndex();
  for (const [file, [text, published]] of Object.entries(docs)) idx.setDocument(file, text, published ? { published } : {});
  return idx;
}

const filesOf = (idx: CorpusIndex, id: string) => [...new Set(idx.event(id)?.mentions.map((m) => m.file) ?? [])].sort();

describe('corpus grouping', () => {
  it('groups "jeudi à Genève" (dated article), "le 6 mars" and "ce jeudi matin" into one event', () => {
    const idx = index({
      'a.txt': ['Les délégations se réuniront jeudi à Genève pour des pourparlers sur le nucléaire.', '2025-03-05'],
      'b.txt': ['Les pourparlers sur le nucléaire se tiendront le 6 mars à Genève, a indiqué le ministère.', '2025-03-01'],
      'c.txt': ['Des négociations ont commencé ce jeudi matin à Genève entre les deux délégations.'],
    });
    const ev = idx.events().find((e) => e.place === 'Genève');
    assert.ok(ev, JSON.stringify(idx.events().map((e) => e.id)));
    assert.equal(ev.id, '2025-03-06-geneva-talks');
    assert.deepEqual(filesOf(idx, ev.id), ['a.txt', 'b.txt', 'c.txt']);
  });

  it('keeps a second round in the same city on another date as a separate event', () => {
    const idx = index({
      'a.txt': ['Les négociations ont eu lieu le 6 mars à Genève.', '2025-03-07'],
      'b.txt': ['Un deuxième cycle de négociations a eu lieu le 20 mars à Genève.', '2025-03-21'],
    });
    const ids = idx.events().map((e) => e.id);
    assert.ok(ids.includes('2025-03-06-geneva-talks'), ids.join());
    assert.ok(ids.includes('2025-03-20-geneva-talks'), ids.join());
  });

  it('narrows a month-only article\'s "mardi" with another article dating the meeting there', () => {
    const idx = index({
      'month.txt': [' date 2025-02 Les pourparlers se sont tenus mardi à Riyad entre Russes et Américains.'],
      'day.txt': ['Une première rencontre a eu lieu le 18 février en Arabie saoudite entre Russes et Américains.', '2025-02-20'],
    });
    const ev = idx.events().find((e) => e.date === '2025-02-18');
    assert.ok(ev, JSON.stringify(idx.events().map((e) => [e.id, e.reasoning])));
    assert.deepEqual(filesOf(idx, ev.id), ['day.txt', 'month.txt']);
    assert.ok(
      ev.reasoning?.some((r) => /mardi/.test(r) && /2025-02-18/.test(r)),
      ev.reasoning?.join('\n'),
    );
  });

  it('groups English articles: "on Thursday in Istanbul" and "February 27" are one meeting', () => {
    const idx = index({
      'en1.txt': ['Russian and American diplomats will meet on Thursday in Istanbul for talks on their embassies.', '2025-02-26'],
      'en2.txt': ['The talks in Istanbul on February 27 lasted more than six hours.', '2025-02-28'],
    });
    const ev = idx.events().find((e) => e.id === '2025-02-27-istanbul-talks');
    assert.ok(
      ev,
      idx
        .events()
        .map((e) => e.id)
        .join(),
    );
    assert.deepEqual(filesOf(idx, ev.id), ['en1.txt', 'en2.txt']);
    assert.match(ev.title, /Istanbul/);
  });

  it('attaches an undated mention to the only event at that place, and keeps an unrelated place separate', () => {
    const idx = index({
      'a.txt': ['Les pourparlers ont eu lieu le 6 mars à Genève.', '2025-03-07'],
      'b.txt': ['Les pourparlers de Genève ont été constructifs. Un sommet est prévu à Oslo.'],
    });
    assert.deepEqual(filesOf(idx, '2025-03-06-geneva-talks'), ['a.txt', 'b.txt']);
    assert.ok(!idx.event('2025-03-06-geneva-talks')!.mentions.some((m) => m.text === 'sommet'));
  });

  it('lists events in time order with undated ones last', () => {
    const idx = index({
      'a.txt': ['Un sommet a eu lieu à Oslo. Les pourparlers ont eu lieu le 6 mars à Genève.', '2025-03-07'],
      'b.txt': ['Les négociations du 2 mars à Vienne ont échoué.', '2025-03-03'],
    });
    const dates = idx.events().map((e) => e.date ?? null);
    const firstUndated = dates.indexOf(null);
    assert.ok(firstUndated === -1 || dates.slice(firstUndated).every((d) => d === null), dates.join());
    const dated = dates.filter((d): d is string => !!d);
    assert.deepEqual(dated, [...dated].sort());
  });

  it('leaves every "jeudi à Genève" of a month-only article open when three Thursdays in Genève fit, each with its reason', () => {
    const idx = index({
      'a.txt': ['Les pourparlers ont eu lieu le 6 mars 2025 à Genève.', '2025-03-07'],
      'b.txt': ['Les pourparlers ont eu lieu le 13 mars 2025 à Genève.', '2025-03-14'],
      'c.txt': ['Les pourparlers ont eu lieu le 20 mars 2025 à Genève.', '2025-03-21'],
      'd.txt': ['Les pourparlers de jeudi à Genève ont duré quatre heures.', '2025-03'],
      'e.txt': ['Les pourparlers de jeudi à Genève ont été tendus.', '2025-03'],
    });
    const open = idx.event('2025-03-geneva-talks');
    assert.deepEqual(filesOf(idx, '2025-03-geneva-talks'), ['d.txt', 'e.txt']);
    assert.deepEqual(
      open?.reasoning,
      ['d.txt', 'e.txt'].map((f) => `«jeudi» (${f}): 3 events fit (2025-03-06, 2025-03-13, 2025-03-20); left open`),
    );
    for (const d of ['06', '13', '20']) assert.equal(idx.event(`2025-03-${d}-geneva-talks`)?.mentions.length, 1);
  });

  it('keeps at most MAX_EVENT_REASONS reasons on an event, the last one counting the rest, and every mention', () => {
    const docs: Record<string, [string, string?]> = {
      'a.txt': ['Les pourparlers ont eu lieu le 6 mars 2025 à Genève.', '2025-03-07'],
      'b.txt': ['Les pourparlers ont eu lieu le 13 mars 2025 à Genève.', '2025-03-14'],
      'c.txt': ['Les pourparlers ont eu lieu le 20 mars 2025 à Genève.', '2025-03-21'],
    };
    const open = Array.from({ length: MAX_EVENT_REASONS + 5 }, (_, i) => `open-${String(i).padStart(2, '0')}.txt`);
    for (const f of open) docs[f] = ['Les pourparlers de jeudi à Genève ont duré quatre heures.', '2025-03'];
    const ev = index(docs).event('2025-03-geneva-talks');
    assert.deepEqual(filesOf(index(docs), '2025-03-geneva-talks'), open);
    assert.equal(ev?.reasoning?.length, MAX_EVENT_REASONS);
    assert.deepEqual(
      ev?.reasoning?.slice(0, 2),
      open.slice(0, 2).map((f) => `«jeudi» (${f}): 3 events fit (2025-03-06, 2025-03-13, 2025-03-20); left open`),
    );
    assert.equal(ev?.reasoning?.at(-1), '… and 6 more, one per mention attached the same way');
  });
});
