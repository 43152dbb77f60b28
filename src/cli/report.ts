/**
 * `newsmark report <folder>`: indexes every article under the folder (with its sidecar and the folder's
 * newsmark.yaml) and prints the corpus report. A large folder is analysed
 * in worker threads (dist/detectWorker.js, beside the CLI); the report is the same either way.
 */
import { buildReport, renderMarkdown, type ReportLanguage } from '../core/corpus/report';
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';
import { runCommand, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { loadCorpusFolder } from './corpusFolder';

export interface ReportOptions {
  /** The pool's worker entry (default: detectWorker.js beside this file, as bundled in dist/). */
  workerPath?: string;
}

export const reportCommand: Command<ReportOptions> = {
  name: 'report',
  summary: 'Events, contradictions, agreements and people across the articles of a folder.',
  args: '<folder>',
  description:
    'Events, contradictions, agreements and people across the articles of a folder (with their sidecars and\n' +
    "the folder's newsmark.yaml). A large folder is analysed in worker threads; the report is the same either way.",
  options: {
    json: { type: 'boolean', description: 'the report as JSON (same as --format json)' },
    format: { type: 'string', value: 'md|json', description: 'Markdown (default) or JSON' },
    lang: { type: 'string', value: 'fr|en', description: 'the language of the Markdown (default: that of most articles)' },
    workers: { type: 'string', value: 'N', description: 'worker threads for the analysis (0: none; default: one per core for large folders)' },
    articles: { type: 'string', value: 'glob', description: `which files are articles, relative to the folder (default: ${DEFAULT_ARTICLES_GLOB}, as the setting newsmark.articles)` },
  },
  run: (args, io, extra) => report(args, io, extra),
};

/** Runs the report command; returns the exit code (0 ok, 1 failure, 2 usage). */
export function runReport(args: string[], io: CliIo, options: ReportOptions = {}): Promise<number> {
  return runCommand(reportCommand, args, io, options);
}

/** The report command's options, checked; a string is what is wrong with them. */
function reportOptions({ values, positionals }: ParsedArgs): { folder: string; format: 'json' | 'md'; lang?: ReportLanguage; workers?: number; glob: string } | string {
  if (positionals.length !== 1) return positionals.length ? 'one folder only' : 'which folder?';
  const format = values.json ? 'json' : (values.format ?? 'md');
  if (format !== 'md' && format !== 'json') return `unknown format '${String(format)}' (md or json)`;
  const lang = values.lang;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') return '--lang takes fr or en (by default, the language of most articles)';
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) return '--workers takes a number of threads (0: none)';
  const glob = typeof values.articles === 'string' ? values.articles : DEFAULT_ARTICLES_GLOB;
  return { folder: positionals[0], format, ...(lang ? { lang } : {}), ...(workers !== undefined ? { workers } : {}), glob };
}

async function report(args: ParsedArgs, io: CliIo, options: ReportOptions = {}): Promise<number> {
  const checked = reportOptions(args);
  if (typeof checked === 'string') {
    io.stderr(`newsmark report: ${checked}\n${usageOf(reportCommand)}`);
    return 2;
  }
  const { folder, format, lang, workers, glob } = checked;
  const loaded = await loadCorpusFolder(folder, 'report', io.stderr, { ...options, glob, ...(workers !== undefined ? { workers } : {}) });
  if (!loaded?.index) return 1;
  const index = loaded.index;

  const report = buildReport(index);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report, lang));
  return 0;
}
