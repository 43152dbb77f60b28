import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../core/fs';

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
