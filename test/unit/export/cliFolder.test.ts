import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../../src/cli/report';
import { makeSelector } from '../../../src/core/anchor/reanchor';
import type { ReportJson } from '../../../src/core/corpus/report';
import { serializeSidecar } from '../../../src/core/sidecar/yamlStore';

/** An article with a sidecar holding one note over `words`. */
function article(folder: string, file: string, text: string, words: string): void {
  writeFileSync(join(folder, file), text);
  const start = text.indexOf(words);
  const note = { id: 'n1', type: 'note' as const, ...makeSelector(text, start, start + words.length), note: 'to check' };
  writeFileSync(join(folder, `${file}.annotations.yaml`), serializeSidecar({ version: 1, document: { source: file }, annotations: [note], rejected: [] }));
}

describe('newsmark report over a folder (what the folder reader keeps)', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'newsmark-folder-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("links two notes of newsmark.yaml although notes are not kept for the folder's decisions", async () => {
    article(folder, 'a.txt', 'Les pourparlers ont duré cinq heures à Genève le 6 mars.', 'cinq heures');
    article(folder, 'b.txt', 'Les pourparlers du 6 mars à Genève ont duré trois heures.', 'trois heures');
    writeFileSync(
      join(folder, 'newsmark.yaml'),
      'version: 1\nlinks:\n  - id: l1\n    a: { file: a.txt, annotation: n1 }\n    b: { file: b.txt, annotation: n1 }\n    note: two lengths\n',
    );
    let out = '';
    const code = await runReport([folder, '--json'], { stdout: (s) => (out += s), stderr: () => {} });
    assert.equal(code, 0);
    const link = (JSON.parse(out) as ReportJson).contradictions.find((c) => c.id === 'l1');
    assert.deepEqual(
      link?.sides.map((s) => [s.file, s.text]),
      [
        ['a.txt', 'cinq heures'],
        ['b.txt', 'trois heures'],
      ],
    );
  });
});
