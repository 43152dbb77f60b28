/**
 * A folder of articles as core sees it: core's `FileSystem` (read, write, stat, …) plus finding the articles
 * a glob picks and, where the host can, watching them. Implementations: `NodeWorkspace` (src/cli, for the
 * CLI), `VsCodeWorkspace` (src/extension/vscodeFs.ts, over `workspace.fs` and the search service) and
 * `MemoryWorkspace` (test/unit, for unit tests).
 */
import type { FileSystem } from '../fs';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX } from '../sidecar/schema';

/** What happened to a watched file. */
export type FileChange = 'created' | 'changed' | 'deleted';

export interface Workspace extends FileSystem {
  /**
   * The articles whose path relative to the folder matches `glob` (see glob.ts), as paths the other
   * methods take, in a stable order; never node_modules, sidecars or newsmark.yaml.
   */
  findArticles(glob: string): Promise<string[]>;
  /** The path of a file relative to the folder, with "/" separators (the name the corpus index knows it by). */
  relativePath(path: string): string;
  /** Calls `listener` when a file matching `glob` is created, changed or deleted; optional (the CLI reads once). */
  watch?(glob: string, listener: (path: string, change: FileChange) => void): { dispose(): void };
}

/** Sidecars and newsmark.yaml are never articles, whatever the glob says. */
export function isArticlePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !name.endsWith(SIDECAR_SUFFIX) && name !== CORPUS_FILE_NAME;
}
