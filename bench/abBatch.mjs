#!/usr/bin/env node
// detectBatch (working tree) against detect(), in ONE process. First, that the batch changes nothing: every text
// of the seeds, the bench's generated articles and (with --corpora DIR) the dev files there is detected by
// revision `--base`'s detect() (A, one article at a time) and by the working tree's detectBatch over the whole set
// in batches of --check-batch, and the JSON compared. Then CPU time (process.cpuUsage) of the working tree's
// detect() one article at a time against detectBatch at each of --sizes, over two sets: the generated bench
// articles and, with --corpora, --real real news texts spread evenly over the ECB+ articles and the French and
// English TimeBank documents. Each round runs every variant once, the order rotating from round to round so that
// a shared machine's load hits all alike.
//
//   node bench/abBatch.mjs [--base main] [--articles 200] [--rounds 10 (even)] [--sizes 1,5,20,50] [--corpora DIR] [--real 200]
//
// Beside the working tree's variants, each round also times revision `--base`'s detectBatch at the largest of
// --sizes (`base batchN`) and chrono-node's French parser (`chronoFr`) over the same texts: `overBase` is the
// median per-round ratio of the working tree's batch to the base's, `chronoOver` chrono's time over each batch's
// (1.0 or more: detection no slower than chrono.fr, issue #13's target).
//
// Prints the texts that differ (at most 10), then per set the median CPU ms per round of each variant and the
// median per-round ratio batch/detect. Exit code 1 when any detection differs.
import { createRequire } from 'node:module';
import { cpuMs as cpu, detectionCases, difference, generatedArticles, loadBuilds, median, option as opt } from './abBuilds.mjs';

const base = opt('--base', 'main');
const articles = Number(opt('--articles', 200));
const rounds = Number(opt('--rounds', 10));
const sizes = opt('--sizes', '1,5,20,50').split(',').map(Number);
const checkBatch = Number(opt('--check-batch', 20));
const corporaDir = opt('--corpora', undefined);
const realCount = Number(opt('--real', 200));

const builds = await loadBuilds("export { detect, detectBatch } from './src/core/detect';", base, 'batch');
const detectA = builds.A.detect;
const { detect, detectBatch } = builds.B;
const baseBatch = builds.A.detectBatch;
const baseDetect = builds.A.detect;
const chrono = createRequire(import.meta.url)('chrono-node');
const largest = Math.max(...sizes);

const generated = await generatedArticles(articles);
const { cases, real } = detectionCases(generated, corporaDir);

let differ = 0;
for (let s = 0; s < cases.length; s += checkBatch) {
  const chunk = cases.slice(s, s + checkBatch);
  const got = detectBatch(
    chunk.map((c) => c[1]),
    chunk.map((c) => c[2]),
  );
  chunk.forEach(([label, text, options], k) => {
    const a = JSON.stringify(detectA(text, options));
    const b = JSON.stringify(got[k]);
    if (a === b) return;
    differ++;
    if (differ > 10) return;
    console.log(`differs: ${label}\n${difference(a, b)}`);
  });
}
console.log(`${cases.length} texts compared (${base} detect() vs detectBatch in batches of ${checkBatch}), ${differ} differ`);

/** `count` texts taken evenly from each list in turn (the real set: as much ECB+ as TimeBank, both languages). */
function spread(lists, count) {
  const out = [];
  const per = Math.ceil(count / lists.length);
  for (const list of lists) {
    const step = Math.max(1, Math.floor(list.length / per));
    for (let k = 0; k < list.length && out.length < count && k / step < per; k += step) out.push(list[k]);
  }
  return out;
}

function time(texts) {
  const variants = [['detect', () => texts.forEach((t) => detect(t))]];
  for (const n of sizes) {
    variants.push([
      `batch${n}`,
      () => {
        for (let s = 0; s < texts.length; s += n) detectBatch(texts.slice(s, s + n));
      },
    ]);
  }
  variants.push([
    `base batch${largest}`,
    () => {
      for (let s = 0; s < texts.length; s += largest) baseBatch(texts.slice(s, s + largest));
    },
  ]);
  // The base's detect() too, so that both builds run the same calls (JIT feedback and all) every round.
  variants.push(['base detect', () => texts.forEach((t) => baseDetect(t))]);
  variants.push(['chronoFr', () => texts.forEach((t) => chrono.fr.parse(t))]);
  const ms = Object.fromEntries(variants.map(([name]) => [name, []]));
  const run = (f) => {
    const t0 = cpu();
    f();
    return cpu() - t0;
  };
  for (let k = 0; k < 2; k++) variants.forEach(([, f]) => run(f));
  // The two builds' largest batches are each timed right after chrono, in turn first and second: neither runs right
  // after the working tree's other variants (its code hot in the caches). The other variants rotate before them.
  const rest = variants.filter(([name]) => name !== `batch${largest}` && name !== `base batch${largest}` && name !== 'chronoFr');
  const [own, base, chronoRun] = [`batch${largest}`, `base batch${largest}`, 'chronoFr'].map((name) => variants.find((v) => v[0] === name));
  for (let r = 0; r < rounds; r++) {
    for (let v = 0; v < rest.length; v++) {
      const [name, f] = rest[(v + r) % rest.length];
      ms[name].push(run(f));
    }
    for (const [name, f] of r % 2 ? [base, own] : [own, base]) {
      const c = run(chronoRun[1]);
      if (name === own[0]) ms.chronoFr.push(c);
      ms[name].push(run(f));
    }
  }
  /** Median over the pairs of rounds of p's CPU over q's. */
  const ratio = (p, q) => {
    const pairs = [];
    for (let r = 0; r + 1 < rounds; r += 2) pairs.push((ms[p][r] + ms[p][r + 1]) / (ms[q][r] + ms[q][r + 1]));
    return +median(pairs).toFixed(3);
  };
  const out = { texts: texts.length, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0), cpuMs: {}, overDetect: {} };
  for (const [name] of variants) {
    out.cpuMs[name] = +median(ms[name]).toFixed(1);
    if (name !== 'detect') out.overDetect[name] = ratio(name, 'detect');
  }
  out.overBase = ratio(`batch${largest}`, `base batch${largest}`);
  out.detectOverBase = ratio('detect', 'base detect');
  out.chronoOver = {
    detect: ratio('chronoFr', 'detect'),
    [`batch${largest}`]: ratio('chronoFr', `batch${largest}`),
    [`base batch${largest}`]: ratio('chronoFr', `base batch${largest}`),
  };
  return out;
}

const sets = { bench: generated };
if (corporaDir) sets.real = spread([real.ecb, real.timexFr, real.timexEn], realCount);
for (const [name, texts] of Object.entries(sets)) console.log(JSON.stringify({ set: name, rounds, ...time(texts) }));
process.exitCode = differ ? 1 : 0;
