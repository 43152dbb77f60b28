/**
 * `newsmark import <file-or-dir> --format w3c|brat --into <folder>`: annotations from another tool
 * into the sidecars of the folder's articles. Each is anchored by Newsmark's own anchoring (a quote
 * that moved still lands on its text; one that is gone is kept as an orphan), merged by id with the
 * sidecar that is there, and saved atomically; a sidecar that cannot be read is never overwritten.
 * A brat article missing from the folder is copied there first (nothing existing is replaced).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readBrat } from '../core/import/brat';
import { importIntoFolder, importLines } from '../core/import/folder';
import type { ImportRead } from '../core/import/types';
import { readW3c } from '../core/import/w3c';
import { decodeArticle } from '../core/text/offsets';
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';
import { runCommand, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { cliLanguage, cliSay, LANG_OPTION } from './language';
import { relativeFile } from './corpusFolder';
import { NodeFileSystem } from './nodeFs';
import { listArticles } from './nodeWorkspace';

export const importCommand: Command = {
  name: 'import',
  summary: "W3C / Hypothesis annotations or a brat project into a folder's sidecars (merged by id).",
  args: '<file-or-dir>',
  description:
    "W3C Web Annotations (Newsmark's export, Hypothesis JSON-LD or API rows) or a brat project into the sidecars of\n" +
    "the articles of --into: anchored by Newsmark's anchoring (orphans kept), merged by id with the sidecars there,\n" +
    'saved atomically; a sidecar that cannot be read is never overwritten. A brat article the folder lacks is copied in.',
  options: {
    format: { type: 'string', value: 'w3c|brat', description: 'the format of the input (required)' },
    into: { type: 'string', value: 'folder', description: 'the folder of the articles (required)' },
    articles: { type: 'string', value: 'glob', description: 'which files are articles (default: {0})', descriptionArgs: [DEFAULT_ARTICLES_GLOB] },
    lang: LANG_OPTION,
  },
  run: (args, io) => importInto(args, io),
};

/** Runs the import command; returns the exit code (0 ok, 1 something not imported, 2 usage). */
export function runImport(args: string[], io: CliIo): Promise<number> {
  return runCommand(importCommand, args, io);
}

/** Files under `path` (or `path` itself) whose names end with one of `suffixes`, sorted. */
async function filesUnder(path: string, suffixes: string[]): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const out: string[] = [];
  for (const e of (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(path, e.name);
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...(await filesUnder(p, suffixes)));
    else if (e.isFile() && suffixes.some((s) => e.name.endsWith(s))) out.push(p);
  }
  return out;
}

async function readW3cFiles(input: string): Promise<ImportRead> {
  const all: ImportRead = { annotations: [], warnings: [] };
  for (const f of await filesUnder(input, ['.json', '.jsonld'])) {
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(f, 'utf8'));
    } catch (e) {
      all.warnings.push({ code: 'import.not-json', params: [f, (e as Error).message] });
      continue;
    }
    const read = readW3c(doc);
    all.annotations.push(...read.annotations);
    all.warnings.push(...read.warnings.map((w) => ({ code: 'import.in-file' as const, params: [f], cause: w })));
  }
  return all;
}

async function readBratProject(input: string): Promise<ImportRead> {
  const all: ImportRead = { annotations: [], warnings: [], texts: new Map() };
  const root = (await stat(input)).isDirectory() ? input : join(input, '..');
  for (const ann of await filesUnder(input, ['.ann'])) {
    const txt = ann.slice(0, -4) + '.txt';
    let text: string;
    try {
      text = decodeArticle(await readFile(txt));
    } catch {
      all.warnings.push({ code: 'import.no-txt', params: [ann, basename(txt)] });
      continue;
    }
    const source = relativeFile(root, txt);
    const read = readBrat(source, await readFile(ann, 'utf8'), text);
    all.annotations.push(...read.annotations);
    all.warnings.push(...read.warnings);
    all.texts!.set(source, text);
  }
  return all;
}

async function importInto({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  const format = values.format;
  const into = typeof values.into === 'string' ? values.into : undefined;
  const t = cliSay(cliLanguage(values.lang));
  const why =
    positionals.length !== 1
      ? t('one file or folder to import')
      : format !== 'w3c' && format !== 'brat'
        ? t('--format takes w3c or brat')
        : !into
          ? t('--into <folder> is required')
          : undefined;
  if (why || !into) {
    io.stderr(`newsmark import: ${why ?? ''}\n${usageOf(importCommand, t)}`);
    return 2;
  }
  const input = positionals[0];
  const glob = typeof values.articles === 'string' ? values.articles : DEFAULT_ARTICLES_GLOB;
  let read: ImportRead;
  let articles: string[];
  try {
    read = format === 'w3c' ? await readW3cFiles(input) : await readBratProject(input);
    articles = (await listArticles(into, glob)).map((p) => relativeFile(into, p));
  } catch (e) {
    return (void io.stderr(`newsmark import: ${(e as Error).message}\n`), 1);
  }
  const summary = await importIntoFolder(new NodeFileSystem(), read, { articles, pathOf: (file) => join(into, ...file.split('/')) });
  for (const line of importLines(summary, t)) io.stderr(`newsmark import: ${line}\n`);
  return summary.failed ? 1 : 0;
}
