/**
 * `newsmark export <folder> --format <name> [--out <dir>] [--date YYYY-MM-DD] [--detections] [--workers N]`:
 * the folder's annotations, events and contradictions in a standard format, on standard output or,
 * for brat (several files), into `--out`. Articles stream through the format as they are read; the
 * corpus index is built only for the formats that need events, contradictions or detections.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { exportCorpusOf } from '../core/export/corpus';
import { EXPORT_FORMATS, exportFormat } from '../core/export/index';
import type { ExportArticle, ExportOptions, ExportSink } from '../core/export/types';
import { loadCorpusFolder } from './corpusFolder';
import type { ReportIo } from './report';

const USAGE = `usage: newsmark export <folder> --format ${EXPORT_FORMATS.join('|')} [--out <dir>] [--date YYYY-MM-DD] [--detections] [--workers N]\n`;

interface ExportArgs {
  folder: string;
  format: string;
  out?: string;
  options: ExportOptions;
  workers?: number;
}

/** The arguments, or a usage message (and exit code 2). */
function parse(args: string[]): ExportArgs | string {
  const parsed: Partial<ExportArgs> = { options: {} };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--format') parsed.format = value();
    else if (flag === '--out') parsed.out = value();
    else if (flag === '--detections') parsed.options!.detections = true;
    else if (flag === '--date') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d ?? '')) return `--date takes a day, YYYY-MM-DD\n`;
      parsed.options!.date = d;
    } else if (flag === '--workers') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) return `--workers takes a number of threads (0: none)\n`;
      parsed.workers = n;
    } else if (flag.startsWith('-')) return `unknown option '${flag}'\n`;
    else if (!parsed.folder) parsed.folder = flag;
    else return 'one folder only\n';
  }
  if (!parsed.folder) return '';
  if (!parsed.format) return `--format is required\n`;
  return parsed as ExportArgs;
}

/** A sink over stdout, or over files under `out` (created as needed). */
function sinkFor(io: ReportIo, out: string | undefined): ExportSink {
  return {
    write: io.stdout,
    warn: (m) => io.stderr(`newsmark export: ${m}\n`),
    ...(out
      ? {
          file: async (path: string, content: string) => {
            const target = resolve(out, path);
            if (!target.startsWith(resolve(out) + sep)) throw new Error(`${path} would leave ${out}`);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, content, 'utf8');
          },
        }
      : {}),
  };
}

export interface ExportIo extends ReportIo {
  /** Resolves when standard output has taken what was written (a slow pipe must not fill memory). */
  drain?: () => Promise<void> | undefined;
}

/** Runs the export command; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runExport(args: string[], io: ExportIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return void io.stdout(USAGE), 0;
  const parsed = parse(args);
  if (typeof parsed === 'string') return void io.stderr(`${parsed ? `newsmark export: ${parsed}` : ''}${USAGE}`), 2;
  const format = exportFormat(parsed.format);
  if (!format) return void io.stderr(`newsmark export: unknown format '${parsed.format}'\n${USAGE}`), 2;
  if (format.multiFile && !parsed.out) return void io.stderr(`newsmark export: ${format.name} writes a .txt and an .ann per article: give --out <dir>\n`), 2;
  const sink = sinkFor(io, parsed.out);
  const detections = format.needsDetections?.(parsed.options) ?? false;
  try {
    format.begin?.(sink, parsed.options);
    const loaded = await loadCorpusFolder(parsed.folder, 'export', io.stderr, {
      analyse: !!(format.needsCorpus || detections),
      ...(parsed.workers !== undefined ? { workers: parsed.workers } : {}),
      onArticle: async (a, index) => {
        const article: ExportArticle = { file: a.file, text: a.text, annotations: a.sidecar?.annotations ?? [], ...(a.sidecar ? { document: a.sidecar.document } : {}) };
        // The index keeps no raw detections; reading them detects this article again (see CorpusIndex.document).
        if (detections && index) article.detections = index.document(a.file)?.detections;
        await format.article?.(article, sink, parsed.options);
        await io.drain?.();
      },
    });
    if (!loaded) return 1;
    await format.end?.(format.needsCorpus && loaded.index ? exportCorpusOf(loaded.index) : undefined, sink, parsed.options);
  } catch (e) {
    io.stderr(`newsmark export: ${(e as Error).message}\n`);
    return 1;
  }
  if (parsed.out) io.stderr(`newsmark export: wrote ${format.name} into ${join(parsed.out)}\n`);
  return 0;
}
