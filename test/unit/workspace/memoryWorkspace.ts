import { globMatcher } from '../../../src/core/workspace/glob';
import { isArticlePath, type Workspace } from '../../../src/core/workspace/workspace';
import { MemoryFileSystem } from '../sidecar/memoryFs';

/** Core's Workspace in memory: a folder `root` whose files are the MemoryFileSystem's, for unit tests. */
export class MemoryWorkspace extends MemoryFileSystem implements Workspace {
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
}
