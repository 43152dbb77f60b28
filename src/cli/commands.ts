/**
 * Every `newsmark` command, in the order `newsmark --help` lists them. A new command is a module exporting a
 * `Command` (see command.ts) and one line here.
 */
import { agreementCommand } from './agreement';
import type { Command } from './command';
import { checkCommand } from './check';
import { detectCommand } from './detect';
import { exportCommand } from './export';
import { importCommand } from './import';
import { initGitCommand } from './initGit';
import { mergeDriverCommand } from './mergeDriver';
import { reportCommand } from './report';

// Each command's `extra` is for tests (a fake file system, a worker path): from the command line it is absent.
export const COMMANDS: ReadonlyArray<Command<never>> = [
  detectCommand,
  checkCommand,
  reportCommand,
  exportCommand,
  importCommand,
  agreementCommand,
  initGitCommand,
  mergeDriverCommand,
];
