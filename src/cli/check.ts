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
import { readYamlFile, recoverLeftovers, settleLeftovers } from '../core/sidecar/sidecarFile';
import { saveAtomically } from '../core/sidecar/save';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX } from '../core/sidecar/schema';
import type { RecordedConflict, Sidecar } from '../core/sidecar/schema';
import { MAX_YAML_CHARS, parseCorpus, parseSidecar, serializeSidecar, type ParseResult } from '../core/sidecar/yamlStore';
import { recordedConflictProblems } from '../core/team/conflicts';
import { problemAt, problemText, type ProblemCode, type ProblemParam, type YamlProblem } from '../core/sidecar/problems';
import { kindName } from '../core/session/describe';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';
import { runCommand, streamIo, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { NodeFileSystem } from './nodeFs';
import { cliLanguage, cliSay, LANG_OPTION, type CliLanguage, type Say } from './language';

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
  /** For a problem of the file itself: its code and values (core/sidecar/problems.ts), whatever the language of `message`. */
  code?: ProblemCode;
  params?: ProblemParam[];
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
    io.stderr(`newsmark check: ${positionals.length ? t('one folder only') : t('which folder?')}\n${usageOf(checkCommand, t)}`);
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
  const lang = values.json ? 'en' : cliLanguage(values.lang);
  const report = await check(folder, folderArg, fs, values.fix === true, lang);
  if (values.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else printHuman(report, io, t);
  return report.ok ? 0 : 1;
}

function printHuman(report: CheckReport, io: CliIo, t: Say): void {
  for (const f of report.files) {
    for (const p of f.problems) io.stdout(`${f.file}:${p.line}:${p.column}: ${p.severity === 'error' ? t('error') : t('warning')}: ${p.message}\n`);
    if (f.annotations && f.annotations.moved > 0 && !f.fixed) {
      io.stdout(
        `${f.file}: ${f.annotations.moved === 1 ? t('1 annotation moved with its text; run with --fix to update its offsets') : t('{0} annotations moved with their text; run with --fix to update their offsets', f.annotations.moved)}\n`,
      );
    }
    if (f.fixed) io.stdout(`${f.file}: ${t('updated')}\n`);
  }
  const s = report.summary;
  // One message for the whole line: each language orders and agrees its words itself (counts as "(s)" forms).
  io.stdout(
    `${t('{0} file(s) checked: {1} error(s), {2} warning(s); annotations: {3} in place, {4} moved, {5} to review, {6} orphan(s)', s.files, s.errors, s.warnings, s.exact, s.moved, s.fuzzy, s.orphan)}\n`,
  );
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

function tooLarge(size: number, limit: number, t: Say): string {
  return t('{0} MB is more than the {1} MB Newsmark reads', (size / 1048576).toFixed(1), limit / 1048576);
}

/** An article's bytes and text (the text a sidecar's offsets count in), or why it cannot be had. */
async function readArticle(fs: FileSystem, path: string, t: Say): Promise<{ text?: string; bytes?: Uint8Array; error?: string; missing?: true }> {
  try {
    const st = await fs.stat(path);
    if (!st) return { missing: true };
    if (st.size > MAX_ARTICLE_BYTES) return { error: tooLarge(st.size, MAX_ARTICLE_BYTES, t) };
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
  lang: CliLanguage;
}

async function check(folder: string, folderArg: string, fs: FileSystem, fix: boolean, lang: CliLanguage): Promise<CheckReport> {
  const { files, missingSidecars } = await findFiles(folder);
  const ctx: CheckContext = { fs, fix, folderArg, display: (abs) => join(folderArg, relative(folder, abs)), idsByArticle: new Map(), t: cliSay(lang), lang };
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
  const parsed = await readYaml(file, parseSidecar, rep, ctx);
  if (!parsed) return rep;
  let sidecar = parsed.value;
  const { unreadable, absorbed } = await recoverLeftovers(fs, file, sidecar);
  rep.problems.push(...leftoverProblems(unreadable, absorbed, ctx));
  if (absorbed && fix) sidecar = absorbed.sidecar;
  const articlePath = join(dirname(file), sidecar.document.source);
  idsByArticle.set(articlePath, new Set(sidecar.annotations.map((a) => a.id)));
  const article = await readArticle(fs, articlePath, ctx.t);
  if (article.text === undefined || !article.bytes || isProbablyBinaryOrNotUtf8(article.bytes)) {
    rep.problems.push({ severity: 'error', ...parsed.locate(['document', 'source']), message: unusableArticle(article, sidecar.document.source, ctx.t) });
    return rep;
  }
  const results = reanchorAll(prepareText(article.text), sidecar.annotations);
  const counts = { total: results.length, exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const r of results) counts[r.status]++;
  rep.problems.push(...anchorProblems(sidecar, results, parsed.locate, ctx));
  rep.annotations = counts;
  if (fix && (counts.moved > 0 || counts.fuzzy > 0 || absorbed)) {
    const saved = await saveAtomically(fs, file, serializeSidecar(reanchored(sidecar, results, article.text), parsed.doc));
    if (saved.ok) {
      rep.fixed = true;
      if (absorbed) await settleAbsorbed(fs, absorbed);
    } else rep.problems.push({ severity: 'error', line: 1, column: 1, message: ctx.t('not fixed: {0}', problemText(saved.words, ctx.t)) });
  }
  return rep;
}

/** Why the article a sidecar annotates cannot be re-anchored against. */
function unusableArticle(article: { error?: string; missing?: true }, source: string, t: Say): string {
  if (article.missing) return t('article {0} not found beside the sidecar', source);
  if (article.error !== undefined) return t('article {0} cannot be read: {1}', source, article.error);
  return t('article {0} is binary or not UTF-8: not re-anchored', source);
}

/** An orphan (an error) or an approximate re-anchoring (a warning) per annotation, where the sidecar has it. */
function anchorProblems(
  sidecar: Sidecar,
  results: readonly AnchorResult[],
  locate: (path: readonly PropertyKey[]) => { line: number; column: number },
  { t, lang }: CheckContext,
): CheckProblem[] {
  const out: CheckProblem[] = [];
  results.forEach((r, i) => {
    const a = sidecar.annotations[i];
    const about = { ...locate(['annotations', i]), annotation: a.id, status: r.status };
    if (r.status === 'orphan') {
      out.push({
        severity: 'error',
        ...about,
        message: t(
          'orphan: {0} {1} {2} is no longer in {3} (kept at {4}-{5}; re-attach or remove it)',
          kindName(a, lang),
          a.id,
          short(a.quote),
          sidecar.document.source,
          a.start,
          a.end,
        ),
      });
    } else if (r.status === 'fuzzy') {
      out.push({
        severity: 'warning',
        ...about,
        message: t('{0} {1} {2} re-anchored approximately at {3}-{4} (score {5}): review it', kindName(a, lang), a.id, short(a.quote), r.start, r.end, r.score),
      });
    }
  });
  return out;
}

/**
 * Reads and parses a sidecar or newsmark.yaml for `rep`: its errors (unreadable, invalid) or its warnings and
 * recorded conflicts go to the report; the parse when it is valid (then `rep.valid`).
 */
async function readYaml<T extends { conflicts?: readonly RecordedConflict[] }>(
  file: string,
  parse: (text: string, file: string) => ParseResult<T>,
  rep: CheckFileReport,
  { fs, t }: CheckContext,
) {
  // Core says what is wrong as codes; the run's language says it in words.
  const said = <P extends { code: ProblemCode; params: ProblemParam[]; message: string }>(p: P): P => ({ ...p, message: problemText(p, t) });
  // Read as the editor reads it (sidecarFile.ts): a file that is not UTF-8 is an error, never decoded lossily.
  const read = await readYamlFile(fs, file);
  if (read.state !== 'read') {
    const problems: YamlProblem[] =
      read.state === 'unreadable'
        ? read.problems
        : [problemAt('cannot-read', 1, 1, read.state === 'missing' ? t('not found') : tooLarge(read.size, MAX_YAML_CHARS, t))];
    rep.problems.push(...problems.map((p) => ({ severity: 'error' as const, ...said(p) })));
    return undefined;
  }
  const parsed = parse(read.text, file);
  if (!parsed.ok) {
    rep.problems.push(...parsed.errors.map((e) => ({ severity: 'error' as const, ...said(e) })));
    return undefined;
  }
  rep.valid = true;
  rep.problems.push(...parsed.warnings.map((w) => ({ severity: 'warning' as const, ...said(w) })));
  rep.problems.push(...recordedConflictProblems(parsed.value.conflicts, parsed.locate).map(said));
  return parsed;
}

/** What an interrupted save left beside a sidecar, as warnings: whole sentences per case, so each language orders its own words. */
function leftoverProblems(unreadable: readonly Leftover[], absorbed: Absorbed | undefined, { display, fix, t }: CheckContext): CheckProblem[] {
  const out: CheckProblem[] = unreadable.map((l) =>
    warning(
      t(
        'an interrupted save left {0}, which cannot be read ({1}:{2}: {3}); left alone: look at it and delete it by hand',
        display(l.path),
        l.problem!.line,
        l.problem!.column,
        problemText(l.problem!, t),
      ),
    ),
  );
  if (absorbed) {
    const names = absorbed.absorbed.map((l) => display(l.path)).join(', ');
    const found =
      absorbed.added > 0
        ? t('an interrupted save left {0} with {1} annotation(s) not in the sidecar', names, absorbed.added)
        : t('an interrupted save left {0} with nothing the sidecar lacks', names);
    const differ = absorbed.conflicts.length
      ? [t("{0} annotation(s) differ ({1}): the sidecar's version is kept", absorbed.conflicts.length, absorbed.conflicts.map((c) => c.id).join(', '))]
      : [];
    const then = !fix
      ? t('run with --fix to merge it into the sidecar and remove it')
      : absorbed.conflicts.length
        ? t('--fix merges it into the sidecar, then removes it unless it holds one of those')
        : t('--fix merges it into the sidecar, then removes it');
    out.push(warning([found, ...differ, then].reduce((all, clause) => t('{0}; {1}', all, clause))));
  }
  return out;
}

function warning(message: string): CheckProblem {
  return { severity: 'warning', line: 1, column: 1, message };
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
    rep.problems.push(
      warning(
        ctx.t(
          'no sidecar; an interrupted save left {0}, which cannot be read ({1}:{2}: {3}); left alone',
          display(l.path),
          l.problem!.line,
          l.problem!.column,
          problemText(l.problem!, ctx.t),
        ),
      ),
    );
  }
  if (!absorbed) return rep;
  const names = absorbed.absorbed.map((l) => display(l.path)).join(', ');
  rep.problems.push(
    warning(
      fix
        ? ctx.t('no sidecar; an interrupted first save left {0} with {1} annotation(s); --fix restores the sidecar from it', names, absorbed.added)
        : ctx.t('no sidecar; an interrupted first save left {0} with {1} annotation(s); run with --fix to restore the sidecar from it', names, absorbed.added),
    ),
  );
  if (fix) {
    const saved = await saveAtomically(fs, file, serializeSidecar(absorbed.sidecar));
    if (saved.ok) {
      rep.fixed = true;
      rep.valid = true;
      await settleAbsorbed(fs, absorbed);
    } else rep.problems.push({ severity: 'error', line: 1, column: 1, message: ctx.t('not restored: {0}', problemText(saved.words, ctx.t)) });
  }
  return rep;
}

/** newsmark.yaml: valid, and its links point at annotations that exist. */
async function checkCorpusFile(file: string, ctx: CheckContext): Promise<CheckFileReport> {
  const { folderArg, idsByArticle, t } = ctx;
  const rep: CheckFileReport = { file: ctx.display(file), kind: 'corpus', valid: false, problems: [] };
  const parsed = await readYaml(file, parseCorpus, rep, ctx);
  if (!parsed) return rep;
  const root = dirname(file);
  parsed.value.links.forEach((link, i) => {
    for (const side of ['a', 'b'] as const) {
      const end = link[side];
      const article = resolve(root, end.file);
      if (!article.startsWith(root + sep)) continue; // the schema already refuses paths leaving the folder
      const ids = idsByArticle.get(article);
      const problem = !ids
        ? t('link {0}: no sidecar for {1} under {2}', link.id, end.file, folderArg)
        : !ids.has(end.annotation)
          ? t('link {0}: {1} has no annotation {2}', link.id, end.file, end.annotation)
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
