/**
 * `newsmark init-git [<folder>] [--command "<driver command>"]`: sets up a git repository so that
 * sidecars and newsmark.yaml merge by annotation id. It adds the `.gitattributes` lines (at the
 * repository root) and the `merge.newsmark` entries to the repository's git config. Idempotent.
 * docs/team.md shows the same by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCommand, streamIo, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { cliLanguage, cliSay, LANG_OPTION } from './language';

export interface InitGitIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** The lines `init-git` makes sure `.gitattributes` holds. */
export const GITATTRIBUTES_LINES = ['*.annotations.yaml merge=newsmark', 'newsmark.yaml merge=newsmark'];

export const initGitCommand: Command = {
  name: 'init-git',
  summary: 'Make git merge sidecars and newsmark.yaml by annotation id (.gitattributes + git config).',
  args: '[<folder>]',
  description:
    'Sets up the git repository holding <folder> (default: here) so that sidecars and newsmark.yaml merge\n' +
    'by annotation id: adds the .gitattributes lines and the merge.newsmark entries of git config. Run once\n' +
    'per clone (git config is not shared); commit .gitattributes.',
  options: {
    command: { type: 'string', value: 'how to run newsmark', description: 'the command git starts (default: this CLI through this Node, or "newsmark")' },
    lang: LANG_OPTION,
  },
  run: (args, io) => Promise.resolve(initGit(args, io)),
};

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, out: (r.stdout ?? '').trim(), err: (r.stderr ?? String(r.error ?? '')).trim() };
}

/**
 * How git should start this CLI: the running script through this Node when it is the bundled
 * `cli.js` (an npm install or a checkout need not put `newsmark` on PATH), else `newsmark`.
 */
function defaultCommand(): string {
  const script = process.argv[1];
  if (script && /\.[cm]?js$/.test(script) && existsSync(script)) {
    return `"${process.execPath}" "${realpathSync(script)}"`;
  }
  return 'newsmark';
}

/** Runs `newsmark init-git`; returns the exit code (0 done, 1 not a git repository, 2 usage). */
export function runInitGit(args: string[], io: InitGitIo): Promise<number> {
  return runCommand(initGitCommand, args, streamIo(io));
}

function initGit({ values, positionals }: ParsedArgs, io: CliIo): number {
  const t = cliSay(cliLanguage(values.lang));
  if (positionals.length > 1) {
    io.stderr(`newsmark init-git: ${t('one folder at most')}\n${usageOf(initGitCommand, t)}`);
    return 2;
  }
  const folder = positionals[0] ?? '.';
  const command = typeof values.command === 'string' ? values.command : undefined;
  const top = git(resolve(folder), ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    io.stderr(`newsmark init-git: ${t('{0} is not inside a git repository ({1}); run "git init" first', resolve(folder), top.err)}\n`);
    return 1;
  }
  const root = top.out;
  const attributes = join(root, '.gitattributes');
  const current = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
  const present = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const missing = GITATTRIBUTES_LINES.filter((l) => !present.has(l));
  if (missing.length) {
    const sep = current === '' || current.endsWith('\n') ? '' : '\n';
    writeFileSync(attributes, `${current}${sep}${missing.join('\n')}\n`);
    io.stdout(`${t('added to {0}:', attributes)}\n  ${missing.join('\n  ')}\n`);
  } else io.stdout(`${t('{0} already routes Newsmark files to the newsmark merge driver', attributes)}\n`);
  const driver = `${command ?? defaultCommand()} merge-driver %O %A %B %P`;
  for (const [key, value] of [
    ['merge.newsmark.name', 'Newsmark: merge sidecars and newsmark.yaml by annotation id'],
    ['merge.newsmark.driver', driver],
  ]) {
    const set = git(root, ['config', key, value]);
    if (!set.ok) {
      io.stderr(`newsmark init-git: ${t('git config {0} failed: {1}', key, set.err)}\n`);
      return 1;
    }
  }
  io.stdout(
    `git config merge.newsmark.driver = ${driver}\n${t('commit .gitattributes so that everyone\'s merges use it; each clone runs "newsmark init-git" once (git config is not shared)')}\n`,
  );
  return 0;
}
