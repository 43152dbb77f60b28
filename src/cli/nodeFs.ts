/** The core `FileSystem` over Node's `fs`, for the CLI and tests. */
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileStat, FileSystem } from '../core/fs';

export class NodeFileSystem implements FileSystem {
  async readFile(path: string): Promise<Uint8Array> {
    return fsp.readFile(path);
  }

  /** Writes and fsyncs, so a rename that follows cannot expose a file whose data is not on disk yet. */
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const handle = await fsp.open(path, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async rename(from: string, to: string): Promise<void> {
    await fsp.rename(from, to);
    // Make the rename itself durable; directories cannot be opened on Windows, which is fine.
    try {
      const dir = await fsp.open(dirname(to), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch {
      // best effort
    }
  }

  async delete(path: string): Promise<void> {
    await fsp.rm(path, { force: true });
  }

  async siblings(path: string): Promise<string[]> {
    const dir = dirname(path);
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(dir, e.name));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await fsp.stat(path);
      return { mtime: s.mtimeMs, size: s.size };
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return undefined;
      throw e;
    }
  }
}
