/**
 * `newsmark agreement <folder> --between <a> <b> [--json]`: span F1 and Cohen's kappa between two
 * annotators (the `author` of each annotation) over the sidecars of a folder, as Markdown (links
 * relative to the folder) or JSON. Exit 0, 1 when neither annotator has an annotation, 2 on usage.
 */
import { promises as fsp } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { measureAgreement } from '../core/team/agreement';
import { agreementMarkdown } from '../core/team/agreementMarkdown';
import { readAnnotatedFiles } from '../core/team/annotatedFiles';
import { SIDECAR_SUFFIX } from '../core/sidecar/schema';
import { NodeFileSystem } from './nodeFs';

export interface AgreementIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = 'usage: newsmark agreement <folder> --between <annotator A> <annotator B> [--json]\n';

/** Sidecars under `root`, skipping node_modules and hidden folders, sorted. */
async function sidecarsUnder(root: string): Promise<string[]> {
  const names = await fsp.readdir(root, { recursive: true });
  return names
    .filter((n) => n.endsWith(SIDECAR_SUFFIX) && !n.split(sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .map((n) => join(root, n))
    .sort();
}

/** Runs `newsmark agreement`; returns the exit code. */
export async function runAgreement(args: string[], io: AgreementIo): Promise<number> {
  let folder: string | undefined;
  let between: string[] | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--between' && i + 2 < args.length && !args[i + 1].startsWith('--') && !args[i + 2].startsWith('--')) {
      between = [args[i + 1], args[i + 2]];
      i += 2;
    } else if (args[i] === '--json') json = true;
    else if (!args[i].startsWith('--') && folder === undefined) folder = args[i];
    else return usage(io);
  }
  if (!folder || !between || between[0] === between[1]) return usage(io);
  const root = resolve(folder);
  let sidecars: string[];
  try {
    sidecars = await sidecarsUnder(root);
  } catch (e) {
    io.stderr.write(`newsmark agreement: cannot read ${folder}: ${(e as Error).message}\n`);
    return 2;
  }
  const toPosix = (p: string) => relative(root, p).split(sep).join('/');
  const { files, unreadable } = await readAnnotatedFiles(new NodeFileSystem(), sidecars, toPosix);
  for (const u of unreadable) io.stderr.write(`newsmark agreement: ${toPosix(u.path)}:${u.message} (left out)\n`);
  const report = measureAgreement(files, between[0], between[1]);
  if (json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(agreementMarkdown(report, { link: (file, line) => `${encodeURI(file)}${line ? `#L${line}` : ''}` }));
  if (report.overall.a + report.overall.b === 0) {
    io.stderr.write(`newsmark agreement: no annotation by ${between[0]} or ${between[1]} under ${folder} (annotations record their author in the "author" field)\n`);
    return 1;
  }
  return 0;
}

function usage(io: AgreementIo): number {
  io.stderr.write(USAGE);
  return 2;
}
