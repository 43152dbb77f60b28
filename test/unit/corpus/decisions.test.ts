import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDecisions, type DecisionAnnotation } from '../../../src/core/corpus/decisions';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { runReport } from '../../../src/cli/report';
import { parseCorpus } from '../../../src/core/sidecar/yamlStore';

const CORPUS = `version: 1
people:
  - id: ana-lopez
    name: Ana Lopez
events:
  - id: geneve
    title: Genève
    merge: [auto-1]
    mentions:
      - {file: b.txt, start: 4, end: 16}
links:
  - id: l-1
    a: {file: a.txt, annotation: a-claim}
    b: {file: b.txt, annotation: a-gone}
`;

function corpus() {
  const parsed = parseCorpus(CORPUS);
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed.value;
}

const ANNOTATIONS: Record<string, DecisionAnnotation[]> = {
  'b.txt': [
    { id: 'a-ev', type: 'event', start: 20, end: 30, quote: 'rencontre', event: 'geneve' },
    { id: 'a-orphan', type: 'event', start: 40, end: 50, quote: 'sommet', event: 'ghost', status: 'orphan' },
    { id: 'a-p', type: 'person', start: 0, end: 9, quote: 'Ana Lopez', entity: 'ana-lopez' },
    { id: 'a-p-gone', type: 'person', start: 60, end: 65, quote: 'Lopez', entity: 'ana-lopez', status: 'orphan' },
  ],
  'a.txt': [{ id: 'a-claim', type: 'claim', start: 1, end: 3, quote: 'six' }],
};

describe('corpus decisions (newsmark.yaml + sidecars -> index decisions)', () => {
  const decisions = corpusDecisions({ corpus: corpus(), files: ['b.txt', 'a.txt'], annotationsOf: (f) => ANNOTATIONS[f] ?? [] });

  it("reads merge and moved mentions of an event from newsmark.yaml, and adds the sidecars' linked event annotations", () => {
    assert.deepEqual(decisions.events, [
      {
        id: 'geneve',
        title: 'Genève',
        merge: ['auto-1'],
        mentions: [
          { file: 'b.txt', start: 4, end: 16 },
          { file: 'b.txt', start: 20, end: 30, text: 'rencontre' },
        ],
      },
    ]);
  });

  it('does not turn an orphaned event annotation into a mention nor an event', () => {
    assert.ok(!decisions.events!.some((e) => e.id === 'ghost'));
  });

  it('lists the people tagged by hand, not the orphaned ones', () => {
    assert.deepEqual(decisions.tagged, [{ file: 'b.txt', start: 0, end: 9, text: 'Ana Lopez', id: 'ana-lopez' }]);
  });

  it('drops a link whose annotation is gone and keeps the registry', () => {
    assert.deepEqual(decisions.links, []);
    assert.deepEqual(decisions.people, [{ id: 'ana-lopez', name: 'Ana Lopez', aliases: [] }]);
  });

  it('refuses an event mention with a path outside the folder, with the field named', () => {
    const parsed = parseCorpus('version: 1\nevents:\n  - id: e\n    title: E\n    mentions:\n      - {file: ../x.txt, start: 0, end: 1}\n');
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.errors[0].message, /inside the corpus folder/);
  });
});

describe('people tagged by hand', () => {
  // Lowercase, no title, no speech verb: the detector finds no person here.
  const TEXT = 'hier, zorba le grec a parlé longtemps aux élus.';

  it('are listed among the people with their mention, where detection found nobody', () => {
    const idx = new CorpusIndex();
    idx.setDocument('a.txt', TEXT, { published: '2025-03-07' });
    assert.equal(idx.people().length, 0);
    idx.setDecisions({ tagged: [{ file: 'a.txt', start: 6, end: 19, text: 'zorba le grec', id: 'zorba' }] });
    const person = idx.people().find((p) => p.id === 'zorba');
    assert.deepEqual(person && { name: person.name, mentions: person.mentions, documents: person.documents }, {
      name: 'zorba le grec',
      mentions: [{ file: 'a.txt', start: 6, end: 19, text: 'zorba le grec' }],
      documents: ['a.txt'],
    });
  });

  it('are counted once where detection found the same span', () => {
    const idx = new CorpusIndex();
    const text = 'Le président Emmanuel Macron a reçu les élus.';
    idx.setDocument('a.txt', text, { published: '2025-03-07' });
    const before = idx.people();
    const found = before.find((p) => p.name === 'Emmanuel Macron')!;
    const m = found.mentions[0];
    idx.setDecisions({ tagged: [{ file: 'a.txt', start: m.start, end: m.end, text: m.text, id: 'macron-by-hand' }] });
    assert.deepEqual(idx.people(), before);
  });

  it("reach `newsmark report`'s people list from a sidecar", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-tagged-'));
    try {
      writeFileSync(join(dir, 'a.txt'), TEXT);
      writeFileSync(
        join(dir, 'a.txt.annotations.yaml'),
        'version: 1\ndocument:\n  source: a.txt\n  published: 2025-03-07\nannotations:\n  - id: a-zorba\n    type: person\n    quote: zorba le grec\n    start: 6\n    end: 19\n    entity: zorba\n',
      );
      let out = '';
      let err = '';
      assert.equal(await runReport([dir, '--json'], { stdout: (s) => (out += s), stderr: (s) => (err += s) }), 0, err);
      const people = (JSON.parse(out) as { people: Array<{ id: string; name: string }> }).people;
      assert.deepEqual(
        people.map((p) => [p.id, p.name]),
        [['zorba', 'zorba le grec']],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
