import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runReport } from '../../../src/cli/report';
import type { ReportJson } from '../../../src/core/corpus/report';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const CALL = '000_8d102cea5626ae6c.txt';

async function report(format: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runReport([SEEDS, ...format], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  assert.equal(code, 0, err);
  return out;
}

describe('corpus report on the seeds', () => {
  let json: ReportJson;
  before(async () => {
    json = JSON.parse(await report(['--json'])) as ReportJson;
  });

  const eventOn = (date: string, place?: string) => json.events.find((e) => e.date === date && (!place || e.place === place));
  const filesOf = (e: ReportJson['events'][number]) => [...new Set(e.mentions.map((m) => m.file))].sort();

  it('lists the five articles with their publication dates', () => {
    assert.equal(json.documents.length, 5);
    assert.match(json.documents.find((d) => d.file === '002_b236a2b85e7853d3.txt')?.published ?? '', /^2025-02-26/);
  });

  it('finds the Trump–Putin call of 12 February 2025 in the AFP and Reuters articles', () => {
    const e = eventOn('2025-02-12');
    assert.ok(e, JSON.stringify(json.events.map((x) => x.id)));
    assert.ok(filesOf(e).includes(CALL) && filesOf(e).includes('002_b236a2b85e7853d3.txt'), filesOf(e).join());
    assert.ok(e.participants.some((p) => /Trump/.test(p)) && e.participants.some((p) => /Pout|Put/.test(p)));
  });

  it('finds the Riyadh talks of 18 February 2025, settling the month-only article\'s "mardi"', () => {
    const e = eventOn('2025-02-18', 'Riyad');
    assert.ok(e, JSON.stringify(json.events.map((x) => [x.id, x.place])));
    for (const f of [CALL, '002_b236a2b85e7853d3.txt', '003_66c97829100779b6.txt', '004_993b8776cac74b6d.txt']) assert.ok(filesOf(e).includes(f), f);
    assert.ok(e.reasoning?.some((r) => /mardi/.test(r) && /2025-02-18/.test(r)));
  });

  it('finds the Istanbul talks of 27 February 2025 in the four articles about them, and not in the Riyadh article', () => {
    const e = eventOn('2025-02-27', 'Istanbul');
    assert.ok(e);
    assert.equal(e.id, '2025-02-27-istanbul-talks');
    assert.deepEqual(filesOf(e), [CALL, '001_788e210a1b359052.txt', '002_b236a2b85e7853d3.txt', '003_66c97829100779b6.txt']);
  });

  it('reports the Peskov quote discrepancy («très» / «extrêmement important») with a word diff', () => {
    const q = json.contradictions.find((c) => c.attribute === 'quote' && c.sides.some((s) => /très important/.test(s.text)));
    assert.ok(q, JSON.stringify(json.contradictions));
    assert.ok(q.sides.some((s) => /extrêmement important/.test(s.text)));
    assert.deepEqual(q.sides.map((s) => s.file).sort(), [CALL, '003_66c97829100779b6.txt']);
    assert.ok(q.diff?.some((o) => o.op === 'insert' && /extrêmement/.test(o.text)));
  });

  it('uses code-point offsets that point at the quoted text', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const c of [...json.contradictions, ...json.agreements]) {
      for (const s of c.sides) {
        const text = Array.from(await readFile(join(SEEDS, s.file), 'utf8'));
        assert.equal(text.slice(s.start, s.end).join(''), s.text);
      }
    }
  });

  it('renders a Markdown report with the timeline and both sides of each disagreement', async () => {
    const md = await report(['--format', 'md']);
    assert.match(md, /^# Rapport Newsmark$/m);
    assert.match(md, /## Chronologie/);
    assert.match(md, /## Désaccords entre sources/);
    assert.match(md, /Pourparlers à Istanbul, 27 février 2025/);
    assert.match(md, /très important/);
    assert.match(md, /extrêmement important/);
  });

  it('writes the Markdown in English with --lang en, and refuses another language', async () => {
    const md = await report(['--format', 'md', '--lang', 'en']);
    assert.match(md, /^# Newsmark report$/m);
    assert.match(md, /## Timeline/);
    assert.match(md, /## Disagreements between sources/);
    assert.match(md, /\*\*Date:\*\* 27 February 2025/);
    assert.doesNotMatch(md, /Désaccords|Chronologie|indépendante/);
    let err = '';
    assert.equal(await runReport([SEEDS, '--lang', 'de'], { stdout: () => {}, stderr: (s) => (err += s) }), 2);
    assert.match(err, /--lang takes fr or en/);
  });

  it('refuses an unknown option with exit code 2', async () => {
    let err = '';
    assert.equal(await runReport([SEEDS, '--bogus'], { stdout: () => {}, stderr: (s) => (err += s) }), 2);
    assert.match(err, /unknown option/);
  });
});
