/**
 * `newsmark init-git [<folder>] [--command "<driver command>"]`: sets up a git repository so that
 * sidecars and newsmark.yaml merge by annotation id. It adds the `.gitattributes` lines (at the
 * repository root) and the `merge.newsmark` entries to the repository's git config. Idempotent.
 * docs/team.md shows the same by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface InitGitIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** The lines `init-git` makes sure `.gitattributes` holds. */
export const GITATTRIBUTES_LINES = ['*.annotations.yaml merge=newsmark', 'newsmark.yaml merge=newsmark'];

const USAGE = 'usage: newsmark init-git [<folder>] [--command "<how to run newsmark>"]\n';

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
export function runInitGit(args: string[], io: InitGitIo): number {
  let folder = '.';
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--command' && i + 1 < args.length) command = args[++i];
    else if (args[i].startsWith('-')) {
      io.stderr.write(USAGE);
      return 2;
    } else folder = args[i];
  }
  const top = git(resolve(folder), ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    io.stderr.write(`newsmark init-git: ${resolve(folder)} is not inside a git repository (${top.err}); run "git init" first\n`);
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
    io.stdout.write(`added to ${attributes}:\n  ${missing.join('\n  ')}\n`);
  } else io.stdout.write(`${attributes} already routes Newsmark files to the newsmark merge driver\n`);
  const driver = `${command ?? defaultCommand()} merge-driver %O %A %B %P`;
  for (const [key, value] of [
    ['merge.newsmark.name', 'Newsmark: merge sidecars and newsmark.yaml by annotation id'],
    ['merge.newsmark.driver', driver],
  ]) {
    const set = git(root, ['config', key, value]);
    if (!set.ok) {
      io.stderr.write(`newsmark init-git: git config ${key} failed: ${set.err}\n`);
      return 1;
    }
  }
  io.stdout.write(`git config merge.newsmark.driver = ${driver}\ncommit .gitattributes so that everyone's merges use it; each clone runs "newsmark init-git" once (git config is not shared)\n`);
  return 0;
}
