// Drives a real VS Code workbench (code-server) in headless Chromium, with Newsmark loaded from this checkout.
// Every step waits for the state it needs (a selector, a file): no fixed sleeps.
//
//   const server = await startServer();
//   const wb = await openWorkbench(server, scratchWorkspace());
//   await wb.runCommand('Newsmark: Show Corpus');
//   await wb.screenshot('corpus');
//   await wb.close(); await stopServer(server);
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { CodeServer } from '../../scripts/vscode-host.mjs' with { 'resolution-mode': 'import' };

export type { CodeServer };

// The harness is plain ESM that Node runs without a build step; this file is CommonJS under tsx.
const host = () => import('../../scripts/vscode-host.mjs');

export const RESULTS_DIR = join(__dirname, '..', '..', 'test-results', 'e2e');
const README_SHOTS = join(__dirname, '..', '..', 'media', 'screenshots');
const TIMEOUT = 30_000;

/** Starts code-server (installed on first use) in its own process group. */
export async function startServer(options: { locale?: string; extensionsDir?: string; userDataDir?: string } = {}): Promise<CodeServer> {
  const { startCodeServer } = await host();
  return startCodeServer(options);
}

export async function stopServer(server: CodeServer | undefined): Promise<void> {
  await server?.stop();
}

/** A fresh copy of seeds/ in a temporary folder, removed when the process exits. */
export async function scratchWorkspace(): Promise<string> {
  return (await host()).scratchWorkspace('e2e');
}

/** Opens `folder` in a fresh headless Chromium profile and waits until Newsmark's activity-bar entry is there. */
export async function openWorkbench(server: CodeServer, folder: string): Promise<Workbench> {
  const { launchBrowser, workbenchUrl, ROOT } = await host();
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(TIMEOUT);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(workbenchUrl(server.origin, { folder, extensionDevelopmentPath: [ROOT] }));
  const wb = new Workbench(context, page, problems);
  await wb.waitFor('.monaco-workbench');
  // The activity-bar entry appears once the extension's contributions are registered.
  await wb.waitFor(Workbench.activityBarItem('Newsmark'));
  return wb;
}

/** Polls the file system until `probe` holds (the extension host writes files asynchronously). */
export async function untilFile<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A suite's workbench: before its tests, code-server and a browser on a fresh copy of seeds/; after them,
 * both closed. Read `wb` and `folder` inside the tests (they are set by then).
 */
export function workbenchPerSuite(): { readonly wb: Workbench; readonly folder: string } {
  const state = {} as { wb: Workbench; folder: string; server?: CodeServer };
  before(async function () {
    this.timeout(600_000); // the first run on a machine installs code-server
    state.server = await startServer();
    state.folder = await scratchWorkspace();
    state.wb = await openWorkbench(state.server, state.folder);
  });
  after(async () => {
    await state.wb?.close();
    await stopServer(state.server);
  });
  return state;
}

export class Workbench {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    /** Uncaught errors of the page, for assertions and failure messages. */
    readonly pageErrors: string[],
  ) {}

  /**
   * Decorations set through `setDecorations` in the active editor. They render as elements whose class names
   * carry the type's key: `.view-overlays div.cdr` for backgrounds and borders, `.view-lines span` only for
   * text colour or font style. So do not look for them in `.view-lines` alone.
   */
  static readonly decoration = '.editor-instance .monaco-editor [class*="TextEditorDecorationType"]';

  /** The activity-bar entry whose label starts with `title` (labels may carry a keybinding suffix). */
  static activityBarItem(title: string): string {
    return `.part.activitybar .action-item a.action-label[aria-label^="${title}"]`;
  }

  /** Waits until `selector` is visible and returns it. */
  async waitFor(selector: string, options: { timeout?: number; state?: 'visible' | 'attached' | 'hidden' } = {}): Promise<Locator> {
    const locator = this.page.locator(selector).first();
    await locator.waitFor({ state: options.state ?? 'visible', timeout: options.timeout ?? TIMEOUT });
    return locator;
  }

  /** Clicks the activity-bar entry `title` (e.g. "Newsmark", "Explorer"). */
  async clickActivityBar(title: string): Promise<void> {
    await (await this.waitFor(Workbench.activityBarItem(title))).click();
  }

  /** The title of the side bar that is showing, upper-cased as the workbench renders it. */
  async sideBarTitle(): Promise<string> {
    const title = await this.waitFor('.part.sidebar .composite.title h2');
    return (await title.innerText()).trim();
  }

  /**
   * Runs a command by its palette title, e.g. "Newsmark: Show Corpus", and waits for the palette to close;
   * with `asks`, for a quick input of the command whose title holds that text instead.
   */
  async runCommand(title: string, asks?: string): Promise<void> {
    const input = await this.openQuickInput('>');
    await input.fill(`>${title}`);
    // Pick the exact entry, not the first fuzzy match.
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { has: this.page.getByText(title, { exact: true }) });
    await row.first().waitFor({ state: 'visible' });
    await row.first().click();
    if (asks) await this.waitFor(`.quick-input-widget:has(.quick-input-title:has-text(${JSON.stringify(asks)}))`);
    else await this.waitFor('.quick-input-widget', { state: 'hidden' });
  }

  /**
   * Accepts the row holding `rowText` in the quick input titled `title` with a click, and waits until that quick
   * input is gone: a click that lands while the list is still being laid out is not taken as an answer, so
   * while the same quick input stays open the row is clicked again (at most three times).
   */
  async pick(title: string, rowText: string): Promise<void> {
    const widget = `.quick-input-widget:has(.quick-input-title:has-text(${JSON.stringify(title)}))`;
    for (let attempt = 1; ; attempt++) {
      const row = (await this.waitFor(widget)).locator('.monaco-list-row', { hasText: rowText }).first();
      await row.click();
      try {
        await this.waitFor(widget, { state: 'hidden', timeout: 5_000 });
        return;
      } catch (e) {
        if (attempt >= 3) throw new Error(`the quick input "${title}" stayed open after ${attempt} clicks on "${rowText}": ${String(e)}`, { cause: e });
      }
    }
  }

  /** Opens a workspace file by name through Quick Open and waits for its editor to be the active one. */
  async openFile(name: string): Promise<void> {
    // The row whose label is exactly `name` (not a sidecar such as `<name>.annotations.yaml`).
    const row = this.page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exactly(name) }) })
      .first();
    // Quick Open can be closed under us by a page taking the focus back (see openQuickInput): ask again.
    for (let attempt = 1; ; attempt++) {
      try {
        const input = await this.openQuickInput('');
        await input.fill(name, { timeout: 10_000 });
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        await this.page.keyboard.press('Escape');
      }
    }
    await row.click();
    await this.waitFor('.quick-input-widget', { state: 'hidden' });
    // A tab shows the name and its suffix in separate elements; data-resource-name holds the whole name.
    await this.waitFor(`.tabs-container .tab.active[data-resource-name="${name}"]`);
    await this.waitFor('.editor-instance .monaco-editor .view-lines');
  }

  /** Saves a full-page PNG as test-results/e2e/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const path = join(RESULTS_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** The same, also copied to media/screenshots/<name>.png, which the README shows: each run refreshes it. */
  async readmeScreenshot(name: string): Promise<void> {
    const path = await this.screenshot(name);
    mkdirSync(README_SHOTS, { recursive: true });
    copyFileSync(path, join(README_SHOTS, `${name}.png`));
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }

  /** F1 opens the palette with ">"; emptying it switches to Quick Open (files). */
  private async openQuickInput(prefix: string): Promise<Locator> {
    await this.waitFor('.monaco-workbench');
    // A page that finishes its layout just then (the walkthrough's, an editor's) can take the focus back and
    // close the palette right after F1: open it again until it stays open to be typed in.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      const input = await this.waitFor('.quick-input-widget .quick-input-box input');
      try {
        await input.fill(prefix === '>' ? '>' : prefix, { timeout: 10_000 });
        return input;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
