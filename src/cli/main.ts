import { version } from '../../package.json';
import { runAgreement } from './agreement';
import { runCheck } from './check';
import { runDetect } from './detect';
import { runInitGit } from './initGit';
import { runMergeDriver } from './mergeDriver';
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
  newsmark agreement <folder> --between <annotator A> <annotator B> [--json]
      Span F1 and Cohen's kappa between two annotators (each annotation's author), per kind.
  newsmark init-git [<folder>] [--command "<how to run newsmark>"]
      Make git merge sidecars and newsmark.yaml by annotation id (.gitattributes + git config).
  newsmark merge-driver <base> <ours> <theirs> [<path>]
      The git merge driver init-git installs (%O %A %B %P); conflicts are kept under "conflicts:".
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
    case 'agreement':
      return runAgreement(rest, io);
    case 'init-git':
      return runInitGit(rest, io);
    case 'merge-driver':
      return runMergeDriver(rest, io);
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
