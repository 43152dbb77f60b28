#!/usr/bin/env node
// Where one stage of detect() spends its CPU: the working tree's stages (bench/detectStages.mjs) bundled without
// minifying, the stage's inputs made once per text as detect() makes them, then the stage alone run over a set
// for several rounds under the V8 sampling profiler (in process), its samples summed per function (self and
// inclusive) and per line. profDetect.mjs profiles detect() whole, where a stage of a fifth is hard to read apart.
//
//   node bench/profStage.mjs --stage conformTimex [--sets bench,fr,en] [--rounds 20] [--corpora /work/shared/corpora] [--top 30] [--lines 8]
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle, bundleSources, cpuMs, loadCorpus, option as opt, OUT, ROOT } from './abBuilds.mjs';
import { inputsOf, stagesOf, STAGES_ENTRY, textSets } from './detectStages.mjs';

const stage = opt('--stage', 'conformTimex');
const sets = opt('--sets', 'bench,fr,en').split(',');
const rounds = Number(opt('--rounds', 20));
const corporaDir = opt('--corpora', '/work/shared/corpora');
const top = Number(opt('--top', 30));
const showLines = Number(opt('--lines', 8));

const outfile = join(OUT, 'prof-stage.js');
await bundle(STAGES_ENTRY, ROOT, outfile);
const M = createRequire(import.meta.url)(outfile);
const run = stagesOf(M)[stage];
if (!run) throw new Error(`unknown stage ${stage}`);
const { lines, fileOfLine } = bundleSources(outfile);
const allSets = textSets(corporaDir, await loadCorpus());
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
const pct = (x, total) => ((100 * x) / total).toFixed(1).padStart(5);
const sorted = (m) => [...m].sort((p, q) => q[1] - p[1]);
for (const set of sets) {
  const texts = allSets[set];
  if (!texts) throw new Error(`unknown set ${set}`);
  const inputs = inputsOf(M, texts);
  const bytes = texts.reduce((s, [t]) => s + Buffer.byteLength(t, 'utf8'), 0);
  for (const x of inputs) run(x);
  await session.post('Profiler.start');
  const t0 = cpuMs();
  for (let r = 0; r < rounds; r++) for (const x of inputs) run(x);
  const ms = cpuMs() - t0;
  const { profile } = await session.post('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (cf) =>
    `${cf.functionName || '(anonymous)'} ${cf.url.endsWith('prof-stage.js') ? `${fileOfLine[cf.lineNumber]}:${cf.lineNumber + 1}` : cf.url.split('/').pop()}`;
  const self = new Map();
  const inclusive = new Map();
  const byLine = new Map();
  let total = 0;
  for (let k = 0; k < profile.samples.length; k++) {
    const dt = profile.timeDeltas[k + 1] ?? 0;
    const n = byId.get(profile.samples[k]);
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    total += dt;
    self.set(key(n.callFrame), (self.get(key(n.callFrame)) ?? 0) + dt);
    const seen = new Set();
    for (let a = n.id; a !== undefined; a = parent.get(a)) {
      const kk = key(byId.get(a).callFrame);
      if (!seen.has(kk)) inclusive.set(kk, (inclusive.get(kk) ?? 0) + dt);
      seen.add(kk);
    }
  }
  for (const n of profile.nodes)
    if (n.positionTicks && n.callFrame.url.endsWith('prof-stage.js'))
      for (const { line, ticks } of n.positionTicks) byLine.set(line, (byLine.get(line) ?? 0) + ticks);
  console.log(
    `\n=== ${set}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB × ${rounds} rounds, ${stage} ${((ms / rounds) * (1e6 / bytes)).toFixed(1)} ms/MB (CPU)`,
  );
  console.log('-- per function (self)');
  for (const [k, v] of sorted(self).slice(0, top)) console.log(`${pct(v, total)}%  ${k}`);
  console.log('-- per function (inclusive)');
  for (const [k, v] of sorted(inclusive).slice(0, top)) console.log(`${pct(v, total)}%  ${k}`);
  const allTicks = [...byLine.values()].reduce((a, b) => a + b, 0);
  console.log(`-- hottest lines (% of ${allTicks} line ticks)`);
  for (const [line, ticks] of sorted(byLine).slice(0, showLines * 3))
    console.log(`${pct(ticks, allTicks)}%  ${fileOfLine[line - 1]}  ${line}: ${lines[line - 1].trim().slice(0, 130)}`);
}
session.disconnect();
