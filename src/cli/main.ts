import { version } from '../../package.json';

const USAGE = `newsmark ${version}: annotate news sources from the command line

Usage:
  newsmark detect <file> [--published YYYY-MM-DD] [--json]
  newsmark check <folder> [--json] [--fix]
  newsmark report <folder> [--json | --format md]
  newsmark --help | --version
`;

export function main(argv: string[]): number {
  const [command] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  process.stderr.write(`newsmark: unknown command '${command}'\n\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
