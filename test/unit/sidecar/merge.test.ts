import { strict as assert } from 'node:assert';
import { mergeCorpus, mergeSidecars } from '../../../src/core/sidecar/merge';
import type { Sidecar, SidecarAnnotation } from '../../../src/core/sidecar/schema';

const ann = (id: string, start: number, extra: Partial<SidecarAnnotation> = {}): SidecarAnnotation => ({
  id,
  type: 'person',
  quote: 'Rubio',
  start,
  end: start + 5,
  prefix: '',
  suffix: '',
  ...extra,
});

const sidecar = (annotations: SidecarAnnotation[], document: Partial<Sidecar['document']> = {}): Sidecar => ({
  version: 1,
  document: { source: 'a.txt', ...document },
  annotations,
  rejected: [],
});

const ids = (s: Sidecar) => s.annotations.map((a) => a.id).sort();

describe('three-way merge of sidecars', () => {
  const base = sidecar([ann('a-1', 0), ann('a-2', 10), ann('a-3', 20)]);

  it('keeps additions from both sides', () => {
    const ours = sidecar([...base.annotations, ann('a-ours', 30)]);
    const theirs = sidecar([...base.annotations, ann('a-theirs', 40)]);
    const r = mergeSidecars(base, ours, theirs);
    assert.deepEqual(ids(r.merged), ['a-1', 'a-2', 'a-3', 'a-ours', 'a-theirs']);
    assert.deepEqual(r.conflicts, []);
  });

  it('honours a deletion when the other side left the annotation unchanged', () => {
    const ours = sidecar(base.annotations.filter((a) => a.id !== 'a-2'));
    const theirs = sidecar(base.annotations.filter((a) => a.id !== 'a-3'));
    const r = mergeSidecars(base, ours, theirs);
    assert.deepEqual(ids(r.merged), ['a-1']);
    assert.deepEqual(r.conflicts, []);
  });

  it('takes their change of an annotation we did not touch', () => {
    const theirs = sidecar([ann('a-1', 0, { note: 'checked' }), ann('a-2', 10), ann('a-3', 20)]);
    const r = mergeSidecars(base, base, theirs);
    assert.equal(r.merged.annotations.find((a) => a.id === 'a-1')?.note, 'checked');
  });

  it('keeps ours and reports theirs when both changed one annotation differently', () => {
    const ours = sidecar([ann('a-1', 0, { entity: 'p-rubio' }), ann('a-2', 10), ann('a-3', 20)]);
    const theirs = sidecar([ann('a-1', 0, { entity: 'p-marco' }), ann('a-2', 10), ann('a-3', 20)]);
    const r = mergeSidecars(base, ours, theirs);
    assert.equal(r.merged.annotations.find((a) => a.id === 'a-1')?.entity, 'p-rubio');
    assert.equal(r.conflicts.length, 1);
    assert.equal(r.conflicts[0].kind, 'both-changed');
    assert.equal(r.conflicts[0].theirs?.entity, 'p-marco');
  });

  it('does not report identical changes on both sides', () => {
    const changed = sidecar([ann('a-1', 3), ann('a-2', 10), ann('a-3', 20)]);
    assert.deepEqual(mergeSidecars(base, changed, structuredClone(changed)).conflicts, []);
  });

  it('keeps an annotation we changed and they deleted, and reports it', () => {
    const ours = sidecar([ann('a-1', 0, { note: 'keep me' }), ann('a-2', 10), ann('a-3', 20)]);
    const theirs = sidecar([ann('a-2', 10), ann('a-3', 20)]);
    const r = mergeSidecars(base, ours, theirs);
    assert.ok(ids(r.merged).includes('a-1'));
    assert.deepEqual(
      r.conflicts.map((c) => [c.id, c.kind]),
      [['a-1', 'changed-deleted']],
    );
  });

  it('keeps an annotation they changed and we deleted, and reports it', () => {
    const ours = sidecar([ann('a-2', 10), ann('a-3', 20)]);
    const theirs = sidecar([ann('a-1', 0, { note: 'theirs' }), ann('a-2', 10), ann('a-3', 20)]);
    const r = mergeSidecars(base, ours, theirs);
    assert.equal(r.merged.annotations.find((a) => a.id === 'a-1')?.note, 'theirs');
    assert.deepEqual(
      r.conflicts.map((c) => c.kind),
      ['deleted-changed'],
    );
  });

  it('merges document fields one by one and ignores a differing sha256', () => {
    const b = sidecar([], { sha256: 'a'.repeat(64) });
    const ours = sidecar([], { sha256: 'b'.repeat(64), published: '2025-02-27' });
    const theirs = sidecar([], { sha256: 'c'.repeat(64), outlet: 'AFP' });
    const r = mergeSidecars(b, ours, theirs);
    assert.equal(r.merged.document.published, '2025-02-27');
    assert.equal(r.merged.document.outlet, 'AFP');
    assert.deepEqual(r.conflicts, []);
  });

  it('unions rejected detections from both sides', () => {
    const rej = (quote: string) => ({ type: 'date' as const, quote, prefix: '', suffix: '' });
    const ours = { ...base, rejected: [rej('jeudi')] };
    const theirs = { ...base, rejected: [rej('hier')] };
    assert.deepEqual(
      mergeSidecars(base, ours, theirs)
        .merged.rejected.map((r) => r.quote)
        .sort(),
      ['hier', 'jeudi'],
    );
  });

  it('merges newsmark.yaml lists by id', () => {
    const b = { version: 1 as const, people: [{ id: 'p-1', name: 'A', aliases: [] }], events: [], verdicts: [], links: [] };
    const ours = { ...b, people: [...b.people, { id: 'p-2', name: 'B', aliases: [] }] };
    const theirs = { ...b, verdicts: [{ id: 'c-1', status: 'dismissed' as const }] };
    const r = mergeCorpus(b, ours, theirs);
    assert.deepEqual(
      r.merged.people.map((p) => p.id),
      ['p-1', 'p-2'],
    );
    assert.equal(r.merged.verdicts.length, 1);
    assert.deepEqual(r.conflicts, []);
  });
});
