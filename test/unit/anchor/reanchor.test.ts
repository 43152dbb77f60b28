import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { makeSelector, reanchor, reanchorAll, FUZZY_THRESHOLD } from '../../../src/core/anchor/reanchor';
import { TextIndex, decodeArticle } from '../../../src/core/text/offsets';

const ARTICLE = [
  'Istanbul, jeudi. Les délégations américaine et russe se sont retrouvées au consulat.',
  "Le secrétaire d'État Marco Rubio a déclaré : « Nous avons parlé six heures et demie. »",
  'Sergueï Lavrov a répondu que la réunion était « utile et constructive ».',
  'Kiev, de son côté, craint d’être exclu des discussions sur son propre avenir.',
].join('\n');

/** Code-point span of the `nth` occurrence of `quote`. */
function spanOf(text: string, quote: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `${quote} not in text`);
  const idx = new TextIndex(text);
  const start = idx.toCodePoint(at);
  return [start, start + [...quote].length];
}

function annotate(text: string, quote: string, nth = 0) {
  const [s, e] = spanOf(text, quote, nth);
  return makeSelector(text, s, e);
}

describe('anchoring', () => {
  describe('makeSelector', () => {
    it('takes 32 code points of context on each side, cut at the text ends', () => {
      const sel = annotate(ARTICLE, 'Marco Rubio');
      assert.equal(sel.quote, 'Marco Rubio');
      assert.equal([...sel.prefix].length, 32);
      assert.equal([...sel.suffix].length, 32);
      assert.equal(makeSelector(ARTICLE, 0, 8).prefix, '');
    });
    it('counts an emoji as one code point', () => {
      const text = '😀😀 Rubio 😀';
      const sel = makeSelector(text, 3, 8);
      assert.equal(sel.quote, 'Rubio');
      assert.equal(sel.prefix, '😀😀 ');
    });
  });

  describe('reanchor', () => {
    it('keeps an annotation whose text did not change exactly in place', () => {
      const sel = annotate(ARTICLE, 'Marco Rubio');
      assert.deepEqual(reanchor(ARTICLE, sel), { status: 'exact', start: sel.start, end: sel.end, score: 1 });
    });

    it('follows an annotation whose text moved two lines down', () => {
      const sel = annotate(ARTICLE, 'Sergueï Lavrov');
      const edited = 'Dépêche AFP.\n\n' + ARTICLE;
      const r = reanchor(edited, sel);
      assert.equal(r.status, 'moved');
      assert.deepEqual([r.start, r.end], spanOf(edited, 'Sergueï Lavrov'));
    });

    it('follows a span whose surrounding words were edited', () => {
      const sel = annotate(ARTICLE, 'six heures et demie');
      const edited = ARTICLE.replace('Nous avons parlé', 'Nous avons longuement discuté pendant').replace('Istanbul', 'Istanbul (Turquie)');
      const r = reanchor(edited, sel);
      assert.equal(r.status, 'moved');
      assert.deepEqual([r.start, r.end], spanOf(edited, 'six heures et demie'));
    });

    it('re-anchors fuzzily, for review, a span edited inside', () => {
      const sel = annotate(ARTICLE, 'Nous avons parlé six heures et demie');
      const edited = ARTICLE.replace('six heures et demie', 'six heures et quart');
      const r = reanchor(edited, sel);
      assert.equal(r.status, 'fuzzy');
      assert.ok(r.score >= FUZZY_THRESHOLD && r.score < 1);
      const [s] = spanOf(edited, 'Nous avons parlé');
      assert.equal(r.start, s);
      assert.ok(Math.abs(r.end - (s + 'Nous avons parlé six heures et quart'.length)) <= 2);
    });

    it('orphans a deleted span and keeps its old offsets', () => {
      const sel = annotate(ARTICLE, 'utile et constructive');
      const edited = ARTICLE.replace('Sergueï Lavrov a répondu que la réunion était « utile et constructive ».\n', '');
      assert.deepEqual(reanchor(edited, sel), { status: 'orphan', start: sel.start, end: sel.end, score: 0 });
    });

    it('does not move a short annotation to a look-alike elsewhere when its sentence is deleted', () => {
      const text = 'Rubio est arrivé hier soir à Ankara.\nPlus tard, Rubio a rencontré la presse turque au palais.';
      const sel = annotate(text, 'Rubio');
      const edited = text.replace('Rubio est arrivé hier soir à Ankara.\n', '');
      assert.equal(reanchor(edited, sel).status, 'orphan');
    });

    it('never matches a quote shorter than 4 code points fuzzily', () => {
      const sel = makeSelector('le PIB a crû', 3, 6);
      assert.equal(sel.quote, 'PIB');
      assert.equal(reanchor('le PIX a crû', sel).status, 'orphan');
    });

    it('prefers, at the old position, the occurrence whose context matches', () => {
      // A different "Rubio" has slid exactly into the old offsets; the annotated one is further down.
      const text = 'AAAA Rubio a dit oui. BBBB Rubio a dit non.';
      const sel = annotate(text, 'Rubio', 1); // "BBBB Rubio a dit non"
      const edited = 'C'.repeat(sel.start - 1) + ' Rubio a dit oui. BBBB Rubio a dit non.';
      const [s2] = spanOf(edited, 'Rubio', 1);
      const [s1] = spanOf(edited, 'Rubio', 0);
      assert.equal(s1, sel.start, 'the test needs the look-alike at the old offsets');
      const r = reanchor(edited, sel);
      assert.equal(r.status, 'moved');
      assert.equal(r.start, s2);
    });

    it('never swaps annotations on duplicate passages, even after a deletion above them', () => {
      const para = 'Le Kremlin a salué « un premier pas » vers la paix.';
      const text = 'Introduction assez longue pour déplacer le texte de beaucoup. ' + 'x'.repeat(40) + '\n' + para + '\n' + 'Entre les deux.\n' + para + '\nFin.';
      const a = { ...annotate(text, 'un premier pas', 0), type: 'quote' };
      const b = { ...annotate(text, 'un premier pas', 1), type: 'quote' };
      for (const edited of [text.slice(60), 'Un nouveau chapeau de quatre-vingts caractères inséré tout en haut du texte.\n' + text]) {
        const [ra, rb] = reanchorAll(edited, [a, b]);
        assert.deepEqual([ra.start, ra.end], spanOf(edited, 'un premier pas', 0));
        assert.deepEqual([rb.start, rb.end], spanOf(edited, 'un premier pas', 1));
        assert.ok(ra.status !== 'orphan' && rb.status !== 'orphan');
      }
      // reanchor one at a time (the extension's hover path) gives the same answer.
      const edited = text.slice(60);
      assert.equal(reanchor(edited, b).start, spanOf(edited, 'un premier pas', 1)[0]);
    });

    it('anchors in a text with emoji before the span (code points, not UTF-16 units)', () => {
      const text = '🇺🇸🤝🇷🇺 Marco Rubio et 😀 Lavrov';
      const sel = annotate(text, 'Lavrov');
      assert.equal(sel.start, 23); // two flags of 2 code points, one handshake, a space, 16 letters, one emoji, a space
      const r = reanchor('🔥' + text, sel);
      assert.deepEqual([r.status, r.start, r.end], ['moved', 24, 30]);
    });

    it('anchors in a CRLF file and in a file with a BOM decoded by decodeArticle', () => {
      const crlf = ARTICLE.replace(/\n/g, '\r\n');
      const sel = annotate(crlf, 'Sergueï Lavrov');
      const bytes = new TextEncoder().encode('\uFEFF' + crlf);
      const text = decodeArticle(bytes);
      assert.deepEqual(reanchor(text, sel), { status: 'exact', start: sel.start, end: sel.end, score: 1 });
    });

    it('still anchors after the file was re-saved decomposed (NFD), with offsets in the real text', () => {
      const sel = annotate(ARTICLE, 'réunion était');
      const nfd = ARTICLE.normalize('NFD');
      const r = reanchor(nfd, sel);
      assert.ok(r.status === 'moved' || r.status === 'exact');
      const idx = new TextIndex(nfd);
      assert.equal(idx.slice(r.start, r.end), 'réunion était'.normalize('NFD'));
    });

    it('anchors an NFD quote in an NFC text', () => {
      const sel = annotate(ARTICLE, 'réunion était');
      const r = reanchor(ARTICLE, { ...sel, quote: sel.quote.normalize('NFD'), prefix: sel.prefix.normalize('NFD') });
      assert.equal(r.status, 'exact');
    });

    it('tolerates offsets beyond the end of the text', () => {
      const r = reanchor('short', { quote: 'Rubio', start: 1000, end: 1005, prefix: '', suffix: '' });
      assert.equal(r.status, 'orphan');
      assert.deepEqual([r.start, r.end], [1000, 1005]);
    });
  });

  describe('reanchorAll', () => {
    it('re-anchors 1,000 annotations on a 1 MB text, in place and after an insertion above', () => {
      const words = ARTICLE.split(/\s+/);
      let seed = 1;
      const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
      let text = '';
      while (text.length < 1_000_000) text += words[Math.floor(rnd() * words.length)] + (rnd() < 0.08 ? '\n' : ' ');
      const idx = new TextIndex(text);
      const anns = Array.from({ length: 1000 }, (_, k) => makeSelector(idx, k * 997, k * 997 + 10 + (k % 40)));
      // Speed is measured in `npm run bench`, not asserted here.
      assert.ok(reanchorAll(text, anns).every((r) => r.status === 'exact'));
      const shifted = reanchorAll('Une ligne ajoutée.\n' + text, anns);
      assert.ok(shifted.every((r) => r.status === 'moved' || r.status === 'exact'));
      assert.ok(shifted.every((r, k) => r.start === anns[k].start + 19));
    });

    it('keeps edits outside annotated spans exactly anchored (property, seeded)', () => {
      const base = ARTICLE + '\n😀 é e\u0301 \r\n' + ARTICLE.toUpperCase();
      const idx = new TextIndex(base);
      const n = idx.length;
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(n - 30), fc.integer({ min: 6, max: 25 })), { minLength: 1, maxLength: 6 }),
          fc.array(fc.tuple(fc.nat(n), fc.nat(12), fc.string({ unit: fc.constantFrom('a', ' ', 'é', '\n', '😀', 'Z', '\r\n'), maxLength: 12 })), { maxLength: 5 }),
          (spans, edits) => {
            const anns = spans.map(([s, len]) => makeSelector(idx, s, s + len));
            // Keep only edits that touch no span and no context of a span (context edits may
            // legitimately lower confidence), applied from the end so offsets stay valid.
            const free = edits
              .map(([at, del, ins]) => ({ at, del: Math.min(del, n - at), ins }))
              .filter((e) => anns.every((a) => e.at + e.del < a.start - 32 || e.at > a.end + 32))
              .sort((x, y) => y.at - x.at)
              .filter((e, i, all) => i === 0 || e.at + e.del < all[i - 1].at);
            let text = base;
            for (const e of free) text = text.slice(0, idx.toUtf16(e.at)) + e.ins + text.slice(idx.toUtf16(e.at + e.del));
            const results = reanchorAll(text, anns);
            const after = new TextIndex(text);
            results.forEach((r, k) => {
              assert.ok(r.status === 'exact' || r.status === 'moved', `${r.status} for ${JSON.stringify(anns[k].quote)}`);
              assert.equal(after.slice(r.start, r.end), anns[k].quote);
              const shift = free.filter((e) => e.at < anns[k].start).reduce((d, e) => d + [...e.ins].length - e.del, 0);
              assert.equal(r.start, anns[k].start + shift, 'same passage, not a look-alike');
            });
          },
        ),
        { seed: 20250227, numRuns: 300 },
      );
    });
  });
});
