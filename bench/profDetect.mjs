#!/usr/bin/env node
// Where detect() spends its CPU, per text set: the working tree's src/core/detect bundled (not minified, so each
// function keeps its name and each module its `// src/...` header), run over a set of texts for several rounds
// under the V8 sampling profiler (node:inspector, in process), then the samples summed three ways: per stage (the
// function detect() called, all time below it included), per source file and per function (self time).
//
//   node bench/profDetect.mjs [--sets bench,fr,en] [--rounds 10] [--corpora /work/shared/corpora] [--top 25] [--lines 10] [--people]
//
// With --people, only the people stage is run and profiled (detectPeople and splitGluedNames, as detect() calls
// them, each text's language found before the profile starts): its steps are then the "stages".
//
// Sets: `bench` = the bench's 200 generated articles (bench/corpus.ts); `fr` = the French dev texts (timex-fr,
// people-fr), `en` = the English ones (timex-en, people-en, events-en-dev/articles), from --corpora. Each text
// is run with its published date and language when the file gives them, as the evaluation does.
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle, bundleSources, loadCorpus, option as opt, OUT, ROOT } from './abBuilds.mjs';
import { textSets } from './detectStages.mjs';

const sets = opt('--sets', 'bench,fr,en').split(',');
const rounds = Number(opt('--rounds', 10));
const corporaDir = opt('--corpora', '/work/shared/corpora');
const top = Number(opt('--top', 25));
const showLines = Number(opt('--lines', 0));
const peopleOnly = process.argv.includes('--people');

const outfile = join(OUT, 'prof-detect.js');
await bundle(
  `export { detect } from './src/core/detect';
export { detectLanguage } from './src/core/detect/language';
export { detectPeople } from './src/core/detect/people';
export { splitGluedNames } from './src/core/detect/gluedNames';`,
  ROOT,
  outfile,
);
const require = createRequire(import.meta.url);
const M = require(outfile);
/** What is profiled for one text: detect(), or with --people the people stage alone. */
const run = peopleOnly ? (t, o) => M.splitGluedNames(t, M.detectPeople(t, [], o.language, []), undefined, undefined) : M.detect;
const corpus = await loadCorpus();

const { lines, fileOfLine } = bundleSources(outfile);

const allSets = textSets(corporaDir, corpus);
const texts = (set) => {
  if (!allSets[set]) throw new Error(`unknown set ${set}`);
  return allSets[set];
};

const ROOTS = new Set(peopleOnly ? ['detectPeople', 'splitGluedNames'] : ['detect', 'detectBatch']);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });

const pct = (x, total) => ((100 * x) / total).toFixed(1).padStart(5);
for (const set of sets) {
  const list = peopleOnly ? texts(set).map(([t, o]) => [t, { ...o, language: o.language ?? M.detectLanguage(t) }]) : texts(set);
  const bytes = list.reduce((s, [t]) => s + Buffer.byteLength(t, 'utf8'), 0);
  for (const [t, o] of list) run(t, o); // warm-up
  await session.post('Profiler.start');
  const u0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const [t, o] of list) run(t, o);
  const u = process.cpuUsage(u0);
  const { profile } = await session.post('Profiler.stop');
  const cpuMs = (u.user + u.system) / 1000;

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  for (let k = 0; k < profile.samples.length; k++) {
    const dt = profile.timeDeltas[k + 1] ?? 0;
    self.set(profile.samples[k], (self.get(profile.samples[k]) ?? 0) + dt);
  }
  /** The function detect() called on the way to node `id` (the stage), or '(detect itself)' / '(outside)'. */
  const stageMemo = new Map();
  const stageOf = (id) => {
    if (stageMemo.has(id)) return stageMemo.get(id);
    const n = byId.get(id);
    const p = parent.get(id);
    let s;
    // detect() is a batch of one (detectBatch runs the stages): either is the root the stages hang from.
    if (ROOTS.has(n.callFrame.functionName) && n.callFrame.url.endsWith('prof-detect.js')) s = '(detect itself)';
    else if (p === undefined) s = '(outside)';
    else {
      const ps = stageOf(p);
      s = ps === '(detect itself)' ? n.callFrame.functionName || '(anonymous)' : ps;
    }
    stageMemo.set(id, s);
    return s;
  };
  const byStage = new Map();
  const byFile = new Map();
  const byFn = new Map();
  const inclusive = new Map();
  /** Per function key: bundle line → ticks (the profiler's positionTicks). */
  const fnLines = new Map();
  for (const n of profile.nodes) {
    if (!n.positionTicks || !n.callFrame.url.endsWith('prof-detect.js')) continue;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${fileOfLine[n.callFrame.lineNumber]}:${n.callFrame.lineNumber + 1}`;
    const m = fnLines.get(key) ?? new Map();
    for (const { line, ticks } of n.positionTicks) m.set(line, (m.get(line) ?? 0) + ticks);
    fnLines.set(key, m);
  }
  let total = 0;
  for (const [id, dt] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    if (['(idle)', '(program)', '(garbage collector)'].includes(cf.functionName) && stageOf(id) === '(outside)') {
      if (cf.functionName !== '(garbage collector)') continue;
    }
    total += dt;
    const stage = stageOf(id);
    byStage.set(stage, (byStage.get(stage) ?? 0) + dt);
    const file = cf.url.endsWith('prof-detect.js') ? fileOfLine[cf.lineNumber] : cf.url ? 'node:' + cf.url.split('/').pop() : cf.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    const fn = `${cf.functionName || '(anonymous)'} ${file}:${cf.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
    const seen = new Set();
    for (let a = id; a !== undefined; a = parent.get(a)) {
      const an = byId.get(a).callFrame;
      if (!an.url.endsWith('prof-detect.js')) continue;
      const key = `${an.functionName || '(anonymous)'} ${fileOfLine[an.lineNumber]}:${an.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  }
  const sorted = (m) => [...m].sort((p, q) => q[1] - p[1]);
  console.log(
    `\n=== ${set}: ${list.length} texts, ${(bytes / 1e6).toFixed(2)} MB × ${rounds} rounds, CPU ${cpuMs.toFixed(0)} ms = ${((cpuMs / rounds) * (1e6 / bytes)).toFixed(0)} ms/MB`,
  );
  console.log('-- per stage (inclusive, % of sampled time)');
  for (const [k, v] of sorted(byStage).slice(0, top)) console.log(`${pct(v, total)}%  ${k}`);
  console.log('-- per file (self)');
  for (const [k, v] of sorted(byFile).slice(0, top)) console.log(`${pct(v, total)}%  ${k}`);
  console.log('-- per function (self)');
  for (const [k, v] of sorted(byFn).slice(0, top)) console.log(`${pct(v, total)}%  ${k}`);
  console.log('-- per function (inclusive)');
  for (const [k, v] of sorted(inclusive).slice(0, top)) console.log(`${pct(v, total)}%  ${k}`);
  if (showLines) {
    const byLine = new Map();
    for (const m of fnLines.values()) for (const [line, ticks] of m) byLine.set(line, (byLine.get(line) ?? 0) + ticks);
    const allTicks = [...byLine.values()].reduce((a, b) => a + b, 0);
    console.log(`-- hottest lines overall (% of ${allTicks} line ticks)`);
    for (const [line, ticks] of sorted(byLine).slice(0, showLines * 3))
      console.log(`${pct(ticks, allTicks)}%  ${fileOfLine[line - 1]}  ${line}: ${lines[line - 1].trim().slice(0, 130)}`);
    console.log('-- hottest lines of the top functions (ticks, bundle line)');
    for (const [k] of sorted(byFn).slice(0, showLines)) {
      const m = fnLines.get(k);
      if (!m) continue;
      console.log(k);
      for (const [line, ticks] of sorted(m).slice(0, 6)) console.log(`  ${String(ticks).padStart(5)}  ${line}: ${lines[line - 1].trim().slice(0, 140)}`);
    }
  }
}
session.disconnect();
