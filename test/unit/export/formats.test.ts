import { strict as assert } from 'node:assert';
import { bratFormat } from '../../../src/core/export/brat';
import { toClaimReviews } from '../../../src/core/export/claimreview';
import { conllFormat } from '../../../src/core/export/conll';
import { CSV_COLUMNS, csvFormat } from '../../../src/core/export/csv';
import { toTimeline } from '../../../src/core/export/timelinejs';
import type { ExportArticle, ExportCorpus } from '../../../src/core/export/types';
import type { Contradiction, NewsEvent } from '../../../src/core/model';
import { TextIndex } from '../../../src/core/text/offsets';
import { edgeCaseArticles } from './generated';
import { exportWith, seedArticles } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read back as plain JSON
type Json = any;

/** RFC 4180, read independently of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

function event(id: string, date: string | undefined, kind = 'talks'): NewsEvent {
  return {
    id,
    title: `Talks ${id}`,
    ...(date ? { date } : {}),
    kind,
    participants: ['Marco Rubio'],
    mentions: [{ file: 'a.txt', start: 0, end: 5, text: 'Talks', snippet: 'Talks <b>went</b> on.' }],
    sources: 2,
  };
}

function contradiction(id: string, status: Contradiction['status'], eventId: string | null = 'e1'): Contradiction {
  return {
    id,
    event: eventId,
    attribute: 'duration',
    status,
    ...(status === 'dismissed' ? { note: 'lunch included' } : {}),
    sides: [
      { file: 'a.txt', start: 10, end: 14, text: '6h30', value: 'PT6H30M', outlet: 'Le Monde' },
      { file: 'b.txt', start: 20, end: 28, text: '4 heures', value: 'PT4H', outlet: 'AFP' },
    ],
  };
}

const CORPUS: ExportCorpus = {
  documents: [
    { file: 'a.txt', published: '2025-02-27', outlet: 'Le Monde' },
    { file: 'b.txt', outlet: 'AFP' },
  ],
  events: [event('e1', '2025-02-27'), event('e2', '2025-W09', 'meeting'), event('e3', '2025-02'), event('e4', '2025-02-26T15:16'), event('e5', undefined)],
  contradictions: [contradiction('c1', 'confirmed'), contradiction('c2', 'dismissed', 'e2'), contradiction('c3', 'open')],
  people: [],
};

describe('export formats', () => {
  it('CSV: a parser reads back one record per annotation, event and contradiction, texts intact', async () => {
    const articles = edgeCaseArticles(5, 3);
    articles[0].annotations[0].note = 'a "quoted", multi\r\nline note';
    const rows = parseCsv((await exportWith(csvFormat(), articles, CORPUS)).toString());
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const body = rows.slice(1);
    assert.ok(body.every((r) => r.length === CSV_COLUMNS.length));
    const annotations = body.filter((r) => r[0] === 'annotation');
    assert.equal(
      annotations.length,
      articles.reduce((n, a) => n + a.annotations.length, 0),
    );
    assert.equal(annotations[0][CSV_COLUMNS.indexOf('note')], 'a "quoted", multi\r\nline note');
    for (const a of articles) {
      for (const x of a.annotations) {
        const row = annotations.find((r) => r[1] === a.file && r[2] === x.id)!;
        assert.equal(row[CSV_COLUMNS.indexOf('text')], /^[=+\-@]/.test(x.quote) ? `'${x.quote}` : x.quote);
        assert.equal(Number(row[CSV_COLUMNS.indexOf('start')]), x.start);
      }
    }
    assert.equal(body.filter((r) => r[0] === 'event').length, 5);
    assert.deepEqual(
      body.filter((r) => r[0] === 'contradiction').map((r) => r[CSV_COLUMNS.indexOf('status')]),
      ['confirmed', 'dismissed', 'open'],
    );
  });

  it('CSV: a cell that starts like a formula is shown as text, not run', async () => {
    const article: ExportArticle = {
      file: 'f.txt',
      text: '=HYPERLINK("x") said',
      annotations: [{ id: 'a-1', type: 'quote', quote: '=HYPERLINK("x")', start: 0, end: 15, prefix: '', suffix: ' said' }],
    };
    const rows = parseCsv((await exportWith(csvFormat(), [article], CORPUS)).toString());
    assert.equal(rows[1][CSV_COLUMNS.indexOf('text')], `'=HYPERLINK("x")`);
  });

  it('TimelineJS: every dated event with its required fields at its real granularity; undated ones left out', () => {
    const skipped: string[] = [];
    const t = toTimeline(CORPUS, (id) => skipped.push(id));
    assert.deepEqual(skipped, ['e5']);
    assert.equal(new Set(t.events.map((e) => e.unique_id)).size, t.events.length);
    for (const e of t.events) {
      assert.ok(Number.isInteger(e.start_date.year), 'start_date.year is required');
      assert.ok(e.text.headline || e.text.text, 'a slide needs a headline or a text');
      if (e.start_date.month !== undefined) assert.ok(e.start_date.month >= 1 && e.start_date.month <= 12);
    }
    const by = new Map(t.events.map((e) => [e.unique_id, e]));
    assert.deepEqual(by.get('e1')!.start_date, { year: 2025, month: 2, day: 27 });
    assert.deepEqual(by.get('e3')!.start_date, { year: 2025, month: 2 });
    assert.deepEqual(by.get('e4')!.start_date, { year: 2025, month: 2, day: 26, hour: 15, minute: 16 });
    // ISO week 9 of 2025: Monday 24 February to Sunday 2 March.
    assert.deepEqual({ ...by.get('e2')!.start_date, display_date: undefined }, { year: 2025, month: 2, day: 24, display_date: undefined });
    assert.deepEqual(by.get('e2')!.end_date, { year: 2025, month: 3, day: 2 });
    assert.equal(by.get('e2')!.group, 'meeting');
    assert.match(by.get('e1')!.text.text, /PT6H30M \(Le Monde\) vs PT4H \(AFP\) — confirmed/);
    assert.match(by.get('e1')!.text.text, /Le Monde, 2025-02-27/);
    assert.doesNotMatch(by.get('e1')!.text.text, /<b>/, 'article text is escaped, not injected as HTML');
  });

  it('TimelineJS: counts the articles it lists and their outlets, never "independent sources"', () => {
    const twoFromOne: NewsEvent = {
      ...event('e9', '2025-02-18'),
      mentions: ['a.txt', 'b.txt', 'c.txt'].map((file) => ({ file, start: 0, end: 5, text: 'Talks' })),
      sources: 2,
    };
    const text = toTimeline({ ...CORPUS, events: [twoFromOne], contradictions: [] }).events[0].text.text;
    assert.match(text, /<p>3 articles from 2 outlets<\/p>/);
    assert.equal(text.match(/<li>/g)?.length, 3);
    assert.doesNotMatch(text, /independent/);
  });

  it('ClaimReview: one review per confirmed or dismissed contradiction, with the required fields', () => {
    const reviews = toClaimReviews(CORPUS, { date: '2026-12-07' });
    assert.deepEqual(
      reviews.map((r) => r.identifier),
      ['c1', 'c2'],
    );
    for (const r of reviews as Json[]) {
      assert.equal(r['@context'], 'https://schema.org');
      assert.equal(r['@type'], 'ClaimReview');
      assert.ok(typeof r.claimReviewed === 'string' && r.claimReviewed.length > 0);
      assert.equal(r.datePublished, '2026-12-07');
      assert.equal(r.reviewRating['@type'], 'Rating');
      assert.equal(r.itemReviewed['@type'], 'Claim');
      assert.deepEqual(
        r.itemReviewed.appearance.map((a: { url: string }) => a.url),
        ['a.txt', 'b.txt'],
      );
      assert.deepEqual(
        r.itemReviewed.author.map((a: { name: string }) => a.name),
        ['Le Monde', 'AFP'],
      );
    }
    assert.equal((reviews[0] as Json).reviewRating.alternateName, 'confirmed');
    assert.equal((reviews[1] as Json).reviewRating.alternateName, 'dismissed');
    assert.equal((reviews[1] as Json).reviewRating.ratingExplanation, 'lunch included');
    assert.match(String(reviews[0].claimReviewed), /^Duration of Talks e1: PT6H30M \(Le Monde\) vs PT4H \(AFP\)$/);
  });

  it('CoNLL: each token line is the text at its offsets, tags are well-formed BIO, every tagged person starts with B-PER', async () => {
    const seeds = seedArticles();
    const out = (await exportWith(conllFormat(), seeds)).toString();
    const docs = out.split(/^# file = /m).slice(1);
    assert.equal(docs.length, seeds.length);
    docs.forEach((doc, d) => {
      const article = seeds[d];
      const index = new TextIndex(article.text);
      let prev = { e: 'O', q: 'O' };
      const bStarts = new Set<number>();
      for (const line of doc.split('\n').slice(1)) {
        if (!line) {
          prev = { e: 'O', q: 'O' };
          continue;
        }
        const [token, s, e, ent, quote] = line.split('\t');
        assert.equal(index.slice(Number(s), Number(e)), token);
        for (const [tag, before] of [
          [ent, prev.e],
          [quote, prev.q],
        ]) {
          assert.match(tag, /^(O|[BI]-(PER|DATE|QUOTE))$/);
          if (tag.startsWith('I-') && before !== 'O') assert.equal(before.slice(2), tag.slice(2), `${line}: I- continues its own type`);
        }
        if (ent === 'B-PER') bStarts.add(Number(s));
        prev = { e: ent, q: quote };
      }
      for (const p of article.annotations.filter((a) => a.type === 'person' && a.status !== 'orphan')) {
        const covered = [...bStarts].some((s) => s >= p.start && s < p.end);
        const overlapped = article.annotations.some(
          (o) => o !== p && (o.type === 'date' || o.type === 'person') && o.start < p.end && o.end > p.start && o.start <= p.start,
        );
        assert.ok(covered || overlapped, `${article.file}: ${p.quote} at ${p.start} has a B-PER`);
      }
    });
  });

  it('brat: every E, R, A, N and # line has a unique id and points at T or E ids of its own file, as brat resolves them', async () => {
    const seen = new Set<string>();
    for (const articles of [seedArticles(), edgeCaseArticles(20, 5)]) {
      const out = await exportWith(bratFormat(), articles);
      for (const a of articles) {
        const lines = out.files
          .get(a.file.replace(/\.txt$/, '.ann'))!
          .split('\n')
          .filter(Boolean);
        const ids = lines.map((l) => l.split('\t')[0]);
        assert.equal(new Set(ids).size, ids.length, `${a.file}: an id twice`);
        const known = new Set(ids.filter((id) => /^[TE]\d+$/.test(id)));
        for (const line of lines) {
          const [id, body] = line.split('\t');
          const kind = id.replace(/\d+$/, '');
          seen.add(kind);
          // The ids a line refers to: E's trigger and role arguments, R's Arg1/Arg2, A/N/#'s target.
          const refs =
            kind === 'E'
              ? body.split(' ').map((part) => part.split(':')[1])
              : kind === 'R'
                ? body
                    .split(' ')
                    .slice(1)
                    .map((arg) => /^Arg[12]:(\S+)$/.exec(arg)?.[1])
                : kind === 'A' || kind === 'N' || kind === '#'
                  ? [body.split(' ')[1]]
                  : [];
          assert.match(kind, /^[TERAN#]$/, line);
          for (const ref of refs) assert.ok(ref && known.has(ref), `${a.file}: ${line} points at ${ref}, which is not there`);
        }
      }
    }
    assert.deepEqual([...seen].sort(), ['#', 'A', 'E', 'N', 'R', 'T'], 'each kind of line is exercised');
  });

  it("brat: each T's text is the .txt slice of its fragments, and no fragment crosses a line break", async () => {
    for (const articles of [seedArticles(), edgeCaseArticles(20, 5)]) {
      const out = await exportWith(bratFormat(), articles);
      for (const a of articles) {
        const txt = out.files.get(a.file)!;
        const index = new TextIndex(txt);
        for (const line of out.files
          .get(a.file.replace(/\.txt$/, '.ann'))!
          .split('\n')
          .filter((l) => l.startsWith('T'))) {
          const [, typeAndOffsets, text] = line.split('\t');
          const frags = typeAndOffsets
            .split(' ')
            .slice(1)
            .join(' ')
            .split(';')
            .map((f) => f.split(' ').map(Number));
          const slices = frags.map(([s, e]) => index.slice(s, e));
          assert.ok(
            slices.every((s) => s.length > 0 && !/[\r\n]/.test(s)),
            line,
          );
          assert.equal(slices.join(' '), text, line);
        }
      }
      assert.ok(out.files.get('annotation.conf')!.includes('[entities]'));
    }
  });
});
