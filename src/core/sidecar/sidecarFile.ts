/**
 * The disk protocol of sidecars and newsmark.yaml, over core's `FileSystem` so that the extension
 * (`workspace.fs`), the CLI (Node) and the tests (in memory) share it: strict decoding (a file that is not
 * UTF-8 is reported, never silently replaced and overwritten), atomic writes that remember what they wrote
 * (so a watcher's echo of our own write is not merged back as someone else's change), and the recovery of
 * leftovers of interrupted saves (merged in, deleted only once what they held is on disk).
 */
import type { FileSystem } from '../fs';
import { absorbLeftovers, discardLeftovers, findLeftovers, type Absorbed, type Leftover } from './leftovers';
import { saveAtomically, type SaveResult } from './save';
import type { Sidecar } from './schema';
import { decodeStrict, notUtf8 } from './decode';
import { problemAt, type YamlProblem } from './problems';
import { MAX_YAML_CHARS } from './yamlStore';

export { decodeStrict, notUtf8, NOT_UTF8 } from './decode';

/** A sidecar or newsmark.yaml as `readYamlFile` found it. */
export type YamlFile =
  | { state: 'missing' }
  /** Larger than the limit: not read. */
  | { state: 'too-large'; size: number }
  /** Not UTF-8, or the read failed. */
  | { state: 'unreadable'; problems: YamlProblem[] }
  | { state: 'read'; text: string };

/**
 * Reads a sidecar or newsmark.yaml whole and decodes it as the editor does (`decodeStrict`: bytes that are not
 * UTF-8 are a problem, never replaced by U+FFFD, which a fix written back would make permanent), for a reader that
 * keeps no memory of what it read (`newsmark check`). A file over `limitBytes` is not read. Never throws.
 */
export async function readYamlFile(fs: FileSystem, path: string, limitBytes = MAX_YAML_CHARS): Promise<YamlFile> {
  try {
    const stat = await fs.stat(path);
    if (!stat) return { state: 'missing' };
    if (stat.size > limitBytes) return { state: 'too-large', size: stat.size };
    return { state: 'read', text: decodeStrict(await fs.readFile(path)) };
  } catch (e) {
    return { state: 'unreadable', problems: notUtf8(e) ?? [problemAt('cannot-read', 1, 1, String((e as Error)?.message ?? e))] };
  }
}

/** A file as `SidecarSync.readChanged` found it. */
export type DiskText =
  | { state: 'missing' }
  /** What we last read or wrote: nothing to merge. */
  | { state: 'own' }
  | { state: 'changed'; text: string }
  | { state: 'unreadable'; problems: YamlProblem[] };

/**
 * Writes and reads sidecars and newsmark.yaml, remembering the text last read or written per path: a
 * watcher's event for our own write, or a file nobody else touched, is then told apart from another
 * writer's change (a second window, git).
 */
export class SidecarSync {
  private readonly lastWritten = new Map<string, string>();

  constructor(private readonly fs: FileSystem) {}

  /** The text at `path` is ours (read, merged or about to be written). */
  remember(path: string, text: string): void {
    this.lastWritten.set(path, text);
  }

  /** Nothing at `path` is ours any more (deleted, or a write failed). */
  forget(path: string): void {
    this.lastWritten.delete(path);
  }

  /** Whether `text` is what we last read or wrote at `path`. */
  isOwn(path: string, text: string): boolean {
    return this.lastWritten.get(path) === text;
  }

  /** Writes `text` atomically (see `saveAtomically`: an invalid file on disk is never overwritten). */
  async write(path: string, text: string): Promise<SaveResult> {
    this.remember(path, text);
    const result = await saveAtomically(this.fs, path, text);
    if (!result.ok) this.forget(path);
    return result;
  }

  /** Reads `path` and says whether it changed since we last read or wrote it. Never throws. */
  async readChanged(path: string, read: (path: string) => PromiseLike<Uint8Array> = (p) => this.fs.readFile(p)): Promise<DiskText> {
    let text: string;
    try {
      text = decodeStrict(await read(path));
    } catch (e) {
      const problems = notUtf8(e);
      if (problems) return { state: 'unreadable', problems };
      // Missing, or gone between the event and the read: either way there is nothing to merge.
      return { state: 'missing' };
    }
    return this.isOwn(path, text) ? { state: 'own' } : { state: 'changed', text };
  }
}

/** What an interrupted save left beside a sidecar, and the sidecar with what could be read of it merged in. */
export interface Recovery {
  /** Leftovers that cannot be read: reported, never deleted. */
  unreadable: Leftover[];
  /** The readable ones merged into the sidecar (undefined when there are none). */
  absorbed?: Absorbed;
}

/**
 * The leftovers of interrupted saves of `sidecarPath` old enough not to be a save in progress, merged into
 * `onDisk` (the sidecar as read, or undefined when there is none: then the oldest leftover restores it).
 */
export async function recoverLeftovers(fs: FileSystem, sidecarPath: string, onDisk: Sidecar | undefined): Promise<Recovery> {
  const leftovers = await findLeftovers(fs, sidecarPath);
  const absorbed = absorbLeftovers(onDisk, leftovers);
  return { unreadable: leftovers.filter((l) => l.problem), ...(absorbed ? { absorbed } : {}) };
}

/**
 * Once the sidecar holding `absorbed` is on disk: deletes the leftovers merged into it, except those holding an
 * annotation in `differing` (the sidecar's version was kept: the leftover stays, for the user to compare).
 * Returns the leftovers kept and the paths that could not be deleted.
 */
export async function settleLeftovers(fs: FileSystem, absorbed: Absorbed, differing: ReadonlySet<string>): Promise<{ kept: Leftover[]; failed: string[] }> {
  const kept = differing.size ? absorbed.absorbed.filter((l) => l.sidecar!.annotations.some((a) => differing.has(a.id))) : [];
  const failed = await discardLeftovers(
    fs,
    absorbed.absorbed.filter((l) => !kept.includes(l)),
  );
  return { kept, failed };
}
