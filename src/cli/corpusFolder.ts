/**
 * Reading a folder of articles for the CLI: the articles the glob picks, each with its sidecar, and the
 * folder's newsmark.yaml, indexed (in worker threads for a large folder) into a CorpusIndex with the
 * user's decisions. `report` and `export` share it; `onArticle` sees each article as it is indexed, so an
 * export streams instead of holding the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CorpusIndex } from '../core/corpus/index';
import { corpusDecisions, sidecarFacts, type SidecarFacts } from '../core/corpus/decisions';
import { firstPass, PassAnalyser } from '../core/corpus/firstPass';
import type { DocumentOptions } from '../core/corpus/corpusIndex';
import { parseCorpus, parseSidecar } from '../core/sidecar/yamlStore';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, type Corpus, type Sidecar } from '../core/sidecar/schema';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';
import { listArticles } from './nodeWorkspace';
import { cliSay, type Say } from './language';
import { problemText } from '../core/sidecar/problems';

export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readOptionalSync(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
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
  /** Which files are articles (default: the setting newsmark.articles' default). */
  glob?: string;
  /** False: only read articles and sidecars, no detection, no index (formats that need neither). */
  analyse?: boolean;
  /** The index hands each article's detections to `onArticle` (`index.takeDetections`), detected once. */
  detections?: boolean;
  /** The words of its problem lines, in the language of the run (English by default). */
  t?: Say;
  /** Called for each article in folder order, once the index has it. */
  onArticle?: (article: FolderArticle, index: CorpusIndex | undefined) => Promise<void> | void;
}

export interface LoadedFolder {
  /** Undefined when `analyse` was false. */
  index: CorpusIndex | undefined;
  corpus: Corpus | undefined;
}

/**
 * Reads and indexes the folder. Problems go to `stderr` as `newsmark <command>: …` lines; returns
 * undefined when the folder or its newsmark.yaml cannot be read (nothing else stops it: an article
 * that is not UTF-8 is skipped, a broken sidecar ignored, each with a line saying so).
 */
export async function loadCorpusFolder(
  folder: string,
  command: string,
  stderr: (s: string) => void,
  options: LoadOptions = {},
): Promise<LoadedFolder | undefined> {
  const t = options.t ?? cliSay('en');
  let files: string[];
  try {
    files = await listArticles(folder, options.glob ?? DEFAULT_ARTICLES_GLOB);
  } catch (e) {
    stderr(`newsmark ${command}: ${t('cannot read {0}: {1}', folder, (e as Error).message)}\n`);
    return undefined;
  }
  const corpusFile = await readCorpusFile(folder, stderr, t);
  if (!corpusFile) return undefined;
  const { corpus } = corpusFile;
  // The registry decides how articles are read: the index needs it before the first one.
  const decisionsOf = (sidecars: Map<string, SidecarFacts>) =>
    corpusDecisions({ corpus, files: sidecars.keys(), annotationsOf: (f) => sidecars.get(f)?.annotations ?? [] });
  const sidecars = new Map<string, SidecarFacts>();
  const linked = new Set((corpus?.links ?? []).flatMap((l) => [l.a, l.b]).map((e) => `${e.file}\u0000${e.annotation}`));
  // The index keeps no texts: what quotes an article reads it again from the folder (a folder is read once here).
  const readText = (rel: string): string | undefined => {
    try {
      return decodeArticle(readFileSync(join(folder, rel)));
    } catch {
      return undefined;
    }
  };
  const index =
    options.analyse === false
      ? undefined
      : new CorpusIndex({ decisions: decisionsOf(sidecars), readText, ...(options.detections ? { handOffDetections: true } : {}) });
  const workerPath = options.workerPath ?? join(__dirname, 'detectWorker.js');
  const say = (line: string) => stderr(`newsmark ${command}: ${line}\n`);
  // Analysed in the pool (or here, in batches), filed in the order listed: the same index as one article after another.
  const analysis = index
    ? new PassAnalyser(files.length, {
        ...(options.workers !== undefined || existsSync(workerPath) ? { workerPath } : {}),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        warm: true,
        log: say,
      })
    : undefined;
  try {
    await firstPass({
      index,
      items: files,
      ...(analysis ? { analysis } : {}),
      // Read ahead; what a read has to say is said in the order listed, once the article is filed.
      read: (path) => readFolderArticle(path, relativeFile(folder, path), t),
      filed: async (read) => {
        if (!read) return;
        for (const line of read.problems) say(line);
        if (read.skipped) return;
        // Without an index nothing reads the decisions: keeping every sidecar's facts would grow with the folder.
        if (index && read.facts) sidecars.set(read.file, decisionFacts(read.facts, read.file, linked));
        await options.onArticle?.({ file: read.file, text: read.text, ...(read.sidecar ? { sidecar: read.sidecar } : {}) }, index);
      },
    });
  } finally {
    analysis?.dispose();
  }
  index?.setDecisions(decisionsOf(sidecars));
  return { index, corpus };
}

/**
 * What the decisions read of a sidecar's annotations: people and events tagged, and the ends of newsmark.yaml's
 * links (`linked`: file NUL id). Notes and the rest are the user's work, kept in the sidecar, not in memory for
 * the whole folder (8 notes an article are about 1.5 KB).
 */
function decisionFacts(facts: SidecarFacts, file: string, linked: ReadonlySet<string>): SidecarFacts {
  const annotations = facts.annotations.filter((a) => a.type === 'person' || a.type === 'event' || linked.has(`${file}\u0000${a.id}`));
  return annotations.length === facts.annotations.length ? facts : { ...facts, annotations };
}

/** newsmark.yaml of the folder: `{ corpus }` (undefined when there is none), or undefined, its errors said, when it is invalid. */
async function readCorpusFile(folder: string, stderr: (s: string) => void, t: Say): Promise<{ corpus: Corpus | undefined } | undefined> {
  const corpusText = await readOptional(join(folder, CORPUS_FILE_NAME));
  if (corpusText === undefined) return { corpus: undefined };
  const parsed = parseCorpus(corpusText);
  if (parsed.ok) return { corpus: parsed.value };
  for (const p of parsed.errors) stderr(`${join(folder, CORPUS_FILE_NAME)}:${p.line}:${p.column}: ${problemText(p, t)}\n`);
  return undefined;
}

/** An article as read for the pass: its text, options and sidecar, and the lines to say about it (`skipped`: not an article to file). */
interface ReadFolderArticle {
  file: string;
  text: string;
  options: DocumentOptions;
  sidecar?: Sidecar;
  facts?: SidecarFacts;
  problems: string[];
  skipped?: boolean;
}

/**
 * An article's text and its sidecar (with the facts the index reads of it), when it has a valid one; `skipped`
 * when the article is not UTF-8 text. Each problem is one line in `problems`: the article skipped, a sidecar ignored.
 *
 * Read synchronously: the pass's thread has nothing else to do meanwhile but file what the workers answer, and a
 * promised read costs it several round trips to libuv's threads (open, stat, read, close; the sidecar's failed open).
 * On 5,000 generated articles from the page cache, article + sidecar, read as the pass reads them: 0.39 s of CPU
 * with `fs/promises`, 0.08 s synchronously (the process's CPU, libuv's threads included).
 */
async function readFolderArticle(path: string, rel: string, t: Say): Promise<ReadFolderArticle | undefined> {
  const bytes = readFileSync(path);
  if (isProbablyBinaryOrNotUtf8(bytes)) return { file: rel, text: '', options: {}, problems: [t('skipping {0}: not UTF-8 text', rel)], skipped: true };
  const text = decodeArticle(bytes);
  const sidecarText = readOptionalSync(path + SIDECAR_SUFFIX);
  if (sidecarText === undefined) return { file: rel, text, options: {}, problems: [] };
  const parsed = parseSidecar(sidecarText, path + SIDECAR_SUFFIX);
  if (parsed.ok) {
    const facts = sidecarFacts(parsed.value);
    const options: DocumentOptions = { ...(facts.published ? { published: facts.published } : {}), ...(facts.outlet ? { outlet: facts.outlet } : {}) };
    return { file: rel, text, options, sidecar: parsed.value, facts, problems: [] };
  }
  const p = parsed.errors[0];
  return { file: rel, text, options: {}, problems: [t('ignoring {0}: {1}', `${rel}${SIDECAR_SUFFIX}:${p.line}:${p.column}`, problemText(p, t))] };
}
