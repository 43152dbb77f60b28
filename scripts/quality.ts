/**
 * Recomputes docs/quality.md: precision/recall/F1 per kind on the gold annotations (seeds and held-out
 * articles separately), chrono-node's French/English parser on the same dates, and throughput.
 *
 *   npx tsx scripts/quality.ts            # writes docs/quality.md
 *   npx tsx scripts/quality.ts --verbose  # also prints every miss
 *   npx tsx scripts/quality.ts --no-bench # skip the throughput measurement
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { detect } from '../src/core/detect/index';
import { addCounts, compare, KINDS, predictedItems, score, type Counts, type GoldItem, type Kind } from '../src/core/detect/evaluate';
import { TextIndex } from '../src/core/text/offsets';
import { loadGold, sectionOf, type LoadedGold } from './goldFiles';

const root = join(__dirname, '..');
const verbose = process.argv.includes('--verbose');
const bench = !process.argv.includes('--no-bench');

const empty = (): Record<Kind, Counts> => Object.fromEntries(KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }])) as Record<Kind, Counts>;

function load(): LoadedGold[] {
  return loadGold(root);
}

/** chrono-node's reading of the dates of one article, as scoreable items (its own span and value). */
function chronoItems(text: string, published: string | undefined, lang: 'fr' | 'en'): GoldItem[] {
  const ref = published ? new Date(`${published.length === 7 ? `${published}-01` : published.slice(0, 10)}T12:00:00Z`) : new Date('2025-01-01T12:00:00Z');
  const idx = new TextIndex(text);
  const parser = lang === 'en' ? chrono.en : chrono.fr;
  return parser.parse(text, ref).map((r) => {
    const c = r.start;
    const pad = (n: number | null, w = 2): string => String(n ?? 0).padStart(w, '0');
    let value: string;
    const day = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value = c.isCertain('hour') ? `${day}T${pad(c.get('hour'))}:${pad(c.get('minute'))}` : day;
    else if (c.isCertain('hour')) value = `T${pad(c.get('hour'))}:${pad(c.get('minute'))}`;
    else if (c.isCertain('month')) value = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}`;
    else value = pad(c.get('year'), 4);
    return { kind: 'dates' as Kind, start: idx.toCodePoint(r.index), end: idx.toCodePoint(r.index + r.text.length), value, text: r.text };
  });
}

const fmt = (x: number): string => x.toFixed(2);

function table(counts: Record<Kind, Counts>): string {
  const rows = KINDS.map((k) => {
    const s = score(counts[k]);
    return `| ${k} | ${s.gold} | ${s.predicted} | ${s.tp} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`;
  });
  return ['| kind | gold | detected | matched | precision | recall | F1 |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

function main(): void {
  const files = load();
  let seeds = empty();
  let held = empty();
  let chronoSeedsSpan = { tp: 0, predicted: 0, gold: 0 };
  let chronoSeedsValue = { tp: 0, predicted: 0, gold: 0 };
  let chronoHeldSpan = { tp: 0, predicted: 0, gold: 0 };
  let chronoHeldValue = { tp: 0, predicted: 0, gold: 0 };
  const perFile: string[] = [];
  for (const f of files) {
    const d = detect(f.text, f.gold.options ?? {});
    const { counts, misses } = compare(f.items, predictedItems(d));
    if (f.heldOut) held = addCounts(held, counts);
    else seeds = addCounts(seeds, counts);
    perFile.push(`| ${f.name} | ${KINDS.map((k) => fmt(score(counts[k]).f1)).join(' | ')} |`);
    if (verbose) {
      console.log(`\n== ${f.name} (published ${d.published?.value ?? 'unknown'})`);
      for (const m of misses) console.log(`  ${m.type.padEnd(8)} ${m.kind.padEnd(9)} ${JSON.stringify(m.text.slice(0, 60))} ${m.value}`);
    }
    // chrono on the same gold dates: by span only, and by span + value.
    const goldDates = f.items.filter((x) => x.kind === 'dates');
    const ch = chronoItems(f.text, f.gold.options?.published ?? f.gold.published?.value, d.language);
    const bySpan = compare(goldDates, ch.map((x) => ({ ...x, value: '' })).concat()).counts.dates;
    const spanOnly = compare(
      goldDates.map((x) => ({ ...x, value: '' })),
      ch.map((x) => ({ ...x, value: '' })),
    ).counts.dates;
    void bySpan;
    const byValue = compare(goldDates, ch).counts.dates;
    const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
    if (f.heldOut) {
      chronoHeldSpan = add(chronoHeldSpan, spanOnly);
      chronoHeldValue = add(chronoHeldValue, byValue);
    } else {
      chronoSeedsSpan = add(chronoSeedsSpan, spanOnly);
      chronoSeedsValue = add(chronoSeedsValue, byValue);
    }
  }
  const ours = (c: Record<Kind, Counts>): Counts => c.dates;
  const oursSpan = (heldOut: boolean): Counts => {
    let c: Counts = { tp: 0, predicted: 0, gold: 0 };
    for (const f of files.filter((x) => x.heldOut === heldOut)) {
      const d = detect(f.text, f.gold.options ?? {});
      const r = compare(
        f.items.filter((x) => x.kind === 'dates').map((x) => ({ ...x, value: '' })),
        predictedItems(d)
          .filter((x) => x.kind === 'dates')
          .map((x) => ({ ...x, value: '' })),
      ).counts.dates;
      c = { tp: c.tp + r.tp, predicted: c.predicted + r.predicted, gold: c.gold + r.gold };
    }
    return c;
  };
  const pr = (c: Counts): string => {
    const s = score(c);
    return `${fmt(s.precision)} / ${fmt(s.recall)} / ${fmt(s.f1)}`;
  };

  let benchText = '';
  if (bench) {
    const seedsText = readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'))
      .join('\n\n');
    const big = Array.from({ length: 500 }, () => seedsText).join('\n\n');
    const mb = Buffer.byteLength(big, 'utf8') / 1e6;
    detect(seedsText); // warm up
    let t = process.hrtime.bigint();
    const res = detect(big, { published: '2025-02' });
    const ourSec = Number(process.hrtime.bigint() - t) / 1e9;
    chrono.fr.parse(seedsText, new Date('2025-02-15'));
    t = process.hrtime.bigint();
    chrono.fr.parse(big, new Date('2025-02-15'));
    const chronoSec = Number(process.hrtime.bigint() - t) / 1e9;
    benchText = [
      `Seeds concatenated 500× (${mb.toFixed(1)} MB, one string), single thread, Node ${process.version}:`,
      '',
      '| pipeline | seconds | MB/s |',
      '|---|---|---|',
      `| Newsmark \`detect()\` (people, dates, durations, quotes, speakers) | ${ourSec.toFixed(2)} | ${(mb / ourSec).toFixed(1)} |`,
      `| chrono-node \`chrono.fr.parse\` alone (dates only) | ${chronoSec.toFixed(2)} | ${(mb / chronoSec).toFixed(1)} |`,
      '',
      `(${res.people.length} people, ${res.dates.length} dates, ${res.durations.length} durations, ${res.quotes.length} quotes found in the large text.)`,
    ].join('\n');
    console.log(benchText);
  }

  const md = `# Detection quality

Recompute with \`npx tsx scripts/quality.ts\` (add \`--verbose\` to list every miss). The unit test
\`test/unit/detect/quality.test.ts\` runs the same evaluation and fails below the thresholds it pins.

## How it is measured

Gold annotations are hand-written in \`test/fixtures/gold/*.yaml\`, one per article, written from the
text before any tuning of the rules. Each mention is located by a snippet that occurs once in the
article. Five are the seeds; two (\`heldout-en\`, \`heldout-fr\`) are articles written for this purpose,
never used to tune rules, and are reported separately: they are the better estimate for unseen text.

Matching: a detection matches a gold item of the same kind when the spans **overlap** and the **values
agree** (person: \`personKey\` of the full name, so "Dmitry"/"Dmitri" agree; date: the ISO value; duration:
minutes and qualifier; quote: content span only). Each gold item matches at most one detection.
Quote speakers are scored over quotes with a non-null speaker only: a null speaker costs recall, never
precision ("null is better than a guess"). Short terms in quotation marks (three words or fewer) are
quotes with a null speaker in gold and in detection.

Dates without a publication date keep unknown parts as X (TIMEX3 style): a Thursday is \`XXXX-WXX-4\`,
"la semaine dernière" \`XXXX-WXX\`, "aujourd'hui" \`XXXX-XX-XX\`, "18 février" \`XXXX-02-18\`. With a
month-only publication date, a weekday or a relative day takes the month as value and weekdays list the
candidate days in \`candidates\`.

## Seeds (5 French articles)

${table(seeds)}

## Held-out (2 articles not used for tuning: one English, one French)

${table(held)}

## Per file (F1 by kind: ${KINDS.join(', ')})

| file | ${KINDS.join(' | ')} |
|---|${KINDS.map(() => '---').join('|')}|
${perFile.join('\n')}

## Beyond the gold: constructions found on unseen text

The gold articles score 1.00 on most kinds, which says little about text written differently. Probing new
French and English articles (2026-12-05) found constructions the rules missed; each is now handled, with a
unit test in \`test/unit/detect/detect.test.ts\` (or \`test/unit/corpus/claims.test.ts\`), and the gold scores
above did not move:

- people: a hyphenated Arabic article in a family name after given names (Bachar al-Assad, Abdel Fattah
  el-Sissi; not "à Deir el-Balah"), English possessives (Putin's envoy), middle initials (Donald J. Trump, the
  same person as Donald Trump), sentence adverbs taken for names (Later, Meanwhile, Ensuite);
- dates: counted from publication (il y a deux semaines, three days ago, a year ago, dans trois jours), last
  night, mid-March, end of April; a month shortly after publication read as the coming one unless the clause
  says it is past (fin avril in a March article was last April);
- people: also a full name with a role in apposition (Kaja Kallas, la cheffe de la diplomatie européenne);
- quotes: according to / selon with a role before the name, selon lui, Pour X, « … », an incise inside the quote
  (« …, a expliqué Sergueï Lavrov. … »), a role as subject (Le chef de la diplomatie russe a ajouté), a quote that
  opens the next sentence after an attributed one, quotes carried over paragraphs the French way, "il" read as
  the subject of the sentence that last named someone, "a déclaré à l'AFP X", "according to" an agency (the
  source of the report, not the speaker);
- claims: a short quote reported with one word more (a single shared run of three words).

Still missed, by design or for now: quotes of three words or fewer get no speaker (they are mostly terms in
quotation marks), English in three days is read as a duration (it is as often one), and a role subject
resolves only to a person introduced with every word of that role earlier in the same article.

## Dates: chrono-node compared

chrono-node (\`chrono.fr\` / \`chrono.en\` by language, reference date = the publication date, the 1st of
the month for a month-only date) on the same gold dates, precision / recall / F1:

| | seeds, span only | seeds, span + value | held-out, span only | held-out, span + value |
|---|---|---|---|---|
| chrono-node | ${pr(chronoSeedsSpan)} | ${pr(chronoSeedsValue)} | ${pr(chronoHeldSpan)} | ${pr(chronoHeldValue)} |
| Newsmark rules | ${pr(oursSpan(false))} | ${pr(ours(seeds))} | ${pr(oursSpan(true))} | ${pr(ours(held))} |

Replaced chrono because its French parser misses the phrases news copy relies on (bare years "en 2019",
"le mois dernier", "le 12 du même mois", "en octobre dernier", "N h MM" with spaces, curly apostrophes
in "aujourd’hui"), reads durations such as "ont causé 6h30" as times of day, and cannot express a weekday
against a month-only publication date (it guesses one day silently). The Newsmark date rules are
compiled-once regular expressions in \`src/core/detect/dates.ts\`; chrono-node stays a dependency only
for this comparison.

**Speed.** The throughput targets (≥ 10 MB/s, no slower than chrono-node's French parser alone) are measured
by \`npm run bench\` on generated articles, each figure a median after a warm-up: see
[bench/RESULTS.md](../bench/RESULTS.md), where the whole pipeline is ahead of chrono.fr. The table at the end of
this page is something else: one call on one string of the seeds repeated 500 times, without warm-up, a check
that detection stays linear on a 10 MB text. On that single string chrono.fr is the faster one.

**Caveat on held-out figures.** The two held-out articles were written by the same engineer who wrote the
rules, before tuning but with the design in mind; they guard against fitting the five seeds, not against
the author's blind spots. Real unseen articles will score lower.

## One 10 MB string

${benchText || '(skipped: run without --no-bench)'}
`;
  // The public corpora's figures are written by `npm run eval` (scripts/eval.ts) into their own section: kept.
  const out = join(root, 'docs/quality.md');
  const corpora = existsSync(out) ? sectionOf(readFileSync(out, 'utf8'), 'eval') : '';
  writeFileSync(out, corpora ? `${md.trimEnd()}\n\n${corpora}\n` : md);
  console.log('\nSeeds\n' + table(seeds) + '\n\nHeld-out\n' + table(held));
  console.log(`\nchrono seeds span ${pr(chronoSeedsSpan)} value ${pr(chronoSeedsValue)}; held-out span ${pr(chronoHeldSpan)} value ${pr(chronoHeldValue)}`);
}

main();
