import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextIndex, codePointLength, decodeArticle } from '../../../src/core/text/offsets';
import { fcParams, record } from './harness';

/** Pieces that break naive offset code: astral emoji, ZWJ sequences, combining marks, CRLF, BOM, lone surrogates. */
const UNITS = ['a', 'é', 'e\u0301', '\u0301', '😀', '👩‍👩‍👧', '🇫🇷', '\r\n', '\n', '\r', '\uFEFF', '\t', ' ', '中', '\uD800', '\uDC00', 'Z'];
const tricky = fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((parts) => parts.join(''));

describe('reliability: offsets (code points <-> UTF-16)', () => {
  it('converts every code-point offset to UTF-16 and back losslessly, and slices like Array.from', function () {
    let cases = 0;
    let failures = 0;
    try {
      fc.assert(
        fc.property(tricky, (text) => {
          cases++;
          const index = new TextIndex(text);
          const cps = Array.from(text);
          assert.equal(index.length, cps.length);
          assert.equal(codePointLength(text), cps.length);
          let utf16 = 0;
          for (let k = 0; k <= cps.length; k++) {
            assert.equal(index.toUtf16(k), utf16, `toUtf16(${k})`);
            assert.equal(index.toCodePoint(utf16), k, `toCodePoint(${utf16})`);
            if (k < cps.length) utf16 += cps[k].length;
          }
          for (let a = 0; a <= cps.length; a += 3) {
            for (let b = a; b <= cps.length; b += 5) assert.equal(index.slice(a, b), cps.slice(a, b).join(''));
          }
        }),
        fcParams(300),
      );
    } catch (e) {
      failures++;
      throw e;
    } finally {
      record(this, {
        area: 'Offsets',
        fault: 'Random text with emoji, ZWJ sequences, flags, combining marks, CRLF, lone CR, BOM, lone surrogates',
        protection: 'TextIndex maps code points <-> UTF-16 in one place (surrogate-pair aware)',
        cases,
        lost: 0,
        corrupted: 0,
        crashes: failures,
      });
    }
  });

  it('maps an offset inside a surrogate pair to the start of its character', function () {
    fc.assert(
      fc.property(tricky, (text) => {
        const index = new TextIndex(text);
        for (let u = 0; u <= text.length; u++) {
          const back = index.toUtf16(index.toCodePoint(u));
          const insidePair = u > 0 && /[\uD800-\uDBFF]/.test(text[u - 1]) && /[\uDC00-\uDFFF]/.test(text[u] ?? '') && back === u - 1;
          assert.ok(back === u || insidePair, `utf16 ${u} -> ${back}`);
        }
      }),
      fcParams(200),
    );
  });

  it('decodes an article saved as UTF-8 with or without a BOM to the same text, keeping CRLF', function () {
    let cases = 0;
    fc.assert(
      fc.property(tricky, fc.boolean(), (raw, bom) => {
        cases++;
        // Lone surrogates cannot be encoded as UTF-8: the encoder writes U+FFFD, which is what VS Code shows.
        const text = new TextDecoder().decode(new TextEncoder().encode(raw)).replace(/^\uFEFF+/, '');
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
        assert.equal(decodeArticle(bytes), text);
        assert.equal(decodeArticle(bytes).includes('\r\n'), text.includes('\r\n'));
      }),
      fcParams(200),
    );
    record(this, {
      area: 'Offsets',
      fault: 'Articles saved with and without a BOM, with CRLF',
      protection: 'decodeArticle removes one leading BOM and keeps line endings, so offsets count the text VS Code shows',
      cases,
      lost: 0,
      corrupted: 0,
      crashes: 0,
    });
  });
});
