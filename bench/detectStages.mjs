// What the per-stage bench tools (stagesDetect.mjs, abStages.mjs, profDetect.mjs) share: the module entry that
// exports detect()'s stages, the text sets, each stage's inputs made as detect() makes them, and the stages as
// functions of those inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './abBuilds.mjs';

/** Module source (resolved at the tree's root) exporting detect() and its stages. */
export const STAGES_ENTRY = `
export { findPublicationDate } from './src/core/detect/publication';
export { detectLanguage } from './src/core/detect/language';
export { DATE_CODE_TRIGGERS, DATE_LITERAL_TRIGGERS, detectDates } from './src/core/detect/dates';
export { detectDurations, DURATION_TRIGGERS } from './src/core/detect/durations';
export { TriggerScan } from './src/core/detect/triggers';
export { conformTimex } from './src/core/detect/timexConform';
export { detectTimexWords } from './src/core/detect/timexRules';
export { findBylineAuthors } from './src/core/detect/bylines';
export { detectPeople } from './src/core/detect/people';
export { tokenize } from './src/core/detect/nameTokens';
export { segmentsOf } from './src/core/detect/nameSegments';
export { splitGluedNames } from './src/core/detect/gluedNames';
export { attributeQuotes, findQuotes } from './src/core/detect/quotes';
export { detect, detectBatch, detectBatches } from './src/core/detect';
`;

/**
 * The text sets, as [text, options] pairs: `bench`, the bench's 200 generated articles (`corpus` from
 * bench/corpus.ts); `fr`, the French dev texts of `corporaDir` (timex-fr, people-fr); `en`, the English ones
 * (timex-en, people-en, events-en-dev/articles). Each text with its published date and language when its file gives them.
 */
export function textSets(corporaDir, corpus) {
  const jsonl = (file) => {
    const path = join(corporaDir, file);
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((d) => [d.text, { ...(d.published ? { published: d.published } : {}), ...(d.lang ? { language: d.lang } : {}) }]);
  };
  const dir = join(corporaDir, 'events-en-dev', 'articles');
  const articles = existsSync(dir) ? readdirSync(dir).map((f) => [readFileSync(join(dir, f), 'utf8'), {}]) : [];
  return {
    bench: corpus(join(ROOT, 'seeds'), 200).map((a) => [a.text, {}]),
    fr: [...jsonl('timex-fr-dev.jsonl'), ...jsonl('people-fr-dev.jsonl')],
    en: [...jsonl('timex-en-dev.jsonl'), ...jsonl('people-en-dev.jsonl'), ...articles],
  };
}

/** Each stage's inputs per text, made by build M as detect() makes them (its trigger hits are keyed by M's own regular expressions). */
export function inputsOf(M, texts) {
  const scan = new M.TriggerScan(M.DATE_LITERAL_TRIGGERS, [...M.DATE_CODE_TRIGGERS, ...M.DURATION_TRIGGERS]);
  return texts.map(([text, o]) => {
    const published = M.findPublicationDate(text, o.published);
    const language = o.language ?? M.detectLanguage(text);
    const hits = scan.hits(text);
    const raw = M.detectDurations(text, hits);
    const dates = M.detectDates(text, published, raw, hits);
    const people = M.splitGluedNames(text, M.detectPeople(text, [], language, []), undefined, undefined);
    return { text, o, published, language, hits, raw, dates, people };
  });
}

/**
 * Build M's stages, each a function of one input of `inputsOf(M, …)`, in detect()'s order; `quotes` includes
 * findQuotes, `conformTimex` includes `timexWords` (detectTimexWords), `people` includes `tokenize` and `segments`.
 */
export function stagesOf(M) {
  const scan = new M.TriggerScan(M.DATE_LITERAL_TRIGGERS, [...M.DATE_CODE_TRIGGERS, ...M.DURATION_TRIGGERS]);
  const pub = (p) => (p ? { y: Number(p.value.slice(0, 4)) } : null);
  return {
    publication: (x) => M.findPublicationDate(x.text, x.o.published),
    language: (x) => M.detectLanguage(x.text),
    triggers: (x) => [...scan.hits(x.text).values()],
    durations: (x) => M.detectDurations(x.text, x.hits),
    dates: (x) => M.detectDates(x.text, x.published, x.raw, x.hits),
    timexWords: (x) => M.detectTimexWords(x.text, pub(x.published)),
    conformTimex: (x) =>
      M.conformTimex(
        x.text,
        x.dates.map((d) => ({ ...d })),
        x.raw,
        x.published,
      ),
    bylines: (x) => M.findBylineAuthors(x.text),
    tokenize: (x) => M.tokenize(x.text),
    segments: (x) => M.segmentsOf(x.text, M.tokenize(x.text)),
    people: (x) => M.splitGluedNames(x.text, M.detectPeople(x.text, [], x.language, []), undefined, undefined),
    quotes: (x) => M.attributeQuotes(x.text, M.findQuotes(x.text), x.people),
  };
}
