// `npm start`, the README's first line (issue #18, items 0 and 8): its last step, `node scripts/vscode-host.mjs
// start`, serves playground/ (the working copy of seeds/) in code-server with Newsmark loaded, prints the URL
// to open, and Ctrl-C stops the server. Its first steps (setup.mjs, which runs npm ci on a fresh clone, and the
// build) are pinned by test/unit/scripts/firstRun.test.ts.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Workbench } from './workbench';

const ROOT = join(__dirname, '..', '..');

/** Resolves with the first stdout match of `pattern`; rejects if the process ends first. */
function untilPrinted(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((res, rej) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m) res(m);
    });
    child.once('exit', (code) => rej(new Error(`npm start's server step exited with ${code} before printing its URL:\n${out}`)));
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

describe('npm start', function () {
  this.timeout(300_000);
  let child: ChildProcess | undefined;

  after(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves playground/ in the workbench with Newsmark loaded, and stops on Ctrl-C', async () => {
    // NEWSMARK_SERVER: code-server even where a desktop `code` is on the PATH (port 8080, or a free one).
    child = spawn(process.execPath, ['scripts/vscode-host.mjs', 'start'], {
      cwd: ROOT,
      env: { ...process.env, NEWSMARK_SERVER: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [url] = await untilPrinted(child, /http:\/\/127\.0\.0\.1:\d+\/\?\S+/);
    const link = new URL(url);
    assert.equal(link.searchParams.get('folder'), resolve(ROOT, 'playground'), 'npm start opens the working copy, never seeds/');

    const { launchBrowser } = await import('../../scripts/vscode-host.mjs');
    const context = await launchBrowser();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(120_000);
      await page.goto(url);
      const wb = new Workbench(context, page, []);
      await wb.waitFor(Workbench.activityBarItem('Newsmark'));
      await wb.waitFor('.explorer-folders-view .monaco-list-row:has-text("000_8d102cea5626ae6c.txt")');
      await wb.openFile('000_8d102cea5626ae6c.txt');
      await wb.waitFor(Workbench.decoration);
      await wb.screenshot('npm-start');
    } finally {
      await context.close();
    }

    // Ctrl-C: the script stops code-server's process group, then exits.
    const exited = new Promise<number | null>((res) => child!.once('exit', (code) => res(code)));
    child.kill('SIGINT');
    assert.equal(await exited, 130);
    assert.equal(await answers(`${link.origin}/healthz`), false, 'code-server still answers after Ctrl-C');
  });
});
