import { globMatcher } from '../../../src/core/workspace/glob';
import { isArticlePath, type FileChange, type Workspace } from '../../../src/core/workspace/workspace';
import { MemoryFileSystem } from '../sidecar/memoryFs';

type Listener = (path: string, change: FileChange) => void;

/**
 * Core's Workspace in memory: a folder `root` whose files are the MemoryFileSystem's, for unit tests. Its
 * watchers hear every write, rename and delete under the folder at once (VS Code's arrive later; a test that
 * writes then reads what a listener did needs no wait).
 */
export class MemoryWorkspace extends MemoryFileSystem implements Workspace {
  private readonly watchers = new Set<{ matches: (relativePath: string) => boolean; listener: Listener }>();

  constructor(
    private readonly root: string,
    files: Record<string, string> = {},
  ) {
    super(Object.fromEntries(Object.entries(files).map(([rel, text]) => [`${root}/${rel}`, text])));
  }

  async findArticles(glob: string): Promise<string[]> {
    const matches = globMatcher(glob);
    return [...this.files.keys()]
      .filter((p) => p.startsWith(`${this.root}/`))
      .filter((p) => {
        const rel = this.relativePath(p);
        return matches(rel) && isArticlePath(rel) && !rel.split('/').some((part) => part === 'node_modules' || part.startsWith('.'));
      })
      .sort();
  }

  relativePath(path: string): string {
    return path.slice(this.root.length + 1);
  }

  watch(glob: string, listener: Listener): { dispose(): void } {
    const watcher = { matches: globMatcher(glob), listener };
    this.watchers.add(watcher);
    return { dispose: () => this.watchers.delete(watcher) };
  }

  override async writeFile(path: string, data: Uint8Array): Promise<void> {
    const existed = this.files.has(path);
    await super.writeFile(path, data);
    this.changed(path, existed ? 'changed' : 'created');
  }

  override async rename(from: string, to: string): Promise<void> {
    const existed = this.files.has(to);
    await super.rename(from, to);
    this.changed(from, 'deleted');
    this.changed(to, existed ? 'changed' : 'created');
  }

  override async delete(path: string): Promise<void> {
    const existed = this.files.has(path);
    await super.delete(path);
    if (existed) this.changed(path, 'deleted');
  }

  private changed(path: string, change: FileChange): void {
    if (!path.startsWith(`${this.root}/`)) return;
    const rel = this.relativePath(path);
    for (const w of [...this.watchers]) if (w.matches(rel)) w.listener(path, change);
  }
}
