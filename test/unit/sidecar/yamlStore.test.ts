import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, parseSidecar, serializeCorpus, serializeSidecar, MAX_YAML_CHARS } from '../../../src/core/sidecar/yamlStore';
import type { Sidecar } from '../../../src/core/sidecar/schema';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sidecars');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function parsed(text: string, name = 'article.txt.annotations.yaml') {
  const r = parseSidecar(text, name);
  if (!r.ok) assert.fail(`expected a valid sidecar, got ${JSON.stringify(r.errors)}`);
  return r;
}

function errorsOf(text: string, name?: string) {
  const r = parseSidecar(text, name);
  assert.equal(r.ok, false, 'expected the sidecar to be refused');
  return r.ok ? [] : r.errors;
}

describe('sidecar YAML store', () => {
  describe('round trip', () => {
    it('keeps comments, unknown fields and quoting style when nothing changed', () => {
      const text = fixture('article.txt.annotations.yaml');
      const r = parsed(text);
      const out = serializeSidecar(r.value, r.doc);
      for (const kept of [
        '# Reviewed by Claire',
        '# Rubio, tagged by hand',
        '# as printed on the page',
        '# check AFP',
        'x-reviewer: claire',
        'x-confidence: high',
        'note: "Other outlets say 4 hours"',
      ]) {
        assert.ok(out.includes(kept), `lost ${kept}:\n${out}`);
      }
      assert.deepEqual(parsed(out).value, r.value);
    });

    it('updates one annotation in place and leaves the comments of the others alone', () => {
      const r = parsed(fixture('article.txt.annotations.yaml'));
      const v = structuredClone(r.value);
      v.annotations[1].note = 'AFP says 4 hours';
      delete v.annotations[1].qualifier;
      v.annotations.push({ id: 'a-new00001', type: 'place', quote: 'Istanbul', start: 0, end: 8, prefix: '', suffix: ", jeudi. Le secrétaire d'État Ma" });
      const out = serializeSidecar(v, r.doc);
      assert.ok(out.includes('# Rubio, tagged by hand'));
      assert.ok(out.includes('note: "AFP says 4 hours" # check AFP'), out);
      assert.ok(out.indexOf('# Rubio, tagged by hand') > out.indexOf('a-new00001'), 'the comment stays with its annotation');
      assert.ok(!out.includes('qualifier'));
      const again = parsed(out).value;
      assert.deepEqual(
        again.annotations.map((a) => a.id),
        ['a-new00001', 'a-rubio001', 'a-claim001'],
        'sorted by position',
      );
      assert.equal((again.annotations[1] as Record<string, unknown>)['x-confidence'], 'high');
    });

    it('does not modify the Document it was given', () => {
      const r = parsed(fixture('article.txt.annotations.yaml'));
      const before = r.doc.toString();
      serializeSidecar({ ...r.value, annotations: [] }, r.doc);
      assert.equal(r.doc.toString(), before);
    });

    it('writes its header once however often a sidecar whose first comment sits on its first key is saved', () => {
      let text = fixture('article.txt.annotations.yaml');
      for (let i = 0; i < 3; i++) {
        const r = parsed(text);
        text = serializeSidecar(r.value, r.doc);
      }
      assert.equal(text.match(/# Newsmark annotations for/g)?.length, 1);
      assert.match(text, /# Reviewed by Claire/);
    });

    it('writes a new sidecar with a header, Newsmark key order and one item per annotation', () => {
      const v: Sidecar = {
        version: 1,
        document: { source: 'a.txt', published: '2025-02' },
        annotations: [
          { origin: 'detected', status: 'confirmed', suffix: ' a dit', prefix: 'M. ', end: 9, start: 3, quote: 'Macron', type: 'person', id: 'a-00000002' },
          { id: 'a-00000001', type: 'date', quote: '2025', start: 0, end: 0, prefix: '', suffix: '', value: '2025' },
        ],
        rejected: [],
      };
      const out = serializeSidecar(v);
      assert.match(out, /^# Newsmark annotations for a\.txt\./);
      assert.ok(!out.includes('rejected'), 'empty optional lists are left out');
      const item = out.slice(out.indexOf('- id: a-00000002'));
      const keys = [...item.matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]);
      assert.deepEqual(keys, ['type', 'quote', 'start', 'end', 'prefix', 'suffix', 'status', 'origin']);
      assert.ok(out.indexOf('a-00000001') < out.indexOf('a-00000002'));
      assert.ok(out.includes('value: "2025"'), 'a date value stays text');
      assert.ok(
        out.split('\n').every((l) => l.length <= 100 || !l.includes(' ')),
        'short lines',
      );
    });

    it('round-trips quotes with CRLF, tabs, emoji, combining accents, colons and leading spaces', () => {
      const tricky = [
        'a\r\nb',
        '\ttab',
        '😀 « x »',
        'e\u0301te\u0301',
        ': not a key',
        ' lead ',
        '#hash',
        "it's",
        '"q"',
        '- dash',
        'null',
        '123',
        'yes',
        'a'.repeat(300),
      ];
      const v: Sidecar = {
        version: 1,
        document: { source: 'a.txt' },
        annotations: tricky.map((q, i) => ({ id: `a-${i}`, type: 'quote', quote: q, start: i, end: i + 1, prefix: q, suffix: q })),
        rejected: [],
      };
      const back = parsed(serializeSidecar(v), 'a.txt.annotations.yaml').value;
      assert.deepEqual(
        back.annotations.map((a) => [a.quote, a.prefix, a.suffix]),
        tricky.map((q) => [q, q, q]),
      );
    });

    it('round-trips newsmark.yaml, keeping comments', () => {
      const text = '# our registry\nversion: 1\npeople:\n  - id: p-macron # the president\n    name: Emmanuel Macron\n    aliases: [Macron]\n';
      const r = parseCorpus(text);
      assert.ok(r.ok);
      if (!r.ok) return;
      const v = structuredClone(r.value);
      v.events.push({ id: 'e-istanbul', title: 'Istanbul talks', date: '2025-02-27', participants: ['p-rubio'] });
      const out = serializeCorpus(v, r.doc);
      assert.ok(out.includes('# the president'));
      assert.ok(out.includes('# our registry'));
      assert.ok(out.includes('participants: [ p-rubio ]') || out.includes('participants: [p-rubio]'), out);
      const again = parseCorpus(out);
      assert.ok(again.ok && again.value.events[0].title === 'Istanbul talks');
    });
  });

  describe('errors with line and column', () => {
    it('places a YAML syntax error on its line', () => {
      const errors = errorsOf(fixture('broken-syntax.annotations.yaml'));
      assert.ok(errors.length > 0);
      assert.ok(errors[0].line >= 7 && errors[0].line <= 9, JSON.stringify(errors));
    });

    it('places a schema error deep in an annotation on the offending value', () => {
      const errors = errorsOf(fixture('broken-deep.annotations.yaml'));
      assert.deepEqual(
        errors.map((e) => [e.line, e.column]),
        [[14, 10]],
        JSON.stringify(errors),
      );
      assert.match(errors[0].message, /^annotations\[1\]\.end: /);
    });

    it('places a missing field on the item that lacks it', () => {
      const errors = errorsOf('version: 1\ndocument:\n  source: a.txt\nannotations:\n  - id: a-1\n    quote: x\n    start: 0\n    end: 1\n');
      assert.equal(errors.length, 1);
      assert.match(errors[0].message, /annotations\[0\]\.type/);
      assert.deepEqual([errors[0].line, errors[0].column], [5, 5]);
    });

    it('reports start after end on the end value', () => {
      const errors = errorsOf('version: 1\ndocument:\n  source: a.txt\nannotations:\n  - id: a-1\n    type: note\n    quote: x\n    start: 5\n    end: 2\n');
      assert.deepEqual([errors[0].line, errors[0].column], [9, 10]);
      assert.match(errors[0].message, /end \(2\) is before start \(5\)/);
    });

    it('reports a duplicate annotation id on the second one', () => {
      const item = (l: number) => `  - id: a-1\n    type: note\n    quote: x\n    start: ${l}\n    end: ${l}\n`;
      const errors = errorsOf(`version: 1\ndocument:\n  source: a.txt\nannotations:\n${item(1)}${item(2)}`);
      assert.match(errors[0].message, /duplicate id "a-1"/);
      assert.equal(errors[0].line, 10);
    });

    it('refuses a future version with a clear message', () => {
      assert.match(errorsOf('version: 2\ndocument:\n  source: a.txt\n')[0].message, /unsupported sidecar version 2/);
    });

    it('refuses an empty file', () => {
      assert.match(errorsOf('')[0].message, /empty/);
    });

    it('warns when document.source does not match the sidecar name', () => {
      const r = parsed('version: 1\ndocument:\n  source: other.txt\n', 'dir/a.txt.annotations.yaml');
      assert.equal(r.warnings.length, 1);
      assert.equal(r.warnings[0].line, 3);
    });
  });

  describe('hostile input', () => {
    it('refuses a YAML bomb (billion laughs) quickly', () => {
      const bomb = [
        'version: 1',
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
        'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
        'document: {source: a.txt}',
      ].join('\n');
      const errors = errorsOf(bomb);
      assert.match(errors[0].message, /aliases/);
      assert.equal(errors[0].line, 3);
    });

    it('refuses duplicate keys', () => {
      const errors = errorsOf('version: 1\ndocument:\n  source: a.txt\n  source: b.txt\n');
      assert.match(errors[0].message, /unique/);
      assert.equal(errors[0].line, 4);
    });

    for (const key of ['__proto__', 'constructor']) {
      it(`refuses a ${key} key with its position and pollutes nothing`, () => {
        const errors = errorsOf(`version: 1\ndocument:\n  source: a.txt\nannotations:\n  - ${key}: {polluted: true}\n    id: a-1\n`);
        assert.match(errors[0].message, new RegExp(`"${key}" is not allowed`));
        assert.deepEqual([errors[0].line, errors[0].column], [5, 5]);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      });
    }

    it('refuses a source that points outside the folder', () => {
      for (const source of ['../../etc/passwd', '/etc/passwd', 'sub/a.txt', '..', 'C:\\\\evil.txt']) {
        const errors = errorsOf(`version: 1\ndocument:\n  source: "${source}"\n`);
        assert.match(errors[0].message, /plain file name/, source);
        assert.deepEqual([errors[0].line, errors[0].column], [3, 11]);
      }
    });

    it('refuses deep nesting without overflowing the stack', () => {
      const deepFlow = 'version: 1\ndocument: {source: a.txt}\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
      assert.ok(errorsOf(deepFlow).length > 0);
      let deepBlock = 'version: 1\ndocument: {source: a.txt}\nx:\n';
      for (let i = 1; i < 200; i++) deepBlock += ' '.repeat(i) + `k${i}:\n`;
      assert.match(errorsOf(deepBlock)[0].message, /nesting deeper/);
    });

    it('refuses a file above the size limit before parsing it', () => {
      const big = '#'.repeat(MAX_YAML_CHARS + 1);
      assert.match(errorsOf(big)[0].message, /MB are refused/);
    });

    it('refuses tabs used for indentation', () => {
      assert.ok(errorsOf('version: 1\ndocument:\n\tsource: a.txt\n').length > 0);
    });

    it('never throws on random byte corruption of a valid sidecar', () => {
      const text = fixture('article.txt.annotations.yaml');
      let seed = 7;
      const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      for (let i = 0; i < 300; i++) {
        const chars = [...text];
        for (let k = 0; k < 1 + Math.floor(rnd() * 5); k++) chars[Math.floor(rnd() * chars.length)] = String.fromCharCode(Math.floor(rnd() * 128));
        const r = parseSidecar(chars.join(''), 'article.txt.annotations.yaml');
        if (!r.ok) for (const e of r.errors) assert.ok(e.line >= 1 && e.column >= 1 && typeof e.message === 'string');
      }
    });
  });
});

describe('serializeSidecar: lists of multi-line strings', () => {
  it('writes them in block style, so they parse back (found by npm run test:fuzz)', () => {
    const value = {
      version: 1,
      document: { source: 'article.txt' },
      annotations: [{ id: 'a', type: 'person', quote: '', start: 0, end: 0, prefix: '', suffix: '', x_a: ['-\na'] }],
      rejected: [],
    } as unknown as Sidecar;
    const back = parseSidecar(serializeSidecar(value), 'article.txt.annotations.yaml');
    assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
    assert.deepEqual((back.value.annotations[0] as Record<string, unknown>).x_a, ['-\na']);
  });
});

describe('serializeSidecar: multi-line strings with blanks at a line end or start', () => {
  it('writes them so they parse back unchanged, new or edited (found by npm run test:fuzz)', () => {
    const value = {
      version: 1,
      document: { source: 'article.txt' },
      annotations: [{ id: 'a', type: 'note', quote: 'x', start: 0, end: 1, prefix: '', suffix: '', note: 'first line\n  indented\n' }],
      rejected: [],
      x_a: [' \n'],
    } as unknown as Sidecar;
    const first = parseSidecar(serializeSidecar(value), 'article.txt.annotations.yaml');
    assert.ok(first.ok, JSON.stringify(!first.ok && first.errors));
    assert.deepEqual(JSON.parse(JSON.stringify(first.value)), JSON.parse(JSON.stringify(value)));
    // An edit through the previous document keeps the old node: it must switch style too.
    const edited = { ...first.value, annotations: [{ ...first.value.annotations[0], note: ' \n\t' }] } as Sidecar;
    const second = parseSidecar(serializeSidecar(edited, first.doc), 'article.txt.annotations.yaml');
    assert.ok(second.ok);
    assert.equal(second.value.annotations[0].note, ' \n\t');
  });
});
