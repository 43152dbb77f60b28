#!/usr/bin/env node
// The TIMEX3 stages (detectTimexWords alone, and conformTimex, which runs it) of the working tree (B) against a git
// revision (A, default `main`), with a second copy of A (A2) as a control: abStages.mjs's B/A over the same code
// (`--base HEAD`, clean tree) came out 0.78-0.91 on a loaded host, the build loaded second being favoured, so a
// B/A is only read against A2/A from the same rounds. The three builds (each its own module state, inputs made by
// each as detect() makes them) run each round in a rotating order; outputs of A and B are compared (JSON) first.
//
//   node bench/abTimex.mjs [--base main] [--rounds 20] [--sets bench,fr,en] [--corpora /work/shared/corpora] [--stages timexWords,conformTimex]
//
// Prints per set and stage: differing outputs, ms/MB of A and B (medians), and the medians of the per-round
// ratios B/A, B/A2 and A2/A (the control: what a ratio is worth on this host now).
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cpuMs, loadBuilds, loadCorpus, median, option as opt, OUT } from './abBuilds.mjs';
import { inputsOf, stagesOf, STAGES_ENTRY, textSets } from './detectStages.mjs';

const base = opt('--base', 'main');
const rounds = Number(opt('--rounds', 20));
const corporaDir = opt('--corpora', '/work/shared/corpora');
const setNames = opt('--sets', 'bench,fr,en').split(',');
const stageNames = opt('--stages', 'timexWords,conformTimex').split(',');

const { A, B } = await loadBuilds(STAGES_ENTRY, base, 'timex');
copyFileSync(join(OUT, 'timex-base.js'), join(OUT, 'timex-base2.js'));
const A2 = createRequire(import.meta.url)(join(OUT, 'timex-base2.js'));
const builds = { A, B, A2 };
const stages = Object.fromEntries(Object.entries(builds).map(([k, M]) => [k, stagesOf(M)]));
const sets = textSets(corporaDir, await loadCorpus());

for (const set of setNames) {
  const texts = sets[set];
  if (!texts) throw new Error(`unknown set ${set}`);
  const inputs = Object.fromEntries(Object.entries(builds).map(([k, M]) => [k, inputsOf(M, texts)]));
  const mb = texts.reduce((s, [t]) => s + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  console.log(`${set}: ${texts.length} texts, ${mb.toFixed(2)} MB, base ${base}, ${rounds} rounds`);
  for (const stage of stageNames) {
    let differ = 0;
    for (let k = 0; k < texts.length; k++) if (JSON.stringify(stages.A[stage](inputs.A[k])) !== JSON.stringify(stages.B[stage](inputs.B[k]))) differ++;
    const run = (b) => {
      const f = stages[b][stage];
      const t0 = cpuMs();
      for (const x of inputs[b]) f(x);
      return cpuMs() - t0;
    };
    const names = Object.keys(builds);
    for (let w = 0; w < 2; w++) names.forEach(run);
    const t = { A: [], B: [], A2: [] };
    for (let r = 0; r < rounds; r++) for (let j = 0; j < names.length; j++) t[names[(j + r) % names.length]].push(run(names[(j + r) % names.length]));
    const ratio = (x, y) => median(t[x].map((v, k) => v / t[y][k])).toFixed(3);
    console.log(
      `${stage.padEnd(13)} differ ${differ}  A ${(median(t.A) / mb).toFixed(1)} ms/MB  B ${(median(t.B) / mb).toFixed(1)} ms/MB  B/A ${ratio('B', 'A')}  B/A2 ${ratio('B', 'A2')}  control A2/A ${ratio('A2', 'A')}`,
    );
    if (differ) process.exitCode = 1;
  }
}
