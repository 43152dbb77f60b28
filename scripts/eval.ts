/**
 * `npm run eval`: detection measured in process on the public corpora's development splits
 * (`../shared/corpora/*.jsonl`, scored with the rules of its README) and on the seeds' gold
 * (test/fixtures/gold); prints the figures and writes them, with the ten largest error classes of each
 * corpus, into the `eval` section of docs/quality.md.
 *
 *   npm run eval                       # all corpora, writes docs/quality.md
 *   npm run eval -- --no-write         # print only
 *   npm run eval -- --errors timex-fr  # also print every error record of the corpora whose name contains it
 *   NEWSMARK_CORPORA=/path npm run eval
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../src/core/detect/index';
import { addCounts, compare, KINDS, predictedItems, score, type Counts, type Kind } from '../src/core/detect/evaluate';
import { parseCorpus } from '../src/core/evaluation/corpus';
import { largestClasses, type ErrorRecord } from '../src/core/evaluation/errorClasses';
import { evaluatePeopleCorpus, evaluateTimexCorpus } from '../src/core/evaluation/run';
import { prf, type SpanCounts } from '../src/core/evaluation/spanScore';
import { loadGold, replaceSection } from './goldFiles';
import { runEventsEvaluation } from './eval-events';
import { eventsMarkdown } from '../src/core/evaluation/events';

const root = join(__dirname, '..');
const corporaDir = process.env.NEWSMARK_CORPORA ?? join(root, '../shared/corpora');
const USAGE = `usage: npm run eval [-- --no-write] [-- --errors <corpus>]
  --no-write         print the figures only; docs/quality.md is left as it is
  --errors <corpus>  also print every error record of the corpora whose name contains <corpus>
  --help             this text
The corpora are read from ../shared/corpora (or $NEWSMARK_CORPORA).
`;

/** The options, on node:util's parser: an unknown one is refused (it used to run the whole evaluation). */
function options(): { write: boolean; errorsFor: string | null } {
  try {
    const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' }, errors: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    return { write: !values['no-write'], errorsFor: values.errors ?? null };
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const { write, errorsFor } = options();

/** One corpus's part of the report: a line of figures for the console and a Markdown section. */
interface Section {
  name: string;
  console: string;
  markdown: string;
}

/**
 * The evaluations, in report order. Each reads its own files under `dir` and returns null when they are
 * absent. Hook for a new corpus (the events engineer: events-en-dev): add an entry here whose `run`
 * scores it with a pure module of src/core/evaluation/ and returns its Section.
 */
const EVALUATIONS: Array<{ name: string; run: (dir: string) => Section | null }> = [
  { name: 'timex-fr-dev', run: (dir) => timexSection(dir, 'timex-fr-dev', 'French TimeBank 1.1 (dev)') },
  { name: 'timex-en-dev', run: (dir) => timexSection(dir, 'timex-en-dev', 'TempEval-3 TBAQ, English (dev)') },
  { name: 'people-fr-dev', run: (dir) => peopleSection(dir, 'people-fr-dev', 'Sequoia PERS, French (dev)') },
  { name: 'people-en-dev', run: (dir) => peopleSection(dir, 'people-en-dev', 'wikigold PER, English (dev)') },
  { name: 'events-en-dev', run: (dir) => eventsSection(dir) },
];

function eventsSection(dir: string): Section | null {
  const folder = join(dir, 'events-en-dev');
  if (!existsSync(join(folder, 'gold.jsonl'))) return null;
  const r = runEventsEvaluation(folder);
  const d = r.documents;
  return {
    name: 'events-en-dev',
    console: `${'events-en-dev'.padEnd(14)} articles B3 ${f2(d.b3.f1)}  pairwise ${f2(d.pairwise.f1)}  look-alikes merged ${d.lookAlikes.merged}/${d.lookAlikes.pairs}  mention recall ${f2(r.mentions.recall)}  mention B3 ${f2(r.mentions.b3.f1)}  (${r.articles} articles, ${r.withEvent} with an event)`,
    markdown: eventsMarkdown('ECB+ dev topics 1–35 (`events-en-dev/`)', r),
  };
}

const f2 = (x: number): string => x.toFixed(3);
const prfCells = (c: SpanCounts): string => {
  const s = prf(c);
  return `${f2(s.precision)} | ${f2(s.recall)} | **${f2(s.f1)}** | ${c.matchedSystem}/${c.system} | ${c.matchedGold}/${c.gold}`;
};
const PRF_HEAD = '| measure | P | R | F1 | system matched | gold matched |\n|---|---|---|---|---|---|';

function errorTable(errors: readonly ErrorRecord[]): string {
  const rows = largestClasses(errors, 10).map((c, k) => `| ${k + 1} | ${c.cls} | ${c.count} | ${c.example.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  return [`Ten largest error classes (of ${errors.length} error records):`, '', '| # | class | count | example |', '|---|---|---|---|', ...rows].join('\n');
}

function printErrors(name: string, errors: readonly ErrorRecord[]): void {
  if (errorsFor === null || !name.includes(errorsFor)) return;
  for (const e of [...errors].sort((a, b) => a.cls.localeCompare(b.cls))) console.log(`  ${e.cls} :: ${e.example}`);
}

function readCorpus(dir: string, name: string): ReturnType<typeof parseCorpus> | null {
  const file = join(dir, `${name}.jsonl`);
  return existsSync(file) ? parseCorpus(readFileSync(file, 'utf8'), file) : null;
}

function timexSection(dir: string, name: string, title: string): Section | null {
  const docs = readCorpus(dir, name);
  if (!docs) return null;
  const r = evaluateTimexCorpus(docs);
  printErrors(name, r.errors);
  const { strict, relaxed, value } = r.counts;
  return {
    name,
    console: `${name.padEnd(14)} strict ${f2(prf(strict).f1)}  relaxed ${f2(prf(relaxed).f1)}  value ${f2(prf(value).f1)}  (${r.documents} docs, ${relaxed.gold} gold, ${relaxed.system} system)`,
    markdown: [
      `### ${title}: \`${name}.jsonl\`, ${r.documents} documents`,
      '',
      PRF_HEAD,
      `| strict | ${prfCells(strict)} |`,
      `| relaxed | ${prfCells(relaxed)} |`,
      `| value | ${prfCells(value)} |`,
      '',
      errorTable(r.errors),
    ].join('\n'),
  };
}

function peopleSection(dir: string, name: string, title: string): Section | null {
  const docs = readCorpus(dir, name);
  if (!docs) return null;
  const r = evaluatePeopleCorpus(docs);
  printErrors(name, r.errors);
  return {
    name,
    console: `${name.padEnd(14)} exact ${f2(prf(r.exact).f1)}  relaxed ${f2(prf(r.relaxed).f1)}  (${r.documents} sentences, ${r.exact.gold} gold, ${r.exact.system} system)`,
    markdown: [
      `### ${title}: \`${name}.jsonl\`, ${r.documents} sentences`,
      '',
      PRF_HEAD,
      `| exact | ${prfCells(r.exact)} |`,
      `| relaxed | ${prfCells(r.relaxed)} |`,
      '',
      errorTable(r.errors),
    ].join('\n'),
  };
}

/** The seeds' and held-out articles' gold, scored as scripts/quality.ts does (overlap and value per kind). */
function seedsSection(): Section {
  const empty = (): Record<Kind, Counts> => Object.fromEntries(KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }])) as Record<Kind, Counts>;
  let seeds = empty();
  let held = empty();
  for (const f of loadGold(root)) {
    const { counts } = compare(f.items, predictedItems(detect(f.text, f.gold.options ?? {})));
    if (f.heldOut) held = addCounts(held, counts);
    else seeds = addCounts(seeds, counts);
  }
  const row = (label: string, c: Record<Kind, Counts>): string => `| ${label} | ${KINDS.map((k) => f2(score(c[k]).f1)).join(' | ')} |`;
  return {
    name: 'seeds',
    console: `${'seeds gold'.padEnd(14)} ${KINDS.map((k) => `${k} ${f2(score(seeds[k]).f1)}`).join('  ')}\n${'held-out gold'.padEnd(14)} ${KINDS.map((k) => `${k} ${f2(score(held[k]).f1)}`).join('  ')}`,
    markdown: [
      "### Seeds' gold (`test/fixtures/gold`, F1 by kind, rules of the sections above)",
      '',
      `| articles | ${KINDS.join(' | ')} |`,
      `|---|${KINDS.map(() => '---').join('|')}|`,
      row('seeds (5)', seeds),
      row('held-out (2)', held),
    ].join('\n'),
  };
}

function main(): void {
  const t0 = process.hrtime.bigint();
  const sections: Section[] = [];
  const absent: string[] = [];
  for (const e of EVALUATIONS) {
    const s = e.run(corporaDir);
    if (s) sections.push(s);
    else absent.push(e.name);
  }
  sections.push(seedsSection());
  for (const s of sections) console.log(s.console);
  if (absent.length) console.log(`skipped (not in ${corporaDir}): ${absent.join(', ')}`);
  console.log(`(${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s)`);
  if (!write) return;
  const body = [
    '## Public corpora (development splits)',
    '',
    'Recompute with `npm run eval` (scripts/eval.ts; `-- --errors <corpus>` lists every error). Detection runs in',
    'process on `../shared/corpora/*.jsonl`, scored with the rules of its README: TIMEX3 strict (same start and',
    'end) and relaxed (overlap) span P/R/F1 over all types, system spans = dates and durations, precision over',
    "the system's spans and recall over gold's; value F1 over spans paired one to one, largest overlap first,",
    "values compared at gold's granularity. People: exact and relaxed P/R/F1, each line (sentence) of a document",
    'analysed as its own article. Error classes are derived mechanically from the differences (span side,',
    'words added or dropped, value shapes), one example each. `test/unit/evaluation/devFloors.test.ts` pins',
    'each figure at a floor just under these.',
    absent.length ? `\nNot measured (files absent): ${absent.join(', ')}.` : '',
    '',
    ...sections.map((s) => `${s.markdown}\n`),
  ].join('\n');
  const out = join(root, 'docs/quality.md');
  writeFileSync(out, replaceSection(existsSync(out) ? readFileSync(out, 'utf8') : '# Detection quality\n', 'eval', body));
  console.log(`wrote ${out}`);
}

main();
