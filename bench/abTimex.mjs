#!/usr/bin/env node
// The TIMEX3 stages (detectTimexWords alone, and conformTimex, which runs it) of the working tree (B) against a git
// revision (A, default `main`), with a second copy of A (A2) as the fair base: abStages.mjs's B/A over the same code
// (`--base HEAD`, clean tree) came out 0.78-0.91 on a loaded host, and here A2/A 0.85-0.94, the build loaded first
// being disfavoured, while B/A2 came out 0.96-1.01: read B/A2. The three builds (each its own module state, inputs
// made by each as detect() makes them) run each chunk of texts (about 20 KB) in an order that rotates from chunk to
// chunk and round to round; outputs of A and B are compared (JSON) first.
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
    // Chunks of about 20 KB, each run by the three builds in an order that rotates from chunk to chunk and round
    // to round: a burst of load, or a collection of garbage made by another build, falls on all three alike.
    const chunks = [];
    for (let k = 0, size = 0; k < texts.length; k++) {
      if (!chunks.length || size > 20000) {
        chunks.push([]);
        size = 0;
      }
      chunks[chunks.length - 1].push(k);
      size += texts[k][0].length;
    }
    const names = Object.keys(builds);
    const round = (r) => {
      const ms = { A: 0, B: 0, A2: 0 };
      chunks.forEach((chunk, c) => {
        for (let j = 0; j < names.length; j++) {
          const b = names[(j + r + c) % names.length];
          const f = stages[b][stage];
          const xs = inputs[b];
          const t0 = cpuMs();
          for (const k of chunk) f(xs[k]);
          ms[b] += cpuMs() - t0;
        }
      });
      return ms;
    };
    for (let w = 0; w < 2; w++) round(w);
    const t = { A: [], B: [], A2: [] };
    for (let r = 0; r < rounds; r++) {
      const ms = round(r);
      for (const b of names) t[b].push(ms[b]);
    }
    const ratio = (x, y) => median(t[x].map((v, k) => v / t[y][k])).toFixed(3);
    console.log(
      `${stage.padEnd(13)} differ ${differ}  A ${(median(t.A) / mb).toFixed(1)} ms/MB  B ${(median(t.B) / mb).toFixed(1)} ms/MB  B/A ${ratio('B', 'A')}  B/A2 ${ratio('B', 'A2')}  control A2/A ${ratio('A2', 'A')}`,
    );
    if (differ) process.exitCode = 1;
  }
}
