import { readFile as readFromDisk } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../core/fs';

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
