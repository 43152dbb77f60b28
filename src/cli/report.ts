/**
 * `newsmark report <folder> [--json | --format md] [--lang fr|en] [--workers N]`: indexes every article under the folder
 * (with its sidecar and the folder's newsmark.yaml) and prints the corpus report. A large folder is analysed
 * in worker threads (dist/detectWorker.js, beside the CLI); the report is the same either way.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CorpusIndex } from '../core/corpus/index';
import { corpusDecisions, sidecarFacts, type SidecarFacts } from '../core/corpus/decisions';
import { AnalysisPool, AnalysisQueue, defaultPoolSize, POOL_MIN_ARTICLES } from '../core/corpus/pool';
import { buildReport, renderMarkdown, type ReportLanguage } from '../core/corpus/report';
import { parseCorpus, parseSidecar } from '../core/sidecar/yamlStore';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, type Corpus } from '../core/sidecar/schema';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';

export interface ReportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = 'usage: newsmark report <folder> [--json | --format md] [--lang fr|en] [--workers N]\n';

export interface ReportOptions {
  /** The pool's worker entry (default: detectWorker.js beside this file, as bundled in dist/). */
  workerPath?: string;
}

async function listArticles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.endsWith('.txt') && !e.name.endsWith(SIDECAR_SUFFIX)) out.push(p);
    }
  };
  await walk(root);
  return out;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Runs the report command; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runReport(args: string[], io: ReportIo, options: ReportOptions = {}): Promise<number> {
  let folder: string | undefined;
  let format: 'json' | 'md' = 'md';
  let workers: number | undefined;
  let lang: ReportLanguage | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') format = 'json';
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = a === '--lang' ? args[++i] : a.slice(7);
      if (l !== 'fr' && l !== 'en') {
        io.stderr(`newsmark report: --lang takes fr or en (by default, the language of most articles)\n${USAGE}`);
        return 2;
      }
      lang = l;
    }
    else if (a === '--format') {
      const f = args[++i];
      if (f !== 'md' && f !== 'json') {
        io.stderr(`newsmark report: unknown format '${f ?? ''}' (md or json)\n${USAGE}`);
        return 2;
      }
      format = f;
    } else if (a.startsWith('--format=')) format = a.slice(9) === 'json' ? 'json' : 'md';
    else if (a === '--workers' || a.startsWith('--workers=')) {
      const n = Number(a === '--workers' ? args[++i] : a.slice(10));
      if (!Number.isInteger(n) || n < 0) {
        io.stderr(`newsmark report: --workers takes a number of threads (0: none)\n${USAGE}`);
        return 2;
      }
      workers = n;
    }
    else if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      io.stderr(`newsmark report: unknown option '${a}'\n${USAGE}`);
      return 2;
    } else if (!folder) folder = a;
    else {
      io.stderr(`newsmark report: one folder only\n${USAGE}`);
      return 2;
    }
  }
  if (!folder) {
    io.stderr(USAGE);
    return 2;
  }
  let files: string[];
  try {
    files = await listArticles(folder);
  } catch (e) {
    io.stderr(`newsmark report: cannot read ${folder}: ${(e as Error).message}\n`);
    return 1;
  }

  let corpus: Corpus | undefined;
  const corpusText = await readOptional(join(folder, CORPUS_FILE_NAME));
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
      const rel = relative(folder, path).split(sep).join('/');
      const bytes = await readFile(path);
      if (isProbablyBinaryOrNotUtf8(bytes)) {
        io.stderr(`newsmark report: skipping ${rel}: not UTF-8 text\n`);
        continue;
      }
      const sidecarText = await readOptional(path + SIDECAR_SUFFIX);
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

  const report = buildReport(index);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report, lang));
  return 0;
}
