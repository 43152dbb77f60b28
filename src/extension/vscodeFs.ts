import { readFile as readFromDisk } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../core/fs';
import { isArticlePath, type FileChange, type Workspace } from '../core/workspace/workspace';

/**
 * Reads a file on the way to a first paint. A `file:` URI is read from disk by Node, where the extension
 * host runs: through `workspace.fs` the read would go to the workbench and back, and wait there behind
 * whatever the workbench is doing (opening the very editor whose sidecar this is). Other schemes (virtual
 * workspaces, remote file systems) go through `workspace.fs`. A missing file fails with
 * `FileSystemError.FileNotFound` either way. Not for reads a file watcher triggers: Node may see a file
 * another writer has truncated and not yet written (an empty sidecar), where `workspace.fs` sees the write
 * whole; the watcher's next event would fix it, but a reported problem would flash in between.
 */
export async function readWorkspaceFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  try {
    return await readFromDisk(uri.fsPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw vscode.FileSystemError.FileNotFound(uri);
    if (code === 'EISDIR') throw vscode.FileSystemError.FileIsADirectory(uri);
    if (code === 'EACCES' || code === 'EPERM') throw vscode.FileSystemError.NoPermissions(uri);
    throw e;
  }
}

/** Core's FileSystem over `vscode.workspace.fs`; paths are URI strings. */
export class WorkspaceFileSystem implements FileSystem {
  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(path));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(path), data);
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(vscode.Uri.parse(from), vscode.Uri.parse(to), { overwrite: true });
  }

  async delete(path: string): Promise<void> {
    await vscode.workspace.fs.delete(vscode.Uri.parse(path), { useTrash: false });
  }

  /** The files beside `path` (URI strings built the way `path` was, so prefixes compare). */
  async siblings(path: string): Promise<string[]> {
    const uri = vscode.Uri.parse(path);
    const parent = vscode.Uri.joinPath(uri, '..');
    const entries = await vscode.workspace.fs.readDirectory(parent);
    return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => vscode.Uri.joinPath(parent, name).toString());
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
      return { mtime: s.mtime, size: s.size };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }
}

/**
 * Core's `Workspace` over the first workspace folder: `workspace.fs` for the files (URI strings), the search
 * service for the articles, file-system watchers for their changes.
 */
export class VsCodeWorkspace extends WorkspaceFileSystem implements Workspace {
  async findArticles(glob: string): Promise<string[]> {
    const found = await vscode.workspace.findFiles(glob, '**/node_modules/**');
    return found.filter((u) => isArticlePath(u.path)).map((u) => u.toString());
  }

  relativePath(path: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(path), false);
  }

  watch(glob: string, listener: (path: string, change: FileChange) => void): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    const on = (change: FileChange) => (uri: vscode.Uri) => listener(uri.toString(), change);
    const subscriptions = [watcher, watcher.onDidCreate(on('created')), watcher.onDidChange(on('changed')), watcher.onDidDelete(on('deleted'))];
    return { dispose: () => subscriptions.forEach((d) => d.dispose()) };
  }
}
