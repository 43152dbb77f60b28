/**
 * The file operations core needs, so core runs over Node's `fs` (CLI, tests) and over
 * `vscode.workspace.fs` (extension) alike. Paths are plain strings: file paths or URIs as strings,
 * whatever the implementation understands.
 */
export interface FileStat {
  /** Modification time in milliseconds since the epoch. */
  mtime: number;
  /** Size in bytes. */
  size: number;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole file; implementations should flush it to disk before resolving. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Moves `from` over `to`, replacing `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** `undefined` when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Paths of the files in the folder that holds `path` (for leftovers of interrupted saves); optional. */
  siblings?(path: string): Promise<string[]>;
}
