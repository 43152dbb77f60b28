import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/command';
import { runExport } from '../../../src/cli/export';
import { runImport } from '../../../src/cli/import';
import { runReport } from '../../../src/cli/report';
import { ndjsonFormat } from '../../../src/core/export/ndjson';
import type { ReportJson } from '../../../src/core/corpus/report';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';
import { SEEDS, seedArticles } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read back as plain JSON
type Json = any;

async function cli(run: (args: string[], io: CliIo) => Promise<number>, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

function sidecarOf(folder: string, file: string) {
  const parsed = parseSidecar(readFileSync(join(folder, `${file}.annotations.yaml`), 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors[0].message);
  return parsed.value;
}

describe('newsmark export / import', () => {
  let tmp: string;
  beforeEach(() => (tmp = mkdtempSync(join(tmpdir(), 'newsmark-export-'))));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  const articlesOnly = (to: string) => {
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(join(SEEDS, f), join(to, f));
  };

  it('imports its own W3C export of the seeds into bare articles: the same sidecar annotations', async () => {
    const exported = await cli(runExport, [SEEDS, '--format', 'w3c']);
    assert.equal(exported.code, 0, exported.err);
    writeFileSync(join(tmp, 'seeds.jsonld'), exported.out);
    articlesOnly(join(tmp, 'into'));
    const imported = await cli(runImport, [join(tmp, 'seeds.jsonld'), '--format', 'w3c', '--into', join(tmp, 'into')]);
    assert.equal(imported.code, 0, imported.err);
    for (const a of seedArticles()) assert.deepEqual(sidecarOf(join(tmp, 'into'), a.file).annotations, a.annotations);
  });

  it("says that importing the seeds' own export into the seeds changed nothing: every annotation unchanged, none updated", async () => {
    const exported = await cli(runExport, [SEEDS, '--format', 'w3c']);
    assert.equal(exported.code, 0, exported.err);
    writeFileSync(join(tmp, 'seeds.jsonld'), exported.out);
    const copy = join(tmp, 'seeds');
    mkdirSync(copy);
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(copy, f));
    const imported = await cli(runImport, [join(tmp, 'seeds.jsonld'), '--format', 'w3c', '--into', copy]);
    assert.equal(imported.code, 0, imported.err);
    const lines = imported.err.split('\n').filter((l) => /annotations\.yaml: /.test(l));
    assert.equal(lines.length, seedArticles().length, imported.err);
    for (const [i, a] of seedArticles().entries()) {
      assert.match(lines[i], new RegExp(`: 0 added, 0 updated, ${a.annotations.length} unchanged, 0 kept;`), lines[i]);
    }
  });

  it('imports a brat export of the seeds back, and copies in an article the folder lacks', async () => {
    const exported = await cli(runExport, [SEEDS, '--format', 'brat', '--out', join(tmp, 'brat')]);
    assert.equal(exported.code, 0, exported.err);
    mkdirSync(join(tmp, 'into'));
    const imported = await cli(runImport, [join(tmp, 'brat'), '--format', 'brat', '--into', join(tmp, 'into')]);
    assert.equal(imported.code, 0, imported.err);
    for (const a of seedArticles()) {
      assert.equal(readFileSync(join(tmp, 'into', a.file), 'utf8'), a.text);
      assert.deepEqual(sidecarOf(join(tmp, 'into'), a.file).annotations, a.annotations);
    }
  });

  it('never overwrites a sidecar it cannot read, keeps annotations the import does not mention, and merges by id', async () => {
    const into = join(tmp, 'into');
    articlesOnly(into);
    const [first, second] = seedArticles();
    const broken = 'version: 1\ndocument: [unclosed\n';
    writeFileSync(join(into, `${first.file}.annotations.yaml`), broken);
    const kept = `version: 1\ndocument:\n  source: ${second.file}\nannotations:\n  - id: a-mine0001\n    type: note\n    quote: gone words\n    start: 3\n    end: 13\n    note: my own\n    status: orphan\n`;
    writeFileSync(join(into, `${second.file}.annotations.yaml`), kept);
    writeFileSync(join(tmp, 'seeds.jsonld'), (await cli(runExport, [SEEDS, '--format', 'w3c'])).out);
    const imported = await cli(runImport, [join(tmp, 'seeds.jsonld'), '--format', 'w3c', '--into', into]);
    assert.equal(imported.code, 1, 'a sidecar left alone is a failure to report');
    assert.match(imported.err, /not overwritten, nothing imported for 000_/);
    assert.equal(readFileSync(join(into, `${first.file}.annotations.yaml`), 'utf8'), broken);
    const merged = sidecarOf(into, second.file).annotations;
    assert.equal(merged.length, second.annotations.length + 1);
    assert.equal(merged.find((a) => a.id === 'a-mine0001')?.note, 'my own');
    // A second import updates by id: nothing is added twice.
    await cli(runImport, [join(tmp, 'seeds.jsonld'), '--format', 'w3c', '--into', into]);
    assert.equal(sidecarOf(into, second.file).annotations.length, second.annotations.length + 1);
  });

  it('anchors a Hypothesis annotation on its quote when the article changed since it was made', async () => {
    const into = join(tmp, 'into');
    mkdirSync(into);
    writeFileSync(join(into, 'lavrov.txt'), 'Mise à jour.\nLe ministre Sergueï Lavrov a parlé de la rencontre.\n');
    const rows = {
      total: 1,
      rows: [
        {
          id: 'Xy12-AbC',
          uri: 'https://news.example/2025/lavrov.html',
          text: 'à vérifier',
          tags: ['person', 'istanbul'],
          target: [
            {
              source: 'https://news.example/2025/lavrov.html',
              selector: [
                { type: 'TextPositionSelector', start: 11, end: 25 },
                { type: 'TextQuoteSelector', exact: 'Sergueï Lavrov', prefix: 'Le ministre ', suffix: ' a parlé' },
              ],
            },
          ],
        },
      ],
    };
    writeFileSync(join(tmp, 'h.json'), JSON.stringify(rows));
    const imported = await cli(runImport, [join(tmp, 'h.json'), '--format', 'w3c', '--into', into]);
    assert.equal(imported.code, 0, imported.err);
    const [a] = sidecarOf(into, 'lavrov.txt').annotations;
    assert.deepEqual([a.id, a.type, a.quote, a.start, a.end, a.note], ['h-Xy12-AbC', 'person', 'Sergueï Lavrov', 25, 39, 'à vérifier\ntags: istanbul']);
  });

  it('says which annotations found no article, and imports the others', async () => {
    const into = join(tmp, 'into');
    articlesOnly(into);
    const doc = { type: 'Annotation', id: 'x', target: { source: 'elsewhere.html', selector: { type: 'TextQuoteSelector', exact: 'Rubio' } } };
    writeFileSync(join(tmp, 'one.jsonld'), JSON.stringify(doc));
    const imported = await cli(runImport, [join(tmp, 'one.jsonld'), '--format', 'w3c', '--into', into]);
    assert.equal(imported.code, 1);
    assert.match(imported.err, /no article for elsewhere\.html/);
  });

  it('exports a contradiction the user confirmed as a ClaimReview whose rating is the verdict', async () => {
    const folder = join(tmp, 'corpus');
    mkdirSync(folder);
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(folder, f));
    const report = await cli(runReport, [folder, '--json']);
    const [c] = (JSON.parse(report.out) as ReportJson).contradictions;
    assert.ok(c, 'the seeds have a contradiction to confirm');
    writeFileSync(join(folder, 'newsmark.yaml'), `version: 1\nverdicts:\n  - id: ${c.id}\n    status: confirmed\n    note: checked with both outlets\n`);
    const exported = await cli(runExport, [folder, '--format', 'claimreview', '--date', '2026-12-07']);
    assert.equal(exported.code, 0, exported.err);
    const reviews = JSON.parse(exported.out) as Json[];
    assert.deepEqual(
      reviews.map((r) => [r.identifier, r.reviewRating.alternateName, r.reviewRating.ratingExplanation, r.datePublished]),
      [[c.id, 'confirmed', 'checked with both outlets', '2026-12-07']],
    );
    assert.deepEqual(
      reviews[0].itemReviewed.appearance.map((a: { url: string }) => a.url),
      [...new Set(c.sides.map((s) => s.file))],
    );
  });

  it('refuses brat without --out and an unknown format, with usage and exit code 2', async () => {
    assert.equal((await cli(runExport, [SEEDS, '--format', 'brat'])).code, 2);
    const unknown = await cli(runExport, [SEEDS, '--format', 'docx']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown format 'docx'/);
  });
});

describe('newsmark export --format ndjson', () => {
  it('writes a JSON line per article, in folder order, with its annotations and detections, then the events and contradictions', async () => {
    const { code, out, err } = await cli(runExport, [SEEDS, '--format', 'ndjson']);
    assert.equal(code, 0, err);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { record: string; file?: string; annotations?: unknown[]; detections?: { people: unknown[] }; id?: string });
    const articles = lines.filter((l) => l.record === 'article');
    assert.deepEqual(
      articles.map((a) => a.file),
      seedArticles().map((a) => a.file),
    );
    assert.deepEqual(
      articles.map((a) => a.annotations?.length),
      seedArticles().map((a) => a.annotations.length),
    );
    assert.ok(
      articles.every((a) => (a.detections?.people.length ?? 0) > 0),
      'each seed names people',
    );
    const firstCorpusLine = lines.findIndex((l) => l.record !== 'article');
    assert.equal(firstCorpusLine, articles.length, 'events and contradictions come after every article');
    assert.ok(lines.some((l) => l.record === 'event' && l.id === '2025-02-27-istanbul-talks'));
    assert.ok(lines.some((l) => l.record === 'contradiction'));
  });

  it('hands each article line to the output as the article is read, before the corpus exists', async () => {
    const written: string[] = [];
    const format = ndjsonFormat();
    const [a] = seedArticles();
    await format.article!(a, { write: (s) => void written.push(s) }, {});
    assert.equal(written.length, 1);
    assert.equal((JSON.parse(written[0]) as { file: string }).file, a.file);
  });
});
