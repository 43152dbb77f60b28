/**
 * `newsmark merge-driver <base> <ours> <theirs> [<path>]`: the git merge driver for sidecars and
 * newsmark.yaml (git passes %O %A %B %P). Writes the merge into <ours>, as git expects; exits 0 when
 * clean, 1 when conflicts were recorded in the file (git then marks the file as conflicted, and
 * `newsmark check` lists them), 2 on a usage error. When a side is not a valid Newsmark file, falls
 * back to git's own line merge (conflict markers), so nothing is lost either way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describeConflict, mergeNewsmarkTexts } from '../core/team/mergeFiles';
import { runCommand, streamIo, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { cliLanguage, cliSay, LANG_OPTION } from './language';

export interface DriverIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const mergeDriverCommand: Command = {
  name: 'merge-driver',
  summary: 'The git merge driver init-git installs (%O %A %B %P): merges by id, conflicts kept under "conflicts:".',
  args: '<base> <ours> <theirs> [<path>]',
  description:
    'The git merge driver for sidecars and newsmark.yaml (git runs it as merge-driver %O %A %B %P).\n' +
    'Merges by id into <ours>; what it cannot decide is kept in the file under "conflicts:" (newsmark check\n' +
    'lists it) and the exit code is 1, so git stops the merge. A side that is not a valid Newsmark file is\n' +
    'merged line by line by git merge-file instead.',
  options: { lang: LANG_OPTION },
  run: (args, io) => Promise.resolve(mergeFiles(args, io)),
};

/** Git's line merge of the three files into `ours`; its exit code is the number of conflicts (capped). */
function lineMerge(base: string, ours: string, theirs: string, path: string): number {
  const r = spawnSync('git', ['merge-file', '-L', `${path} (ours)`, '-L', `${path} (base)`, '-L', `${path} (theirs)`, ours, base, theirs], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.error || r.status === null) return 1;
  return r.status === 0 ? 0 : 1;
}

/** Runs the merge driver; returns the exit code. */
export function runMergeDriver(args: string[], io: DriverIo): Promise<number> {
  return runCommand(mergeDriverCommand, args, streamIo(io));
}

function mergeFiles({ values, positionals }: ParsedArgs, io: CliIo): number {
  // Git runs the driver with the user's environment: LANG decides, as for the other commands.
  const t = cliSay(cliLanguage(values.lang));
  if (positionals.length < 3 || positionals.length > 4) {
    io.stderr(`newsmark merge-driver: ${t('three files (base, ours, theirs) and the path')}\n${usageOf(mergeDriverCommand, t)}`);
    return 2;
  }
  const [basePath, oursPath, theirsPath] = positionals;
  const path = positionals[3] ?? oursPath;
  let texts: [string, string, string];
  try {
    texts = [readFileSync(basePath, 'utf8'), readFileSync(oursPath, 'utf8'), readFileSync(theirsPath, 'utf8')];
  } catch (e) {
    io.stderr(`newsmark merge-driver: ${(e as Error).message}\n`);
    return 2;
  }
  const result = mergeNewsmarkTexts(texts[0], texts[1], texts[2], path);
  if (!result.ok) {
    io.stderr(`newsmark merge-driver: ${path}: ${t('{0}; merging it line by line instead', result.message)}\n`);
    return lineMerge(basePath, oursPath, theirsPath, path);
  }
  writeFileSync(oursPath, result.text);
  for (const c of result.conflicts) io.stderr(`newsmark merge-driver: ${path}: ${describeConflict(c)}\n`);
  if (result.conflicts.length > 0) {
    const n = result.conflicts.length;
    const what =
      n === 1
        ? t('1 conflict recorded under "conflicts:"; run "newsmark check" to list it, resolve, then "git add"')
        : t('{0} conflicts recorded under "conflicts:"; run "newsmark check" to list them, resolve, then "git add"', n);
    io.stderr(`newsmark merge-driver: ${path}: ${what}\n`);
    return 1;
  }
  return 0;
}
