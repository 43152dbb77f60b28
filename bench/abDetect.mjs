#!/usr/bin/env node
// detect() of the working tree (B) against a git revision (A, default `main`), in ONE process: both builds are
// bundled apart (each its own module state) and timed in alternating rounds, A then B, then B then A, so that
// the load of a shared machine hits both alike. Separate processes drift by ±15% here from one minute to the
// next, which hides the 1-5% a change to the detectors is worth; the same build against itself in one process
// (`--base HEAD` on a clean tree) gives B/A 1.00 ± 0.01.
//
// Before timing, every text is detected by both builds and the JSON compared: the seeds, the bench's generated
// articles, and (with --corpora DIR) every text of the dev files there (*.jsonl, each also with its published
// date and language, and the .txt files of DIR/*/articles/). A speed change must leave every detection as it was.
//
//   node bench/abDetect.mjs [--base REV] [--articles 200] [--rounds 20] [--corpora /work/shared/corpora] [--timed generated|real]
//
// `--timed real` times the real texts of --corpora instead (every dev text once, with the options the
// comparison gave it; `(published, lang)` cases only, so each text counts once); chrono still parses the same texts.
// A change worth less than ~2% of detect() is lost in the noise here: time its stage with bench/abStages.mjs.
//
// Prints the texts that differ (at most 10, with the first differing character), then the medians of CPU time
// per round (process.cpuUsage) of A, B and chrono.fr.parse on the generated articles, B/A per round, and the
// chrono/detect ratio of each build. Exit code 1 when any detection differs.
import { createRequire } from 'node:module';
import { cpuMs as cpu, detectionCases, difference, generatedArticles, loadBuilds, median, option as opt } from './abBuilds.mjs';

const base = opt('--base', 'main');
const articles = Number(opt('--articles', 200));
const rounds = Number(opt('--rounds', 20));
const corporaDir = opt('--corpora', undefined);
const timed = opt('--timed', 'generated');

const builds = await loadBuilds("export { detect } from './src/core/detect';", base, 'detect');

const require = createRequire(import.meta.url);
const [A, B] = [builds.A.detect, builds.B.detect];
const chrono = require('chrono-node');

const generated = await generatedArticles(articles);
const { cases } = detectionCases(generated, corporaDir);
let differ = 0;
for (const [label, text, options] of cases) {
  const a = JSON.stringify(A(text, options));
  const b = JSON.stringify(B(text, options));
  if (a === b) continue;
  differ++;
  if (differ > 10) continue;
  console.log(`differs: ${label}\n${difference(a, b)}`);
}
console.log(`${cases.length} texts compared, ${differ} differ`);

/** The texts timed, with their options. */
const timedCases =
  timed === 'real'
    ? cases.filter(([label]) => !label.startsWith('generated') && !label.startsWith('seeds/') && !/\.jsonl [^ ]+$/.test(label))
    : generated.map((t) => [t, t, {}]);
if (!timedCases.length) throw new Error(`no texts to time (--timed ${timed}${corporaDir ? '' : ' needs --corpora'})`);
const run = (f) => {
  const t0 = cpu();
  for (const [, t, o] of timedCases) f(t, o);
  return cpu() - t0;
};
const parse = (t) => chrono.fr.parse(t);
for (let k = 0; k < 3; k++) [A, B, parse].forEach(run);
const times = { A: [], B: [], chrono: [], BoverA: [] };
for (let r = 0; r < rounds; r++) {
  const [first, second] = r % 2 ? [B, A] : [A, B];
  const x = run(first);
  const y = run(second);
  const [a, b] = r % 2 ? [y, x] : [x, y];
  times.A.push(a);
  times.B.push(b);
  times.BoverA.push(b / a);
  times.chrono.push(run(parse));
}
const [a, b, c] = [median(times.A), median(times.B), median(times.chrono)];
const bytes = timedCases.reduce((s, [, t]) => s + Buffer.byteLength(t, 'utf8'), 0);
console.log(
  JSON.stringify({
    base,
    timed,
    texts: timedCases.length,
    bytes,
    rounds,
    cpuMs: { A: +a.toFixed(1), B: +b.toFixed(1), chronoFr: +c.toFixed(1) },
    BoverA: +median(times.BoverA).toFixed(4),
    chronoOverDetect: { A: +(c / a).toFixed(3), B: +(c / b).toFixed(3) },
  }),
);
process.exitCode = differ ? 1 : 0;
