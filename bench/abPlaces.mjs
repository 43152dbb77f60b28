#!/usr/bin/env node
// findPlaces (src/core/lexicon/places.ts) of the working tree (B) against a git revision (A, default `main`), in ONE
// process, both builds bundled apart and timed in alternating rounds (the order swapped every round): the place
// search is a tenth of abAnalyse.mjs's `request`, too small a part to tell there from the noise of a shared machine.
// Before timing, every text's places are compared between A and B as JSON; a difference is printed and the exit
// code is 1.
//
//   node bench/abPlaces.mjs [--base REV] [--articles 1000] [--rounds 15] [--corpora /work/shared/corpora]
//
// Texts: the first --articles of bench/corpora/1000 (generated), plus, with --corpora, every DIR/*/articles/*.txt
// (real news), each set timed apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMs, loadBuilds, median, option as opt, ROOT } from './abBuilds.mjs';

const base = opt('--base', 'main');
const articles = Number(opt('--articles', 1000));
const rounds = Number(opt('--rounds', 15));
const corporaDir = opt('--corpora', undefined);

const { A, B } = await loadBuilds("export { findPlaces } from './src/core/lexicon/places';", base, 'places');

const readTexts = (dir, n) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, n)
    .map((f) => readFileSync(join(dir, f), 'utf8'));
const sets = [['bench', readTexts(join(ROOT, 'bench', 'corpora', '1000'), articles)]];
if (corporaDir) {
  const news = [];
  for (const sub of readdirSync(corporaDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(corporaDir, sub.name, 'articles');
    if (existsSync(dir)) news.push(...readTexts(dir, Infinity));
  }
  sets.push(['corpora', news]);
}

let differ = 0;
const result = {};
for (const [label, texts] of sets) {
  let d = 0;
  for (const t of texts) {
    const a = JSON.stringify(A.findPlaces(t));
    const b = JSON.stringify(B.findPlaces(t));
    if (a !== b) {
      if (d++ < 3) console.log(`${label}: differs\n  A ${a.slice(0, 300)}\n  B ${b.slice(0, 300)}`);
    }
  }
  console.log(`${label}: ${texts.length} texts compared, ${d} differ`);
  differ += d;
  const times = { A: [], B: [] };
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const got = {};
    for (const w of r % 2 ? ['B', 'A'] : ['A', 'B']) {
      const m = w === 'A' ? A : B;
      const t0 = cpuMs();
      for (const t of texts) m.findPlaces(t);
      got[w] = cpuMs() - t0;
      times[w].push(got[w]);
    }
    ratios.push(got.B / got.A);
  }
  result[label] = { texts: texts.length, A: +median(times.A).toFixed(1), B: +median(times.B).toFixed(1), BoverA: +median(ratios).toFixed(3) };
}
console.log(JSON.stringify({ base, rounds, cpuMs: result }));
process.exitCode = differ ? 1 : 0;
