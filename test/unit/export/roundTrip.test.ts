import { strict as assert } from 'node:assert';
import { bratFormat } from '../../../src/core/export/brat';
import type { ExportArticle } from '../../../src/core/export/types';
import { w3cFormat } from '../../../src/core/export/w3c';
import { anchorImported } from '../../../src/core/import/anchor';
import { readBrat } from '../../../src/core/import/brat';
import { mergeImported } from '../../../src/core/import/merge';
import { resolveSource } from '../../../src/core/import/sources';
import type { ImportedAnnotation } from '../../../src/core/import/types';
import { readW3c } from '../../../src/core/import/w3c';
import type { SidecarAnnotation } from '../../../src/core/sidecar/schema';
import { checkW3cVocabulary } from './w3cVocabulary';
import { edgeCaseArticles } from './generated';
import { exportWith, seedArticles } from './helpers';

/** Imported annotations placed in their articles, by file, as the new sidecars hold them. */
function anchorAll(articles: ExportArticle[], imported: ImportedAnnotation[]): Map<string, SidecarAnnotation[]> {
  const files = articles.map((a) => a.file);
  const bySource = new Map<string, ImportedAnnotation[]>();
  for (const a of imported) {
    const file = resolveSource(a.source, files);
    assert.ok(file, `no article for ${a.source}`);
    bySource.set(file, [...(bySource.get(file) ?? []), a]);
  }
  const out = new Map<string, SidecarAnnotation[]>();
  for (const article of articles) {
    const anchored = anchorImported(article.text, bySource.get(article.file) ?? []);
    assert.deepEqual(anchored.warnings, []);
    out.set(article.file, mergeImported(undefined, article.file, anchored.annotations).sidecar.annotations);
  }
  return out;
}

async function w3cRoundTrip(articles: ExportArticle[]): Promise<Map<string, SidecarAnnotation[]>> {
  const json: unknown = JSON.parse((await exportWith(w3cFormat(), articles)).toString());
  assert.deepEqual(checkW3cVocabulary(json), []);
  const read = readW3c(json);
  assert.deepEqual(read.warnings, []);
  return anchorAll(articles, read.annotations);
}

async function bratRoundTrip(articles: ExportArticle[]): Promise<Map<string, SidecarAnnotation[]>> {
  const out = await exportWith(bratFormat(), articles);
  const imported: ImportedAnnotation[] = [];
  for (const a of articles) {
    const txt = out.files.get(a.file);
    const ann = out.files.get(a.file.replace(/\.txt$/, '.ann'));
    assert.equal(txt, a.text, 'the .txt is the article, byte for byte');
    assert.ok(ann !== undefined);
    const read = readBrat(a.file, ann, txt);
    assert.deepEqual(read.warnings, []);
    imported.push(...read.annotations);
  }
  return anchorAll(articles, imported);
}

/** What must survive: id, type, span, context and every field, key by key. */
function comparable(a: SidecarAnnotation): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(a)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : 1)),
  );
}

function assertSame(before: ExportArticle[], after: Map<string, SidecarAnnotation[]>, keep: (a: SidecarAnnotation) => boolean = () => true) {
  for (const a of before) {
    const want = a.annotations.filter(keep).map(comparable);
    const got = (after.get(a.file) ?? []).map(comparable);
    assert.deepEqual(got, want, a.file);
  }
}

describe('export then import gives back the same annotations', () => {
  it('W3C, on the five seeds: ids, offsets, quotes, context and values', async () => {
    const seeds = seedArticles();
    assert.ok(seeds.reduce((n, a) => n + a.annotations.length, 0) > 100);
    assertSame(seeds, await w3cRoundTrip(seeds));
  });

  it('brat, on the five seeds', async () => {
    const seeds = seedArticles();
    assertSame(seeds, await bratRoundTrip(seeds));
  });

  it('W3C, on generated articles with emoji, CRLF, NFD, overlapping spans, notes and orphans', async () => {
    const articles = edgeCaseArticles(40, 7);
    assert.ok(articles.some((a) => a.annotations.some((x) => x.status === 'orphan')));
    assertSame(articles, await w3cRoundTrip(articles));
  });

  it('brat, on the same generated articles: everything but orphans, whose text brat cannot point at', async () => {
    const articles = edgeCaseArticles(40, 11);
    assertSame(articles, await bratRoundTrip(articles), (a) => a.status !== 'orphan');
  });
});
