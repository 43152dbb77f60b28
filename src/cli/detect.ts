import { readFile } from 'node:fs/promises';
import { detect } from '../core/detect/index';
import { fullNamesOf } from '../core/detect/personKey';
import { dateTimex, durationTimex } from '../core/detect/timex';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';
import { runCommand, streamIo, usageOf, type CliIo, type Command, type ParsedArgs } from './command';
import { loadCorpusFolder } from './corpusFolder';
import { cliLanguage, cliSay, LANG_OPTION, type Say } from './language';
import { kindName } from '../core/session/describe';

export interface DetectIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** A news article is rarely above a few hundred KB; a larger file is most likely not one article. */
const DEFAULT_MAX_MB = 10;

export const detectCommand: Command = {
  name: 'detect',
  summary: 'People, dates, durations and quotes found in one article (code-point offsets).',
  args: '<file>',
  description:
    'People, dates, durations and quotes found in one article, with code-point offsets (end exclusive; a\n' +
    "quote's text without its marks). A readable list, or JSON with --json.",
  options: {
    published: { type: 'string', value: 'YYYY[-MM[-DD]]', description: 'the publication date, which relative dates are read against' },
    json: { type: 'boolean', description: 'JSON instead of a readable list' },
    'max-mb': { type: 'string', value: 'N', description: 'the largest file read as one article, in MB (default {0})', descriptionArgs: [DEFAULT_MAX_MB] },
    workspace: {
      type: 'string',
      value: 'folder',
      description: "the articles' folder: a surname alone here is the person another of its articles names in full (as in the editor)",
    },
    lang: LANG_OPTION,
  },
  run: (args, io) => detectFile(args, io),
};

/** `newsmark detect <file>`; returns the exit code (0 fine, 1 unreadable, 2 usage). */
export function runDetect(args: string[], io: DetectIo): Promise<number> {
  return runCommand(detectCommand, args, streamIo(io));
}

/** The full names of the people of a folder's articles (the corpus index's), or undefined when it cannot be read. */
async function workspaceNames(folder: string, io: CliIo, t: Say): Promise<string[] | undefined> {
  const loaded = await loadCorpusFolder(folder, 'detect', io.stderr, { t });
  return loaded?.index ? fullNamesOf(loaded.index.people()) : undefined;
}

async function detectFile({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  const lang = cliLanguage(values.lang);
  const t = cliSay(lang);
  const usage = (why: string) => {
    io.stderr(`newsmark detect: ${why}\n${usageOf(detectCommand, t)}`);
    return 2;
  };
  if (positionals.length !== 1) return usage(positionals.length ? t('one file at a time') : t('which file?'));
  const file = positionals[0];
  const published = values.published as string | undefined;
  const json = values.json === true;
  const maxMb = values['max-mb'] === undefined ? DEFAULT_MAX_MB : Number(values['max-mb']);
  if (!(maxMb > 0)) return usage(t('--max-mb needs a positive number'));
  const maxBytes = maxMb * 1e6;
  if (published !== undefined && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(published)) {
    io.stderr(`newsmark detect: ${t('--published must be YYYY, YYYY-MM or YYYY-MM-DD, got "{0}"', published)}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    io.stderr(`newsmark detect: ${t('cannot read {0}: {1}', file, (e as Error).message)}\n`);
    return 1;
  }
  if (isProbablyBinaryOrNotUtf8(bytes)) {
    io.stderr(`newsmark detect: ${t('{0} is not a UTF-8 text file', file)}\n`);
    return 1;
  }
  if (bytes.length > maxBytes) {
    const size = (bytes.length / 1e6).toFixed(1);
    io.stderr(
      `newsmark detect: ${t('{0} is {1} MB, above the {2} MB limit for one article; raise it with --max-mb N if it really is one article', file, size, (maxBytes / 1e6).toFixed(0))}\n`,
    );
    return 1;
  }
  const knownNames = typeof values.workspace === 'string' ? await workspaceNames(values.workspace, io, t) : [];
  if (!knownNames) return 1;
  const d = detect(decodeArticle(bytes), { published, ...(knownNames.length ? { knownNames } : {}) });
  const out = {
    file,
    published: d.published?.value ?? null,
    language: d.language,
    people: d.people.map((p) => ({ text: p.text, start: p.start, end: p.end, id: p.id })),
    dates: d.dates.map((x) => ({
      text: x.text,
      start: x.start,
      end: x.end,
      value: x.value,
      ...(x.candidates ? { candidates: x.candidates } : {}),
      timex: dateTimex(x),
    })),
    durations: d.durations.map((x) => ({ text: x.text, start: x.start, end: x.end, minutes: x.minutes, qualifier: x.qualifier, timex: durationTimex(x) })),
    quotes: d.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker })),
  };
  if (json) {
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const lines = [`${file} (${out.published ? t('published {0}', out.published) : t('publication date unknown')}, ${out.language})`];
  // Each kind by its word in the run's language, in a column as wide as the longest.
  const kind = (k: string) => kindName(k, lang).padEnd(Math.max(...['person', 'date', 'duration', 'quote'].map((w) => kindName(w, lang).length)) + 2);
  for (const p of out.people) lines.push(`  ${kind('person')}${p.start}-${p.end}  ${p.text}  [${p.id}]`);
  for (const x of out.dates) lines.push(`  ${kind('date')}${x.start}-${x.end}  ${x.text}  -> ${x.value}  [${x.timex.type} ${x.timex.value}]`);
  for (const x of out.durations)
    lines.push(`  ${kind('duration')}${x.start}-${x.end}  ${x.text}  -> ${x.minutes} min (${x.qualifier})  [${x.timex.type} ${x.timex.value}]`);
  for (const q of out.quotes)
    lines.push(`  ${kind('quote')}${q.start}-${q.end}  «${q.text.length > 60 ? q.text.slice(0, 57) + '…' : q.text}»  — ${q.speaker ?? t('speaker unknown')}`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
