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
import { problemText } from '../core/sidecar/problems';
import { cliLanguage, cliSay, LANG_OPTION } from './language';
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
    'Agreement between two annotators over the sidecars of <folder>: per kind, span F1 (same kind, start and\n' +
    "end; relaxed: overlapping) and Cohen's kappa on the kinds of overlapping spans, then the disagreements\n" +
    'with links to article:line. An annotation is an annotator\'s by its "author" field. Markdown, or --json.',
  options: {
    between: { type: 'string', value: 'A> <B', pair: true, description: 'the two annotators, as the sidecars name them (author)' },
    json: { type: 'boolean', description: 'JSON instead of Markdown' },
    lang: LANG_OPTION,
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
  // An unknown --lang is refused in the environment's language (cliLanguage falls back to it).
  const lang = cliLanguage(values.lang);
  const t = cliSay(lang);
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
    io.stderr(`newsmark agreement: ${t('--lang is fr or en')}\n${usageOf(agreementCommand, t)}`);
    return 2;
  }
  // `--between alice bob` and `--between alice --between bob` both give the list (command.ts, `pair`).
  const between = Array.isArray(values.between) ? values.between : [];
  const [folder, ...stray] = positionals;
  const usage = !folder
    ? t('which folder?')
    : stray.length
      ? t('one folder only; give the annotators after --between: --between A B')
      : between.length !== 2 || between[0] === between[1]
        ? t('give two different annotators: --between A B')
        : undefined;
  if (usage) {
    io.stderr(`newsmark agreement: ${usage}\n${usageOf(agreementCommand, t)}`);
    return 2;
  }
  const json = values.json === true;
  const root = resolve(folder);
  let sidecars: string[];
  try {
    sidecars = await sidecarsUnder(root);
  } catch (e) {
    io.stderr(`newsmark agreement: ${t('cannot read {0}: {1}', folder, (e as Error).message)}\n`);
    return 2;
  }
  const toPosix = (p: string) => relative(root, p).split(sep).join('/');
  const { files, unreadable } = await readAnnotatedFiles(new NodeFileSystem(), sidecars, toPosix);
  for (const u of unreadable) {
    const why = u.problem ? `${u.problem.line}:${u.problem.column}: ${problemText(u.problem, t)}` : u.message;
    io.stderr(`newsmark agreement: ${t('{0}:{1} (left out)', toPosix(u.path), why)}\n`);
  }
  const report = measureAgreement(files, between[0], between[1]);
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(agreementMarkdown(report, { lang, link: (file, line) => `${encodeURI(file)}${line ? `#L${line}` : ''}` }));
  if (report.overall.a + report.overall.b === 0) {
    io.stderr(
      `newsmark agreement: ${t('no annotation by {0} or {1} under {2} (annotations record their author in the "author" field)', between[0], between[1], folder)}\n`,
    );
    return 1;
  }
  return 0;
}
