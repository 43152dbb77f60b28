/**
 * Importing into a folder of articles, over the core `FileSystem` (Node's in the CLI, the workspace's in
 * VS Code): each annotation goes to the article its source names, is anchored there and merged into
 * that article's sidecar. A brat article the folder lacks is copied in first (never over a file).
 */
import type { FileSystem } from '../fs';
import { problemText, type ProblemWords } from '../sidecar/problems';
import { sidecarFileName } from '../sidecar/schema';
import { decodeArticle } from '../text/offsets';
import { anchorImported } from './anchor';
import { writeImported } from './merge';
import { resolveSource } from './sources';
import type { ImportedAnnotation, ImportRead } from './types';

/** The folder imported into: its articles (relative paths) and how to reach a file by relative path. */
export interface ImportFolder {
  articles: string[];
  /** The FileSystem path (or URI string) of a file of the folder. */
  pathOf(file: string): string;
  /** The file name of a relative path (its last segment). */
  nameOf?(file: string): string;
}

export interface ImportSummary {
  /** One line per article written, and one per problem, in English. */
  lines: string[];
  /** The same lines, as codes where Newsmark wrote them (said in the interface's language by `importLines`), else as text. */
  notes: Array<ProblemWords | string>;
  /** True when something was not imported (an unreadable sidecar, a source with no article, a failed write). */
  failed: boolean;
  written: string[];
}

/** Imports `read` into `folder`. Never throws for a bad file: each problem is a line of the summary. */
export async function importIntoFolder(fs: FileSystem, read: ImportRead, folder: ImportFolder): Promise<ImportSummary> {
  const summary: ImportSummary = { lines: [], notes: [], failed: read.warnings.length > 0 && read.annotations.length === 0, written: [] };
  const note = (n: ProblemWords | string) => {
    summary.notes.push(n);
    summary.lines.push(typeof n === 'string' ? n : problemText(n));
  };
  read.warnings.forEach(note);
  const articles = [...folder.articles];
  for (const [source, text] of read.texts ?? []) {
    if (resolveSource(source, articles)) continue;
    const path = folder.pathOf(source);
    if (await fs.stat(path)) continue;
    try {
      await fs.writeFile(path, new TextEncoder().encode(text));
    } catch (e) {
      // A folder of the brat project that the target lacks, a read-only target: said, and its annotations stay unmatched.
      note({ code: 'import.copy-failed', params: [source, (e as Error).message] });
      continue;
    }
    articles.push(source);
    note({ code: 'import.copied', params: [source] });
  }
  const byArticle = new Map<string, ImportedAnnotation[]>();
  const unmatched = new Set<string>();
  for (const a of read.annotations) {
    const file = resolveSource(a.source, articles);
    if (file) byArticle.set(file, [...(byArticle.get(file) ?? []), a]);
    else unmatched.add(a.source);
  }
  for (const s of unmatched) note({ code: 'import.no-article', params: [s] });
  summary.failed ||= unmatched.size > 0;
  for (const [file, items] of byArticle) {
    const path = folder.pathOf(file);
    const text = decodeArticle(await fs.readFile(path));
    const anchored = anchorImported(text, items);
    anchored.warnings.forEach(note);
    const name = folder.nameOf?.(file) ?? file.split('/').pop()!;
    const written = await writeImported(fs, folder.pathOf(sidecarFileName(file)), name, text, anchored.annotations);
    if (!written.ok) {
      note(written.words ?? written.message);
      summary.failed = true;
      continue;
    }
    summary.written.push(file);
    const { exact, moved, fuzzy, orphan } = anchored.counts;
    const c = written.counts;
    note({ code: 'import.counts', params: [sidecarFileName(file), c.added, c.updated, c.unchanged, c.kept, exact + moved, moved, fuzzy, orphan] });
  }
  return summary;
}

/** The summary's lines said by `render` (the interface's language); what readers of other formats wrote stays as written. */
export function importLines(summary: Pick<ImportSummary, 'notes'>, render?: (template: string, ...args: Array<string | number>) => string): string[] {
  return summary.notes.map((n) => (typeof n === 'string' ? n : problemText(n, render)));
}
