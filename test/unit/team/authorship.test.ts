import { strict as assert } from 'node:assert';
import { ArticleSession } from '../../../src/core/session/articleSession';
import { sequentialIds } from '../../../src/core/sidecar/ids';
import { parseCorpus, parseSidecar, serializeCorpus, emptyCorpus } from '../../../src/core/sidecar/yamlStore';
import { authorsOf, describeAuthorship, groupByAuthor, NO_AUTHOR, stampNow } from '../../../src/core/team/authorship';
import { BASE_SIDECAR } from './helpers';

const TEXT = 'Hier, la ministre Anne Durand a déclaré : « Nous verrons demain. »\n';
const NOW = new Date('2026-12-07T06:10:42.123Z');

describe('who annotated what', () => {
  it('stamps an annotation tagged by hand and an accepted suggestion with the annotator and the time', () => {
    const s = new ArticleSession('a.txt', TEXT, undefined, { ids: sequentialIds(), stamp: () => stampNow('alice', NOW) });
    const tagged = s.tag('person', 18, 29);
    assert.equal(tagged.author, 'alice');
    assert.equal(tagged.created, '2026-12-07T06:10:42Z');
    const suggestion = s.suggestions()[0];
    assert.ok(suggestion, 'the detector suggests something in the test sentence');
    assert.equal(s.accept(suggestion).author, 'alice');
  });

  it('writes author and created into the sidecar, which reads back valid with them', () => {
    const s = new ArticleSession('a.txt', TEXT, undefined, { ids: sequentialIds(), stamp: () => stampNow('bob', NOW) });
    s.tag('person', 18, 29);
    const back = parseSidecar(s.serialize(), 'a.txt.annotations.yaml');
    assert.ok(back.ok);
    assert.deepEqual([back.value.annotations[0].author, back.value.annotations[0].created], ['bob', '2026-12-07T06:10:42Z']);
    assert.match(s.serialize(), /author: bob\n\s+created: "?2026-12-07T06:10:42Z"?/);
  });

  it('still reads sidecars and newsmark.yaml written before authorship existed', () => {
    assert.ok(parseSidecar(BASE_SIDECAR, 'article.txt.annotations.yaml').ok);
    const corpus = { ...emptyCorpus(), verdicts: [{ id: 'duration:e-x', status: 'dismissed' as const }] };
    assert.ok(parseCorpus(serializeCorpus(corpus)).ok);
  });

  it('records the author of a verdict and refuses a created that is not a date-time', () => {
    const ok = parseCorpus('version: 1\nverdicts:\n  - id: duration:e-x\n    status: dismissed\n    author: alice\n    created: 2026-12-07T06:10:00Z\n');
    assert.ok(ok.ok && ok.value.verdicts[0].author === 'alice');
    const bad = parseCorpus('version: 1\nverdicts:\n  - id: duration:e-x\n    status: dismissed\n    created: yesterday\n');
    assert.ok(!bad.ok && /created is an ISO 8601 date-time/.test(bad.errors[0].message));
  });

  it('records no author when no name is configured, only the time', () => {
    assert.deepEqual(stampNow('  ', NOW), { created: '2026-12-07T06:10:42Z' });
    const s = new ArticleSession('a.txt', TEXT, undefined, { ids: sequentialIds() });
    assert.equal(s.tag('person', 18, 29).author, undefined);
  });

  it('describes authorship for the hover and lists distinct authors', () => {
    assert.equal(describeAuthorship({ author: 'alice', created: '2026-12-07T06:10:42Z' }), 'alice · 2026-12-07 06:10 UTC');
    assert.equal(describeAuthorship({}), undefined);
    assert.deepEqual(authorsOf([{ author: 'bob' }, { author: 'alice' }, {}, { author: 'bob' }], '(unknown)'), ['(unknown)', 'alice', 'bob']);
  });
});

describe('annotations by author', () => {
  const files = [
    { file: 'a.txt', annotations: [{ author: 'bob', id: '1' }, { id: '2' }, { author: 'alice', id: '3' }] },
    { file: 'b.txt', annotations: [{ author: 'bob', id: '4' }] },
  ];

  it('groups by author then file, authors sorted and unattributed ones last', () => {
    const g = groupByAuthor(files);
    assert.deepEqual(
      g.map((x) => [x.author, x.count, x.files.map((f) => f.file)]),
      [
        ['alice', 1, ['a.txt']],
        ['bob', 2, ['a.txt', 'b.txt']],
        [NO_AUTHOR, 1, ['a.txt']],
      ],
    );
  });

  it("keeps one author's annotations when filtered", () => {
    assert.deepEqual(
      groupByAuthor(files, 'bob').map((x) => x.files.flatMap((f) => f.annotations.map((a) => a.id))),
      [['1', '4']],
    );
  });
});
