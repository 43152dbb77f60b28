import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CorpusViews } from '../../src/extension/corpusViews';
import { api, openArticle, readText, suiteCleanups, until, workspaceUri } from './helpers';

interface Review {
  identifier: string;
  reviewRating: { alternateName: string; ratingExplanation?: string };
  itemReviewed: { '@type': string; appearance: Array<{ url: string }> };
}

describe('Export and import from the palette in a real VS Code', function () {
  let corpus: CorpusViews;
  const cleanups = suiteCleanups();
  const out = mkdtempSync(join(tmpdir(), 'newsmark-export-it-'));

  before(async () => {
    corpus = (await api()).corpus;
    await corpus.whenIndexed();
  });

  it('shows a contradiction confirmed from the Contradictions view in the ClaimReview export', async () => {
    // One between seed articles: another suite's articles may still be in the index while their removal is
    // being indexed, and a contradiction of theirs would vanish before the export could list it.
    const seed = (file: string) => /^\d{3}_[0-9a-f]+\.txt$/.test(file);
    const open = corpus.service.index.contradictions().find((c) => c.status === 'open' && c.sides.every((s) => seed(s.file)));
    assert.ok(open, 'the seeds have an open contradiction');
    cleanups.push(async () => {
      const { store } = await api();
      await store.updateCorpus((c) => {
        c.verdicts = c.verdicts.filter((v) => v.id !== open.id);
      });
    });
    const target = vscode.Uri.file(join(out, 'reviews.jsonld'));
    const exportNow = async (): Promise<Review[]> => {
      await vscode.commands.executeCommand('newsmark.exportAnnotations', { format: 'claimreview', target, date: '2026-12-07' });
      return JSON.parse((await readText(target)) ?? '[]') as Review[];
    };
    assert.equal(
      (await exportNow()).some((r) => r.identifier === open.id),
      false,
      'an open contradiction is no review yet',
    );
    await vscode.commands.executeCommand('newsmark.confirmContradiction', open.id, 'checked with both outlets');
    const review = await until('the ClaimReview export to list the confirmed contradiction', async () =>
      (await exportNow()).find((r) => r.identifier === open.id),
    );
    assert.equal(review.reviewRating.alternateName, 'confirmed');
    assert.equal(review.reviewRating.ratingExplanation, 'checked with both outlets');
    assert.equal(review.itemReviewed['@type'], 'Claim');
    assert.deepEqual(review.itemReviewed.appearance.map((a) => a.url).sort(), [...new Set(open.sides.map((s) => s.file))].sort());
  });

  it('exports the W3C annotations of the workspace and imports them back without changing a sidecar', async () => {
    const sidecar = workspaceUri('000_8d102cea5626ae6c.txt.annotations.yaml');
    const before = await readText(sidecar);
    const target = vscode.Uri.file(join(out, 'annotations.jsonld'));
    await vscode.commands.executeCommand('newsmark.exportAnnotations', { format: 'w3c', scope: 'workspace', target });
    const json = JSON.parse((await readText(target)) ?? '{}') as { type: string; total: number };
    assert.equal(json.type, 'AnnotationCollection');
    assert.ok(json.total > 100, `${json.total} annotations`);
    const written = (await vscode.commands.executeCommand('newsmark.importAnnotations', { format: 'w3c', source: target })) as string[];
    assert.ok(written.includes('000_8d102cea5626ae6c.txt'), written.join());
    const after = await until('the sidecar to be written back', () => readText(sidecar));
    assert.equal(after.replace(/sha256: .*/, ''), before?.replace(/sha256: .*/, ''));
  });

  it('exports only the article of the active editor when asked for the current article', async () => {
    await openArticle(workspaceUri('002_b236a2b85e7853d3.txt'));
    const target = vscode.Uri.file(join(out, 'one.csv'));
    await vscode.commands.executeCommand('newsmark.exportAnnotations', { format: 'csv', scope: 'article', target });
    const rows = ((await readText(target)) ?? '').split('\r\n').filter((r) => r.startsWith('annotation,'));
    assert.ok(rows.length > 0);
    assert.deepEqual([...new Set(rows.map((r) => r.split(',')[1]))], ['002_b236a2b85e7853d3.txt']);
  });
});
