#!/usr/bin/env node
// What running detect()'s stages in turn per text costs, in a git revision (A, default `main`) and the working tree
// (B), in one process: each build runs detect() one text at a time and detectBatch() over the whole set at once
// (every stage over every text before the next stage starts: the same work, the stages' code and tables kept hot),
// in rotating rounds. `in turn` is detect minus the whole-set batch: what the stages cost one another when each
// text runs them all in turn (caches and predictors refilled, stage after stage), beside the stages' own time.
// Outputs are compared first (JSON of detect(), both builds, every text of the sets): a speed change must leave them as they were.
//
//   node bench/abInTurn.mjs [--base main] [--rounds 9] [--sets bench,fr,en] [--corpora /work/shared/corpora]
//
// Sets as in bench/detectStages.mjs: `bench` (200 generated articles), `fr`, `en` (every dev text of that language
// under --corpora). Prints per set the median CPU ms/MB of detect and whole-set batch for A and B, their
// difference (in turn), and B/A of detect (median per round). Exit code 1 when any detection differs.
import { loadBuilds, loadCorpus, median, option as opt, rotatingRounds } from './abBuilds.mjs';
import { textSets } from './detectStages.mjs';

const base = opt('--base', 'main');
const rounds = Number(opt('--rounds', 9));
const sets = opt('--sets', 'bench,fr,en').split(',');
const corporaDir = opt('--corpora', '/work/shared/corpora');

const { A, B } = await loadBuilds("export { detect, detectBatch } from './src/core/detect';", base, 'inturn');
const all = textSets(corporaDir, await loadCorpus());
let differ = 0;
for (const set of sets) {
  const cases = all[set];
  if (!cases?.length) throw new Error(`no texts in set ${set}`);
  for (const [text, o] of cases) if (JSON.stringify(A.detect(text, o)) !== JSON.stringify(B.detect(text, o))) differ++;
  const texts = cases.map(([t]) => t);
  const options = cases.map(([, o]) => o);
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  const times = await rotatingRounds(
    {
      'A detect': () => cases.forEach(([t, o]) => A.detect(t, o)),
      'A batch': () => A.detectBatch(texts, options),
      'B detect': () => cases.forEach(([t, o]) => B.detect(t, o)),
      'B batch': () => B.detectBatch(texts, options),
    },
    rounds,
  );
  const per = (k) => median(times[k]) / mb;
  const ratio = median(times['B detect'].map((b, r) => b / times['A detect'][r]));
  const show = (x) => x.toFixed(1).padStart(7);
  console.log(`== ${set}: ${texts.length} texts, ${mb.toFixed(2)} MB; CPU ms/MB, median of ${rounds} rounds (A = ${base}, B = working tree)`);
  console.log(`  detect         A ${show(per('A detect'))}  B ${show(per('B detect'))}  B/A ${ratio.toFixed(3)}`);
  console.log(`  batch (whole)  A ${show(per('A batch'))}  B ${show(per('B batch'))}`);
  console.log(`  in turn        A ${show(per('A detect') - per('A batch'))}  B ${show(per('B detect') - per('B batch'))}`);
}
console.log(`${differ} texts differ`);
if (differ) process.exitCode = 1;
