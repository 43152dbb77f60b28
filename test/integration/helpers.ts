import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'newsmark.newsmark';

/** Polls a condition of the running workbench until it holds: waits for state, never for a fixed time. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Newsmark's API once it has activated by itself (workspaceContains): the tests never call
 * activate(), so a broken activation event fails every suite, whatever order they run in.
 */
export async function api(): Promise<NewsmarkApi> {
  const extension = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  await until(`${EXTENSION_ID} to activate by itself`, () => extension.isActive);
  return extension.exports;
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Opens a file in an editor and waits until Newsmark has a session for it. */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const { store } = await api();
  await until(`a Newsmark session for ${uri.path}`, () => store.get(uri));
  return editor;
}

/** Selects the n-th occurrence (0-based) of `needle` in the editor. */
export function select(editor: vscode.TextEditor, needle: string, occurrence = 0): vscode.Selection {
  const text = editor.document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in ${editor.document.uri.path}`);
  }
  const selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + needle.length));
  editor.selection = selection;
  return selection;
}

/**
 * Undo steps a suite registers as it changes the shared workspace: run after the suite, last first, then every
 * editor is closed, so the suites after it find the workspace as it was.
 */
export function suiteCleanups(): Array<() => Thenable<unknown> | unknown> {
  const cleanups: Array<() => Thenable<unknown> | unknown> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  return cleanups;
}
