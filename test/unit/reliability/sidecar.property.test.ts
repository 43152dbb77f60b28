import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isMap, isSeq } from 'yaml';
import { saveAtomically } from '../../../src/core/sidecar/save';
import { ANNOTATION_TYPES } from '../../../src/core/sidecar/schema';
import type { Sidecar } from '../../../src/core/sidecar/schema';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/yamlStore';
import { MemoryFileSystem } from '../sidecar/memoryFs';
import { fcParams, record } from './harness';

const PATH = 'article.txt.annotations.yaml';
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '"', "'", '\n', '\r\n', '\t', 'é', 'e\u0301', '😀', '-', '{', '[', '&', '*', '!', '|', '>', '%', '@'),
  maxLength: 30,
});
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,12}$/);
const unknownValue = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.stringMatching(/^x_[a-z]{1,6}$/), text, { maxKeys: 3 }),
);
const extra = fc.dictionary(fc.stringMatching(/^x_[a-z]{1,8}$/), unknownValue, { maxKeys: 2 });

const annotation = fc
  .tuple(
    id,
    fc.constantFrom(...ANNOTATION_TYPES),
    text,
    fc.nat(100000),
    fc.nat(500),
    text,
    text,
    fc.option(text, { nil: undefined }),
    fc.option(fc.constantFrom('confirmed', 'review', 'orphan') as fc.Arbitrary<'confirmed' | 'review' | 'orphan'>, { nil: undefined }),
    extra,
  )
  .map(([i, type, quote, start, len, prefix, suffix, note, status, x]) => ({
    ...x,
    id: i,
    type,
    quote,
    start,
    end: start + len,
    prefix,
    suffix,
    ...(note !== undefined ? { note } : {}),
    ...(status ? { status } : {}),
  }));

const sidecar: fc.Arbitrary<Sidecar> = fc
  .tuple(
    fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 8 }),
    extra,
    extra,
    fc.option(fc.constantFrom('2025', '2025-02', '2025-02-27'), { nil: undefined }),
  )
  .map(
    ([annotations, top, doc, published]) =>
      ({ ...top, version: 1, document: { ...doc, source: 'article.txt', ...(published ? { published } : {}) }, annotations, rejected: [] }) as Sidecar,
  );

describe('reliability: sidecar round trip and corruption', () => {
  it('keeps any valid sidecar unchanged through parse -> serialize -> parse, comments and unknown fields included', function () {
    let cases = 0;
    let lost = 0;
    try {
      fc.assert(
        fc.property(
          sidecar,
          fc.array(fc.stringMatching(/^ [A-Za-z0-9]([A-Za-z0-9 ]{0,18}[A-Za-z0-9])?$/), { minLength: 1, maxLength: 4 }),
          (value, comments) => {
            cases++;
            const first = parseSidecar(serializeSidecar(value), PATH);
            assert.ok(first.ok, JSON.stringify(!first.ok && first.errors));
            // A user's comments on the document and on annotations.
            first.doc.commentBefore = comments[0];
            const applied = [comments[0]];
            const annotations = first.doc.get('annotations', true);
            if (isSeq(annotations)) {
              annotations.items.forEach((item, i) => {
                if (isMap(item) && comments[i + 1]) {
                  item.commentBefore = comments[i + 1];
                  applied.push(comments[i + 1]);
                }
              });
            }
            const commented = parseSidecar(first.doc.toString(), PATH);
            assert.ok(commented.ok);
            const again = serializeSidecar(commented.value, commented.doc);
            const second = parseSidecar(again, PATH);
            assert.ok(second.ok);
            if (second.value.annotations.length !== value.annotations.length) lost++;
            assert.deepEqual(second.value, commented.value);
            assert.deepEqual(JSON.parse(JSON.stringify(second.value)), JSON.parse(JSON.stringify({ ...value, annotations: second.value.annotations })));
            for (const c of applied) assert.ok(again.includes(`#${c}`), `comment ${c} lost`);
          },
        ),
        fcParams(60),
      );
    } finally {
      record(this, {
        area: 'Sidecar',
        fault: 'Random valid sidecars (YAML-hostile strings, unknown fields at every level, user comments)',
        protection: 'serializeSidecar updates the parsed Document in place; loose zod objects keep unknown fields',
        cases,
        lost,
        corrupted: 0,
        crashes: 0,
      });
    }
  });

  it('never throws on random byte-level corruption, and saveAtomically never overwrites a corrupted file', async function () {
    const base = new TextEncoder().encode(
      serializeSidecar({
        version: 1,
        document: { source: 'article.txt', published: '2025-02-27' },
        annotations: [
          { id: 'a-1', type: 'person', quote: 'Sergueï Lavrov', start: 10, end: 24, prefix: 'russe, ', suffix: ", s'est", note: 'ministre 😀' },
          { id: 'a-2', type: 'date', quote: 'jeudi', start: 40, end: 45, prefix: 'rendu ', suffix: ' à', value: '2025-02-27' },
        ],
        rejected: [],
      } as Sidecar),
    );
    let cases = 0;
    let crashes = 0;
    let overwritten = 0;
    let refused = 0;
    let stillValid = 0;
    const corruption = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.nat(255) }),
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
        fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), byte: fc.constant(0) }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(corruption, async (ops) => {
        cases++;
        let bytes = [...base];
        for (const op of ops) {
          const at = op.at % (bytes.length + 1);
          if (op.kind === 'flip' && at < bytes.length) bytes[at] = op.byte;
          else if (op.kind === 'insert') bytes.splice(at, 0, op.byte);
          else if (op.kind === 'delete') bytes.splice(at, 1);
          else if (op.kind === 'truncate') bytes = bytes.slice(0, at);
        }
        const corrupted = Uint8Array.from(bytes);
        let parsedOk: boolean;
        try {
          const r = parseSidecar(new TextDecoder().decode(corrupted), PATH);
          parsedOk = r.ok;
          if (!r.ok) for (const e of r.errors) assert.ok(e.line >= 1 && e.column >= 1 && e.message.length > 0);
        } catch (e) {
          crashes++;
          throw e;
        }
        const fs = new MemoryFileSystem();
        fs.files.set(PATH, corrupted);
        const result = await saveAtomically(fs, PATH, new TextDecoder().decode(base));
        const after = fs.files.get(PATH)!;
        if (parsedOk) {
          stillValid++;
          return; // still a valid sidecar: saving over it is a normal save
        }
        if (result.ok || Buffer.compare(Buffer.from(after), Buffer.from(corrupted)) !== 0) overwritten++;
        else refused++;
        assert.equal(result.ok, false, 'a corrupted sidecar was overwritten');
        assert.equal(!result.ok && result.reason, 'invalid-on-disk');
        assert.match(!result.ok ? result.message : '', /:\d+:\d+: /, 'the message names line and column');
      }),
      fcParams(100),
    );
    record(this, {
      area: 'Sidecar',
      fault: 'Random byte-level corruption of a sidecar (flips, insertions, deletions, truncation, invalid UTF-8)',
      protection: 'parseSidecar never throws; saveAtomically re-validates the file on disk and refuses to overwrite it',
      cases,
      lost: 0,
      corrupted: overwritten,
      crashes,
      note: `${refused} refused with file:line:column, ${stillValid} corruptions still formed a valid sidecar (saved normally)`,
    });
    assert.equal(overwritten, 0);
  });
});
