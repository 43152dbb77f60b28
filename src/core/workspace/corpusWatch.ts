/**
 * What a live corpus index hears of its folder, through `Workspace.watch`: the articles the glob picks being
 * created, changed or deleted, and their sidecars being written or removed. The extension's CorpusService
 * listens through it over `workspace.fs` watchers; a unit test drives it through the in-memory workspace.
 */
import { SIDECAR_SUFFIX } from '../sidecar/schema';
import { isArticlePath, type FileChange, type Workspace } from './workspace';

/** The glob of every sidecar in the folder. */
export const SIDECARS_GLOB = `**/*${SIDECAR_SUFFIX}`;

export interface CorpusChanges {
  /** An article the glob picks was created, changed or deleted (never a sidecar, newsmark.yaml or under node_modules). */
  article(path: string, change: FileChange): void;
  /** The sidecar of the article at `articlePath` was created, changed or deleted (whether that article is indexed is the listener's to say). */
  sidecar(articlePath: string): void;
}

/**
 * Watches the articles `glob` picks and every sidecar of `workspace`, calling `on` with workspace paths (a
 * sidecar's event as its article's path). Undefined when the workspace cannot watch (the CLI reads once).
 * Articles under node_modules are left out, as `findArticles` leaves them out.
 */
export function watchCorpus(workspace: Workspace, glob: string, on: CorpusChanges): { dispose(): void } | undefined {
  if (!workspace.watch) return undefined;
  const articles = workspace.watch(glob, (path, change) => {
    const rel = workspace.relativePath(path);
    if (isArticlePath(rel) && !rel.split('/').includes('node_modules')) on.article(path, change);
  });
  const sidecars = workspace.watch(SIDECARS_GLOB, (path) => on.sidecar(path.slice(0, -SIDECAR_SUFFIX.length)));
  return {
    dispose: () => {
      articles.dispose();
      sidecars.dispose();
    },
  };
}
