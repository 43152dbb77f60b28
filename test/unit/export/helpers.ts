/** Seeds and generated articles as export input, and a runner that returns what a format writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportArticles, StringSink } from '../../../src/core/export/run';
import type { ExportArticle, ExportCorpus, ExportFormat, ExportOptions } from '../../../src/core/export/types';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';
import { decodeArticle } from '../../../src/core/text/offsets';

export const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

/** The five seed articles with their sidecars. */
export function seedArticles(): ExportArticle[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = decodeArticle(readFileSync(join(SEEDS, file)));
      const parsed = parseSidecar(readFileSync(join(SEEDS, `${file}.annotations.yaml`), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0].message}`);
      return { file, text, document: parsed.value.document, annotations: parsed.value.annotations };
    });
}

/** Runs a format and returns its single output and its files. */
export async function exportWith(
  format: ExportFormat,
  articles: ExportArticle[],
  corpus?: ExportCorpus,
  options: ExportOptions = {},
): Promise<StringSink & { warnings: string[] }> {
  const warnings: string[] = [];
  const sink = Object.assign(new StringSink((m) => void warnings.push(m)), { warnings });
  await exportArticles(format, articles, () => corpus, sink, options);
  return sink;
}
