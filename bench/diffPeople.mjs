#!/usr/bin/env node
// Quality review, not a timing: detect() of the working tree (B) against a git revision (A, default `main`),
// both bundled into one process, over the seeds and every dev text of --corpora (with its published date and
// language). Prints each person and each quote speaker that one build finds and the other does not, with the
// words around it, so that a change to the people or speaker rules can be read case by case.
//
//   node bench/diffPeople.mjs [--base REV] [--corpora /work/shared/corpora]
import { detectionCases, loadBuilds, option as opt } from './abBuilds.mjs';

const base = opt('--base', 'main');
const corporaDir = opt('--corpora', '/work/shared/corpora');
const builds = await loadBuilds("export { detect } from './src/core/detect';", base, 'detect');
const { cases } = detectionCases([], corporaDir);
const around = (text, s, e) => `…${text.slice(Math.max(0, s - 50), s)}[${text.slice(s, e)}]${text.slice(e, e + 50)}…`.replace(/\n/g, '⏎');
const people = (r) => new Map(r.people.map((p) => [`${p.start}:${p.end}`, p.name]));
const speakers = (r) => new Map(r.quotes.map((q) => [`${q.start}:${q.end}`, q.speakerName ?? null]));
let n = 0;
const report = (line) => {
  n++;
  console.log(line);
};
for (const [label, text, options] of cases) {
  if (!label.includes('(published, lang)') && !label.startsWith('seeds/') && label.includes('.jsonl')) continue;
  const a = builds.A.detect(text, options);
  const b = builds.B.detect(text, options);
  const [pa, pb] = [people(a), people(b)];
  for (const [k, name] of pa) if (pb.get(k) !== name) report(`- person ${label}: ${name} ${around(text, ...k.split(':').map(Number))}`);
  for (const [k, name] of pb) if (pa.get(k) !== name) report(`+ person ${label}: ${name} ${around(text, ...k.split(':').map(Number))}`);
  const [sa, sb] = [speakers(a), speakers(b)];
  for (const [k, name] of sb)
    if (sa.has(k) && sa.get(k) !== name) report(`~ speaker ${label}: ${sa.get(k)} -> ${name} ${around(text, ...k.split(':').map(Number))}`);
}
console.log(`${n} differences`);
