/**
 * Temporary files left by an interrupted save. `saveAtomically` writes `<sidecar>.<8 chars>.tmp` and
 * renames it over the sidecar; a writer killed between the two leaves the temporary file behind, and
 * that file may hold annotations that never reached the sidecar. Nothing here deletes a leftover
 * whose annotations are not safely in the sidecar: a readable leftover is merged in (additions from
 * both sides kept; the same annotation changed differently is a conflict for the user, the sidecar's
 * version kept), an unreadable one is reported and left where it is.
 */
import type { FileSystem } from '../fs';
import { decodeStrict, notUtf8 } from './decode';
import { mergeSidecars, type MergeConflict } from './merge';
import type { Sidecar } from './schema';
import { problemAt, type YamlProblem } from './problems';
import { MAX_YAML_CHARS, parseSidecar } from './yamlStore';

/** A leftover younger than this may belong to a save in progress (another window): left alone. */
export const LEFTOVER_MIN_AGE_MS = 60_000;

/** The suffix `saveAtomically` gives its temporary files. */
const TMP_SUFFIX = /^\.[a-z0-9]{8}\.tmp$/;

export interface Leftover {
  /** Path (or URI string) of the temporary file. */
  path: string;
  mtime: number;
  /** The sidecar it holds, when it parses and validates. */
  sidecar?: Sidecar;
  /** Why it cannot be used (truncated by the interruption, too big, unreadable), with its position in the leftover. */
  problem?: YamlProblem;
}

/** Whether `candidate` is a temporary file of a save of `sidecarPath`. */
export function isLeftoverOf(sidecarPath: string, candidate: string): boolean {
  return candidate.startsWith(`${sidecarPath}.`) && TMP_SUFFIX.test(candidate.slice(sidecarPath.length));
}

/**
 * The leftovers of `sidecarPath` at least `minAgeMs` old, oldest first, each parsed. Empty when the
 * file system cannot list folders. Never throws.
 */
export async function findLeftovers(fs: FileSystem, sidecarPath: string, options: { now?: number; minAgeMs?: number } = {}): Promise<Leftover[]> {
  if (!fs.siblings) return [];
  const now = options.now ?? Date.now();
  const minAge = options.minAgeMs ?? LEFTOVER_MIN_AGE_MS;
  const out: Leftover[] = [];
  let names: string[];
  try {
    names = (await fs.siblings(sidecarPath)).filter((p) => isLeftoverOf(sidecarPath, p));
  } catch {
    return [];
  }
  for (const path of names) {
    try {
      const st = await fs.stat(path);
      if (!st || now - st.mtime < minAge) continue;
      if (st.size > MAX_YAML_CHARS) {
        out.push({ path, mtime: st.mtime, problem: problemAt('too-large-bytes', 1, 1, st.size) });
        continue;
      }
      let text: string;
      try {
        text = decodeStrict(await fs.readFile(path));
      } catch (e) {
        // Not UTF-8: what it holds cannot be merged without losing bytes, so it is reported and kept.
        const problems = notUtf8(e);
        if (!problems) throw e;
        out.push({ path, mtime: st.mtime, problem: problems[0] });
        continue;
      }
      const parsed = parseSidecar(text, sidecarPath);
      if (parsed.ok) out.push({ path, mtime: st.mtime, sidecar: parsed.value });
      else out.push({ path, mtime: st.mtime, problem: parsed.errors[0] });
    } catch (e) {
      out.push({ path, mtime: 0, problem: problemAt('cannot-read', 1, 1, String((e as Error)?.message ?? e)) });
    }
  }
  return out.sort((a, b) => a.mtime - b.mtime || (a.path < b.path ? -1 : 1));
}

export interface Absorbed {
  /** The sidecar with every readable leftover merged in. */
  sidecar: Sidecar;
  /** Annotations that were only in leftovers (rejections are merged too, not counted). */
  added: number;
  /** Same annotation, different content: the sidecar's version is kept, the leftover's reported. */
  conflicts: MergeConflict[];
  /** The leftovers merged, safe to delete once `sidecar` is saved. */
  absorbed: Leftover[];
}

/**
 * Merges the readable leftovers into `current` (the sidecar on disk, or undefined when there is none:
 * then the oldest leftover is the starting point). A merge with an empty base: nothing is deleted.
 */
export function absorbLeftovers(current: Sidecar | undefined, leftovers: readonly Leftover[]): Absorbed | undefined {
  const readable = leftovers.filter((l): l is Leftover & { sidecar: Sidecar } => l.sidecar !== undefined);
  if (readable.length === 0) return undefined;
  let sidecar = current ?? readable[0].sidecar;
  const before = count(sidecar);
  const conflicts: MergeConflict[] = [];
  for (const l of current ? readable : readable.slice(1)) {
    // Base = the leftover without its lists: its document and top-level fields give way to the
    // sidecar's, its annotations are all additions (so no deletion is ever inferred).
    const base: Sidecar = { ...l.sidecar, annotations: [], rejected: [] };
    const r = mergeSidecars(base, sidecar, l.sidecar);
    sidecar = r.merged;
    conflicts.push(...r.conflicts);
  }
  return { sidecar, added: count(sidecar) - (current ? before : 0), conflicts, absorbed: readable };
}

function count(s: Sidecar): number {
  return s.annotations?.length ?? 0;
}

/** Deletes absorbed leftovers; returns the paths it could not delete. */
export async function discardLeftovers(fs: FileSystem, leftovers: readonly Leftover[]): Promise<string[]> {
  const failed: string[] = [];
  for (const l of leftovers) {
    try {
      await fs.delete(l.path);
    } catch {
      failed.push(l.path);
    }
  }
  return failed;
}
