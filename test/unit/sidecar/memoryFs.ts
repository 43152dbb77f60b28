import type { FileStat, FileSystem } from '../../../src/core/fs';

/** An in-memory FileSystem that records every write, rename and delete, and can be told to fail. */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly log: string[] = [];
  /** Throws this error from the next operation of that name. */
  failNext: Partial<Record<'readFile' | 'writeFile' | 'rename' | 'delete' | 'stat', Error>> = {};

  constructor(initial: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(initial)) this.files.set(p, new TextEncoder().encode(t));
  }

  text(path: string): string | undefined {
    const b = this.files.get(path);
    return b && new TextDecoder().decode(b);
  }

  private fail(op: keyof MemoryFileSystem['failNext']) {
    const e = this.failNext[op];
    if (e) {
      delete this.failNext[op];
      throw e;
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.fail('readFile');
    const b = this.files.get(path);
    if (!b) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return b;
  }
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.fail('writeFile');
    this.log.push(`write ${path}`);
    this.files.set(path, data);
  }
  async rename(from: string, to: string): Promise<void> {
    this.fail('rename');
    const b = this.files.get(from);
    if (!b) throw Object.assign(new Error(`ENOENT: ${from}`), { code: 'ENOENT' });
    this.log.push(`rename ${from} -> ${to}`);
    this.files.set(to, b);
    this.files.delete(from);
  }
  async delete(path: string): Promise<void> {
    this.fail('delete');
    this.log.push(`delete ${path}`);
    this.files.delete(path);
  }
  async stat(path: string): Promise<FileStat | undefined> {
    this.fail('stat');
    const b = this.files.get(path);
    return b ? { mtime: 0, size: b.length } : undefined;
  }
}
