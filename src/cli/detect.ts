import { readFile } from 'node:fs/promises';
import { detect } from '../core/detect/index';
import { decodeArticle, isProbablyBinaryOrNotUtf8 } from '../core/text/offsets';

export interface DetectIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = 'usage: newsmark detect <file> [--published YYYY[-MM[-DD]]] [--json] [--max-mb N]\n';

/** A news article is rarely above a few hundred KB; a larger file is most likely not one article. */
const DEFAULT_MAX_MB = 10;

/**
 * `newsmark detect <file>`: people, dates, durations and quotes of one article, with code-point
 * offsets (end exclusive; a quote's text without its marks). JSON with --json, else a readable list.
 */
export async function runDetect(args: string[], io: DetectIo): Promise<number> {
  let file: string | undefined;
  let published: string | undefined;
  let json = false;
  let maxBytes = DEFAULT_MAX_MB * 1e6;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--max-mb') {
      const n = Number(args[++i]);
      if (!(n > 0)) {
        io.stderr.write(`newsmark detect: --max-mb needs a positive number\n${USAGE}`);
        return 2;
      }
      maxBytes = n * 1e6;
    }
    else if (a === '--published') published = args[++i];
    else if (a.startsWith('--published=')) published = a.slice('--published='.length);
    else if (a.startsWith('-')) {
      io.stderr.write(`newsmark detect: unknown option ${a}\n${USAGE}`);
      return 2;
    } else if (!file) file = a;
    else {
      io.stderr.write(`newsmark detect: one file at a time\n${USAGE}`);
      return 2;
    }
  }
  if (!file) {
    io.stderr.write(USAGE);
    return 2;
  }
  if (published !== undefined && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(published)) {
    io.stderr.write(`newsmark detect: --published must be YYYY, YYYY-MM or YYYY-MM-DD, got "${published}"\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    io.stderr.write(`newsmark detect: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  if (isProbablyBinaryOrNotUtf8(bytes)) {
    io.stderr.write(`newsmark detect: ${file} is not a UTF-8 text file\n`);
    return 1;
  }
  if (bytes.length > maxBytes) {
    io.stderr.write(
      `newsmark detect: ${file} is ${(bytes.length / 1e6).toFixed(1)} MB, above the ${(maxBytes / 1e6).toFixed(0)} MB limit for one article; ` +
        'raise it with --max-mb N if it really is one article\n',
    );
    return 1;
  }
  const d = detect(decodeArticle(bytes), { published });
  const out = {
    file,
    published: d.published?.value ?? null,
    language: d.language,
    people: d.people.map((p) => ({ text: p.text, start: p.start, end: p.end, id: p.id })),
    dates: d.dates.map((x) => ({ text: x.text, start: x.start, end: x.end, value: x.value, ...(x.candidates ? { candidates: x.candidates } : {}) })),
    durations: d.durations.map((x) => ({ text: x.text, start: x.start, end: x.end, minutes: x.minutes, qualifier: x.qualifier })),
    quotes: d.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker })),
  };
  if (json) {
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const lines = [`${file} (published ${out.published ?? 'unknown'}, ${out.language})`];
  for (const p of out.people) lines.push(`  person    ${p.start}-${p.end}  ${p.text}  [${p.id}]`);
  for (const x of out.dates) lines.push(`  date      ${x.start}-${x.end}  ${x.text}  -> ${x.value}`);
  for (const x of out.durations) lines.push(`  duration  ${x.start}-${x.end}  ${x.text}  -> ${x.minutes} min (${x.qualifier})`);
  for (const q of out.quotes) lines.push(`  quote     ${q.start}-${q.end}  «${q.text.length > 60 ? q.text.slice(0, 57) + '…' : q.text}»  — ${q.speaker ?? 'speaker unknown'}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
