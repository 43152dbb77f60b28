#!/usr/bin/env node
// A CPU profile of the per-article work after detect() (bench/abAnalyse.mjs's `request` task: analysis, story
// terms, cache entry) on the working tree, for `node --cpu-prof`: detection runs once before, untimed.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profAnalyse.mjs [--articles 1000] [--rounds 5] [--corpora /work/shared/corpora]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle, cpuMs, option as opt, OUT, ROOT } from './abBuilds.mjs';

const articles = Number(opt('--articles', 1000));
const rounds = Number(opt('--rounds', 5));
const corporaDir = opt('--corpora', undefined);
const ENTRY = [
  "export { detect } from './src/core/detect';",
  "export { EntryEncoder } from './src/core/corpus/cache';",
  "export { analyseRequest } from './src/core/corpus/analyseArticle';",
].join('\n');
const file = join(OUT, 'prof-analyse.js');
await bundle(ENTRY, ROOT, file);
const M = createRequire(import.meta.url)(file);
const readTexts = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, articles)
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const docs = readTexts(join(ROOT, 'bench', 'corpora', '1000'));
if (corporaDir)
  for (const sub of readdirSync(corporaDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(corporaDir, sub.name, 'articles');
    if (existsSync(dir)) docs.push(...readTexts(dir).map((d) => ({ ...d, file: `${sub.name}/${d.file}` })));
  }
for (const d of docs) d.detections = M.detect(d.text);
const times = [];
for (let r = 0; r < rounds; r++) {
  const t0 = cpuMs();
  const encoder = new M.EntryEncoder();
  for (const d of docs) M.analyseRequest({ key: d.file, file: d.file, text: d.text, encode: true }, encoder, d.detections);
  times.push(+(cpuMs() - t0).toFixed(1));
}
console.log(JSON.stringify({ articles: docs.length, rounds, cpuMs: times }));
