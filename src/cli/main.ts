import { once } from 'node:events';
import { version } from '../../package.json';
import { runCommand, type CliIo } from './command';
import { COMMANDS } from './commands';

const OWN = '--help | --version';

function usage(): string {
  const width = Math.max(OWN.length, ...COMMANDS.map((c) => c.name.length + c.args.length + 1)) + 2;
  const rows = COMMANDS.map((c) => `  newsmark ${`${c.name} ${c.args}`.padEnd(width)}${c.summary}`);
  return `newsmark ${version}: annotate news sources from the command line

Usage:
${rows.join('\n')}
  newsmark ${OWN.padEnd(width)}This help, or the version.

newsmark <command> --help lists the options of a command.
`;
}

/** Runs the command line `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`newsmark: unknown command '${name}'\n\n${usage()}`);
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

if (require.main === module) {
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
