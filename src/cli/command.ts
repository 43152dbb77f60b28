/**
 * One CLI command: its name, summary, arguments and options, and what it runs. `main.ts` lists the commands
 * (commands.ts) and derives `newsmark --help`, `newsmark <command> --help` and the argument parsing
 * (`node:util` parseArgs) from them, so a new command is one module and one line in commands.ts.
 */
import { parseArgs } from 'node:util';
import { argvLanguage, cliSay, type Say } from './language';

/** Where a command writes. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Resolves once standard output took what was written: a streaming command waits, so a slow pipe cannot fill memory. */
  drain?: () => Promise<void> | undefined;
}

/** An option as `--help` shows it and parseArgs reads it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What the value is, for the help (`--lang <fr|en>`). */
  value?: string;
  /**
   * A string option that takes two values, `--between A B` (as well as `--between A --between B`): parsed as a
   * list. parseArgs takes one value per option, and would leave B among the positionals, where it passes for the
   * folder when the folder comes after.
   */
  pair?: true;
  /** What the help says of it, in English (the key of its French in helpFr.ts); `{0}`… are `descriptionArgs`. */
  description: string;
  descriptionArgs?: Array<string | number>;
}

/** The parsed arguments a command runs with. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command<Extra = undefined> {
  name: string;
  /** One line, for `newsmark --help`. */
  summary: string;
  /** The positional arguments, as the usage line shows them (`<folder>`). */
  args: string;
  /** What the command does, for `newsmark <command> --help` (defaults to the summary). */
  description?: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 fine, 1 failure, 2 usage. */
  run(args: ParsedArgs, io: CliIo, extra?: Extra): Promise<number>;
}

/** The usage line of a command, in the language of `t` (English by default). */
export function usageOf(cmd: Command<never>, t: Say = cliSay('en')): string {
  return `${t('usage: newsmark {0} {1} [options]  (newsmark {0} --help for the options)', cmd.name, t(cmd.args))}\n`;
}

/** `newsmark <command> --help`, in the language of `t`. */
export function helpOf(cmd: Command<never>, t: Say = cliSay('en')): string {
  const rows = Object.entries(cmd.options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` <${o.value}>` : ''}`,
    t(o.description, ...(o.descriptionArgs ?? [])),
  ]);
  rows.push(['-h, --help', t('this help')]);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  const options = rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
  return `${t('usage: newsmark {0} {1} [options]', cmd.name, t(cmd.args))}\n\n${t(cmd.description ?? cmd.summary)}\n\n${t('Options:')}\n${options}\n`;
}

/**
 * Parses a command's arguments and runs it: `--help` prints its help; an unknown option, a missing value or
 * a stray argument prints what is wrong and the usage, and exits 2.
 */
export async function runCommand<Extra>(cmd: Command<Extra>, argv: string[], io: CliIo, extra?: Extra): Promise<number> {
  let parsed: ParsedArgs;
  // The help and the usage errors in the language of --lang, else of the environment.
  const t = cliSay(argvLanguage(argv));
  try {
    const options = Object.fromEntries(
      Object.entries(cmd.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.pair ? { multiple: true } : {}) }]),
    );
    parsed = parseArgs({ args: pairsSplit(argv, cmd), options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`newsmark ${cmd.name}: ${parseError(e, t)}\n${usageOf(cmd, t)}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(helpOf(cmd, t));
    return 0;
  }
  return cmd.run(parsed, io, extra);
}

/** `--between A B` as `--between A --between B`, for the options that take a pair (stops at `--` and at an option). */
function pairsSplit(argv: readonly string[], cmd: Command<never>): string[] {
  const pairs = Object.entries(cmd.options)
    .filter(([, o]) => o.pair)
    .map(([name]) => name);
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    out.push(arg);
    if (arg === '--') return [...out, ...argv.slice(i + 1)];
    const name = pairs.find((n) => arg === `--${n}` || arg.startsWith(`--${n}=`));
    if (!name) continue;
    // A repeated option (`--between A --between B`) takes one value each time: what follows the second is a positional.
    const takesTwo = !seen.has(name);
    seen.add(name);
    if (!takesTwo) continue;
    const first = arg.includes('=') ? i : i + 1;
    if (first !== i) out.push(...argv.slice(i + 1, i + 2));
    const second = argv[first + 1];
    if (second !== undefined && !second.startsWith('-')) out.push(`--${name}`, second);
    i = second !== undefined && !second.startsWith('-') ? first + 1 : first;
  }
  return out;
}

/** parseArgs' errors, said shortly (its own messages explain `--` at length). */
function parseError(e: unknown, t: Say): string {
  const err = e as { code?: string; message?: string };
  // The option as typed, without parseArgs' "<value>" after it.
  const option = /'([^']+)'/.exec(err.message ?? '')?.[1]?.split(' ')[0] ?? '?';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t("unknown option '{0}'", option);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // parseArgs says "Option '--x <value>' argument missing" or "Option '--y' does not take an argument".
    return /does not take/.test(err.message ?? '') ? t("option '{0}' takes no value", option) : t("option '{0}' needs a value", option);
  }
  return err.message ?? String(e);
}

/** Streams (process.stdout, a test's capture) as a command's io. */
export function streamIo(io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } }): CliIo {
  return { stdout: (s) => void io.stdout.write(s), stderr: (s) => void io.stderr.write(s) };
}
