import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Workbench, openWorkbench, scratchWorkspace, startServer, stopServer, type CodeServer } from './workbench';

const DECORATED = Workbench.decoration;

/** Polls the file system until `probe` holds (the extension host writes files asynchronously). */
async function untilFile<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('annotating in the browser', function () {
  let server: CodeServer | undefined;
  let wb: Workbench;
  let folder: string;

  before(async function () {
    this.timeout(600_000);
    server = await startServer();
    folder = await scratchWorkspace();
    wb = await openWorkbench(server, folder);
  });

  after(async () => {
    await wb?.close();
    await stopServer(server);
  });

  for (const seed of readdirSync(join(__dirname, '..', '..', 'seeds')).filter((f) => f.endsWith('.txt')).sort()) {
    it(`highlights people, dates, durations and quotes in ${seed}`, async () => {
      await wb.openFile(seed);
      await wb.waitFor(DECORATED);
      const count = await wb.page.locator(DECORATED).count();
      assert.ok(count >= 3, `only ${count} decorated spans in the visible part of ${seed}`);
      await wb.screenshot(`seed-${seed.replace(/\.txt$/, '')}`);
    });
  }

  it('tags a span from the command palette and the sidecar appears with the highlight', async () => {
    const seed = '002_b236a2b85e7853d3.txt';
    await wb.openFile(seed);
    // Select a word with the find widget: Escape leaves the match selected.
    await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await wb.page.keyboard.press('Control+F');
    const find = await wb.waitFor('.editor-widget.find-widget textarea, .editor-widget.find-widget input');
    await find.fill('Istanbul');
    await wb.waitFor('.editor-widget.find-widget .matchesCount:not(:empty)');
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('Newsmark: Tag Selection as Place');
    const sidecarPath = join(folder, `${seed}.annotations.yaml`);
    const sidecar = await untilFile('the sidecar with the tag', () => {
      if (!existsSync(sidecarPath)) return undefined;
      const value = parse(readFileSync(sidecarPath, 'utf8')) as { annotations?: Array<{ type: string; quote: string }> };
      return value.annotations?.some((a) => a.type === 'place') ? value : undefined;
    });
    assert.deepEqual(
      sidecar.annotations?.filter((a) => a.type === 'place').map((a) => a.quote),
      ['Istanbul'],
    );
    await wb.screenshot('tagged-place');
  });

  it('shows the events in time order and the contradictions between sources in the Newsmark views', async () => {
    await wb.runCommand('Newsmark: Show Corpus');
    const events = '.part.sidebar .pane-header[aria-label^="Events"]';
    await wb.waitFor(events);
    // Rows appear once the background index has read the five articles.
    const row = (text: string) => `.part.sidebar .monaco-list-row[aria-label*="${text}"]`;
    await wb.waitFor(row('Istanbul'));
    await wb.waitFor(row('Riyad'));
    const labels = await wb.page.locator('.part.sidebar .pane-body').first().locator('.monaco-list-row').allInnerTexts();
    const istanbul = labels.findIndex((l) => l.includes('Istanbul'));
    const riyadh = labels.findIndex((l) => l.includes('Riyad'));
    assert.ok(riyadh >= 0 && istanbul > riyadh, `events out of time order: ${labels.join(' | ')}`);
    // The Peskov quote is reported in different words by two articles: a quote discrepancy.
    const contradictions = wb.page.locator('.part.sidebar .pane', { has: wb.page.locator('.pane-header[aria-label^="Contradictions"]') });
    await contradictions.locator('.monaco-list-row', { hasText: 'Peskov' }).first().waitFor({ state: 'visible' });
    await wb.screenshot('corpus-views');
  });
});
