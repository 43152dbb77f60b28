/**
 * Atomic saving: the file on disk is always either the old version or the new one, never a
 * truncated mix, and a file Newsmark cannot read is never overwritten (it may hold a user's work
 * that only needs a fix by hand).
 */
import type { FileSystem } from '../fs';
import { parseNewsmarkFile } from './yamlStore';
import type { YamlProblem } from './yamlStore';

export type SaveResult =
  | { ok: true }
  | {
      ok: false;
      /** invalid-on-disk: the current file does not parse, so it was left alone. invalid-new: the text to write does not parse (a bug). io: the file system failed. */
      reason: 'invalid-on-disk' | 'invalid-new' | 'io';
      message: string;
      /** Where the file on disk (or the new text) is broken. */
      problems?: YamlProblem[];
    };

export interface SaveOptions {
  /** Validates a text as the file at `path` (default: sidecar or newsmark.yaml, by name). */
  validate?: (text: string, path: string) => { ok: boolean; errors?: YamlProblem[] };
  /** Suffix generator for the temporary file (tests inject a fixed one). */
  randomSuffix?: () => string;
}

function defaultValidate(text: string, path: string): { ok: boolean; errors?: YamlProblem[] } {
  const r = parseNewsmarkFile(text, path);
  return r.ok ? { ok: true } : { ok: false, errors: r.errors };
}

function defaultSuffix(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string };
  // Node's messages already start with the code ("ENOSPC: no space left on device, write …").
  if (err?.code && !String(err.message ?? '').startsWith(err.code)) return `${err.code}: ${err.message ?? ''}`.trim();
  return String(err?.message ?? e);
}

/**
 * Writes `text` to `path` atomically: to `<path>.<random>.tmp`, then renames it over `path`.
 * Refuses, returning an error and writing nothing, when the current file exists but is not valid
 * (YAML or schema) or when `text` itself is not valid. Never throws.
 */
export async function saveAtomically(fs: FileSystem, path: string, text: string, options: SaveOptions = {}): Promise<SaveResult> {
  const validate = options.validate ?? defaultValidate;
  const fresh = validate(text, path);
  if (!fresh.ok) {
    return { ok: false, reason: 'invalid-new', message: `refusing to write ${path}: the new content is not valid`, problems: fresh.errors };
  }
  try {
    const stat = await fs.stat(path);
    if (stat) {
      const current = new TextDecoder('utf-8').decode(await fs.readFile(path));
      const check = validate(current.startsWith('\uFEFF') ? current.slice(1) : current, path);
      if (!check.ok) {
        const first = check.errors?.[0];
        const where = first ? `:${first.line}:${first.column}: ${first.message}` : '';
        return {
          ok: false,
          reason: 'invalid-on-disk',
          message: `${path}${where}: the file on disk is not valid, so Newsmark will not overwrite it; fix it and your changes will be saved`,
          problems: check.errors,
        };
      }
    }
  } catch (e) {
    return { ok: false, reason: 'io', message: `cannot read ${path} before saving: ${describe(e)}` };
  }
  const tmp = `${path}.${(options.randomSuffix ?? defaultSuffix)()}.tmp`;
  try {
    await fs.writeFile(tmp, new TextEncoder().encode(text));
    await fs.rename(tmp, path);
    return { ok: true };
  } catch (e) {
    try {
      await fs.delete(tmp);
    } catch {
      // The temporary file may not exist; the original is untouched either way.
    }
    return { ok: false, reason: 'io', message: `cannot save ${path}: ${describe(e)}` };
  }
}
