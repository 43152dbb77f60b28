import { once } from 'node:events';
import { version } from '../../package.json';
import { runCheck } from './check';
import { runDetect } from './detect';
import { runExport } from './export';
import { runImport } from './import';
import { runReport } from './report';

const USAGE = `newsmark ${version}: annotate news sources from the command line

Usage:
  newsmark detect <file> [--published YYYY-MM-DD] [--json]
      People, dates, durations and quotes found in one article (code-point offsets).
  newsmark check <folder> [--json] [--fix]
      Validate every sidecar and newsmark.yaml, re-anchor every annotation; exit 1 on errors or
      orphans. Writes nothing unless --fix (then only re-anchored positions).
  newsmark report <folder> [--json | --format md] [--lang fr|en] [--workers N]
      Events, contradictions, agreements and people across the articles of a folder.
  newsmark export <folder> --format w3c|brat|csv|timelinejs|claimreview|conll|ndjson [--out <dir>]
      Annotations, events and contradictions in a standard format, on standard output (brat: into --out).
  newsmark import <file-or-dir> --format w3c|brat --into <folder>
      W3C / Hypothesis annotations or a brat project into the folder's sidecars (merged by id, atomically).
  newsmark --help | --version
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdout: process.stdout, stderr: process.stderr };
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case '--version':
    case '-v':
      process.stdout.write(`${version}\n`);
      return 0;
    case 'detect':
      return runDetect(rest, io);
    case 'check':
      return runCheck(rest, io);
    case 'report':
      return runReport(rest, { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s) });
    case 'export':
      return runExport(rest, {
        stdout: (s) => void process.stdout.write(s),
        stderr: (s) => void process.stderr.write(s),
        drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : undefined),
      });
    case 'import':
      return runImport(rest, { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s) });
    default:
      process.stderr.write(`newsmark: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`newsmark: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
