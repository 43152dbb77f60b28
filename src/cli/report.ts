/**
 * `newsmark report <folder> [--json | --format md] [--lang fr|en] [--workers N]`: indexes every article under the folder
 * (with its sidecar and the folder's newsmark.yaml) and prints the corpus report. A large folder is analysed
 * in worker threads (dist/detectWorker.js, beside the CLI); the report is the same either way.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CorpusIndex, type CorpusDecisions, type SpanRef, type UserEvent } from '../core/corpus/index';
import { AnalysisPool, AnalysisQueue, defaultPoolSize, POOL_MIN_ARTICLES } from '../core/corpus/pool';
import { buildReport, renderMarkdown, type ReportLanguage } from '../core/corpus/report';
import { comparisonFor } from '../core/compare/gather';
import { corpusLanguage } from '../core/compare/labels';
import { renderComparisonMarkdown } from '../core/compare/markdown';
import { parseCorpus, parseSidecar } from '../core/sidecar/yamlStore';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, type Sidecar } from '../core/sidecar/schema';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';

export interface ReportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = 'usage: newsmark report <folder> [--json | --format md] [--event <id>] [--lang fr|en] [--workers N]\n';

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
  let event: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') format = 'json';
    else if (a === '--event' || a.startsWith('--event=')) {
      event = a === '--event' ? args[++i] : a.slice(8);
      if (!event) {
        io.stderr(`newsmark report: --event takes an event id (see the ids in --json)\n${USAGE}`);
        return 2;
      }
    }
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

  const decisions: CorpusDecisions = {};
  const corpusText = await readOptional(join(folder, CORPUS_FILE_NAME));
  if (corpusText !== undefined) {
    const parsed = parseCorpus(corpusText);
    if (!parsed.ok) {
      for (const p of parsed.errors) io.stderr(`${join(folder, CORPUS_FILE_NAME)}:${p.line}:${p.column}: ${p.message}\n`);
      return 1;
    }
    const c = parsed.value;
    decisions.people = c.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases }));
    decisions.events = c.events.map((e) => {
      const ue: UserEvent = { id: e.id, title: e.title, ...(e.date ? { date: e.date } : {}), ...(e.place ? { place: e.place } : {}) };
      if (e.participants.length) ue.participants = e.participants;
      const merge = (e as Record<string, unknown>).merge;
      if (Array.isArray(merge)) ue.merge = merge.filter((x): x is string => typeof x === 'string');
      return ue;
    });
    decisions.verdicts = c.verdicts.map((v) => ({ id: v.id, status: v.status, ...(v.note ? { note: v.note } : {}) }));
  }

  const index = new CorpusIndex({ decisions });
  const sidecars = new Map<string, Sidecar>();
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
      let sidecar: Sidecar | undefined;
      if (sidecarText !== undefined) {
        const parsed = parseSidecar(sidecarText, path + SIDECAR_SUFFIX);
        if (parsed.ok) sidecars.set(rel, (sidecar = parsed.value));
        else io.stderr(`newsmark report: ignoring ${rel}${SIDECAR_SUFFIX}: ${parsed.errors[0]?.message ?? 'invalid'}\n`);
      }
      const text = decodeArticle(bytes);
      const documentOptions = {
        ...(sidecar?.document.published ? { published: sidecar.document.published } : {}),
        ...(sidecar?.document.outlet ? { outlet: sidecar.document.outlet } : {}),
      };
      await queue.add(pool && index.analysisRequest(rel, text, documentOptions), (result) => index.setDocument(rel, text, documentOptions, result));
    }
    await queue.done();
  } finally {
    pool?.dispose();
  }

  // Event annotations in sidecars put mentions into the user's events; links resolve annotation ids to spans.
  if (sidecars.size) {
    const events = new Map((decisions.events ?? []).map((e) => [e.id, e]));
    for (const [file, sc] of sidecars) {
      for (const a of sc.annotations) {
        if (a.type !== 'event' || !a.event || a.status === 'orphan') continue;
        let ue = events.get(a.event);
        if (!ue) events.set(a.event, (ue = { id: a.event }));
        (ue.mentions ??= []).push({ file, start: a.start, end: a.end, text: a.quote });
      }
    }
    decisions.events = [...events.values()];
  }
  if (corpusText !== undefined) {
    const parsed = parseCorpus(corpusText);
    if (parsed.ok) {
      const resolve = (end: { file: string; annotation: string }): SpanRef | undefined => {
        const a = sidecars.get(end.file)?.annotations.find((x) => x.id === end.annotation);
        return a ? { file: end.file, start: a.start, end: a.end, text: a.quote } : undefined;
      };
      decisions.links = parsed.value.links.flatMap((l) => {
        const a = resolve(l.a);
        const b = resolve(l.b);
        return a && b ? [{ id: l.id, a, b, ...(l.note ? { note: l.note } : {}) }] : [];
      });
    }
  }
  index.setDecisions(decisions);

  if (event !== undefined) return reportEvent(index, event, format, lang, io);
  const report = buildReport(index);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report, lang));
  return 0;
}

/** `--event <id>`: the sources side by side for one event (the table `Newsmark: Compare Sources` shows). */
function reportEvent(index: CorpusIndex, id: string, format: 'json' | 'md', lang: ReportLanguage | undefined, io: ReportIo): number {
  const table = comparisonFor(index, id);
  if (!table) {
    const ids = index.events().map((e) => e.id);
    io.stderr(`newsmark report: no event '${id}'; the events are:\n${ids.map((x) => `  ${x}`).join('\n')}\n`);
    return 1;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : renderComparisonMarkdown(table, lang ?? corpusLanguage(index.documents())));
  return 0;
}
