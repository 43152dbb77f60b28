import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Workbench, untilFile, workbenchPerSuite } from './workbench';

const DECORATED = Workbench.decoration;

describe('annotating in the browser', function () {
  const suite = workbenchPerSuite();

  for (const seed of readdirSync(join(__dirname, '..', '..', 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(`highlights people, dates, durations and quotes in ${seed}`, async () => {
      await suite.wb.openFile(seed);
      await suite.wb.waitFor(DECORATED);
      const count = await suite.wb.page.locator(DECORATED).count();
      assert.ok(count >= 3, `only ${count} decorated spans in the visible part of ${seed}`);
      await suite.wb.screenshot(`seed-${seed.replace(/\.txt$/, '')}`);
    });
  }

  it('tags a span from the command palette and the sidecar appears with the highlight', async () => {
    const seed = '002_b236a2b85e7853d3.txt';
    await suite.wb.openFile(seed);
    // Select a word with the find widget: Escape leaves the match selected.
    await suite.wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await suite.wb.page.keyboard.press('Control+F');
    const find = await suite.wb.waitFor('.editor-widget.find-widget textarea, .editor-widget.find-widget input');
    await find.fill('Istanbul');
    await suite.wb.waitFor('.editor-widget.find-widget .matchesCount:not(:empty)');
    await suite.wb.page.keyboard.press('Escape');
    await suite.wb.runCommand('Newsmark: Tag Selection as Place');
    const sidecarPath = join(suite.folder, `${seed}.annotations.yaml`);
    const sidecar = await untilFile('the sidecar with the tag', () => {
      if (!existsSync(sidecarPath)) return undefined;
      const value = parse(readFileSync(sidecarPath, 'utf8')) as { annotations?: Array<{ type: string; quote: string }> };
      return value.annotations?.some((a) => a.type === 'place') ? value : undefined;
    });
    assert.deepEqual(
      sidecar.annotations?.filter((a) => a.type === 'place').map((a) => a.quote),
      ['Istanbul'],
    );
    await suite.wb.screenshot('tagged-place');
  });

  it('shows the events in time order and the contradictions between sources in the Newsmark views', async () => {
    await suite.wb.runCommand('Newsmark: Show Corpus');
    const events = '.part.sidebar .pane-header[aria-label^="Events"]';
    await suite.wb.waitFor(events);
    // Rows appear once the background index has read the five articles.
    const row = (text: string) => `.part.sidebar .monaco-list-row[aria-label*="${text}"]`;
    await suite.wb.waitFor(row('Istanbul'));
    await suite.wb.waitFor(row('Riyad'));
    const labels = await suite.wb.page.locator('.part.sidebar .pane-body').first().locator('.monaco-list-row').allInnerTexts();
    const istanbul = labels.findIndex((l) => l.includes('Istanbul'));
    const riyadh = labels.findIndex((l) => l.includes('Riyad'));
    assert.ok(riyadh >= 0 && istanbul > riyadh, `events out of time order: ${labels.join(' | ')}`);
    // The Peskov quote is reported in different words by two articles: a quote discrepancy.
    const contradictions = suite.wb.page.locator('.part.sidebar .pane', { has: suite.wb.page.locator('.pane-header[aria-label^="Contradictions"]') });
    await contradictions.locator('.monaco-list-row', { hasText: 'Peskov' }).first().waitFor({ state: 'visible' });
    await suite.wb.screenshot('corpus-views');
  });
});
