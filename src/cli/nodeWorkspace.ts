/**
 * The CLI's view of a folder of articles on disk: the articles the `newsmark.articles` glob picks, found as
 * the extension finds them (node_modules and hidden folders left out, no symbolic links followed).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globMatcher } from '../core/workspace/glob';
import { isArticlePath, type Workspace } from '../core/workspace/workspace';
import { NodeFileSystem } from './nodeFs';

/** A folder on disk as core's `Workspace`: paths are absolute file paths. No watching: the CLI reads once. */
export class NodeWorkspace extends NodeFileSystem implements Workspace {
  constructor(private readonly root: string) {
    super();
  }

  findArticles(glob: string): Promise<string[]> {
    return listArticles(this.root, glob);
  }

  relativePath(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }
}

/**
 * The articles under `root` whose path relative to it matches `glob`, as absolute paths, each folder's
 * entries in name order. Sidecars and newsmark.yaml are never articles, whatever the glob.
 */
export async function listArticles(root: string, glob: string): Promise<string[]> {
  const matches = globMatcher(glob);
  const out: string[] = [];
  const walk = async (dir: string, rel: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(dir, e.name), path);
      else if (e.isFile() && matches(path) && isArticlePath(path)) out.push(join(dir, e.name));
    }
  };
  await walk(root, '');
  return out;
}
