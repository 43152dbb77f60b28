/**
 * `newsmark report <folder>`: indexes every article under the folder (with its sidecar and the folder's
 * newsmark.yaml) and prints the corpus report. A large folder is analysed
 * in worker threads (dist/detectWorker.js, beside the CLI); the report is the same either way.
 */
import { markdownLines, reportSections, type ReportLanguage } from '../core/corpus/report';
import { comparisonFor } from '../core/compare/gather';
import { corpusLanguage } from '../core/compare/labels';
import { renderComparisonMarkdown } from '../core/compare/markdown';
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';
import type { CorpusIndex } from '../core/corpus/index';
import { runCommand, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { loadCorpusFolder } from './corpusFolder';
import { cliLanguage, cliSay, type Say } from './language';
import { writeJsonSections, writeLines } from './jsonStream';

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
    event: { type: 'string', value: 'id', description: "one event's sources side by side: a column per article, a row per attribute (ids in --json)" },
    articles: {
      type: 'string',
      value: 'glob',
      description: 'which files are articles, relative to the folder (default: {0}, as the setting newsmark.articles)',
      descriptionArgs: [DEFAULT_ARTICLES_GLOB],
    },
  },
  run: (args, io, extra) => report(args, io, extra),
};

/** Runs the report command; returns the exit code (0 ok, 1 failure, 2 usage). */
export function runReport(args: string[], io: CliIo, options: ReportOptions = {}): Promise<number> {
  return runCommand(reportCommand, args, io, options);
}

/** The report command's options, checked; a string is what is wrong with them. */
function reportOptions(
  { values, positionals }: ParsedArgs,
  t: Say,
): { folder: string; format: 'json' | 'md'; lang?: ReportLanguage; workers?: number; glob: string; event?: string } | string {
  if (positionals.length !== 1) return positionals.length ? t('one folder only') : t('which folder?');
  const format = values.json ? 'json' : (values.format ?? 'md');
  if (format !== 'md' && format !== 'json') return t("unknown format '{0}' (md or json)", String(format));
  const lang = values.lang;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') return t('--lang takes fr or en (by default, the language of most articles)');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) return t('--workers takes a number of threads (0: none)');
  const glob = typeof values.articles === 'string' ? values.articles : DEFAULT_ARTICLES_GLOB;
  if (values.event !== undefined && (typeof values.event !== 'string' || !values.event)) return t('--event takes an event id (see the ids in --json)');
  const event = typeof values.event === 'string' ? values.event : undefined;
  return { folder: positionals[0], format, ...(lang ? { lang } : {}), ...(workers !== undefined ? { workers } : {}), glob, ...(event ? { event } : {}) };
}

async function report(args: ParsedArgs, io: CliIo, options: ReportOptions = {}): Promise<number> {
  // Its messages in the language of --lang, else of the environment (the Markdown's default is the articles').
  const t = cliSay(cliLanguage(args.values.lang));
  const checked = reportOptions(args, t);
  if (typeof checked === 'string') {
    io.stderr(`newsmark report: ${checked}\n${usageOf(reportCommand, t)}`);
    return 2;
  }
  const { folder, format, lang, workers, glob, event } = checked;
  const loaded = await loadCorpusFolder(folder, 'report', io.stderr, { ...options, glob, t, ...(workers !== undefined ? { workers } : {}) });
  if (!loaded?.index) return 1;
  const index = loaded.index;

  if (event !== undefined) return reportEvent(index, event, format, lang, io, t);
  // Written an item (a line) at a time: a large folder's report is never held whole, as an object or as text.
  const sink = { write: io.stdout, ...(io.drain ? { drain: io.drain } : {}) };
  if (format === 'json') await writeJsonSections(reportSections(index), sink);
  else await writeLines(markdownLines(reportSections(index), lang), sink);
  return 0;
}

/** `--event <id>`: the sources side by side for one event (the table `Newsmark: Compare Sources` shows). */
function reportEvent(index: CorpusIndex, id: string, format: 'json' | 'md', lang: ReportLanguage | undefined, io: CliIo, t: Say): number {
  const table = comparisonFor(index, id);
  if (!table) {
    const ids = index.events().map((e) => e.id);
    io.stderr(`newsmark report: ${t("no event '{0}'; the events are:", id)}\n${ids.map((x) => `  ${x}`).join('\n')}\n`);
    return 1;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : renderComparisonMarkdown(table, lang ?? corpusLanguage(index.documents())));
  return 0;
}
