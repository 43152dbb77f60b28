import { strict as assert } from 'node:assert';
import { writeJsonSections } from '../../../src/cli/jsonStream';

async function written(sections: Record<string, Iterable<unknown>>): Promise<{ text: string; chunks: number }> {
  const chunks: string[] = [];
  await writeJsonSections(sections, { write: (c) => chunks.push(c) });
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('JSON written a section item at a time (report --json)', () => {
  it('gives the bytes of JSON.stringify with an indent of 2, empty lists and nested values included', async () => {
    const value = {
      documents: [
        { file: 'a.txt', published: null, authors: ['X'] },
        { file: 'b\n"c".txt', nested: { deep: [1, [2, {}], []] } },
      ],
      events: [],
      people: ['plain', 3, null, { id: 'é😀' }],
    };
    assert.equal((await written(value)).text, `${JSON.stringify(value, null, 2)}\n`);
    assert.equal((await written({})).text, '{}\n');
  });

  it('reads a generator section lazily and writes a long report in several chunks', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `event-${i}`, mentions: [{ start: i, end: i + 3 }] }));
    let read = 0;
    const lazy = {
      *[Symbol.iterator]() {
        for (const item of items) {
          read++;
          yield item;
        }
      },
    };
    const out = await written({ events: lazy });
    assert.equal(out.text, `${JSON.stringify({ events: items }, null, 2)}\n`);
    assert.equal(read, items.length);
    assert.ok(out.chunks > 1, `${out.chunks} chunk(s)`);
  });
});
