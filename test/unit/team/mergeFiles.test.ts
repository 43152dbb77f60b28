import { strict as assert } from 'node:assert';
import { mergeNewsmarkTexts } from '../../../src/core/team/mergeFiles';
import { emptyCorpus, parseCorpus, serializeCorpus } from '../../../src/core/sidecar/yamlStore';
import { BASE_SIDECAR, annotationOn, edit, parsed } from './helpers';

const PATH = 'news/article.txt.annotations.yaml';

describe('merging two versions of a Newsmark file by id', () => {
  it("keeps both sides' additions and the base's annotations, in reading order, with our comments", () => {
    const ours = edit(BASE_SIDECAR, (s) => s.annotations.push(annotationOn('a-alice001', 'date', 'jeudi')));
    const theirs = edit(BASE_SIDECAR, (s) => s.annotations.push(annotationOn('a-bob00001', 'person', 'Sergueï Lavrov')));
    const r = mergeNewsmarkTexts(BASE_SIDECAR, ours, theirs, PATH);
    assert.ok(r.ok);
    assert.deepEqual(r.conflicts, []);
    const ids = parsed(r.text).annotations.map((a) => a.id);
    assert.deepEqual(ids, ['a-alice001', 'a-rubio001', 'a-claim001', 'a-bob00001']);
    assert.match(r.text, /# Rubio, tagged by hand/);
    assert.equal(parsed(r.text).conflicts, undefined);
  });

  it('takes an edit made on one side only, and a deletion made against an unchanged annotation', () => {
    const ours = edit(BASE_SIDECAR, (s) => (s.annotations[0].note = 'US Secretary of State'));
    const theirs = edit(BASE_SIDECAR, (s) => s.annotations.splice(1, 1));
    const r = mergeNewsmarkTexts(BASE_SIDECAR, ours, theirs, PATH);
    assert.ok(r.ok);
    const merged = parsed(r.text);
    assert.deepEqual(
      merged.annotations.map((a) => a.id),
      ['a-rubio001'],
    );
    assert.equal(merged.annotations[0].note, 'US Secretary of State');
  });

  it('records a deletion against an edit as a conflict in the file, keeping the edited annotation', () => {
    const ours = edit(BASE_SIDECAR, (s) => s.annotations.splice(0, 1));
    const theirs = edit(BASE_SIDECAR, (s) => (s.annotations[0].entity = 'p-marco-rubio'));
    const r = mergeNewsmarkTexts(BASE_SIDECAR, ours, theirs, PATH);
    assert.ok(r.ok);
    assert.equal(r.conflicts.length, 1);
    const merged = parsed(r.text);
    assert.equal(merged.annotations.find((a) => a.id === 'a-rubio001')?.entity, 'p-marco-rubio');
    assert.deepEqual(
      merged.conflicts?.map((c) => [c.id, c.kind, c.ours === undefined]),
      [['a-rubio001', 'deleted-changed', true]],
    );
    assert.equal((merged.conflicts?.[0].theirs as { entity: string }).entity, 'p-marco-rubio');
  });

  it('keeps both versions of an annotation changed differently on each side', () => {
    const ours = edit(BASE_SIDECAR, (s) => (s.annotations[1].value = 'PT6H'));
    const theirs = edit(BASE_SIDECAR, (s) => (s.annotations[1].value = 'PT4H'));
    const r = mergeNewsmarkTexts(BASE_SIDECAR, ours, theirs, PATH);
    assert.ok(r.ok);
    const merged = parsed(r.text);
    assert.equal(merged.annotations.find((a) => a.id === 'a-claim001')?.value, 'PT6H');
    assert.equal((merged.conflicts?.[0].theirs as { value: string }).value, 'PT4H');
  });

  it('drops a recorded conflict that one side resolved and the other left as it was', () => {
    const ours = edit(BASE_SIDECAR, (s) => s.annotations.splice(0, 1));
    const theirs = edit(BASE_SIDECAR, (s) => (s.annotations[0].entity = 'p-marco-rubio'));
    const first = mergeNewsmarkTexts(BASE_SIDECAR, ours, theirs, PATH);
    assert.ok(first.ok);
    const resolved = edit(first.text, (s) => delete s.conflicts);
    const other = edit(first.text, (s) => s.annotations.push(annotationOn('a-carol001', 'quote', 'utile')));
    const second = mergeNewsmarkTexts(first.text, resolved, other, PATH);
    assert.ok(second.ok);
    const merged = parsed(second.text);
    assert.equal(merged.conflicts, undefined);
    assert.ok(merged.annotations.some((a) => a.id === 'a-carol001'));
  });

  it('treats a file added on both sides (empty ancestor) as two sets of additions', () => {
    const ours = edit(BASE_SIDECAR, (s) => (s.annotations = [annotationOn('a-alice001', 'date', 'jeudi')]));
    const theirs = edit(BASE_SIDECAR, (s) => (s.annotations = [annotationOn('a-bob00001', 'quote', 'utile')]));
    const r = mergeNewsmarkTexts('', ours, theirs, PATH);
    assert.ok(r.ok);
    assert.deepEqual(
      parsed(r.text).annotations.map((a) => a.id),
      ['a-alice001', 'a-bob00001'],
    );
    assert.deepEqual(r.conflicts, []);
  });

  it('merges newsmark.yaml lists by id and records a verdict changed on both sides', () => {
    const base = { ...emptyCorpus(), verdicts: [{ id: 'duration:e-x', status: 'confirmed' as const }] };
    const ours = { ...base, people: [{ id: 'p-a', name: 'Anne A', aliases: [] }], verdicts: [{ id: 'duration:e-x', status: 'dismissed' as const }] };
    const theirs = {
      ...base,
      people: [{ id: 'p-b', name: 'Bruno B', aliases: [] }],
      verdicts: [{ id: 'duration:e-x', status: 'confirmed' as const, note: 'AFP agrees' }],
    };
    const r = mergeNewsmarkTexts(serializeCorpus(base), serializeCorpus(ours), serializeCorpus(theirs), 'newsmark.yaml');
    assert.ok(r.ok);
    const c = parseCorpus(r.text);
    assert.ok(c.ok);
    assert.deepEqual(
      c.value.people.map((p) => p.id),
      ['p-a', 'p-b'],
    );
    assert.deepEqual(
      c.value.conflicts?.map((x) => [x.id, x.kind]),
      [['verdicts/duration:e-x', 'both-changed']],
    );
  });

  it('refuses to merge by id when a side is not a valid sidecar, so the caller falls back to a line merge', () => {
    const r = mergeNewsmarkTexts(BASE_SIDECAR, BASE_SIDECAR, 'version: 1\nannotations: [\n', PATH);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /their version is not a valid Newsmark file \(\d+:\d+/);
    assert.equal(mergeNewsmarkTexts('', '', '', 'notes.txt').ok, false);
  });
});
