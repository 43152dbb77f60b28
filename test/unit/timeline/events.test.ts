import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sidecarFacts } from '../../../src/core/corpus/decisions';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';
import { timelineEvents } from '../../../src/core/timeline/events';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { dateInterval, dayNumber } from '../../../src/core/timeline/time';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

/** The seeds indexed with their sidecars' publication dates and outlets, as the CLI and the extension do. */
function seedIndex(): CorpusIndex {
  const index = new CorpusIndex();
  for (const file of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const parsed = parseSidecar(readFileSync(join(SEEDS, `${file}.annotations.yaml`), 'utf8'), `${file}.annotations.yaml`);
    const facts = parsed.ok ? sidecarFacts(parsed.value) : undefined;
    index.setDocument(file, readFileSync(join(SEEDS, file), 'utf8'), {
      ...(facts?.published ? { published: facts.published } : {}),
      ...(facts?.outlet ? { outlet: facts.outlet } : {}),
    });
  }
  return index;
}

describe('timeline events over the seeds', () => {
  let index: CorpusIndex;
  before(() => {
    index = seedIndex();
  });

  it('puts every event of the corpus on the timeline, weighed by its independent sources', () => {
    const events = timelineEvents(index);
    assert.deepEqual(
      events.map((e) => e.id),
      index.events().map((e) => e.id),
    );
    for (const e of events) {
      const ev = index.event(e.id)!;
      const outlets = new Set(ev.mentions.map((m) => index.documents().find((d) => d.file === m.file)?.outlet ?? m.file));
      assert.equal(e.sources, outlets.size, e.id);
    }
  });

  it('gives an event known only to the month the candidate days its articles leave open, inside that month', () => {
    const coarse = timelineEvents(index).filter((e) => e.candidates);
    assert.ok(coarse.length > 0, 'a month-precise event with a weekday in the seeds');
    for (const e of coarse) {
      const span = dateInterval(e.date)!;
      assert.notEqual(span.granularity, 'day');
      for (const day of e.candidates!) assert.ok(dayNumber(day) >= span.start && dayNumber(day) < span.end, `${day} outside ${e.date}`);
    }
  });

  it('lays the seeds out with the Istanbul talks after the Riyadh talks, both in the talks lane, heavier than a one-article event', () => {
    const layout = layoutTimeline(timelineEvents(index), { width: 1000, lanesBy: 'kind', lang: 'fr' });
    const mark = (suffix: string) => layout.marks.find((m) => m.id.endsWith(suffix))!;
    const riyadh = mark('riyadh-talks');
    const istanbul = mark('istanbul-talks');
    assert.ok(istanbul.x > riyadh.x);
    assert.equal(istanbul.lane, riyadh.lane);
    const single = layout.marks.find((m) => m.sources === 1);
    if (single) assert.ok(istanbul.radius > single.radius);
    assert.ok(layout.undated.length >= 1, 'the undated events are listed apart');
  });
});
