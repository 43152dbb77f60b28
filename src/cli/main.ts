import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { version } from '../../package.json';
import { runCommand, type CliIo } from './command';
import { COMMANDS } from './commands';
import { HEAP_RESTARTED, heapRestartLimit, restartArgs } from './heap';
import { argvLanguage, cliSay, type Say } from './language';

const OWN = '--help | --version';

/** `newsmark --help`, in the language of `t`. */
function usage(t: Say): string {
  const width = Math.max(OWN.length, ...COMMANDS.map((c) => c.name.length + t(c.args).length + 1)) + 2;
  const rows = COMMANDS.map((c) => `  newsmark ${`${c.name} ${t(c.args)}`.padEnd(width)}${t(c.summary)}`);
  return `${t('newsmark {0}: annotate news sources from the command line', version)}

${t('Usage:')}
${rows.join('\n')}
  newsmark ${OWN.padEnd(width)}${t('This help, or the version.')}

${t('newsmark <command> --help lists the options of a command.')}
`;
}

/** Runs the command line `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const t = cliSay(argvLanguage(argv));
  // `newsmark --lang fr --help`: the language comes before the command, or instead of it.
  const lead = argv[0] === '--lang' ? argv.slice(0, 2) : argv[0]?.startsWith('--lang=') ? argv.slice(0, 1) : [];
  const [name, ...after] = argv.slice(lead.length);
  // Every command takes --lang: the one given first goes to it.
  const rest = [...after, ...lead];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(t));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`newsmark: ${t("unknown command '{0}'", name)}\n\n${usage(t)}`);
    return 2;
  }
  return runCommand(command, rest, io);
}

/**
 * A reader that stops early (`newsmark report seeds | head -1`) closes the pipe: the output is no longer
 * wanted, which is no failure. Quietly exit 0 rather than die on the unhandled EPIPE with a stack.
 */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

/** Runs the command line in this process, the CLI's normal path. */
function runHere(): void {
  exitQuietlyOnClosedPipe(process.stdout);
  main(process.argv.slice(2), {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : undefined),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`newsmark: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

/** A command whose index needs more heap than node started with runs again in a process that has it (heap.ts). */
function runWithHeap(limitMb: number): void {
  const argv = process.argv.slice(2);
  const child = spawnSync(process.execPath, restartArgs(limitMb, process.execArgv, __filename, argv), {
    stdio: 'inherit',
    env: { ...process.env, [HEAP_RESTARTED]: '1' },
  });
  if (child.error) {
    // No second process (a sandbox that forbids it): run here, with the limit node has.
    runHere();
    return;
  }
  process.exitCode = child.status ?? 1;
}

if (require.main === module) {
  const limit = heapRestartLimit({
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    env: process.env,
    heapLimit: getHeapStatistics().heap_size_limit,
    totalMemory: totalmem(),
  });
  if (limit === undefined) runHere();
  else runWithHeap(limit);
}
