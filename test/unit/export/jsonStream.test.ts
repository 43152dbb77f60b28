import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJsonSections, writeLines } from '../../../src/cli/jsonStream';
import { CorpusIndex } from '../../../src/core/corpus';
import { buildReport, markdownLines, renderMarkdown, reportSections } from '../../../src/core/corpus/report';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

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

describe('Markdown written a line at a time (report)', function () {
  this.timeout(60_000);

  it('joins the lines with newlines, none after the last, in several chunks for a long text', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 7 ? `- line ${i} é😀` : ''));
    const chunks: string[] = [];
    await writeLines(lines, { write: (c) => chunks.push(c) });
    assert.equal(chunks.join(''), lines.join('\n'));
    assert.ok(chunks.length > 1, `${chunks.length} chunk(s)`);
    const none: string[] = [];
    await writeLines([], { write: (c) => none.push(c) });
    assert.equal(none.join(''), '');
  });

  it("reads the report's lazy sections into the same Markdown as renderMarkdown of the whole report, in both languages", () => {
    const index = new CorpusIndex();
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) index.setDocument(f, readFileSync(join(SEEDS, f), 'utf8'));
    const whole = buildReport(index);
    assert.ok(whole.events.length > 0 && whole.contradictions.length > 0, 'the seeds have events and contradictions');
    for (const lang of ['fr', 'en'] as const) assert.equal([...markdownLines(reportSections(index), lang)].join('\n'), renderMarkdown(whole, lang));
    assert.equal([...markdownLines(reportSections(index))].join('\n'), renderMarkdown(whole));
  });
});
