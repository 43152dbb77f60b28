import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsmark.newsmark';

/** Polls a condition of the running workbench (activation is asynchronous): no fixed sleeps. */
async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Newsmark in a real VS Code', () => {
  it('opens a workspace that holds the five seed articles', async () => {
    const articles = await vscode.workspace.findFiles('**/*.txt');
    assert.equal(articles.length, 5, articles.map((u) => u.path).join(', '));
  });

  it('activates by itself on a workspace that holds .txt articles', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    // workspaceContains:**/*.txt activates it; calling activate() here would hide a broken activation event.
    await until(`${EXTENSION_ID} to activate`, () => extension.isActive);
  });

  it('warms up in the background once idle: loads the services in a workspace of articles, then runs detection once', async () => {
    // The first article opened then need not wait for dist/services.js, nor for detection's first (slow) run.
    // The marks are process-wide (this test runs in Newsmark's extension host); the load's mark says what
    // asked for the services.
    const first = (name: string) =>
      performance.getEntriesByName(`newsmark/${name}`, 'mark')[0] as { startTime: number; detail?: { reason?: string } } | undefined;
    await until('the background warm-up', () => first('services/warm') !== undefined);
    const warm = first('services/warm')!;
    assert.ok(warm.startTime >= first('services/ready')!.startTime, 'detection was warmed before the services were loaded');
    // When no other suite needed the services before the host was idle (an article, the API), nothing but the
    // warm-up asked for them: it loaded them itself.
    const reason = first('services/load')?.detail?.reason;
    const asked = ['article', 'api', 'command', 'view'];
    assert.ok(reason === 'background' || asked.includes(reason ?? ''), `the services were loaded for an unknown reason: ${reason}`);
    if (performance.getEntriesByName('newsmark/open/seen', 'mark').length === 0 && reason !== 'api') assert.equal(reason, 'background');
  });

  it('contributes the Newsmark view container with its views', async () => {
    const views = newsmarkViews();
    assert.ok(views.length > 0, 'package.json contributes no view to the newsmark container');
    const commands = await vscode.commands.getCommands(true);
    // The workbench generates these commands only for a registered view container and registered views.
    assert.ok(commands.includes('workbench.view.extension.newsmark'), 'no Newsmark view container');
    for (const view of views) assert.ok(commands.includes(`${view.id}.focus`), `view ${view.id} is not registered`);
  });

  it('runs Newsmark: Show Corpus, which opens the Newsmark view', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newsmark.showCorpus'), 'newsmark.showCorpus is not registered');
    await vscode.commands.executeCommand('newsmark.showCorpus');
    // Focusing a view succeeds only when its container can be shown with the view in it.
    await vscode.commands.executeCommand(`${newsmarkViews()[0].id}.focus`);
  });
});

/** The views package.json puts in the Newsmark container, read from the loaded extension's manifest. */
function newsmarkViews(): { id: string; name: string }[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as
    { contributes?: { views?: Record<string, { id: string; name: string }[]> } } | undefined;
  return manifest?.contributes?.views?.newsmark ?? [];
}
