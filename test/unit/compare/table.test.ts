import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runReport } from '../../../src/cli/report';
import type { MentionAnalysis, QuoteAnalysis } from '../../../src/core/corpus/analyze';
import { wordDiff } from '../../../src/core/corpus/claims';
import { renderComparisonMarkdown } from '../../../src/core/compare/markdown';
import { buildComparison, type ComparisonInput } from '../../../src/core/compare/table';
import type { Contradiction, NewsEvent } from '../../../src/core/model';

// Two made-up articles about a made-up summit in Lisbon:
//   north.txt (Daily North, 2031-05-02): "The summit in Lisbon on Thursday lasted three hours. ..."
//   south.txt (South Wire, 2031-05-01): "The summit in Lisbon on Thursday lasted five hours. ..."
const mention = (file: string, start: number, extra: Partial<MentionAnalysis> = {}): MentionAnalysis =>
  ({
    file,
    index: 0,
    start,
    end: start + 6,
    text: 'summit',
    kind: 'summit',
    family: 'summit',
    sentence: 0,
    snippet: '',
    persons: [],
    parties: [],
    durations: [],
    counts: [],
    another: false,
    indefinite: false,
    verb: false,
    ...extra,
  }) as MentionAnalysis;

const event: NewsEvent = {
  id: 'lisbon-summit',
  title: 'Summit in Lisbon',
  date: '2031-04-24',
  place: 'Lisbon',
  participants: ['Ana Ribeiro'],
  mentions: [
    { file: 'north.txt', start: 4, end: 10, text: 'summit' },
    { file: 'south.txt', start: 4, end: 10, text: 'summit' },
  ],
};

function input(over: Partial<ComparisonInput> = {}): ComparisonInput {
  const duration = (text: string, hours: number) => ({
    start: 42,
    end: 42 + text.length,
    text,
    minutes: hours * 60,
    unit: 'hour' as const,
    qualifier: 'exact' as const,
  });
  return {
    event,
    documents: [
      { file: 'south.txt', outlet: 'South Wire', published: '2031-05-01' },
      { file: 'north.txt', outlet: 'Daily North', published: '2031-05-02' },
      { file: 'other.txt', outlet: 'Elsewhere', published: '2031-01-01' },
    ],
    mentions: [
      mention('north.txt', 4, {
        date: { start: 24, end: 32, text: 'Thursday', day: '2031-04-24' },
        place: { id: 'lisbon', text: 'Lisbon', start: 14, end: 20, kind: 'city', confidence: 1 },
        persons: ['ana-ribeiro'],
        durations: [duration('three hours', 3)],
      }),
      mention('south.txt', 4, {
        date: { start: 24, end: 32, text: 'Thursday', day: '2031-04-24' },
        place: { id: 'lisbon', text: 'Lisbon', start: 14, end: 20, kind: 'city', confidence: 1 },
        durations: [duration('five hours', 5)],
      }),
    ],
    quotes: [],
    contradictions: [
      {
        id: 'c-duration-1',
        event: 'lisbon-summit',
        attribute: 'duration',
        status: 'open',
        sides: [
          { file: 'north.txt', start: 42, end: 53, text: 'three hours', value: 'PT3H' },
          { file: 'south.txt', start: 42, end: 52, text: 'five hours', value: 'PT5H' },
        ],
      },
    ],
    personName: (id) => (id === 'ana-ribeiro' ? 'Ana Ribeiro' : id),
    placeName: (id) => (id === 'lisbon' ? 'Lisbon' : id),
    ...over,
  };
}

describe('sources side by side: the comparison table', () => {
  it('has one column per article that mentions the event, in publication order', () => {
    const table = buildComparison(input());
    assert.deepEqual(
      table.columns.map((c) => `${c.file} ${c.outlet}`),
      ['south.txt South Wire', 'north.txt Daily North'],
    );
  });

  it('has one row per attribute the articles give, in a fixed order, and none for what nobody says', () => {
    const table = buildComparison(input());
    assert.deepEqual(
      table.rows.map((r) => r.attribute),
      ['date', 'place', 'participants', 'duration'],
    );
    const participants = table.rows.find((r) => r.attribute === 'participants')!;
    assert.deepEqual(
      participants.cells.map((c) => c.values.map((v) => v.text)),
      [[], ['Ana Ribeiro']],
    );
  });

  it('marks the cells of a disagreement and lists its values under the row', () => {
    const table = buildComparison(input());
    const duration = table.rows.find((r) => r.attribute === 'duration')!;
    assert.deepEqual(
      duration.cells.map((c) => c.differs),
      [true, true],
    );
    assert.deepEqual(
      duration.disagreements[0].values.map((v) => v.value),
      ['PT3H', 'PT5H'],
    );
    const date = table.rows.find((r) => r.attribute === 'date')!;
    assert.deepEqual(
      date.cells.map((c) => c.differs),
      [false, false],
    );
    assert.equal(date.disagreements.length, 0);
  });

  it('links every value to its span in its article (code points)', () => {
    const table = buildComparison(input());
    const [south] = table.rows.find((r) => r.attribute === 'duration')!.cells;
    assert.deepEqual(
      south.values.map((v) => [v.file, v.start, v.end, v.text]),
      [['south.txt', 42, 52, 'five hours']],
    );
  });

  it('adds a disagreement side no mention gave, so the table never hides what the corpus found', () => {
    const count: Contradiction = {
      id: 'c-count-1',
      event: 'lisbon-summit',
      attribute: 'count',
      status: 'confirmed',
      sides: [
        { file: 'north.txt', start: 60, end: 69, text: '12 people', value: '12' },
        { file: 'south.txt', start: 61, end: 70, text: '20 people', value: '20' },
      ],
    };
    const table = buildComparison(input({ contradictions: [count] }));
    const row = table.rows.find((r) => r.attribute === 'count')!;
    assert.deepEqual(
      row.cells.map((c) => c.values.map((v) => v.value)),
      [['20'], ['12']],
    );
    assert.equal(row.disagreements[0].status, 'confirmed');
  });

  it('gives each speaker a quote row, with the word diff of a quote reported in other words', () => {
    const said = (file: string, text: string): QuoteAnalysis => ({
      file,
      start: 80,
      end: 80 + text.length,
      outerStart: 79,
      outerEnd: 81 + text.length,
      text,
      speaker: 'ana-ribeiro',
      mention: 0,
    });
    const a = said('north.txt', 'we will meet again in June');
    const b = said('south.txt', 'we will meet again in July');
    const quote: Contradiction = {
      id: 'c-quote-1',
      event: null,
      attribute: 'quote',
      status: 'open',
      speaker: 'ana-ribeiro',
      sides: [a, b].map((q) => ({ file: q.file, start: q.start, end: q.end, text: q.text, value: q.text })),
      diff: wordDiff(a.text, b.text),
    };
    const table = buildComparison(input({ quotes: [a, b], contradictions: [quote] }));
    const row = table.rows.find((r) => r.attribute === 'quote')!;
    assert.deepEqual(row.speaker, { id: 'ana-ribeiro', name: 'Ana Ribeiro' });
    assert.deepEqual(
      row.cells.map((c) => c.differs),
      [true, true],
    );
    const changed = row.disagreements[0].diff!.filter((o) => o.op !== 'equal').map((o) => `${o.op}:${o.text.trim()}`);
    assert.deepEqual(changed, ['delete:June', 'insert:July']);
  });

  it('gives one quote row to a speaker spelled two ways in two articles (ids compared by key)', () => {
    const said = (file: string, speaker: string): QuoteAnalysis => ({
      file,
      start: 80,
      end: 95,
      outerStart: 79,
      outerEnd: 96,
      text: 'nothing is agreed',
      speaker,
      mention: 0,
    });
    const table = buildComparison(input({ quotes: [said('north.txt', 'iouri-ouchakov'), said('south.txt', 'yuri-ushakov')] }));
    const rows = table.rows.filter((r) => r.attribute === 'quote');
    assert.equal(rows.length, 1, JSON.stringify(rows.map((r) => r.speaker)));
    assert.deepEqual(
      rows[0].cells.map((c) => c.values.length),
      [1, 1],
    );
  });

  it('shows a place named several times in one article once', () => {
    const again = mention('north.txt', 100, { place: { id: 'lisbon', text: 'Lisbon', start: 110, end: 116, kind: 'city', confidence: 1 } });
    const table = buildComparison(input({ mentions: [...input().mentions, again] }));
    const place = table.rows.find((r) => r.attribute === 'place')!;
    assert.deepEqual(
      place.cells.map((c) => c.values.length),
      [1, 1],
    );
  });

  it('renders in Markdown with a column per article, the disagreeing values flagged, and links to lines', () => {
    const table = buildComparison(input());
    for (const c of table.rows.flatMap((r) => r.cells)) for (const v of c.values) v.line = 3;
    const md = renderComparisonMarkdown(table, 'en');
    assert.match(md, /^## Sources side by side: Summit in Lisbon$/m);
    assert.match(md, /^\| Attribute \| `south\.txt`<br>South Wire · 2031-05-01 \| `north\.txt`<br>Daily North · 2031-05-02 \|$/m);
    assert.match(md, /^\| Duration \| ⚠ \*\*\[«five hours» → 5 hours\]\(south\.txt#L3\)\*\* \| ⚠ \*\*\[«three hours» → 3 hours\]\(north\.txt#L3\)\*\* \|$/m);
    assert.match(md, /^- \*\*Duration\*\*: `north\.txt`: 3 hours ≠ `south\.txt`: 5 hours$/m);
    assert.match(renderComparisonMarkdown(table, 'fr'), /^- \*\*Durée\*\*: `north\.txt`: 3 heures ≠ `south\.txt`: 5 heures$/m);
  });
});

describe('newsmark report --event on the seeds', () => {
  const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await runReport([SEEDS, ...args], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  };

  it('prints the Istanbul talks side by side, one column per article that reports them', async () => {
    const { code, out, err } = await run(['--format', 'md', '--event', '2025-02-27-istanbul-talks']);
    assert.equal(code, 0, err);
    const header = out.split('\n').find((l) => l.startsWith('| Attribut'))!;
    assert.equal(header.split('|').length - 3, 4, header);
    assert.match(out, /^\| Lieu \| \[«Istanbul»\]/m);
  });

  it("writes the durations in words of the table's language, qualifier included, never as ISO codes", async () => {
    // Seed 000 gives the Istanbul talks "presque six heures et demie".
    const fr = await run(['--format', 'md', '--event', '2025-02-27-istanbul-talks', '--lang', 'fr']);
    const en = await run(['--format', 'md', '--event', '2025-02-27-istanbul-talks', '--lang', 'en']);
    const durationRow = (out: string) => out.split('\n').find((l) => /^\| (Durée|Duration) \|/.test(l)) ?? '';
    assert.match(durationRow(fr.out), /→ presque 6 heures et 30 minutes\]/);
    assert.match(durationRow(en.out), /→ almost 6 hours and 30 minutes\]/);
    for (const row of [durationRow(fr.out), durationRow(en.out)]) assert.doesNotMatch(row, /PT\d|almost PT/, row);
  });

  it('refuses an unknown event with the list of ids', async () => {
    const { code, err } = await run(['--event', 'no-such-event']);
    assert.equal(code, 1);
    assert.match(err, /no event 'no-such-event'/);
    assert.match(err, /2025-02-27-istanbul-talks/);
  });
});
