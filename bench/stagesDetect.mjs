#!/usr/bin/env node
// CPU per stage of detect(), per text set, in the working tree: each stage's inputs made once per text as
// detect() makes them, then each stage run alone over the whole set (process.cpuUsage around the loop, median of
// N rounds), beside the stages run in turn per text and detect() whole. Stages and sets: bench/detectStages.mjs.
//
// With --flush N, N MB of memory are read and written between texts (its CPU time left out of each stage's): a
// stage whose time then grows waits on data that the stages around it in detect() push out of the caches.
//
//   node bench/stagesDetect.mjs [--rounds 5] [--sets bench,fr,en] [--corpora /work/shared/corpora] [--flush 4]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle, cpuMs, loadCorpus, median, option as opt, OUT, ROOT } from './abBuilds.mjs';
import { inputsOf, stagesOf, STAGES_ENTRY, textSets } from './detectStages.mjs';

const rounds = Number(opt('--rounds', 5));
const setNames = opt('--sets', 'bench,fr,en').split(',');
const corporaDir = opt('--corpora', '/work/shared/corpora');
const flushMB = Number(opt('--flush', 0));
const junk = new Int32Array((flushMB << 20) >>> 2);
/** Touches `junk` a cache line at a time; returns the CPU ms it took. */
function flush() {
  if (!junk.length) return 0;
  const t0 = cpuMs();
  for (let k = 0; k < junk.length; k += 16) junk[k]++;
  return cpuMs() - t0;
}

const outfile = join(OUT, 'stages-head.js');
await bundle(STAGES_ENTRY, ROOT, outfile);
const M = createRequire(import.meta.url)(outfile);
const sets = textSets(corporaDir, await loadCorpus());
const stages = stagesOf(M);
const scan = new M.TriggerScan(M.DATE_LITERAL_TRIGGERS, [...M.DATE_CODE_TRIGGERS, ...M.DURATION_TRIGGERS]);
/** The stages in turn for one text, as detect() runs them, without its output objects. */
stages['stages in turn'] = (x) => {
  const published = M.findPublicationDate(x.text, x.o.published);
  const language = x.o.language ?? M.detectLanguage(x.text);
  const hits = scan.hits(x.text);
  const raw = M.detectDurations(x.text, hits);
  M.conformTimex(x.text, M.detectDates(x.text, published, raw, hits), raw, published);
  M.findBylineAuthors(x.text);
  M.attributeQuotes(x.text, M.findQuotes(x.text), M.splitGluedNames(x.text, M.detectPeople(x.text, [], language, []), undefined, undefined));
};
stages['detect (whole)'] = (x) => M.detect(x.text, x.o);

for (const name of setNames) {
  const list = sets[name];
  if (!list?.length) continue;
  const bytes = list.reduce((s, [t]) => s + Buffer.byteLength(t, 'utf8'), 0);
  const inputs = inputsOf(M, list);
  const timed = Object.keys(stages);
  // detect() over the set in batches, as the corpus pool calls it (src/core/detect/detectBatch.ts).
  const batches = M.detectBatches(inputs, (x) => x.text.length);
  const batched = {
    'detectBatch (set)': () =>
      batches.forEach((b) =>
        M.detectBatch(
          b.map((x) => x.text),
          b.map((x) => x.o),
        ),
      ),
  };
  const acc = Object.fromEntries(timed.map((k) => [k, []]));
  for (let r = 0; r <= rounds; r++) {
    for (const k of timed) {
      let flushed = 0;
      const t0 = cpuMs();
      for (const x of inputs) {
        stages[k](x);
        flushed += flush();
      }
      if (r > 0) acc[k].push(cpuMs() - t0 - flushed);
    }
    const t0 = cpuMs();
    batched['detectBatch (set)']();
    if (r > 0) (acc['detectBatch (set)'] ??= []).push(cpuMs() - t0);
  }
  const perMB = (k) => median(acc[k]) / (bytes / 1e6);
  const whole = perMB('detect (whole)');
  console.log(
    `== ${name}: ${list.length} texts ${(bytes / 1e6).toFixed(2)} MB; detect ${whole.toFixed(0)} ms/MB = ${(1000 / whole).toFixed(2)} MB/s (CPU, median of ${rounds} rounds${flushMB ? `, ${flushMB} MB flushed between texts` : ''})`,
  );
  // The stages detect() calls (timexWords is inside conformTimex, tokenize and segments inside people).
  const top = ['publication', 'language', 'triggers', 'durations', 'dates', 'conformTimex', 'bylines', 'people', 'quotes'];
  const alone = top.reduce((sum, k) => sum + perMB(k), 0);
  console.log(`  stages alone, summed ${alone.toFixed(1)} ms/MB = ${((100 * alone) / whole).toFixed(1)}% of detect (the rest: running them in turn per text)`);
  for (const k of [...timed, 'detectBatch (set)'])
    if (k !== 'detect (whole)')
      console.log(`  ${k.padEnd(16)} ${perMB(k).toFixed(1).padStart(6)} ms/MB  ${((100 * perMB(k)) / whole).toFixed(1).padStart(5)}% of detect`);
}
