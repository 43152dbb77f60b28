/** Drives an export format over articles given one at a time, so nothing forces the whole corpus into memory. */
import type { ExportArticle, ExportCorpus, ExportFormat, ExportOptions, ExportSink } from './types';

/**
 * Runs `format` over `articles` (in order) and, for a format that needs it, the corpus that
 * `corpus()` returns once every article was seen (the caller may build it while articles stream).
 */
export async function exportArticles(
  format: ExportFormat,
  articles: Iterable<ExportArticle> | AsyncIterable<ExportArticle>,
  corpus: () => ExportCorpus | undefined | Promise<ExportCorpus | undefined>,
  sink: ExportSink,
  options: ExportOptions = {},
): Promise<void> {
  if (format.multiFile && !sink.file) throw new Error(`the ${format.name} format writes several files: give an output folder`);
  format.begin?.(sink, options);
  for await (const a of articles) await format.article?.(a, sink, options);
  await format.end?.(format.needsCorpus ? await corpus() : undefined, sink, options);
}

/** A sink that collects the single output in memory (tests, docs, the extension's small exports). */
export class StringSink implements ExportSink {
  private readonly parts: string[] = [];
  readonly files = new Map<string, string>();

  /** `warn` receives what a format leaves out, and why. */
  constructor(readonly warn?: (message: string) => void) {}

  write(chunk: string): void {
    this.parts.push(chunk);
  }

  file(path: string, content: string): void {
    this.files.set(path, content);
  }

  toString(): string {
    return this.parts.join('');
  }
}
