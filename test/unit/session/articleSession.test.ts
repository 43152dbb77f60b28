import { strict as assert } from 'node:assert';
import { ArticleSession, MAX_DETECTION_CHARS, wholeWordOccurrences } from '../../../src/core/session/articleSession';
import { detect } from '../../../src/core/detect/index';
import { sequentialIds } from '../../../src/core/sidecar/ids';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';

const TEXT = ' date 2025-02 Titre\n\nLe chef de la diplomatie russe, Sergueï Lavrov, a déclaré jeudi : « Nous avançons. » Lavrov est resté.\n';

function session(text = TEXT): ArticleSession {
  return new ArticleSession('a.txt', text, undefined, { ids: sequentialIds() });
}

function offsetOf(text: string, needle: string, from = 0): [number, number] {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `${needle} not in text`);
  return [[...text.slice(0, i)].length, [...text.slice(0, i)].length + [...needle].length];
}

describe('ArticleSession', () => {
  it('tags a span with its exact quote, code-point offsets and context', () => {
    const s = session();
    const [start, end] = offsetOf(TEXT, 'Sergueï Lavrov');
    const a = s.tag('person', start, end);
    assert.equal(a.quote, 'Sergueï Lavrov');
    assert.equal(a.start, start);
    assert.ok(a.prefix.endsWith('russe, '));
    assert.ok(a.suffix.startsWith(', a déclaré'));
    assert.ok(s.isDirty);
  });

  it('undoes a tag, then reports nothing more to undo', () => {
    const s = session();
    const [start, end] = offsetOf(TEXT, 'jeudi');
    s.tag('date', start, end);
    assert.equal(s.annotations().length, 1);
    assert.match(s.undo() ?? '', /tag date/);
    assert.equal(s.annotations().length, 0);
    assert.equal(s.undo(), undefined);
  });

  it('offers detections as suggestions and stops offering one once accepted or rejected', () => {
    const s = session();
    const people = s.suggestions(['person']);
    const lavrov = people.find((p) => p.text === 'Sergueï Lavrov');
    assert.ok(lavrov, 'Sergueï Lavrov is suggested');
    s.accept(lavrov);
    assert.ok(!s.suggestions(['person']).some((p) => p.key === lavrov.key));
    const quote = s.suggestions(['quote'])[0];
    assert.equal(quote.text, 'Nous avançons.');
    s.reject(quote);
    assert.equal(s.suggestions(['quote']).length, 0);
    assert.equal(s.sidecar.rejected.length, 1);
  });

  it('keeps a rejected detection rejected after the text above it changes', () => {
    const s = session();
    const quote = s.suggestions(['quote'])[0];
    s.reject(quote);
    s.setText('Nouveau paragraphe en tête.\n' + TEXT);
    assert.equal(s.suggestions(['quote']).length, 0);
  });

  it('follows an edit above an annotation and orphans it, keeping it, when its text is deleted', () => {
    const s = session();
    const [start, end] = offsetOf(TEXT, 'Nous avançons.');
    const a = s.tag('quote', start, end);
    const moved = s.setText('Une ligne ajoutée.\n' + TEXT);
    assert.equal(moved.moved, 1);
    assert.equal(s.annotation(a.id)?.start, start + 'Une ligne ajoutée.\n'.length);
    const gone = s.setText(TEXT.replace('« Nous avançons. »', '').replace('Titre', 'Titre modifié'));
    assert.deepEqual(gone.orphaned, [a.id]);
    const kept = s.annotation(a.id);
    assert.equal(kept?.status, 'orphan');
    assert.equal(kept?.quote, 'Nous avançons.');
  });

  it('counts the other mentions left to tag, none once every one is tagged (no prompt then)', () => {
    const s = session();
    const [start, end] = offsetOf(TEXT, 'Lavrov', TEXT.indexOf('Sergueï Lavrov') + 9);
    const first = s.tag('person', start, end, { entity: 'sergei-lavrov' });
    assert.equal(s.untaggedMentions(first.id).length, 1);
    s.tagAllMentions(first.id);
    assert.deepEqual(s.untaggedMentions(first.id), []);
  });

  it('tags every other whole-word mention of a person in one undo step', () => {
    const s = session();
    const [start, end] = offsetOf(TEXT, 'Lavrov', TEXT.indexOf('Sergueï Lavrov') + 9);
    const first = s.tag('person', start, end, { entity: 'sergei-lavrov' });
    const more = s.tagAllMentions(first.id);
    assert.equal(more.length, 1);
    assert.equal(more[0].entity, 'sergei-lavrov');
    s.undo();
    assert.equal(s.annotations().length, 1);
  });

  it('serialises to a sidecar that parses back with the same annotations and the text hash', () => {
    const s = session();
    const [start, end] = offsetOf(TEXT, 'jeudi');
    s.tag('date', start, end, { value: '2025-02-27' });
    const text = s.serialize();
    const parsed = parseSidecar(text, 'a.txt.annotations.yaml');
    assert.ok(parsed.ok);
    assert.equal(parsed.value.annotations[0].value, '2025-02-27');
    assert.match(parsed.value.document.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  it('merges an external change by id without losing a pending local annotation', () => {
    const s = session();
    const [ds, de] = offsetOf(TEXT, 'jeudi');
    s.tag('date', ds, de);
    s.markSaved(s.version);
    const onDisk = structuredClone(s.sidecar);
    const [ps, pe] = offsetOf(TEXT, 'Sergueï Lavrov');
    s.tag('person', ps, pe);
    onDisk.annotations.push({ id: 'b-00000001', type: 'note', quote: 'Titre', start: 14, end: 19, prefix: '', suffix: '', note: 'hand edit' });
    const conflicts = s.mergeFromDisk(onDisk);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(
      s
        .annotations()
        .map((a) => a.type)
        .sort(),
      ['date', 'note', 'person'],
    );
    assert.ok(s.isDirty, 'the local annotation still has to be written');
  });

  it('absorbs annotations recovered from an interrupted save as additions, dirty until written, keeping its own version on a conflict', () => {
    const s = session();
    const [ds, de] = offsetOf(TEXT, 'jeudi');
    const date = s.tag('date', ds, de);
    s.markSaved(s.version);
    // The leftover: what an interrupted save was writing, with the date changed and a person added.
    const leftover = structuredClone(s.sidecar);
    leftover.annotations[0] = { ...leftover.annotations[0], note: 'changed in the lost save' };
    const [ps, pe] = offsetOf(TEXT, 'Sergueï Lavrov');
    leftover.annotations.push({ id: 'p-00000009', type: 'person', quote: 'Sergueï Lavrov', start: ps, end: pe, prefix: '', suffix: '' });
    const conflicts = s.absorbRecovered(leftover);
    assert.deepEqual(
      s
        .annotations()
        .map((a) => a.id)
        .sort(),
      [date.id, 'p-00000009'].sort(),
    );
    assert.ok(s.isDirty, 'the recovered person is not on disk yet');
    assert.equal(s.annotations().find((a) => a.id === date.id)?.note, undefined, "the session's own version is kept");
    assert.deepEqual(
      conflicts.map((c) => c.id),
      [date.id],
      'the differing version is reported',
    );
  });

  it('finds whole-word occurrences in code points after an emoji', () => {
    assert.deepEqual(wholeWordOccurrences('😀 Lavrov, Lavrovski Lavrov', 'Lavrov'), [
      [2, 8],
      [20, 26],
    ]);
  });
});

describe('ArticleSession on a very large article', () => {
  it('offers no suggestions above the detection limit but still tags by hand', () => {
    let calls = 0;
    const big = 'Sergueï Lavrov a parlé jeudi. '.repeat(Math.ceil((MAX_DETECTION_CHARS + 1) / 29));
    const s = new ArticleSession('big.txt', big, undefined, { ids: sequentialIds(), detect: (t, o) => (calls++, detect(t, o)) });
    assert.ok(s.detectionSkipped);
    assert.deepEqual(s.suggestions(), []);
    assert.equal(calls, 0, 'the detector never ran');
    assert.equal(s.tag('person', 0, 14).quote, 'Sergueï Lavrov');
  });
});

describe("ArticleSession with the workspace's full names", () => {
  it('detects a surname alone as the person the workspace names in full once given the known names', () => {
    const s = new ArticleSession('b.txt', 'Plus tard, Varenko a signé le décret.', undefined, { ids: sequentialIds() });
    assert.deepEqual(s.detections().people, []);
    s.setKnownNames(['Oleg Varenko']);
    assert.deepEqual(
      s.detections().people.map((p) => [p.text, p.name, p.cue]),
      [['Varenko', 'Oleg Varenko', 'corpus']],
    );
    assert.deepEqual(s.detectOptions().knownNames, ['Oleg Varenko']);
    const opened = new ArticleSession('b.txt', 'Plus tard, Varenko a signé le décret.', undefined, { knownNames: ['Oleg Varenko'] });
    assert.equal(opened.detections().people[0]?.name, 'Oleg Varenko');
  });
});
