import { strict as assert } from 'node:assert';
import { ArticleKeys, entryKey } from '../../../src/core/corpus/cache';

// A request's key is held until the article is filed, so its text is hashed once a pass; what is filed with another
// text or other inputs than were requested must get its own key, never the held one.

describe('ArticleKeys', () => {
  const inputs = { published: '2026-03-02', registry: 'a|b' };

  it('gives the filed article the key of its request when text and inputs are the same', () => {
    const keys = new ArticleKeys();
    const text = 'Le maire a annoncé mardi la fermeture du pont.';
    const requested = keys.key('a.txt', text, inputs, true);
    assert.equal(requested, entryKey('a.txt', text, inputs));
    assert.equal(keys.key('a.txt', `${text}`, { ...inputs }, false), requested);
  });

  it('hashes again when the text, the date, the outlet or the people changed since the request', () => {
    const keys = new ArticleKeys();
    const text = 'The council voted on Monday to close the bridge.';
    for (const [t, i] of [
      [`${text} Again.`, inputs],
      [text, { ...inputs, published: '2026-03-03' }],
      [text, { ...inputs, outlet: 'Daily' }],
      [text, { ...inputs, registry: 'a|c' }],
    ] as const) {
      keys.key('b.txt', text, inputs, true);
      assert.equal(keys.key('b.txt', t, i, false), entryKey('b.txt', t, i));
    }
  });

  it('takes a held key once, and holds a bounded number', () => {
    const keys = new ArticleKeys();
    for (let k = 0; k < 5000; k++) keys.key(`${k}.txt`, `text ${k}`, {}, true);
    assert.equal(keys.key('0.txt', 'text 0', {}, false), entryKey('0.txt', 'text 0', {}));
    assert.equal(keys.key('4999.txt', 'text 4999', {}, false), entryKey('4999.txt', 'text 4999', {}));
    const held = (keys as unknown as { held: Map<string, unknown> }).held;
    assert.ok(held.size <= 4096, `holds ${held.size}`);
    assert.ok(!held.has('4999.txt'), 'taken when filed');
  });
});
