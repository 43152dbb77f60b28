import { strict as assert } from 'node:assert';
import { cosine, documentFrequencies, forEachStoryWord, similarStories, STORY_WORD, storyTerms, storyVector, tallyTerms } from '../../../src/core/corpus/story';
import {
  ATTACH_MARGIN,
  ATTACH_THRESHOLD,
  clearlyNearest,
  evidenceOf,
  rememberStoryTerms,
  storyConflict,
  storyVectors,
} from '../../../src/core/corpus/storyGroup';
import type { DocumentAnalysis } from '../../../src/core/corpus/analyze';
import { buildReport } from '../../../src/core/corpus/report';
import { indexOfArticles } from './fixtures';
import type { Cluster } from '../../../src/core/corpus/group';
import { mainClusterOf } from '../../../src/core/corpus/mainCluster';
import type { MentionAnalysis } from '../../../src/core/corpus/analyze';
import { eventLexicon, englishVerbForms, frenchVerbForms } from '../../../src/core/corpus/eventWords';

const ARTICLES = [
  'Harbourview mayor Ellen Tashkova resigns after audit\nEllen Tashkova stepped down on Monday as mayor of Harbourview after an audit of the port budget.',
  'Audit forces Tashkova out in Harbourview\nThe mayor of Harbourview, Ellen Tashkova, left office after auditors questioned the port budget.',
  'Brightwell Foods buys Orchard Lane bakery chain\nBrightwell Foods agreed to acquire the Orchard Lane bakeries for 40 million dollars.',
  'Orchard Lane bakeries go to Brightwell\nThe Orchard Lane chain was sold to Brightwell Foods, the company said.',
  'Weather: a sunny weekend ahead\nForecasters expect sunshine across the region on Saturday and Sunday.',
];

function vectors(texts: string[]) {
  const raw = texts.map((text) => storyTerms({ text }));
  const df = documentFrequencies(raw);
  return raw.map((r) => storyVector(r, df, texts.length));
}

function cluster(over: Partial<Cluster>, mentions: Partial<MentionAnalysis>[] = []): Cluster {
  return { key: 'k', family: 'talks', mentions: mentions as MentionAnalysis[], reasoning: [], ...over };
}

describe('article stories', () => {
  it('links two reports of one resignation and two of one acquisition, and neither to the other story', () => {
    const v = vectors(ARTICLES);
    const pairs = similarStories(v, 0.2).map((p) => `${p.a}-${p.b}`);
    assert.deepEqual(pairs.sort(), ['0-1', '2-3']);
    assert.ok(cosine(v[0], v[2]) < 0.2);
  });

  it('keeps look-alikes apart: same kind and place on another day, same day elsewhere, another round', () => {
    assert.match(storyConflict(cluster({ day: '2024-05-02', placeId: 'geneva' }), cluster({ day: '2024-06-11', placeId: 'geneva' }))!, /is not/);
    assert.match(storyConflict(cluster({ day: '2024-05-02', placeId: 'geneva' }), cluster({ day: '2024-05-02', placeId: 'istanbul' }))!, /is not/);
    assert.equal(storyConflict(cluster({ day: '2024-05-02', placeId: 'geneva' }), cluster({})), undefined);
    const second = cluster({}, [{ ordinal: { start: 0, end: 1, text: 'second', n: 2 } }]);
    const first = cluster({}, [{ ordinal: { start: 0, end: 1, text: 'first', n: 1 } }]);
    assert.equal(storyConflict(first, second), 'another round');
  });

  it('keeps a planned event apart from a dated one that happened', () => {
    const next = cluster({}, [{ another: true }]);
    assert.match(storyConflict(cluster({ day: '2024-05-02' }), next)!, /planned/);
  });
});

describe('story vectors', () => {
  it('keep the 160 heaviest terms (ties in term order) at unit length, and drop the terms one article alone holds', () => {
    // 200 terms all three articles share, weighted 1..200, plus one term only the first holds.
    const shared = new Map<string, number>();
    for (let i = 1; i <= 200; i++) shared.set(`term${String(i).padStart(3, '0')}`, i);
    const first = new Map([...shared, ['alone', 500]]);
    const df = documentFrequencies([first, shared, shared]);
    const v = storyVector(first, df, 3);
    assert.equal(v.size, 160);
    assert.ok(!v.has('alone'));
    assert.deepEqual([...v.keys()].slice(0, 2), ['term200', 'term199']);
    assert.ok(v.has('term041') && !v.has('term040'), 'the lightest 40 are left out');
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    assert.ok(Math.abs(norm - 1) < 1e-12, String(norm));
    // Equal weights are kept in term order: of ten equal terms competing for the last five places, the first five.
    const ties = new Map<string, number>();
    for (let i = 0; i < 155; i++) ties.set(`heavy${String(i).padStart(3, '0')}`, 9);
    for (const t of ['tj', 'ta', 'ti', 'tb', 'th', 'tc', 'tg', 'td', 'tf', 'te']) ties.set(t, 2);
    const tied = storyVector(ties, documentFrequencies([ties, ties]), 2);
    assert.deepEqual([...tied.keys()].slice(155), ['ta', 'tb', 'tc', 'td', 'te']);
  });
});

describe('document frequencies tallied ahead (as a pool pass files each article)', () => {
  const a = new Map([
    ['séisme', 3],
    ['turquie', 2],
  ]);
  const b = new Map([
    ['séisme', 1],
    ['malatya', 4],
  ]);
  const c = new Map([['turquie', 1]]);
  const counted = (maps: Array<Map<string, number>>) => new Map([...documentFrequencies(maps)].sort());

  it('gives the counts of exactly the maps tallied, in any order', () => {
    tallyTerms(a);
    tallyTerms(b);
    tallyTerms(b);
    assert.deepEqual(
      counted([b, a]),
      new Map([
        ['malatya', 1],
        ['séisme', 2],
        ['turquie', 1],
      ]),
    );
  });

  it('counts afresh when the maps differ from those tallied: one more, one fewer, or one twice', () => {
    tallyTerms(a);
    tallyTerms(b);
    assert.equal(counted([a, b, c]).get('turquie'), 2);
    tallyTerms(a);
    tallyTerms(b);
    assert.equal(counted([a]).get('séisme'), 1);
    tallyTerms(a);
    tallyTerms(b);
    assert.equal(counted([a, a]).get('séisme'), 2);
    assert.equal(counted([a, a]).get('malatya'), undefined);
  });
});

describe('the words of a story', () => {
  const byHand = (text: string) => {
    const out: Array<[string, number]> = [];
    forEachStoryWord(text, (w, i) => out.push([w, i]));
    return out;
  };
  const byRegex = (text: string) => [...text.matchAll(STORY_WORD)].map((m): [string, number] => [m[0], m.index]);

  it('are read by hand exactly as the word pattern reads them: accents, marks, apostrophes, hyphens, numbers, astral letters', () => {
    const samples = [
      "L'armée a tiré 3,5 obus le 12.03 ; aujourd’hui-même, 1,000.25 €, 7. et .5 — Jean-Éric O’Neill's",
      'e\u0301te\u0301 \u0301accent seul, 𝐀𝐁c 😀x 𝐀😀 Straße İstanbul ǅemal ۳۴ ٣ 42,',
      "-tiret 'quote' ’ 2024-05-02 v2.0.1 A1 1A x'y- \ud800 lone \udc00 surrogates",
      '',
      ...ARTICLES,
    ];
    for (const text of samples) assert.deepEqual(byHand(text), byRegex(text), text);
  });
});

describe('the weights of a story', () => {
  it('weighs a lead word 4, a body word 0.5, a name 3 more, and sums the forms of one term in order of first use', () => {
    const lead = 'Storms hit Harbourview. The storm closed the port';
    const body = `${' '.repeat(600)}storm Harbourview`;
    const t = storyTerms({ text: lead + body, kinds: ['storm', 'storm'] });
    // "Storms" opens the text and "The" a sentence: no name; "Harbourview" inside a sentence is one.
    assert.deepEqual(
      [...t],
      [
        ['storm', 4 + 4 + 0.5],
        ['hit', 4],
        ['harbourview', 7 + 0.5 + 3],
        ['closed', 4],
        ['port', 4],
        ['kind:storm', 1],
      ],
    );
  });

  it('keeps the heaviest terms when limited, heaviest first, equal weights in code-unit order of their terms', () => {
    const text = `Zeta Alpha strike. ${ARTICLES.join(' ')} ${' '.repeat(600)} Émile émile Zed zed ábc abc 2024 kind`;
    const kinds = ['strike', 'strike', 'talks'];
    const all = storyTerms({ text, kinds });
    const byHand = [...all].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const limit of [1, 5, 17, 40, all.size - 1]) assert.deepEqual([...storyTerms({ text, kinds }, limit)], byHand.slice(0, limit), String(limit));
    // No more terms than the limit: all of them, in order of first use.
    assert.deepEqual([...storyTerms({ text, kinds }, all.size)], [...all]);
    assert.ok(
      byHand.some(([, w], i) => i > 0 && w === byHand[i - 1][1]),
      'equal weights are ordered',
    );
  });

  it('gives the same weights after it has read more words than it remembers', () => {
    const text = "L'armée et les pompiers de Valbrune, l'Armée, Valbrune: 12,5 mm de pluie.";
    const before = [...storyTerms({ text })];
    // About 60,000 different words, more than the table of words seen keeps.
    for (let k = 0; k < 80; k++) {
      const words: string[] = [];
      for (let w = 0; w < 750; w++) words.push(`mot${(k * 750 + w).toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`);
      storyTerms({ text: words.join(' ') });
    }
    assert.deepEqual([...storyTerms({ text })], before);
    assert.deepEqual(before, [
      // "l'Armée" opens with its article, not a capital: no name.
      ['armée', 4 + 4],
      ['pompier', 4],
      ['valbrune', 14],
      ['12,5', 4],
      ['mm', 4],
      ['pluie', 4],
    ]);
  });
});

describe('grouping articles by story', () => {
  it('gives an article that names no event the event its story reports, and says why', () => {
    const idx = indexOfArticles({
      'a.txt': [
        'Brightwell Foods buys Orchard Lane bakery chain\nBrightwell Foods agreed to acquire the Orchard Lane bakeries of Harbourview for 40 million dollars.',
        '2025-04-02',
      ],
      'b.txt': [
        'Orchard Lane bakeries go to Brightwell Foods\nBrightwell Foods will acquire the Orchard Lane chain of Harbourview, the company said.',
        '2025-04-02',
      ],
      'c.txt': [
        'Orchard Lane bakers and Brightwell Foods\nThe Orchard Lane bakers of Harbourview hope Brightwell Foods keeps their recipes and their 40 shops.',
        '2025-04-03',
      ],
      'd.txt': ['Weather: a sunny weekend ahead\nForecasters expect sunshine across the region on Saturday and Sunday.', '2025-04-03'],
    });
    assert.equal(idx.document('c.txt')!.mentions.length, 0, 'the test needs an article with no event mention');
    const report = buildReport(idx);
    const main = new Map(report.documents.map((d) => [d.file, d.mainEvent]));
    assert.ok(main.get('a.txt'));
    assert.equal(main.get('b.txt'), main.get('a.txt'));
    assert.equal(main.get('c.txt'), main.get('a.txt'));
    assert.equal(main.get('d.txt'), null);
    const ev = idx.events().find((e) => e.id === main.get('a.txt'))!;
    assert.deepEqual(ev.reportedBy, ['c.txt']);
    assert.ok(
      ev.reasoning!.some((r) => r.includes('c.txt') && /tells this story/.test(r)),
      ev.reasoning!.join('\n'),
    );
  });

  it("finds each article's main cluster: most mentions naming the event, ties to the cluster whose first mention of it comes first", () => {
    const a = cluster({ key: 'a' }, [
      { file: 'x', start: 50 },
      { file: 'y', start: 5 },
      { file: 'y', start: 7 },
    ]);
    // A supporting word counts for where the cluster's mentions of x begin, not for how many it has.
    const b = cluster({ key: 'b' }, [
      { file: 'x', start: 10, support: true },
      { file: 'x', start: 60 },
      { file: 'y', start: 1, support: true },
      { file: 'z', start: 3, support: true },
    ]);
    const main = mainClusterOf([a, b]);
    assert.equal(main.get('x'), b);
    assert.equal(main.get('y'), a);
    assert.equal(main.has('z'), false, 'an article with supporting words only reports no event');
  });

  it("counts an article's mentions together when a cluster lists them out of file order", () => {
    // Grouping sorts a cluster's mentions by file; a cluster given otherwise still counts all of an article's.
    const a = cluster({ key: 'a' }, [
      { file: 'y', start: 9 },
      { file: 'x', start: 40 },
      { file: 'y', start: 2 },
    ]);
    const b = cluster({ key: 'b' }, [
      { file: 'x', start: 30 },
      { file: 'y', start: 1 },
    ]);
    const main = mainClusterOf([b, a]);
    assert.equal(main.get('y'), a, 'two mentions of y in a, one in b');
    assert.equal(main.get('x'), b, 'one each: b begins earlier in x');
  });

  it("reads each mention of a cluster once to find every article's main cluster, not once more per article", () => {
    const n = 2000;
    const mentions = Array.from({ length: n }, (_, i) => ({ file: `f${i}.txt`, start: i }));
    let reads = 0;
    const counted = new Proxy(mentions, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const main = mainClusterOf([cluster({}, counted)]);
    assert.equal(main.size, n);
    assert.ok(reads <= 2 * n, `${reads} mention reads for ${n} mentions`);
  });

  it('reads the story terms handed with an analysis (computed in a worker) instead of reading its text again', () => {
    const doc = (file: string, text: string) => ({ file, text, mentions: [] }) as unknown as DocumentAnalysis;
    const [a, b] = [doc('a.txt', ARTICLES[0]), doc('b.txt', ARTICLES[4])];
    assert.equal(storyVectors([a, b]).get('a.txt')!.size, 0, 'the two texts share no word');
    const [c, d] = [doc('a.txt', ARTICLES[0]), doc('b.txt', ARTICLES[4])];
    rememberStoryTerms(c, new Map([['harbourview', 2]]));
    rememberStoryTerms(d, new Map([['harbourview', 3]]));
    assert.deepEqual([...storyVectors([c, d]).get('b.txt')!.keys()], ['harbourview']);
  });

  it('attaches a small group to the larger story it is clearly nearest to, not to one of two as near', () => {
    const like = (...xs: number[]) => xs.map((x, i) => ({ like: x, i }));
    assert.equal(clearlyNearest(like(ATTACH_THRESHOLD + 0.1, ATTACH_THRESHOLD + 0.1 - ATTACH_MARGIN - 0.01))?.i, 0);
    assert.equal(clearlyNearest(like(ATTACH_THRESHOLD + 0.1))?.i, 0);
    assert.equal(clearlyNearest(like(ATTACH_THRESHOLD + 0.1, ATTACH_THRESHOLD + 0.1 - ATTACH_MARGIN / 2)), undefined);
    assert.equal(clearlyNearest(like(ATTACH_THRESHOLD - 0.01)), undefined);
    assert.equal(clearlyNearest([]), undefined);
  });

  it("keeps two news stories apart by date only when the date is the event's own (in a lead, or given by two articles)", () => {
    const dated = (day: string, ...at: Array<[string, number]>) =>
      cluster(
        { family: 'death', day },
        at.map(([file, start]) => ({ file, start, date: { day, text: day } }) as Partial<MentionAnalysis>),
      );
    // A birth date deep in one article is not the death's date.
    assert.equal(storyConflict(dated('1923-04-19', ['a.txt', 2400]), dated('2008-12-11', ['b.txt', 1800])), undefined);
    assert.match(storyConflict(dated('2025-03-03', ['a.txt', 40]), dated('2025-10-09', ['b.txt', 60]))!, /is not/);
    assert.match(storyConflict(dated('2025-03-03', ['a.txt', 2400], ['c.txt', 3000]), dated('2025-10-09', ['b.txt', 60]))!, /is not/);
    // Talks are dated with care: one article's day is enough.
    assert.match(storyConflict(cluster({ day: '2025-03-03' }, [{ file: 'a.txt', start: 2400 }]), cluster({ day: '2025-03-10' }))!, /is not/);
  });

  it('keeps the same kind at another time apart, but not another kind: the shooting and, months later, its trial', () => {
    const on = (kind: string, day: string, file: string) =>
      cluster({ family: `${kind}|${file}`, day }, [{ file, start: 40, kind, date: { day, text: day } } as Partial<MentionAnalysis>]);
    assert.match(storyConflict(on('attack', '2025-09-09', 'a.txt'), on('attack', '2025-12-07', 'b.txt'))!, /is not/);
    assert.equal(storyConflict(on('attack', '2025-09-09', 'a.txt'), on('trial', '2025-12-07', 'b.txt')), undefined);
  });

  it("gives as evidence each kind at the event's place, and its own day's month and the next (across a new year)", () => {
    const ev = cluster({ family: 'arrest|a.txt', day: '2025-12-20', placeId: 'lyon' }, [
      { file: 'a.txt', start: 40, kind: 'arrest', date: { day: '2025-12-20', text: '20 December 2025' } },
      { file: 'a.txt', start: 90, kind: 'investigation' },
      { file: 'a.txt', start: 120, kind: 'death', support: true },
    ] as Partial<MentionAnalysis>[]);
    assert.deepEqual(evidenceOf(ev).sort(), ['around 2025-12', 'around 2026-01', 'arrest in lyon', 'investigation in lyon']);
    // A day read deep in one article only may be a date the story recalls: no time evidence from it.
    const recalled = cluster({ family: 'death|a.txt', day: '1967-03-02' }, [
      { file: 'a.txt', start: 2400, kind: 'death', date: { day: '1967-03-02', text: '2 March 1967' } },
    ] as Partial<MentionAnalysis>[]);
    assert.deepEqual(evidenceOf(recalled), []);
  });

  it('reads ordinals as rounds of talks only (a second arrest is not another round of one arrest story)', () => {
    const withOrdinal = (family: string, n: number) => cluster({ family }, [{ ordinal: { start: 0, end: 1, text: String(n), n } }]);
    assert.equal(storyConflict(withOrdinal('arrest', 1), withOrdinal('arrest', 2)), undefined);
    assert.equal(storyConflict(withOrdinal('talks', 1), withOrdinal('talks', 2)), 'another round');
  });
});

describe('event vocabulary', () => {
  it('inflects English and French verbs', () => {
    assert.deepEqual(englishVerbForms('arrest'), ['arrest', 'arrests', 'arrested', 'arresting']);
    assert.deepEqual(englishVerbForms('die:died:died:dying'), ['die', 'dies', 'died', 'dying']);
    assert.ok(frenchVerbForms('condamner').includes('condamnés'));
    assert.ok(frenchVerbForms('juger').includes('jugeait'));
  });

  it('knows the kinds of news words and leaves out forms that are other words', () => {
    const lex = eventLexicon();
    assert.deepEqual(lex.get('arrested'), { kind: 'arrest', verb: true });
    assert.equal(lex.get('séismes')?.kind, 'earthquake');
    assert.equal(lex.get('takeover')?.kind, 'acquisition');
    assert.equal(lex.get('déraillement')?.kind, 'accident');
    assert.equal(lex.get('tue'), undefined);
  });
});
