import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { workbenchPerSuite, type Workbench } from './workbench';

const ISTANBUL = '2025-02-27-istanbul-talks';

/**
 * The page inside the active webview panel: the workbench hosts it in an iframe, which loads our page in
 * an inner frame.
 */
function webview(wb: Workbench): FrameLocator {
  return wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

describe('the timeline and the comparison in a browser', function () {
  const suite = workbenchPerSuite();
  let wb: Workbench;
  before(() => {
    wb = suite.wb;
  });

  it('draws the events of the seeds on a time axis, the Istanbul talks among them', async () => {
    await wb.runCommand('Newsmark: Show Timeline');
    const view = webview(wb);
    // The marks appear once the corpus is indexed and the panel's script has drawn them.
    await view.locator(`.mark[data-id="${ISTANBUL}"]`).waitFor({ state: 'visible', timeout: 60_000 });
    assert.ok((await view.locator('.mark').count()) >= 3, 'at least the call, the Riyadh talks and the Istanbul talks');
    assert.ok((await view.locator('.tick-label').count()) >= 3, 'a labelled time axis');
    await wb.readmeScreenshot('timeline');
  });

  it('walks the events with the keyboard, zooms with +, and puts the lanes by place', async () => {
    const view = webview(wb);
    // A click on the axis (no mark there) gives the chart the keyboard, as a user would.
    await view.locator('.chart').click({ position: { x: 5, y: 5 } });
    await view.locator('.chart:focus').waitFor({ state: 'attached' });
    await wb.page.keyboard.press('ArrowRight');
    await view.locator('.mark.selected').waitFor();
    const axis = async () => (await view.locator('.tick-label').allTextContents()).join(' ');
    const before = await axis();
    await wb.page.keyboard.press('+');
    // The keyboard zooms around the selected event, which stays in view.
    await view.locator('.mark.selected').waitFor();
    assert.notEqual(await axis(), before, 'zooming changes the axis');
    await wb.page.keyboard.press('0');
    await view.locator('#lanes').click();
    await view.locator('.lane-label', { hasText: 'Istanbul' }).waitFor();
    await view.locator('#lanes').click();
    await view.locator('.lane-label', { hasText: 'Pourparlers' }).waitFor();
  });

  it('opens the article of an event clicked in the timeline', async () => {
    const view = webview(wb);
    await view.locator(`.mark[data-id="${ISTANBUL}"] .shape`).click();
    await view.locator(`.mark.selected[data-id="${ISTANBUL}"]`).waitFor();
    // The first mention's article opens beside the panel, with the mention selected.
    await wb.waitFor('.tabs-container .tab.active[data-resource-name$=".txt"]');
    await wb.waitFor('.editor-instance .monaco-editor .selected-text', { state: 'attached' });
  });

  it('shows the sources of the Istanbul talks side by side, one column per article', async () => {
    // The table alone in the editor area, as wide as it can be.
    await wb.runCommand('View: Close All Editors');
    // Not wb.runCommand: that waits for the palette to close, and this command opens a quick pick of events.
    await wb.page.keyboard.press('F1');
    const palette = await wb.waitFor('.quick-input-widget .quick-input-box input');
    await palette.fill('>Newsmark: Compare Sources');
    await wb.page
      .locator('.quick-input-widget .monaco-list-row', { has: wb.page.getByText('Newsmark: Compare Sources', { exact: true }) })
      .first()
      .click();
    // The pick lists each event with its id in the detail line: only the pick's row carries it.
    const input = await wb.waitFor('.quick-input-widget .quick-input-box input');
    await input.fill(ISTANBUL);
    const row = wb.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: ISTANBUL }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
    const view = webview(wb);
    await view.locator('table th.article').first().waitFor({ state: 'visible' });
    assert.ok((await view.locator('table th.article').count()) >= 3, 'several articles report the Istanbul talks');
    assert.ok((await view.locator('a.value').count()) >= 4, 'values linked to their spans');
    // Seed 000's "presque six heures et demie" in words of the seeds' language, not as an ISO code.
    const normalised = await view.locator('table .normalised').allInnerTexts();
    assert.ok(
      normalised.some((t) => t.includes('presque 6 heures et 30 minutes')),
      normalised.join(' | '),
    );
    assert.ok(!normalised.some((t) => /PT\d|almost/.test(t)), normalised.join(' | '));
    await wb.readmeScreenshot('compare-istanbul');
  });

  it('raises no uncaught error in the page', () => {
    assert.deepEqual(wb.pageErrors, []);
  });
});
