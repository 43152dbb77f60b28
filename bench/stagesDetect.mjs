#!/usr/bin/env node
// CPU per stage of detect(), per text set: each stage's inputs made once per text as detect() makes them, then
// each stage run alone over the whole set (process.cpuUsage around the loop, median of N rounds), beside
// detect() whole. attributeQuotes includes findQuotes (it needs fresh quotes); conformTimex includes
// detectTimexWords. Sets as bench/profDetect.mjs: bench (generated articles), fr and en (dev texts).
//
//   node bench/stagesDetect.mjs [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
const ROOT = process.cwd();
const outfile = join(ROOT, 'out', 'bench', 'stages-detect.js');
await esbuild.build({
  stdin: {
    contents: `
export { findPublicationDate } from './src/core/detect/publication';
export { detectLanguage } from './src/core/detect/language';
export { DATE_CODE_TRIGGERS, DATE_LITERAL_TRIGGERS, detectDates } from './src/core/detect/dates';
export { detectDurations, DURATION_TRIGGERS } from './src/core/detect/durations';
export { TriggerScan } from './src/core/detect/triggers';
export { conformTimex } from './src/core/detect/timexConform';
export { detectTimexWords } from './src/core/detect/timexRules';
export { findBylineAuthors } from './src/core/detect/bylines';
export { detectPeople } from './src/core/detect/people';
export { splitGluedNames } from './src/core/detect/gluedNames';
export { attributeQuotes, findQuotes } from './src/core/detect/quotes';
export { detect } from './src/core/detect';
export { corpus } from './bench/corpus';
`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  outfile,
});
const M = createRequire(import.meta.url)(outfile);
const TRIG = new M.TriggerScan(M.DATE_LITERAL_TRIGGERS, [...M.DATE_CODE_TRIGGERS, ...M.DURATION_TRIGGERS]);
const C = process.env.CORPORA ?? '/work/shared/corpora';
const jsonl = (f) =>
  readFileSync(join(C, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((d) => [d.text, { ...(d.published ? { published: d.published } : {}), language: d.lang }]);
const sets = {
  bench: M.corpus(join(ROOT, 'seeds'), 200).map((a) => [a.text, {}]),
  fr: [...jsonl('timex-fr-dev.jsonl'), ...jsonl('people-fr-dev.jsonl')],
  en: [
    ...jsonl('timex-en-dev.jsonl'),
    ...jsonl('people-en-dev.jsonl'),
    ...readdirSync(join(C, 'events-en-dev/articles')).map((f) => [readFileSync(join(C, 'events-en-dev/articles', f), 'utf8'), {}]),
  ],
};
const rounds = Number(process.argv[2] ?? 5);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const [name, list] of Object.entries(sets)) {
  const bytes = list.reduce((s, [t]) => s + Buffer.byteLength(t), 0);
  // Each stage's inputs, made once, as detect() makes them.
  const inputs = list.map(([text, o]) => {
    const published = M.findPublicationDate(text, o.published);
    const language = o.language ?? M.detectLanguage(text);
    const hits = TRIG.hits(text);
    const raw = M.detectDurations(text, hits);
    const dates = M.detectDates(text, published, raw, hits);
    const people = M.splitGluedNames(text, M.detectPeople(text, [], language, []), undefined, undefined);
    return { text, o, published, language, hits, raw, dates, people, quotes: M.findQuotes(text) };
  });
  const stages = {
    publication: (x) => M.findPublicationDate(x.text, x.o.published),
    language: (x) => M.detectLanguage(x.text),
    triggers: (x) => TRIG.hits(x.text),
    durations: (x) => M.detectDurations(x.text, x.hits),
    dates: (x) => M.detectDates(x.text, x.published, x.raw, x.hits),
    conformTimex: (x) =>
      M.conformTimex(
        x.text,
        x.dates.map((d) => ({ ...d })),
        x.raw,
        x.published,
      ),
    bylines: (x) => M.findBylineAuthors(x.text),
    people: (x) => M.splitGluedNames(x.text, M.detectPeople(x.text, [], x.language, []), undefined, undefined),
    findQuotes: (x) => M.findQuotes(x.text),
    attributeQuotes: (x) => M.attributeQuotes(x.text, M.findQuotes(x.text), x.people),
    'detect (whole)': (x) => M.detect(x.text, x.o),
  };
  const acc = Object.fromEntries(Object.keys(stages).map((k) => [k, []]));
  for (let r = 0; r <= rounds; r++) {
    for (const [k, f] of Object.entries(stages)) {
      const t0 = cpu();
      for (const x of inputs) f(x);
      if (r > 0) acc[k].push(cpu() - t0);
    }
  }
  const med = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const perMB = (k) => med(acc[k]) / (bytes / 1e6);
  const whole = perMB('detect (whole)');
  console.log(
    `== ${name}: ${list.length} texts ${(bytes / 1e6).toFixed(2)} MB; detect ${whole.toFixed(0)} ms/MB = ${(1000 / whole).toFixed(2)} MB/s (CPU, median of ${rounds} rounds)`,
  );
  for (const k of Object.keys(stages))
    if (k !== 'detect (whole)')
      console.log(`  ${k.padEnd(16)} ${perMB(k).toFixed(1).padStart(6)} ms/MB  ${((100 * perMB(k)) / whole).toFixed(1).padStart(5)}% of detect`);
}
