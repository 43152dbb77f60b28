/**
 * Reading a folder of articles for the CLI: every `.txt` under it with its sidecar and the folder's
 * newsmark.yaml, indexed (in worker threads for a large folder) into a CorpusIndex with the user's
 * decisions. `report` and `export` share it; `onArticle` sees each article as it is read, so an
 * export streams instead of holding the folder.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CorpusIndex, type CorpusDecisions, type SpanRef, type UserEvent } from '../core/corpus/index';
import { AnalysisPool, AnalysisQueue, defaultPoolSize, POOL_MIN_ARTICLES } from '../core/corpus/pool';
import { parseCorpus, parseSidecar } from '../core/sidecar/yamlStore';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, type Corpus, type Sidecar } from '../core/sidecar/schema';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';

/** Every article under `root` (`.txt`, hidden folders and node_modules skipped), sorted, as absolute paths. */
export async function listArticles(root: string): Promise<string[]> {
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

export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The path of `path` relative to `root`, with "/" separators. */
export const relativeFile = (root: string, path: string): string => relative(root, path).split(sep).join('/');

/** One article as read: its text and sidecar (when it has a valid one). */
export interface FolderArticle {
  file: string;
  text: string;
  sidecar?: Sidecar;
}

export interface LoadOptions {
  /** Worker threads (0: none; default: a pool for a large folder when the worker script exists). */
  workers?: number;
  /** The pool's worker entry (default: detectWorker.js beside this file, as bundled in dist/). */
  workerPath?: string;
  /** False: only read articles and sidecars, no detection, no index (formats that need neither). */
  analyse?: boolean;
  /** Called for each article in folder order, once the index has it. */
  onArticle?: (article: FolderArticle, index: CorpusIndex | undefined) => Promise<void> | void;
}

export interface LoadedFolder {
  index: CorpusIndex | undefined;
  corpus: Corpus | undefined;
}

/** The decisions newsmark.yaml holds (people, user events, verdicts; links are resolved later). */
function decisionsOf(c: Corpus): CorpusDecisions {
  return {
    people: c.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases })),
    events: c.events.map((e) => {
      const ue: UserEvent = { id: e.id, title: e.title, ...(e.date ? { date: e.date } : {}), ...(e.place ? { place: e.place } : {}) };
      if (e.participants.length) ue.participants = e.participants;
      const merge = (e as Record<string, unknown>).merge;
      if (Array.isArray(merge)) ue.merge = merge.filter((x): x is string => typeof x === 'string');
      return ue;
    }),
    verdicts: c.verdicts.map((v) => ({ id: v.id, status: v.status, ...(v.note ? { note: v.note } : {}) })),
  };
}

/** Event annotations put mentions into the user's events; links resolve annotation ids to spans. */
function sidecarDecisions(decisions: CorpusDecisions, corpus: Corpus | undefined, sidecars: Map<string, Sidecar>): void {
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
  if (corpus) {
    const resolve = (end: { file: string; annotation: string }): SpanRef | undefined => {
      const a = sidecars.get(end.file)?.annotations.find((x) => x.id === end.annotation);
      return a ? { file: end.file, start: a.start, end: a.end, text: a.quote } : undefined;
    };
    decisions.links = corpus.links.flatMap((l) => {
      const a = resolve(l.a);
      const b = resolve(l.b);
      return a && b ? [{ id: l.id, a, b, ...(l.note ? { note: l.note } : {}) }] : [];
    });
  }
}

/**
 * Reads and indexes the folder. Problems go to `stderr` as `newsmark <command>: …` lines; returns
 * undefined when the folder or its newsmark.yaml cannot be read (nothing else stops it: an article
 * that is not UTF-8 is skipped, a broken sidecar ignored, each with a line saying so).
 */
export async function loadCorpusFolder(folder: string, command: string, stderr: (s: string) => void, options: LoadOptions = {}): Promise<LoadedFolder | undefined> {
  let files: string[];
  try {
    files = await listArticles(folder);
  } catch (e) {
    stderr(`newsmark ${command}: cannot read ${folder}: ${(e as Error).message}\n`);
    return undefined;
  }
  let corpus: Corpus | undefined;
  const corpusText = await readOptional(join(folder, CORPUS_FILE_NAME));
  if (corpusText !== undefined) {
    const parsed = parseCorpus(corpusText);
    if (!parsed.ok) {
      for (const p of parsed.errors) stderr(`${join(folder, CORPUS_FILE_NAME)}:${p.line}:${p.column}: ${p.message}\n`);
      return undefined;
    }
    corpus = parsed.value;
  }
  const decisions: CorpusDecisions = corpus ? decisionsOf(corpus) : {};
  const analyse = options.analyse ?? true;
  const index = analyse ? new CorpusIndex({ decisions }) : undefined;
  // Only sidecars with event annotations or link ends are kept for the decisions: memory stays per article.
  const linked = new Set(corpus?.links.flatMap((l) => [l.a.file, l.b.file]) ?? []);
  const sidecars = new Map<string, Sidecar>();
  const workerPath = options.workerPath ?? join(__dirname, 'detectWorker.js');
  const size = !index ? 0 : (options.workers ?? (files.length >= POOL_MIN_ARTICLES && existsSync(workerPath) ? defaultPoolSize() : 0));
  const pool = size > 0 ? new AnalysisPool({ workerPath, size, log: (m) => stderr(`newsmark ${command}: ${m}\n`) }) : undefined;
  // Analysed in the pool, indexed in the order read: the same index as one article after another.
  const queue = new AnalysisQueue(pool);
  const ready: FolderArticle[] = [];
  const flush = async () => {
    for (const a of ready.splice(0)) await options.onArticle?.(a, index);
  };
  try {
    for (const path of files) {
      const rel = relativeFile(folder, path);
      const bytes = await readFile(path);
      if (isProbablyBinaryOrNotUtf8(bytes)) {
        stderr(`newsmark ${command}: skipping ${rel}: not UTF-8 text\n`);
        continue;
      }
      const sidecarText = await readOptional(path + SIDECAR_SUFFIX);
      let sidecar: Sidecar | undefined;
      if (sidecarText !== undefined) {
        const parsed = parseSidecar(sidecarText, path + SIDECAR_SUFFIX);
        if (parsed.ok) sidecar = parsed.value;
        else stderr(`newsmark ${command}: ignoring ${rel}${SIDECAR_SUFFIX}: ${parsed.errors[0]?.message ?? 'invalid'}\n`);
      }
      if (sidecar && (linked.has(rel) || sidecar.annotations.some((a) => a.type === 'event' && a.event))) sidecars.set(rel, sidecar);
      const text = decodeArticle(bytes);
      const article: FolderArticle = { file: rel, text, ...(sidecar ? { sidecar } : {}) };
      const documentOptions = {
        ...(sidecar?.document.published ? { published: sidecar.document.published } : {}),
        ...(sidecar?.document.outlet ? { outlet: sidecar.document.outlet } : {}),
      };
      if (!index) ready.push(article);
      else {
        await queue.add(pool && index.analysisRequest(rel, text, documentOptions), (result) => {
          index.setDocument(rel, text, documentOptions, result);
          ready.push(article);
        });
      }
      await flush();
    }
    await queue.done();
    await flush();
  } finally {
    pool?.dispose();
  }
  if (index) {
    sidecarDecisions(decisions, corpus, sidecars);
    index.setDecisions(decisions);
  }
  return { index, corpus };
}
