/**
 * `newsmark report <folder>`: indexes every article under the folder (with its sidecar and the folder's
 * newsmark.yaml) and prints the corpus report. A large folder is analysed
 * in worker threads (dist/detectWorker.js, beside the CLI); the report is the same either way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../core/corpus/index';
import { corpusDecisions, sidecarFacts, type SidecarFacts } from '../core/corpus/decisions';
import { AnalysisPool, AnalysisQueue, defaultPoolSize, POOL_MIN_ARTICLES } from '../core/corpus/pool';
import { buildReport, renderMarkdown, type ReportLanguage } from '../core/corpus/report';
import { comparisonFor } from '../core/compare/gather';
import { corpusLanguage } from '../core/compare/labels';
import { renderComparisonMarkdown } from '../core/compare/markdown';
import { parseCorpus, parseSidecar } from '../core/sidecar/yamlStore';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, type Corpus } from '../core/sidecar/schema';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';
import type { Workspace } from '../core/workspace/workspace';
import { runCommand, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { NodeWorkspace } from './nodeWorkspace';

export interface ReportOptions {
  /** The pool's worker entry (default: detectWorker.js beside this file, as bundled in dist/). */
  workerPath?: string;
}

/** A file's text, undefined when it cannot be read (missing). */
async function readOptional(workspace: Workspace, path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await workspace.readFile(path));
  } catch {
    return undefined;
  }
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
    articles: { type: 'string', value: 'glob', description: `which files are articles, relative to the folder (default: ${DEFAULT_ARTICLES_GLOB}, as the setting newsmark.articles)` },
  },
  run: (args, io, extra) => report(args, io, extra),
};

/** Runs the report command; returns the exit code (0 ok, 1 failure, 2 usage). */
export function runReport(args: string[], io: CliIo, options: ReportOptions = {}): Promise<number> {
  return runCommand(reportCommand, args, io, options);
}

/** The report command's options, checked; a string is what is wrong with them. */
function reportOptions({ values, positionals }: ParsedArgs): { folder: string; format: 'json' | 'md'; lang?: ReportLanguage; workers?: number; glob: string; event?: string } | string {
  if (positionals.length !== 1) return positionals.length ? 'one folder only' : 'which folder?';
  const format = values.json ? 'json' : (values.format ?? 'md');
  if (format !== 'md' && format !== 'json') return `unknown format '${String(format)}' (md or json)`;
  const lang = values.lang;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') return '--lang takes fr or en (by default, the language of most articles)';
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) return '--workers takes a number of threads (0: none)';
  const glob = typeof values.articles === 'string' ? values.articles : DEFAULT_ARTICLES_GLOB;
  if (values.event !== undefined && (typeof values.event !== 'string' || !values.event)) return '--event takes an event id (see the ids in --json)';
  const event = typeof values.event === 'string' ? values.event : undefined;
  return { folder: positionals[0], format, ...(lang ? { lang } : {}), ...(workers !== undefined ? { workers } : {}), glob, ...(event ? { event } : {}) };
}

async function report(args: ParsedArgs, io: CliIo, options: ReportOptions = {}): Promise<number> {
  const checked = reportOptions(args);
  if (typeof checked === 'string') {
    io.stderr(`newsmark report: ${checked}\n${usageOf(reportCommand)}`);
    return 2;
  }
  const { folder, format, lang, workers, glob, event } = checked;
  const workspace = new NodeWorkspace(folder);
  let files: string[];
  try {
    files = await workspace.findArticles(glob);
  } catch (e) {
    io.stderr(`newsmark report: cannot read ${folder}: ${(e as Error).message}\n`);
    return 1;
  }

  let corpus: Corpus | undefined;
  const corpusText = await readOptional(workspace, join(folder, CORPUS_FILE_NAME));
  if (corpusText !== undefined) {
    const parsed = parseCorpus(corpusText);
    if (!parsed.ok) {
      for (const p of parsed.errors) io.stderr(`${join(folder, CORPUS_FILE_NAME)}:${p.line}:${p.column}: ${p.message}\n`);
      return 1;
    }
    corpus = parsed.value;
  }
  // The registry decides how articles are read: the index needs it before the first one.
  const decisionsOf = (sidecars: Map<string, SidecarFacts>) => corpusDecisions({ corpus, files: sidecars.keys(), annotationsOf: (f) => sidecars.get(f)?.annotations ?? [] });
  const sidecars = new Map<string, SidecarFacts>();
  const index = new CorpusIndex({ decisions: decisionsOf(sidecars) });
  const workerPath = options.workerPath ?? join(__dirname, 'detectWorker.js');
  const size = workers ?? (files.length >= POOL_MIN_ARTICLES && existsSync(workerPath) ? defaultPoolSize() : 0);
  const pool = size > 0 ? new AnalysisPool({ workerPath, size, log: (m) => io.stderr(`newsmark report: ${m}\n`) }) : undefined;
  // Analysed in the pool, indexed in the order read: the same index as one article after another.
  const queue = new AnalysisQueue(pool);
  try {
    for (const path of files) {
      const rel = workspace.relativePath(path);
      const bytes = await workspace.readFile(path);
      if (isProbablyBinaryOrNotUtf8(bytes)) {
        io.stderr(`newsmark report: skipping ${rel}: not UTF-8 text\n`);
        continue;
      }
      const sidecarText = await readOptional(workspace, path + SIDECAR_SUFFIX);
      let facts: SidecarFacts | undefined;
      if (sidecarText !== undefined) {
        const parsed = parseSidecar(sidecarText, path + SIDECAR_SUFFIX);
        if (parsed.ok) sidecars.set(rel, (facts = sidecarFacts(parsed.value)));
        else io.stderr(`newsmark report: ignoring ${rel}${SIDECAR_SUFFIX}: ${parsed.errors[0]?.message ?? 'invalid'}\n`);
      }
      const text = decodeArticle(bytes);
      const documentOptions = {
        ...(facts?.published ? { published: facts.published } : {}),
        ...(facts?.outlet ? { outlet: facts.outlet } : {}),
      };
      await queue.add(pool && index.analysisRequest(rel, text, documentOptions), (result) => index.setDocument(rel, text, documentOptions, result));
    }
    await queue.done();
  } finally {
    pool?.dispose();
  }

  index.setDecisions(decisionsOf(sidecars));

  if (event !== undefined) return reportEvent(index, event, format, lang, io);
  const report = buildReport(index);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report, lang));
  return 0;
}

/** `--event <id>`: the sources side by side for one event (the table `Newsmark: Compare Sources` shows). */
function reportEvent(index: CorpusIndex, id: string, format: 'json' | 'md', lang: ReportLanguage | undefined, io: CliIo): number {
  const table = comparisonFor(index, id);
  if (!table) {
    const ids = index.events().map((e) => e.id);
    io.stderr(`newsmark report: no event '${id}'; the events are:\n${ids.map((x) => `  ${x}`).join('\n')}\n`);
    return 1;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : renderComparisonMarkdown(table, lang ?? corpusLanguage(index.documents())));
  return 0;
}
