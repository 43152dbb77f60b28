import { strict as assert } from 'node:assert';
import { cosine, documentFrequencies, similarStories, storyTerms, storyVector } from '../../../src/core/corpus/story';
import { storyConflict } from '../../../src/core/corpus/storyGroup';
import type { Cluster } from '../../../src/core/corpus/group';
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
