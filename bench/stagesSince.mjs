#!/usr/bin/env node
// detect()'s CPU per stage in an old revision (A, default 3c4b2bd, before the TIMEX3 layer) and the working tree
// (B), in one process, alternating rounds: each stage alone over a whole text set (inputs made once per text, as
// detect() makes them), and detect() whole. The difference between detect() and the sum of its stages alone is
// what running the stages in turn per text costs (caches, JIT state), beside the stages' own time.
// abStages.mjs cannot time such a base: it lacks the stages added since (conformTimex, bylines, the name steps).
// Outputs differ between the builds (two days of accuracy work): nothing is compared.
//
//   node bench/stagesSince.mjs [--base 3c4b2bd] [--rounds 7] [--sets bench,fr,en] [--corpora /work/shared/corpora]
//
// Prints per set and stage the median CPU ms/MB of A and B; `stages summed` adds B's stages that detect() runs
// (timexWords is inside conformTimex, tokenize and segments inside people), `in turn` is detect minus that sum.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { bundle, cpuMs, loadCorpus, option as opt, OUT, ROOT } from './abBuilds.mjs';
import { inputsOf, STAGES_ENTRY, stagesOf, textSets } from './detectStages.mjs';

const base = opt('--base', '3c4b2bd');
const rounds = Number(opt('--rounds', 7));
const sets = opt('--sets', 'bench,fr,en').split(',');
const corporaDir = opt('--corpora', '/work/shared/corpora');

/** The stages the base has (those of 2026-12-05: no TIMEX3 conformance, no bylines, people in one module). */
const BASE_ENTRY = `
export { findPublicationDate } from './src/core/detect/publication';
export { detectLanguage } from './src/core/detect/language';
export { DATE_CODE_TRIGGERS, DATE_LITERAL_TRIGGERS, detectDates } from './src/core/detect/dates';
export { detectDurations, DURATION_TRIGGERS } from './src/core/detect/durations';
export { TriggerScan } from './src/core/detect/triggers';
export { detectPeople } from './src/core/detect/people';
export { attributeQuotes, findQuotes } from './src/core/detect/quotes';
export { detect } from './src/core/detect';`;

mkdirSync(OUT, { recursive: true });
const tmp = mkdtempSync(join(os.tmpdir(), 'newsmark-since-'));
try {
  const tar = execFileSync('git', ['archive', base, 'src'], { cwd: ROOT, maxBuffer: 256 << 20 });
  execFileSync('tar', ['-x', '-C', tmp], { input: tar });
  await bundle(BASE_ENTRY, tmp, join(OUT, 'since-base.js'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
await bundle(STAGES_ENTRY, ROOT, join(OUT, 'since-head.js'));
const require = createRequire(import.meta.url);
const A = require(join(OUT, 'since-base.js'));
const B = require(join(OUT, 'since-head.js'));

/** The base's inputs per text and its stages, as its detect() made and ran them. */
function baseStages(M, texts) {
  const scan = new M.TriggerScan(M.DATE_LITERAL_TRIGGERS, [...M.DATE_CODE_TRIGGERS, ...M.DURATION_TRIGGERS]);
  const inputs = texts.map(([text, o]) => {
    const hits = scan.hits(text);
    return { text, o, published: M.findPublicationDate(text, o.published), hits, raw: M.detectDurations(text, hits), people: M.detectPeople(text, []) };
  });
  const stages = {
    publication: (x) => M.findPublicationDate(x.text, x.o.published),
    language: (x) => M.detectLanguage(x.text),
    triggers: (x) => [...scan.hits(x.text).values()],
    durations: (x) => M.detectDurations(x.text, x.hits),
    dates: (x) => M.detectDates(x.text, x.published, x.raw, x.hits),
    people: (x) => M.detectPeople(x.text, []),
    quotes: (x) => M.attributeQuotes(x.text, M.findQuotes(x.text), x.people),
  };
  return { inputs, stages };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const all = textSets(corporaDir, await loadCorpus());
const INSIDE = new Set(['timexWords', 'tokenize', 'segments']);
for (const set of sets) {
  const texts = all[set];
  if (!texts?.length) throw new Error(`no texts in set ${set}`);
  const mb = texts.reduce((s, [t]) => s + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  const a = baseStages(A, texts);
  const xb = inputsOf(B, texts);
  const jobs = [];
  for (const [k, f] of Object.entries(a.stages)) jobs.push([`A ${k}`, () => a.inputs.forEach(f)]);
  for (const [k, f] of Object.entries(stagesOf(B))) jobs.push([`B ${k}`, () => xb.forEach(f)]);
  for (const [n, M] of [
    ['A', A],
    ['B', B],
  ])
    jobs.push([`${n} detect`, () => texts.forEach(([t, o]) => M.detect(t, o))]);
  const times = new Map(jobs.map(([k]) => [k, []]));
  for (const [, f] of jobs) f(); // warm-up
  for (let r = 0; r < rounds; r++)
    for (const [k, f] of r % 2 ? [...jobs].reverse() : jobs) {
      const t0 = cpuMs();
      f();
      times.get(k).push(cpuMs() - t0);
    }
  const per = (k) => (times.has(k) ? median(times.get(k)) / mb : NaN);
  const show = (x) => (Number.isNaN(x) ? '      -' : x.toFixed(1).padStart(7));
  console.log(`== ${set}: ${texts.length} texts, ${mb.toFixed(2)} MB; CPU ms/MB, median of ${rounds} rounds (A = ${base}, B = working tree)`);
  const names = [...new Set(jobs.map(([k]) => k.slice(2)))].filter((n) => n !== 'detect');
  const sum = { A: 0, B: 0 };
  for (const n of names) {
    const [x, y] = [per(`A ${n}`), per(`B ${n}`)];
    if (!Number.isNaN(x)) sum.A += x;
    if (!INSIDE.has(n)) sum.B += y;
    console.log(`  ${n.padEnd(14)} A ${show(x)}  B ${show(y)}${INSIDE.has(n) ? '  (inside another stage)' : ''}`);
  }
  console.log(`  ${'stages summed'.padEnd(14)} A ${show(sum.A)}  B ${show(sum.B)}`);
  console.log(`  ${'in turn'.padEnd(14)} A ${show(per('A detect') - sum.A)}  B ${show(per('B detect') - sum.B)}`);
  console.log(`  ${'detect'.padEnd(14)} A ${show(per('A detect'))}  B ${show(per('B detect'))}`);
}
