/**
 * `newsmark export <folder> --format <name>`: the folder's annotations, events and contradictions in a
 * standard format, on standard output or, for brat (several files), into `--out`. Articles stream
 * through the format as they are read; the corpus index is built only for the formats that need
 * events, contradictions or detections.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { exportCorpusOf } from '../core/export/corpus';
import { EXPORT_FORMATS, exportFormat } from '../core/export/index';
import type { ExportArticle, ExportFormat, ExportOptions, ExportSink } from '../core/export/types';
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';
import { runCommand, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { cliLanguage, cliSay, LANG_OPTION, type Say } from './language';
import { loadCorpusFolder } from './corpusFolder';

export const exportCommand: Command<{ workerPath?: string }> = {
  name: 'export',
  summary: 'Annotations, events and contradictions in a standard format (W3C, brat, CSV, TimelineJS, …).',
  args: '<folder>',
  description:
    'The annotations, events and contradictions of a folder in a standard format, on standard output\n' +
    '(brat: a .txt and an .ann per article into --out). Formats: w3c (Web Annotation JSON-LD), brat (standoff),\n' +
    'csv, timelinejs (events), claimreview (schema.org, confirmed or dismissed contradictions), conll (BIO\n' +
    'tokens), ndjson (every article with its detections, then events and contradictions, streamed).',
  options: {
    format: { type: 'string', value: EXPORT_FORMATS.join('|'), description: 'the format (required)' },
    out: { type: 'string', value: 'dir', description: 'the output folder, for brat' },
    date: { type: 'string', value: 'YYYY-MM-DD', description: "the ClaimReviews' datePublished (default: today)" },
    detections: { type: 'boolean', description: "conll: tag the detectors' findings instead of the sidecars' annotations" },
    workers: { type: 'string', value: 'N', description: 'worker threads for the analysis (0: none; default: one per core for large folders)' },
    articles: { type: 'string', value: 'glob', description: 'which files are articles (default: {0})', descriptionArgs: [DEFAULT_ARTICLES_GLOB] },
    lang: LANG_OPTION,
  },
  run: (args, io, extra) => exportFolder(args, io, extra),
};

/** Runs the export command; returns the exit code (0 ok, 1 failure, 2 usage). */
export function runExport(args: string[], io: CliIo): Promise<number> {
  return runCommand(exportCommand, args, io);
}

interface Checked {
  folder: string;
  format: ExportFormat;
  out?: string;
  options: ExportOptions;
  workers?: number;
  glob: string;
}

function checkArgs({ values, positionals }: ParsedArgs, t: Say): Checked | string {
  if (positionals.length !== 1) return positionals.length ? t('one folder only') : t('which folder?');
  if (typeof values.format !== 'string') return t('--format is required');
  const format = exportFormat(values.format);
  if (!format) return t("unknown format '{0}'", values.format);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (format.multiFile && !out) return t('{0} writes a .txt and an .ann per article: give --out <dir>', format.name);
  const date = values.date;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(date))) return t('--date takes a day, YYYY-MM-DD');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) return t('--workers takes a number of threads (0: none)');
  return {
    folder: positionals[0],
    format,
    ...(out ? { out } : {}),
    options: { ...(typeof date === 'string' ? { date } : {}), ...(values.detections ? { detections: true } : {}) },
    ...(workers !== undefined ? { workers } : {}),
    glob: typeof values.articles === 'string' ? values.articles : DEFAULT_ARTICLES_GLOB,
  };
}

/** A sink over stdout, or over files under `out` (created as needed, never outside it). */
function sinkFor(io: CliIo, out: string | undefined): ExportSink {
  const root = out && resolve(out);
  return {
    write: io.stdout,
    warn: (m) => io.stderr(`newsmark export: ${m}\n`),
    ...(root
      ? {
          file: async (path: string, content: string) => {
            const target = resolve(root, path);
            if (!target.startsWith(root + sep)) throw new Error(`${path} would leave ${out}`);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, content, 'utf8');
          },
        }
      : {}),
  };
}

async function exportFolder(args: ParsedArgs, io: CliIo, extra: { workerPath?: string } = {}): Promise<number> {
  const t = cliSay(cliLanguage(args.values.lang));
  const checked = checkArgs(args, t);
  if (typeof checked === 'string') {
    io.stderr(`newsmark export: ${checked}\n${usageOf(exportCommand, t)}`);
    return 2;
  }
  const { format, options } = checked;
  const sink = sinkFor(io, checked.out);
  const detections = format.needsDetections?.(options) ?? false;
  try {
    format.begin?.(sink, options);
    const loaded = await loadCorpusFolder(checked.folder, 'export', io.stderr, {
      analyse: !!(format.needsCorpus || detections),
      detections,
      glob: checked.glob,
      t,
      ...(checked.workers !== undefined ? { workers: checked.workers } : {}),
      ...(extra.workerPath ? { workerPath: extra.workerPath } : {}),
      onArticle: async (a, index) => {
        const article: ExportArticle = {
          file: a.file,
          text: a.text,
          annotations: a.sidecar?.annotations ?? [],
          ...(a.sidecar ? { document: a.sidecar.document } : {}),
        };
        // Detected with the analysis (here or in a worker) and handed over once: the index does not keep them.
        if (detections && index) article.detections = index.takeDetections(a.file);
        await format.article?.(article, sink, options);
        await io.drain?.();
      },
    });
    if (!loaded) return 1;
    await format.end?.(format.needsCorpus && loaded.index ? exportCorpusOf(loaded.index) : undefined, sink, options);
  } catch (e) {
    io.stderr(`newsmark export: ${(e as Error).message}\n`);
    return 1;
  }
  if (checked.out) io.stderr(`newsmark export: ${t('wrote {0} into {1}', format.name, checked.out)}\n`);
  return 0;
}
