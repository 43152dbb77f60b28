import { strict as assert } from 'node:assert';
import { corpusSchema, sidecarSchema } from '../../../src/core/sidecar/schema';
import { makeIdGenerator, sequentialIds, uniqueId } from '../../../src/core/sidecar/ids';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';

const valid = {
  version: 1,
  document: { source: '000_8d102cea5626ae6c.txt', sha256: 'a'.repeat(64), published: '2025-02', outlet: 'Le Monde', language: 'fr' },
  annotations: [
    {
      id: 'a-0000000a',
      type: 'claim',
      quote: '6h30',
      start: 12,
      end: 16,
      prefix: 'causé ',
      suffix: ' à Istanbul',
      attribute: 'duration',
      value: 'PT6H30M',
      qualifier: 'exact',
      status: 'review',
      origin: 'detected',
    },
  ],
  rejected: [{ type: 'date', quote: 'jeudi', prefix: '', suffix: '' }],
};

describe('sidecar schema', () => {
  it('accepts a complete sidecar and fills defaults', () => {
    const r = sidecarSchema.safeParse({ version: 1, document: { source: 'a.txt' }, annotations: [{ id: 'a-1', type: 'note', quote: '', start: 0, end: 0 }] });
    assert.ok(r.success);
    assert.equal(r.data.annotations[0].prefix, '');
    assert.deepEqual(r.data.rejected, []);
    assert.ok(sidecarSchema.safeParse(valid).success);
  });

  it('keeps unknown fields at every level', () => {
    const r = sidecarSchema.parse({ ...valid, future: 1, document: { ...valid.document, x: 2 }, annotations: [{ ...valid.annotations[0], y: 3 }] });
    assert.deepEqual(
      [(r as Record<string, unknown>).future, (r.document as Record<string, unknown>).x, (r.annotations[0] as Record<string, unknown>).y],
      [1, 2, 3],
    );
  });

  it('accepts published as YYYY, YYYY-MM or YYYY-MM-DD only', () => {
    for (const p of ['2025', '2025-02', '2025-02-27']) assert.ok(sidecarSchema.safeParse({ ...valid, document: { source: 'a', published: p } }).success, p);
    for (const p of ['25', '2025-13', '2025-02-30x', '27/02/2025', '2025-2-27'])
      assert.ok(!sidecarSchema.safeParse({ ...valid, document: { source: 'a', published: p } }).success, p);
  });

  it('rejects unknown types, negative or fractional offsets and start after end', () => {
    const withAnn = (a: object) => sidecarSchema.safeParse({ ...valid, annotations: [{ ...valid.annotations[0], ...a }] }).success;
    assert.equal(withAnn({ type: 'rumour' }), false);
    assert.equal(withAnn({ start: -1 }), false);
    assert.equal(withAnn({ start: 1.5 }), false);
    assert.equal(withAnn({ start: 20, end: 10 }), false);
    assert.equal(withAnn({ status: 'maybe' }), false);
    assert.equal(withAnn({ id: '../x' }), false);
  });

  it('reads a year written as a number (value: 2025) as text', () => {
    const r = sidecarSchema.parse({ ...valid, annotations: [{ ...valid.annotations[0], value: 2025 }] });
    assert.equal(r.annotations[0].value, '2025');
  });

  it('refuses a source that is a path, with a message naming it', () => {
    const r = sidecarSchema.safeParse({ ...valid, document: { source: '../../etc/passwd' } });
    assert.ok(!r.success);
    // The schema names its rule by a code (said in the interface's language); parsing the file fills in the value.
    assert.equal(r.error.issues[0].message, 'schema.source-path');
    const parsed = parseSidecar('version: 1\ndocument:\n  source: ../../etc/passwd\n');
    assert.match(!parsed.ok ? parsed.errors[0].message : '', /plain file name.*\.\.\/\.\.\/etc\/passwd/);
  });

  it('accepts a corpus file and refuses link paths leaving the folder and duplicate ids', () => {
    const corpus = {
      version: 1,
      people: [{ id: 'p-rubio', name: 'Marco Rubio', aliases: ['Rubio'] }],
      events: [{ id: 'e-1', title: 'Istanbul talks', date: '2025-02-27', participants: ['p-rubio'] }],
      verdicts: [{ id: 'c-1', status: 'confirmed', note: 'AFP agrees' }],
      links: [{ id: 'l-1', a: { file: 'fr/000.txt', annotation: 'a-1' }, b: { file: '001.txt', annotation: 'a-2' }, note: 'durations differ' }],
    };
    assert.ok(corpusSchema.safeParse(corpus).success);
    assert.ok(corpusSchema.safeParse({ version: 1 }).success, 'every list is optional');
    for (const file of ['../x.txt', '/etc/passwd', 'a/../../b.txt', 'C:/x.txt']) {
      assert.ok(!corpusSchema.safeParse({ ...corpus, links: [{ ...corpus.links[0], a: { file, annotation: 'a-1' } }] }).success, file);
    }
    const dup = corpusSchema.safeParse({ ...corpus, people: [corpus.people[0], corpus.people[0]] });
    assert.ok(!dup.success);
    assert.deepEqual(dup.error.issues[0].path, ['people', 1, 'id']);
  });
});

describe('ids', () => {
  it('makes a- plus 8 base-36 characters from the injected randomness', () => {
    const gen = makeIdGenerator('a', (n) => Uint8Array.from({ length: n }, (_, i) => i * 7));
    assert.equal(gen(), 'a-07elsz6d');
    assert.match(makeIdGenerator()(), /^a-[0-9a-z]{8}$/);
  });
  it('draws again when an id is taken', () => {
    const gen = sequentialIds('a');
    assert.equal(uniqueId(new Set(['a-00000001', 'a-00000002']), gen), 'a-00000003');
  });
});
