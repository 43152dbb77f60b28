/**
 * Atomic saving: the file on disk is always either the old version or the new one, never a
 * truncated mix, and a file Newsmark cannot read is never overwritten (it may hold a user's work
 * that only needs a fix by hand).
 */
import type { FileSystem } from '../fs';
import { parseNewsmarkFile } from './yamlStore';
import type { YamlProblem } from './yamlStore';
import { problemText, type ProblemWords } from './problems';

export type SaveResult =
  | { ok: true }
  | {
      ok: false;
      /** invalid-on-disk: the current file does not parse, so it was left alone. invalid-new: the text to write does not parse (a bug). io: the file system failed. */
      reason: 'invalid-on-disk' | 'invalid-new' | 'io';
      /** In English; `words` says it in another language (problemText). */
      message: string;
      words: ProblemWords;
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
  if (!fresh.ok) return { ...failure('invalid-new', { code: 'save.invalid-new', params: [path] }), problems: fresh.errors };
  try {
    const stat = await fs.stat(path);
    if (stat) {
      const current = new TextDecoder('utf-8').decode(await fs.readFile(path));
      const check = validate(current.startsWith('\uFEFF') ? current.slice(1) : current, path);
      if (!check.ok) {
        const first = check.errors?.[0] ?? { code: 'yaml.syntax', params: ['?'], line: 1, column: 1 };
        return {
          ...failure('invalid-on-disk', { code: 'save.invalid-on-disk', params: [path, first.line, first.column], cause: first }),
          problems: check.errors,
        };
      }
    }
  } catch (e) {
    return failure('io', { code: 'save.cannot-read', params: [path, describe(e)] });
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
    return failure('io', { code: 'save.cannot-write', params: [path, describe(e)] });
  }
}

function failure(reason: 'invalid-on-disk' | 'invalid-new' | 'io', words: ProblemWords): SaveResult & { ok: false } {
  return { ok: false, reason, message: problemText(words), words };
}
