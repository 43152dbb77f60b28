import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, scratchWorkspace, startServer, stopServer, type CodeServer, type Workbench } from './workbench';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: { views: Record<string, { id: string; name: string }[]> };
};
const nls = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.nls.json'), 'utf8')) as Record<string, string>;
/** The first view of the Newsmark container, as package.json names it (through package.nls.json, in English). */
const firstView = {
  ...manifest.contributes.views.newsmark[0],
  name: manifest.contributes.views.newsmark[0].name.replace(/^%(.+)%$/, (_, k: string) => nls[k]),
};

describe('the Newsmark workbench in a browser', function () {
  let server: CodeServer | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(600_000); // the first run on a machine installs code-server
    server = await startServer();
    wb = await openWorkbench(server, await scratchWorkspace());
  });

  after(async () => {
    await wb?.close();
    await stopServer(server);
  });

  it('shows the Newsmark icon in the activity bar and opens its view on click', async () => {
    await wb.clickActivityBar('Newsmark');
    assert.equal((await wb.sideBarTitle()).toUpperCase(), 'NEWSMARK');
    await wb.waitFor(`.part.sidebar .pane-header[aria-label^="${firstView.name}"]`);
    await wb.screenshot('newsmark-view');
  });

  it('runs "Newsmark: Show Corpus" from the command palette', async () => {
    await wb.clickActivityBar('Explorer');
    assert.equal((await wb.sideBarTitle()).toUpperCase(), 'EXPLORER');
    await wb.runCommand('Newsmark: Show Corpus');
    await wb.waitFor(`.part.sidebar .pane-header[aria-label^="${firstView.name}"]`);
    assert.equal((await wb.sideBarTitle()).toUpperCase(), 'NEWSMARK');
    await wb.screenshot('show-corpus');
  });

  it('opens a seed article in an editor', async () => {
    await wb.openFile('000_8d102cea5626ae6c.txt');
    const text = await (await wb.waitFor('.editor-instance .monaco-editor .view-lines')).innerText();
    assert.ok(text.trim().length > 0, 'the article editor is empty');
    await wb.screenshot('article');
  });

  it('raises no uncaught error in the page', () => {
    assert.deepEqual(wb.pageErrors, []);
  });
});
