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
import { runCommand, streamIo, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { cliLanguage } from './language';
import { NodeFileSystem } from './nodeFs';

export interface AgreementIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const agreementCommand: Command = {
  name: 'agreement',
  summary: "Span F1 and Cohen's kappa between two annotators (each annotation's author), per kind.",
  args: '<folder> --between <A> <B>',
  description:
    "Agreement between two annotators over the sidecars of <folder>: per kind, span F1 (same kind, start and\n" +
    "end; relaxed: overlapping) and Cohen's kappa on the kinds of overlapping spans, then the disagreements\n" +
    'with links to article:line. An annotation is an annotator\'s by its "author" field. Markdown, or --json.',
  options: {
    between: { type: 'string', value: 'A> <B', description: 'the two annotators, as the sidecars name them (author)' },
    json: { type: 'boolean', description: 'JSON instead of Markdown' },
    lang: { type: 'string', value: 'fr|en', description: 'the language of the report (default: from LANG, else English)' },
  },
  run: (args, io) => agreement(args, io),
};

/** Sidecars under `root`, skipping node_modules and hidden folders, sorted. */
async function sidecarsUnder(root: string): Promise<string[]> {
  const names = await fsp.readdir(root, { recursive: true });
  return names
    .filter((n) => n.endsWith(SIDECAR_SUFFIX) && !n.split(sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .map((n) => join(root, n))
    .sort();
}

/** Runs `newsmark agreement`; returns the exit code. */
export function runAgreement(args: string[], io: AgreementIo): Promise<number> {
  return runCommand(agreementCommand, args, streamIo(io));
}

async function agreement({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  // `--between alice bob`: parseArgs takes "alice" as the option's value and leaves "bob" among the positionals.
  const [folder, second, ...stray] = positionals;
  const first = typeof values.between === 'string' ? values.between : undefined;
  if (!folder || !first || !second || stray.length || first === second) {
    io.stderr(`newsmark agreement: give a folder and two different annotators\n${usageOf(agreementCommand)}`);
    return 2;
  }
  const between = [first, second];
  const json = values.json === true;
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
    io.stderr(`newsmark agreement: --lang is fr or en\n${usageOf(agreementCommand)}`);
    return 2;
  }
  const root = resolve(folder);
  let sidecars: string[];
  try {
    sidecars = await sidecarsUnder(root);
  } catch (e) {
    io.stderr(`newsmark agreement: cannot read ${folder}: ${(e as Error).message}\n`);
    return 2;
  }
  const toPosix = (p: string) => relative(root, p).split(sep).join('/');
  const { files, unreadable } = await readAnnotatedFiles(new NodeFileSystem(), sidecars, toPosix);
  for (const u of unreadable) io.stderr(`newsmark agreement: ${toPosix(u.path)}:${u.message} (left out)\n`);
  const report = measureAgreement(files, between[0], between[1]);
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(agreementMarkdown(report, { lang: cliLanguage(values.lang), link: (file, line) => `${encodeURI(file)}${line ? `#L${line}` : ''}` }));
  if (report.overall.a + report.overall.b === 0) {
    io.stderr(`newsmark agreement: no annotation by ${between[0]} or ${between[1]} under ${folder} (annotations record their author in the "author" field)\n`);
    return 1;
  }
  return 0;
}
