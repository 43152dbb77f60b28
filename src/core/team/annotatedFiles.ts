/** Reading the sidecars of a corpus for the agreement measure, through core's FileSystem (CLI and extension). */
import type { FileSystem } from '../fs';
import { SIDECAR_SUFFIX } from '../sidecar/schema';
import { parseSidecar } from '../sidecar/yamlStore';
import type { YamlProblem } from '../sidecar/problems';
import { decodeArticle, TextIndex } from '../text/offsets';
import type { AnnotatedFile } from './agreement';

/** 1-based line of a code-point offset in `text`. */
export function lineFinder(text: string): (offset: number) => number {
  const index = new TextIndex(text);
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    const at = index.toUtf16(offset);
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

export interface UnreadableSidecar {
  path: string;
  /** In English: `line:column: problem`, or why the file could not be read. */
  message: string;
  /** The first problem of an invalid sidecar, for a front end to say in its language. */
  problem?: YamlProblem;
}

/**
 * Reads sidecars (paths or URIs as `fs` understands them) into annotated files named by `nameOf`
 * (given the article's path). The article is read for line numbers; a missing one only costs the
 * lines. An invalid sidecar is reported, not guessed at.
 */
export async function readAnnotatedFiles(
  fs: FileSystem,
  sidecars: readonly string[],
  nameOf: (articlePath: string) => string,
): Promise<{ files: AnnotatedFile[]; unreadable: UnreadableSidecar[] }> {
  const files: AnnotatedFile[] = [];
  const unreadable: UnreadableSidecar[] = [];
  for (const path of sidecars) {
    let parsed;
    try {
      parsed = parseSidecar(decodeArticle(await fs.readFile(path)), path);
    } catch (e) {
      unreadable.push({ path, message: String((e as Error).message ?? e) });
      continue;
    }
    if (!parsed.ok) {
      const e = parsed.errors[0];
      unreadable.push({ path, message: `${e.line}:${e.column}: ${e.message}`, problem: e });
      continue;
    }
    const article = path.slice(0, -SIDECAR_SUFFIX.length);
    let lineOf: AnnotatedFile['lineOf'];
    try {
      lineOf = lineFinder(decodeArticle(await fs.readFile(article)));
    } catch {
      lineOf = undefined;
    }
    files.push({ file: nameOf(article), annotations: parsed.value.annotations, ...(lineOf ? { lineOf } : {}) });
  }
  return { files, unreadable };
}
