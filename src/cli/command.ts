/**
 * One CLI command: its name, summary, arguments and options, and what it runs. `main.ts` lists the commands
 * (commands.ts) and derives `newsmark --help`, `newsmark <command> --help` and the argument parsing
 * (`node:util` parseArgs) from them, so a new command is one module and one line in commands.ts.
 */
import { parseArgs } from 'node:util';

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
  description: string;
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

/** The usage line of a command. */
export function usageOf(cmd: Command<never>): string {
  return `usage: newsmark ${cmd.name} ${cmd.args} [options]  (newsmark ${cmd.name} --help for the options)\n`;
}

/** `newsmark <command> --help`. */
export function helpOf(cmd: Command<never>): string {
  const rows = Object.entries(cmd.options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` <${o.value}>` : ''}`, o.description]);
  rows.push(['-h, --help', 'this help']);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  const options = rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
  return `usage: newsmark ${cmd.name} ${cmd.args} [options]\n\n${cmd.description ?? cmd.summary}\n\nOptions:\n${options}\n`;
}

/**
 * Parses a command's arguments and runs it: `--help` prints its help; an unknown option, a missing value or
 * a stray argument prints what is wrong and the usage, and exits 2.
 */
export async function runCommand<Extra>(cmd: Command<Extra>, argv: string[], io: CliIo, extra?: Extra): Promise<number> {
  let parsed: ParsedArgs;
  try {
    const options = Object.fromEntries(Object.entries(cmd.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.pair ? { multiple: true } : {}) }]));
    parsed = parseArgs({ args: pairsSplit(argv, cmd), options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`newsmark ${cmd.name}: ${parseError(e)}\n${usageOf(cmd)}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(helpOf(cmd));
    return 0;
  }
  return cmd.run(parsed, io, extra);
}

/** `--between A B` as `--between A --between B`, for the options that take a pair (stops at `--` and at an option). */
function pairsSplit(argv: readonly string[], cmd: Command<never>): string[] {
  const pairs = Object.entries(cmd.options).filter(([, o]) => o.pair).map(([name]) => name);
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
function parseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(err.message ?? '')?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option ?? '?'}'`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return (err.message ?? 'an option lacks its value').replace(/^Option /, 'option ');
  return err.message ?? String(e);
}

/** Streams (process.stdout, a test's capture) as a command's io. */
export function streamIo(io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } }): CliIo {
  return { stdout: (s) => void io.stdout.write(s), stderr: (s) => void io.stderr.write(s) };
}
