import { strict as assert } from 'node:assert';
import { TextIndex, decodeArticle, codePointLength } from '../../src/core/text/offsets';

describe('offsets', () => {
  it('maps code points and UTF-16 units around an emoji', () => {
    const t = new TextIndex('a😀b😀c');
    assert.equal(t.length, 5);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((cp) => t.toUtf16(cp)),
      [0, 1, 3, 4, 6, 7],
    );
    assert.deepEqual(
      [0, 1, 3, 4, 6, 7].map((u) => t.toCodePoint(u)),
      [0, 1, 2, 3, 4, 5],
    );
    assert.equal(t.slice(3, 5), '😀c');
  });
  it('maps an offset inside a surrogate pair to the character start', () => {
    assert.equal(new TextIndex('x😀y').toCodePoint(2), 1);
  });
  it('counts combining accents (NFD) as separate code points', () => {
    assert.equal(codePointLength('e\u0301'), 2);
    assert.equal(codePointLength('é'), 1);
  });
  it('removes a BOM and keeps CRLF', () => {
    const bytes = new TextEncoder().encode('\uFEFFa\r\nb');
    assert.equal(decodeArticle(bytes), 'a\r\nb');
  });
});
