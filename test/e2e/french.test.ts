import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, scratchWorkspace, startServer, stopServer, Workbench, type CodeServer } from './workbench';

const ROOT = join(__dirname, '..', '..');
const fr = JSON.parse(readFileSync(join(ROOT, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;

/**
 * An extensions folder holding a French language pack of our own with no translations (fixtures/language-pack-fr):
 * code-server makes a display language available only through a pack, and without one `--locale fr` leaves
 * extensions in English. Packaged with vsce and installed with code-server's own --install-extension.
 */
async function frenchProfile(): Promise<{ extensionsDir: string; userDataDir: string }> {
  const { ensureHost, makeScratch } = await import('../../scripts/vscode-host.mjs');
  const dir = makeScratch('french');
  const extensions = join(dir, 'extensions');
  mkdirSync(extensions, { recursive: true });
  const vsix = join(dir, 'language-pack-fr.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const packed = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '-o', vsix], {
    cwd: join(__dirname, 'fixtures', 'language-pack-fr'),
    encoding: 'utf8',
  });
  assert.equal(packed.status, 0, `vsce package: ${packed.stderr}`);
  const host = ensureHost({ browser: false });
  const userDataDir = join(dir, 'user-data');
  const installed = spawnSync(host.node, [host.codeServer, '--extensions-dir', extensions, '--user-data-dir', userDataDir, '--install-extension', vsix], {
    encoding: 'utf8',
  });
  assert.equal(installed.status, 0, `code-server --install-extension: ${installed.stderr}${installed.stdout}`);
  // The server lists language packs in languagepacks.json when its extension service updates them, which a
  // pack installed from the command line does not trigger: write the entry it would write.
  const id = 'newsmark-test.newsmark-test-language-pack-fr';
  const translations = join(extensions, `${id}-0.0.1`, 'translations', 'main.i18n.json');
  writeFileSync(
    join(userDataDir, 'languagepacks.json'),
    JSON.stringify({
      fr: {
        hash: 'newsmarktest0001',
        extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }],
        translations: { vscode: translations },
        label: 'Français',
      },
    }),
  );
  return { extensionsDir: extensions, userDataDir };
}

describe('the workbench in French (code-server --locale fr)', function () {
  let server: CodeServer | undefined;
  let wb: Workbench;
  let folder: string;

  before(async function () {
    this.timeout(600_000);
    server = await startServer({ locale: 'fr', ...(await frenchProfile()) });
    folder = await scratchWorkspace();
    // code-server lists its language packs (languagepacks.json) once a workbench has connected: the first
    // page is English, the next one French.
    const first = await openWorkbench(server, folder);
    await first.close();
    wb = await openWorkbench(server, folder);
  });

  after(async () => {
    await wb?.close();
    await stopServer(server);
  });

  it('names the Newsmark views and commands in French', async () => {
    await wb.runCommand(`Newsmark: ${fr['command.showCorpus.title']}`);
    for (const key of ['view.events.name', 'view.contradictions.name', 'view.people.name', 'view.annotators.name']) {
      await wb.waitFor(`.part.sidebar .pane-header[aria-label^="${fr[key]}"]`);
    }
    // Rows appear once the background index has read the articles.
    await wb.waitFor('.part.sidebar .monaco-list-row');
    const headers = await wb.page.locator('.part.sidebar .pane-header').allInnerTexts();
    for (const key of ['view.events.name', 'view.people.name']) {
      assert.ok(!headers.some((h) => h.trim().toLowerCase() === en[key].toLowerCase()), `English "${en[key]}" among ${headers.join(' | ')}`);
    }
    await wb.screenshot('french-views');
  });

  it('describes the corroborations in French: "5 articles de 4 médias", a round as "2e"', async () => {
    await wb.runCommand(`Newsmark: ${fr['command.showCorpus.title']}`);
    // The lists are virtual (rows out of sight are not in the page): every other view folded.
    for (const key of ['view.events.name', 'view.people.name', 'view.annotators.name']) {
      const header = wb.page.locator(`.part.sidebar .pane-header[aria-label^="${fr[key]}"]`).first();
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const pane = wb.page.locator('.part.sidebar .pane', { has: wb.page.locator(`.pane-header[aria-label^="${fr['view.contradictions.name']}"]`) });
    await pane.locator('.monaco-list-row', { hasText: bundle['Agreements'] }).first().click();
    // Two of the five seeds are AFP's: the place of the Riyadh talks is given by 5 articles from 4 outlets.
    await pane.locator('.monaco-list-row', { hasText: '5 articles de 4 médias' }).first().waitFor({ state: 'visible' });
    // A row's text is its label and description run together ("Série de pourparlers2e · 3 articles").
    const rows = await pane.locator('.monaco-list-row').allInnerTexts();
    assert.ok(
      rows.some((r) => /\D2e · /.test(r)),
      `no round written "2e": ${rows.join(' | ')}`,
    );
    for (const r of rows) assert.doesNotMatch(r, /\boutlets?\b|\barticles from\b|\d(st|nd|rd|th) · |· (confirmed|dismissed)\b/, r);
    await wb.screenshot('french-agreements');
  });

  it('opens the walkthrough in French', async () => {
    await wb.runCommand(`Newsmark: ${fr['command.openWalkthrough.title']}`);
    await wb.waitFor(`.gettingStartedContainer :text("${fr['walkthrough.gettingStarted.title']}")`);
    await wb.waitFor(`.gettingStartedContainer :text("${fr['walkthrough.gettingStarted.openFolder.title']}")`);
    await wb.screenshot('french-walkthrough');
  });

  it('shows a hover in French, with the date in French words', async () => {
    await wb.openFile('002_b236a2b85e7853d3.txt');
    await wb.waitFor(Workbench.decoration);
    // Hover the text above the first decoration (the decoration's own layer lies under the text's).
    const box = await wb.page.locator(Workbench.decoration).first().boundingBox();
    assert.ok(box, 'a decorated span is on screen');
    await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = await wb.waitFor('.monaco-hover-content');
    const text = await hover.innerText();
    assert.match(text, /Accepter|Modifier la note|Personne|Auteur des propos|Date :/, text);
    // The language of the article, named in the status bar by its French name (the manifest's alias).
    await wb.waitFor('.statusbar-item[id="status.editor.mode"]:has-text("Article de presse")');
    await wb.screenshot('french-hover');
  });

  it("asks which kind to accept by the kinds' French names, and says what it accepted in French", async () => {
    await wb.openFile('002_b236a2b85e7853d3.txt');
    await wb.waitFor(Workbench.decoration);
    // The cursor past the last word, on no suggestion: the command asks which kind.
    await wb.page.keyboard.press('Control+End');
    await wb.runCommand(`Newsmark: ${fr['command.acceptAllOfKind.title']}`, bundle['Accept all suggestions of which kind?']);
    const rows = await wb.page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
    assert.ok(rows.some((r) => r.trim() === 'Personne') && rows.some((r) => r.trim() === 'Durée'), rows.join(' | '));
    assert.ok(!rows.some((r) => /^(person|duration|quote)$/.test(r.trim())), `a kind by its code: ${rows.join(' | ')}`);
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Personne' }).first().click();
    // "Newsmark : 3 suggestions acceptées (personne)" (or its singular), never "person".
    await wb.page
      .locator('.part.statusbar', { hasText: /Newsmark : \d+ suggestions? acceptées? \(personne\)/ })
      .first()
      .waitFor({ state: 'visible' });
    await wb.screenshot('french-accept-all');
  });

  it("lists a broken sidecar's problem in French in the Problems panel", async () => {
    const sidecar = join(folder, '004_993b8776cac74b6d.txt.annotations.yaml');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace(/^version: 1$/m, 'version: 2'));
    await wb.openFile('004_993b8776cac74b6d.txt');
    await wb.page.keyboard.press('Control+Shift+M');
    const said = bundle['unsupported sidecar version {1}: this Newsmark reads version {2}'].replace('{1}', '2').replace('{2}', '1');
    await wb.waitFor(`.markers-panel .monaco-list-row :text("${said}")`);
    await wb.screenshot('french-problems');
  });

  it('shows the timeline panel in French: its tab title and its own buttons', async () => {
    await wb.runCommand(`Newsmark: ${fr['command.showTimeline.title']}`);
    await wb.waitFor(`.tabs-container .tab :text("${bundle['Newsmark Timeline']}")`);
    // The page inside the panel's iframe: its words come from the extension with the events.
    const page = wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await page.locator('#fit', { hasText: bundle['Fit'] }).waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('#compare').innerText(), bundle['Compare sources']);
    assert.equal(await page.locator('.help').innerText(), bundle['Arrows: move · Enter: open · C: compare · + / −: zoom · Shift+arrows: scroll']);
    await wb.screenshot('french-timeline');
  });
});
