#!/usr/bin/env node
// detect()'s stages one at a time, the working tree (B) against a git revision (A, default `main`), in one process:
// a change to one detector is a few percent of detect() but a large part of its stage, so the stage alone, A and B in
// alternating rounds over the same texts, shows what abDetect.mjs's whole-detect rounds cannot tell from the noise of
// a shared machine. Each stage's inputs are made once per text by each build, as detect() makes them; each
// stage's output is compared (JSON) between the builds before it is timed.
//
//   node bench/abStages.mjs [--base main] [--rounds 20] [--stages triggers,people,...] [--corpora /work/shared/corpora] [--sets bench,en]
//
// Texts: the bench's 200 generated articles, and with --corpora the English news articles (events-en-dev) and
// the French TimeBank texts, all together; with --sets, each set of bench/detectStages.mjs apart (`en`, `fr`: every
// dev text of that language, as stagesDetect.mjs reads them). Prints per stage: differing outputs, CPU ms of A and B (medians), B/A (median per round).
import { cpuMs, loadBuilds, loadCorpus, median, option as opt } from './abBuilds.mjs';
import { inputsOf, stagesOf, STAGES_ENTRY, textSets } from './detectStages.mjs';

const base = opt('--base', 'main');
const rounds = Number(opt('--rounds', 20));
const corporaDir = opt('--corpora', undefined);
const only = opt('--stages', undefined)?.split(',');

const { A, B } = await loadBuilds(STAGES_ENTRY, base, 'stages');
const sets = textSets(corporaDir ?? '/nonexistent', await loadCorpus());
// The English news articles (not the short dev sentences) and the French TimeBank texts beside the generated articles.
const mixed = [...sets.bench, ...sets.en.filter(([t, o]) => !o.language && t.length > 1000), ...sets.fr.filter(([, o]) => o.published)];
const SA = stagesOf(A);
const SB = stagesOf(B);
const chosen = opt('--sets', undefined)?.split(',');
for (const [label, texts] of chosen ? chosen.map((k) => [k, sets[k] ?? []]) : [['mixed', mixed]]) compare(label, texts);

/** Each stage of both builds over `texts`: outputs compared, then timed in alternating rounds. */
function compare(label, texts) {
  const [inA, inB] = [inputsOf(A, texts), inputsOf(B, texts)];
  const bytes = texts.reduce((s, [t]) => s + Buffer.byteLength(t, 'utf8'), 0);
  console.log(`${label}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, base ${base}, ${rounds} rounds`);

  for (const name of Object.keys(SA)) {
    if (only && !only.includes(name)) continue;
    const [fa, fb] = [SA[name], SB[name]];
    let differ = 0;
    for (let k = 0; k < inA.length; k++) if (JSON.stringify(fa(inA[k])) !== JSON.stringify(fb(inB[k]))) differ++;
    const run = (f, inputs) => {
      const t0 = cpuMs();
      for (const x of inputs) f(x);
      return cpuMs() - t0;
    };
    const [ra, rb] = [() => run(fa, inA), () => run(fb, inB)];
    for (let k = 0; k < 2; k++) [ra, rb].forEach((f) => f());
    const a = [];
    const b = [];
    const q = [];
    for (let r = 0; r < rounds; r++) {
      const [x, y] = r % 2 ? [rb(), ra()] : [ra(), rb()];
      const [ta, tb] = r % 2 ? [y, x] : [x, y];
      a.push(ta);
      b.push(tb);
      q.push(tb / ta);
    }
    console.log(`${name.padEnd(13)} differ ${differ}  A ${median(a).toFixed(1)} ms  B ${median(b).toFixed(1)} ms  B/A ${median(q).toFixed(3)}`);
    if (differ) process.exitCode = 1;
  }
}
