/**
 * `newsmark check <folder>`: validates every sidecar and newsmark.yaml under a
 * folder and re-anchors every annotation against its article's current text.
 * Never writes unless `--fix`, and then only re-anchored positions (atomically, comments kept).
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../core/fs';
import { reanchorAll, prepareText } from '../core/anchor/reanchor';
import type { AnchorResult } from '../core/anchor/reanchor';
import { isLeftoverOf, type Absorbed, type Leftover } from '../core/sidecar/leftovers';
import { recoverLeftovers, settleLeftovers } from '../core/sidecar/sidecarFile';
import { saveAtomically } from '../core/sidecar/save';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX } from '../core/sidecar/schema';
import type { RecordedConflict, Sidecar } from '../core/sidecar/schema';
import { MAX_YAML_CHARS, parseCorpus, parseSidecar, serializeSidecar, type ParseResult } from '../core/sidecar/yamlStore';
import { recordedConflictProblems } from '../core/team/conflicts';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';
import { runCommand, streamIo, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { NodeFileSystem } from './nodeFs';
import { cliLanguage, cliSay, LANG_OPTION, type Say } from './language';

export interface CheckIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  fs?: FileSystem;
}

export type Severity = 'error' | 'warning' | 'info';

export interface CheckProblem {
  severity: Severity;
  line: number;
  column: number;
  message: string;
  annotation?: string;
  status?: AnchorResult['status'];
}

export interface CheckFileReport {
  /** As given on the command line joined with the path inside the folder. */
  file: string;
  kind: 'sidecar' | 'corpus';
  valid: boolean;
  problems: CheckProblem[];
  annotations?: { total: number; exact: number; moved: number; fuzzy: number; orphan: number };
  /** With --fix: whether the file was rewritten. */
  fixed?: boolean;
}

export interface CheckReport {
  ok: boolean;
  folder: string;
  files: CheckFileReport[];
  summary: { files: number; errors: number; warnings: number; exact: number; moved: number; fuzzy: number; orphan: number };
}

/** Articles above this are reported and skipped (the editor does not open them either). */
const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

export const checkCommand: Command<{ fs?: FileSystem }> = {
  name: 'check',
  summary: 'Validate every sidecar and newsmark.yaml and re-anchor every annotation; exit 1 on errors or orphans.',
  args: '<folder>',
  description:
    'Validates every sidecar and newsmark.yaml under a folder and re-anchors every annotation against its\n' +
    "article's current text; exits 1 on errors or orphans. Writes nothing unless --fix.",
  options: {
    json: { type: 'boolean', description: 'the findings as JSON' },
    fix: { type: 'boolean', description: 'write the re-anchored positions (atomically, comments kept)' },
    lang: LANG_OPTION,
  },
  run: (args, io, extra) => checkFolder(args, io, extra?.fs),
};

/** Runs `newsmark check`; returns the exit code (0 fine, 1 errors or orphans, 2 usage). */
export function runCheck(args: string[], io: CheckIo): Promise<number> {
  return runCommand(checkCommand, args, streamIo(io), io.fs ? { fs: io.fs } : {});
}

async function checkFolder({ values, positionals }: ParsedArgs, io: CliIo, fs: FileSystem = new NodeFileSystem()): Promise<number> {
  const t = cliSay(cliLanguage(values.lang));
  if (positionals.length !== 1) {
    io.stderr(`newsmark check: ${positionals.length ? t('one folder only') : t('which folder?')}\n${usageOf(checkCommand)}`);
    return 2;
  }
  const folderArg = positionals[0];
  const folder = resolve(folderArg);
  try {
    if (!(await fsp.stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    io.stderr(`newsmark check: ${t('{0} is not a folder', folderArg)}\n`);
    return 2;
  }
  // JSON is for programs: its findings stay in English whatever the locale, like its field names.
  const report = await check(folder, folderArg, fs, values.fix === true, values.json ? cliSay('en') : t);
  if (values.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else printHuman(report, io, t);
  return report.ok ? 0 : 1;
}

function printHuman(report: CheckReport, io: CliIo, t: Say): void {
  for (const f of report.files) {
    for (const p of f.problems) io.stdout(`${f.file}:${p.line}:${p.column}: ${p.severity === 'error' ? t('error') : t('warning')}: ${p.message}\n`);
    if (f.annotations && f.annotations.moved > 0 && !f.fixed) {
      io.stdout(`${f.file}: ${f.annotations.moved === 1 ? t('1 annotation moved with its text; run with --fix to update its offsets') : t('{0} annotations moved with their text; run with --fix to update their offsets', f.annotations.moved)}\n`);
    }
    if (f.fixed) io.stdout(`${f.file}: ${t('updated')}\n`);
  }
  const s = report.summary;
  // One message for the whole line: each language orders and agrees its words itself (counts as "(s)" forms).
  io.stdout(`${t('{0} file(s) checked: {1} error(s), {2} warning(s); annotations: {3} in place, {4} moved, {5} to review, {6} orphan(s)', s.files, s.errors, s.warnings, s.exact, s.moved, s.fuzzy, s.orphan)}\n`);
}

/** Every sidecar and newsmark.yaml under `root`, skipping node_modules and hidden folders; no symlinks followed. */
async function findFiles(root: string): Promise<{ files: string[]; missingSidecars: string[] }> {
  const out: string[] = [];
  const orphanTemps = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) stack.push(p);
      } else if (e.isFile() && (e.name.endsWith(SIDECAR_SUFFIX) || e.name === CORPUS_FILE_NAME)) out.push(p);
      else if (e.isFile()) {
        // A save interrupted before its first rename leaves `<sidecar>.<random>.tmp` and no sidecar.
        const m = /^(.*\.annotations\.yaml)\.[a-z0-9]{8}\.tmp$/.exec(e.name);
        if (m && isLeftoverOf(join(dir, m[1]), p)) orphanTemps.add(join(dir, m[1]));
      }
    }
  }
  for (const f of out) orphanTemps.delete(f);
  return { files: out.sort(), missingSidecars: [...orphanTemps].sort() };
}

/**
 * Once the fixed sidecar is on disk: removes the leftovers merged into it, keeping one that holds an annotation
 * whose version differs from the sidecar's (kept there), as the extension does, so that version is not lost.
 */
function settleAbsorbed(fs: FileSystem, absorbed: Absorbed): Promise<unknown> {
  return settleLeftovers(fs, absorbed, new Set(absorbed.conflicts.map((c) => c.id)));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function short(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? flat.slice(0, max - 1) + '…' : flat);
}

async function readText(fs: FileSystem, path: string, limit: number): Promise<{ text?: string; bytes?: Uint8Array; error?: string }> {
  try {
    const st = await fs.stat(path);
    if (!st) return { error: 'not found' };
    if (st.size > limit) return { error: `${(st.size / 1048576).toFixed(1)} MB is more than the ${limit / 1048576} MB Newsmark reads` };
    const bytes = await fs.readFile(path);
    return { bytes, text: decodeArticle(bytes) };
  } catch (e) {
    return { error: String((e as Error)?.message ?? e) };
  }
}

/** What checking each file needs: the options, how to show paths, and the annotation ids links point at. */
interface CheckContext {
  fs: FileSystem;
  fix: boolean;
  folderArg: string;
  /** A path as the user gave the folder, joined with the path inside it. */
  display: (abs: string) => string;
  /** Annotation ids per article (absolute path), for newsmark.yaml links: filled by the sidecars, read by newsmark.yaml. */
  idsByArticle: Map<string, Set<string>>;
  /** The findings' words, in the language of the run. */
  t: Say;
}

async function check(folder: string, folderArg: string, fs: FileSystem, fix: boolean, t: Say): Promise<CheckReport> {
  const { files, missingSidecars } = await findFiles(folder);
  const ctx: CheckContext = { fs, fix, folderArg, display: (abs) => join(folderArg, relative(folder, abs)), idsByArticle: new Map(), t };
  const reports: CheckFileReport[] = [];
  // Sidecars first: newsmark.yaml's links are checked against their annotations.
  for (const file of files) if (basename(file) !== CORPUS_FILE_NAME) reports.push(await checkSidecar(file, ctx));
  for (const file of missingSidecars) reports.push(await restoreSidecar(file, ctx));
  for (const file of files) if (basename(file) === CORPUS_FILE_NAME) reports.push(await checkCorpusFile(file, ctx));
  return summarise(reports, folderArg);
}

/** A sidecar: valid, its leftovers, its annotations re-anchored (and with --fix, written back). */
async function checkSidecar(file: string, ctx: CheckContext): Promise<CheckFileReport> {
  const { fs, fix, display, idsByArticle } = ctx;
  const rep: CheckFileReport = { file: display(file), kind: 'sidecar', valid: false, problems: [] };
  const parsed = await readYaml(fs, file, parseSidecar, rep);
  if (!parsed) return rep;
  let sidecar = parsed.value;
  const { unreadable, absorbed } = await recoverLeftovers(fs, file, sidecar);
  rep.problems.push(...leftoverProblems(unreadable, absorbed, ctx));
  if (absorbed && fix) sidecar = absorbed.sidecar;
  const articlePath = join(dirname(file), sidecar.document.source);
  idsByArticle.set(articlePath, new Set(sidecar.annotations.map((a) => a.id)));
  const article = await readText(fs, articlePath, MAX_ARTICLE_BYTES);
  if (article.text === undefined || !article.bytes) {
    rep.problems.push({
      severity: 'error',
      ...parsed.locate(['document', 'source']),
      message: article.error === 'not found' ? ctx.t('article {0} not found beside the sidecar', sidecar.document.source) : ctx.t('article {0} cannot be read: {1}', sidecar.document.source, article.error ?? ''),
    });
    return rep;
  }
  if (isProbablyBinaryOrNotUtf8(article.bytes)) {
    rep.problems.push({
      severity: 'error',
      ...parsed.locate(['document', 'source']),
      message: ctx.t('article {0} is binary or not UTF-8: not re-anchored', sidecar.document.source),
    });
    return rep;
  }
  const text = prepareText(article.text);
  const results = reanchorAll(text, sidecar.annotations);
  const counts = { total: results.length, exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  results.forEach((r, i) => {
    counts[r.status]++;
    const a = sidecar.annotations[i];
    const where = parsed.locate(['annotations', i]);
    if (r.status === 'orphan') {
      rep.problems.push({
        severity: 'error',
        ...where,
        annotation: a.id,
        status: r.status,
        message: ctx.t('orphan: {0} {1} {2} is no longer in {3} (kept at {4}-{5}; re-attach or remove it)', a.type, a.id, short(a.quote), sidecar.document.source, a.start, a.end),
      });
    } else if (r.status === 'fuzzy') {
      rep.problems.push({
        severity: 'warning',
        ...where,
        annotation: a.id,
        status: r.status,
        message: ctx.t('{0} {1} {2} re-anchored approximately at {3}-{4} (score {5}): review it', a.type, a.id, short(a.quote), r.start, r.end, r.score),
      });
    }
  });
  rep.annotations = counts;
  if (fix && (counts.moved > 0 || counts.fuzzy > 0 || absorbed)) {
    const saved = await saveAtomically(fs, file, serializeSidecar(reanchored(sidecar, results, article.text), parsed.doc));
    if (saved.ok) {
      rep.fixed = true;
      if (absorbed) await settleAbsorbed(fs, absorbed);
    } else rep.problems.push({ severity: 'error', line: 1, column: 1, message: ctx.t('not fixed: {0}', saved.message) });
  }
  return rep;
}

/**
 * Reads and parses a sidecar or newsmark.yaml for `rep`: its errors (unreadable, invalid) or its warnings and
 * recorded conflicts go to the report; the parse when it is valid (then `rep.valid`).
 */
async function readYaml<T extends { conflicts?: readonly RecordedConflict[] }>(fs: FileSystem, file: string, parse: (text: string, file: string) => ParseResult<T>, rep: CheckFileReport) {
  const read = await readText(fs, file, MAX_YAML_CHARS);
  if (read.text === undefined) {
    rep.problems.push({ severity: 'error', line: 1, column: 1, message: `cannot read: ${read.error}` });
    return undefined;
  }
  const parsed = parse(read.text, file);
  if (!parsed.ok) {
    rep.problems.push(...parsed.errors.map((e) => ({ severity: 'error' as const, ...e })));
    return undefined;
  }
  rep.valid = true;
  rep.problems.push(...parsed.warnings.map((w) => ({ severity: 'warning' as const, ...w })));
  rep.problems.push(...recordedConflictProblems(parsed.value.conflicts, parsed.locate));
  return parsed;
}

/** What an interrupted save left beside a sidecar, as warnings. */
function leftoverProblems(unreadable: readonly Leftover[], absorbed: Absorbed | undefined, { display, fix }: CheckContext): CheckProblem[] {
  const out: CheckProblem[] = unreadable.map((l) => ({ severity: 'warning', line: 1, column: 1, message: `an interrupted save left ${display(l.path)}, which cannot be read (${l.problem!.message}); left alone: look at it and delete it by hand` }));
  if (absorbed) {
    const names = absorbed.absorbed.map((l) => display(l.path)).join(', ');
    const what = absorbed.added > 0 ? `${absorbed.added} annotation(s) not in the sidecar` : 'nothing the sidecar lacks';
    const conflicts = absorbed.conflicts.length ? `; ${absorbed.conflicts.length} annotation(s) differ (${absorbed.conflicts.map((c) => c.id).join(', ')}): the sidecar's version is kept` : '';
    const then = absorbed.conflicts.length ? 'then removes it unless it holds one of those' : 'then removes it';
    out.push({ severity: 'warning', line: 1, column: 1, message: `an interrupted save left ${names} with ${what}${conflicts}; ${fix ? `--fix merges it into the sidecar and ${then}` : 'run with --fix to merge it into the sidecar and remove it'}` });
  }
  return out;
}

/** The sidecar with its annotations where re-anchoring found them (a fuzzy match marked for review), for this text. */
function reanchored(sidecar: Sidecar, results: readonly AnchorResult[], text: string): Sidecar {
  return {
    ...sidecar,
    document: { ...sidecar.document, sha256: sha256(text) },
    annotations: sidecar.annotations.map((a, i) => {
      const r = results[i];
      if (r.status === 'moved') return { ...a, start: r.start, end: r.end };
      if (r.status === 'fuzzy') return { ...a, start: r.start, end: r.end, status: 'review' as const };
      return a;
    }),
  };
}

/** No sidecar, but an interrupted first save left its temporary file(s): with --fix, the sidecar is restored from them. */
async function restoreSidecar(file: string, ctx: CheckContext): Promise<CheckFileReport> {
  const { fs, fix, display } = ctx;
  // No sidecar, but an interrupted first save left its temporary file(s).
  const rep: CheckFileReport = { file: display(file), kind: 'sidecar', valid: false, problems: [] };
  const { unreadable, absorbed } = await recoverLeftovers(fs, file, undefined);
  for (const l of unreadable) {
    rep.problems.push({ severity: 'warning', line: 1, column: 1, message: `no sidecar; an interrupted save left ${display(l.path)}, which cannot be read (${l.problem!.message}); left alone` });
  }
  if (!absorbed) return rep;
  const names = absorbed.absorbed.map((l) => display(l.path)).join(', ');
  rep.problems.push({ severity: 'warning', line: 1, column: 1, message: `no sidecar; an interrupted first save left ${names} with ${absorbed.added} annotation(s); ${fix ? '--fix restores the sidecar from it' : 'run with --fix to restore the sidecar from it'}` });
  if (fix) {
    const saved = await saveAtomically(fs, file, serializeSidecar(absorbed.sidecar));
    if (saved.ok) {
      rep.fixed = true;
      rep.valid = true;
      await settleAbsorbed(fs, absorbed);
    } else rep.problems.push({ severity: 'error', line: 1, column: 1, message: ctx.t('not restored: {0}', saved.message) });
  }
  return rep;
}

/** newsmark.yaml: valid, and its links point at annotations that exist. */
async function checkCorpusFile(file: string, ctx: CheckContext): Promise<CheckFileReport> {
  const { fs, folderArg, idsByArticle } = ctx;
  const rep: CheckFileReport = { file: ctx.display(file), kind: 'corpus', valid: false, problems: [] };
  const parsed = await readYaml(fs, file, parseCorpus, rep);
  if (!parsed) return rep;
  const root = dirname(file);
  parsed.value.links.forEach((link, i) => {
    for (const side of ['a', 'b'] as const) {
      const end = link[side];
      const article = resolve(root, end.file);
      if (!article.startsWith(root + sep)) continue; // the schema already refuses paths leaving the folder
      const ids = idsByArticle.get(article);
      const problem = !ids
        ? `link ${link.id}: no sidecar for ${end.file} under ${folderArg}`
        : !ids.has(end.annotation)
          ? `link ${link.id}: ${end.file} has no annotation ${end.annotation}`
          : undefined;
      if (problem) rep.problems.push({ severity: 'warning', ...parsed.locate(['links', i, side]), message: problem });
    }
  });
  return rep;
}

function summarise(reports: CheckFileReport[], folderArg: string): CheckReport {
  const summary = { files: reports.length, errors: 0, warnings: 0, exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const r of reports) {
    for (const p of r.problems) {
      if (p.severity === 'error') summary.errors++;
      else if (p.severity === 'warning') summary.warnings++;
    }
    if (r.annotations) {
      summary.exact += r.annotations.exact;
      summary.moved += r.annotations.moved;
      summary.fuzzy += r.annotations.fuzzy;
      summary.orphan += r.annotations.orphan;
    }
  }
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: summary.errors === 0, folder: folderArg, files: reports, summary };
}
