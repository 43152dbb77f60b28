/**
 * Events evaluation on ECB+ dev topics (`../shared/corpora/events-en-dev`, beside the clone): indexes the
 * articles as `newsmark report` does and scores the report (see src/core/evaluation/events.ts).
 *
 *   npx tsx scripts/eval-events.ts            # prints the Markdown section
 *   npx tsx scripts/eval-events.ts --json     # prints the figures as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../src/core/corpus/index';
import { buildReport } from '../src/core/corpus/report';
import { evaluateEvents, eventsMarkdown, type EventGoldArticle, type EventsEvaluation } from '../src/core/evaluation/events';

/** The ECB+ dev corpus folder, or undefined when it is not beside the clone. */
export function eventsCorpusDir(root = join(__dirname, '..')): string | undefined {
  const dir = join(root, '..', 'shared', 'corpora', 'events-en-dev');
  return existsSync(join(dir, 'gold.jsonl')) ? dir : undefined;
}

/** Loads the corpus, indexes it and scores the report. */
export function runEventsEvaluation(dir: string): EventsEvaluation {
  const articles: EventGoldArticle[] = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          file: string;
          topic: number;
          event: string;
          annotated_lines: number[];
          mentions: Array<{ start: number; end: number; instance: string }>;
        },
    )
    .map((g) => ({
      file: g.file,
      topic: String(g.topic),
      event: g.event,
      annotatedLines: g.annotated_lines,
      mentions: g.mentions,
      text: readFileSync(join(dir, 'articles', g.file), 'utf8'),
    }));
  const index = new CorpusIndex();
  for (const a of articles) index.setDocument(a.file, a.text);
  return evaluateEvents(articles, buildReport(index));
}

if (require.main === module) {
  const dir = eventsCorpusDir();
  if (!dir) {
    console.log('events-en-dev: absent (../shared/corpora/events-en-dev)');
  } else {
    const r = runEventsEvaluation(dir);
    console.log(process.argv.includes('--json') ? JSON.stringify(r, null, 2) : eventsMarkdown('ECB+ dev topics 1–35 (events-en-dev)', r));
  }
}
