// The report reads as something a journalist could use (issue #18, items 6, 7 and 12): reasons in the
// report's language, "N articles from M outlets", and a word diff whose markers render.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runReport } from '../../../src/cli/report';
import { articlesFromOutlets, markdownWordDiff, renderMarkdown, type ReportJson } from '../../../src/core/corpus/report';
import { reasonIn } from '../../../src/core/corpus/reasons';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

async function markdown(lang: 'fr' | 'en'): Promise<string> {
  let out = '';
  let err = '';
  const code = await runReport([SEEDS, '--format', 'md', '--lang', lang], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  assert.equal(code, 0, err);
  return out;
}

/** The lines of every "why grouped" block. */
function reasonLines(md: string): string[] {
  return [...md.matchAll(/<details>[\s\S]*?<\/details>/g)].flatMap((m) => m[0].split('\n').filter((l) => l.startsWith('- ')));
}

const ENGLISH =
  /\b(could be|no other article|events fit|left open|names a|gives only|dates the same|the only|ordinal|matches|decided by|merged|undated|article dated)\b/;

describe('report wording', function () {
  this.timeout(60_000);

  it('gives the reasons for grouping in French in a French report, quoted text untouched', async () => {
    const lines = reasonLines(await markdown('fr'));
    assert.ok(lines.length >= 5, `reasons: ${lines.length}`);
    for (const l of lines) assert.doesNotMatch(l, ENGLISH, l);
    assert.ok(
      lines.some((l) => /pourrait être [\d-]+/.test(l)),
      lines.join('\n'),
    );
  });

  it('keeps the reasons in English in an English report', async () => {
    const lines = reasonLines(await markdown('en'));
    assert.ok(
      lines.some((l) => ENGLISH.test(l)),
      lines.join('\n'),
    );
  });

  it('translates the phrases around quotes, not the quotes', () => {
    const fr = reasonIn('«the only one» (a.txt): undated, the only meeting between these people (2025-02-18)', 'fr');
    assert.equal(fr, '«the only one» (a.txt) : non daté, la seule rencontre entre ces personnes (2025-02-18)');
  });

  it('says "5 articles from 4 outlets", never "N independent sources", in both languages', async () => {
    assert.equal(articlesFromOutlets(5, 4, 'en'), '5 articles from 4 outlets');
    assert.equal(articlesFromOutlets(5, 4, 'fr'), '5 articles de 4 médias');
    assert.equal(articlesFromOutlets(3, 3, 'en'), '3 articles');
    assert.equal(articlesFromOutlets(2, 1, 'fr'), '2 articles de 1 média');
    const fr = await markdown('fr');
    const en = await markdown('en');
    assert.doesNotMatch(fr, /indépendant/);
    assert.doesNotMatch(en, /independent/);
    // Two of the five seeds are from the same outlet: the Riyadh talks are reported by 5 articles from 4.
    assert.match(fr, /5 articles de 4 médias/);
    assert.match(en, /5 articles from 4 outlets/);
  });

  it('names the speaker of a quote disagreement as People lists them, never by id, in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const md = await markdown(lang);
      const people = new Set([...md.matchAll(/^- \*\*([^*]+)\*\*/gm)].map((m) => m[1]));
      const disagreements = md.slice(md.indexOf(lang === 'fr' ? '## Désaccords' : '## Disagreements'));
      const speakers = [...disagreements.matchAll(/^### [^(\n]+\(([^)]+)\) —/gm)].map((m) => m[1]);
      // The seeds quote Peskov in two wordings: at least one quote disagreement with its speaker.
      assert.ok(speakers.length > 0, disagreements.slice(0, 400));
      for (const s of speakers) assert.ok(people.has(s), `${lang}: speaker "${s}" is not a name of the People list`);
    }
  });

  it("writes a disagreement's values in words of the report's language: a duration in words, a qualifier before its value", () => {
    const side = (file: string, text: string, value: string, qualifier?: string) => ({
      file,
      start: 0,
      end: text.length,
      text,
      value,
      ...(qualifier ? { qualifier } : {}),
    });
    const report: ReportJson = {
      documents: [],
      events: [],
      people: [],
      agreements: [],
      contradictions: [
        {
          id: 'c-1',
          event: null,
          attribute: 'duration',
          status: 'open',
          sides: [side('a.txt', 'presque trois heures', 'PT3H', 'almost'), side('b.txt', 'deux heures', 'PT2H')],
        },
        {
          id: 'c-2',
          event: null,
          attribute: 'count',
          status: 'open',
          sides: [side('a.txt', 'une dizaine de morts', '10', 'about'), side('b.txt', '25 morts', '25')],
        },
      ],
    };
    const fr = renderMarkdown(report, 'fr');
    assert.match(fr, /«presque trois heures» → presque 3 heures$/m);
    assert.match(fr, /«deux heures» → 2 heures$/m);
    assert.match(fr, /«une dizaine de morts» → environ 10$/m);
    assert.doesNotMatch(fr, /almost|about|PT\d/);
    assert.match(renderMarkdown(report, 'en'), /«presque trois heures» → almost 3 hours$/m);
  });

  it('writes a word diff whose markers stand between spaces, so Markdown renders them', () => {
    const diff = markdownWordDiff([
      { op: 'equal', text: 'nous ' },
      { op: 'delete', text: 'allons ' },
      { op: 'insert', text: 'voulons ' },
      { op: 'equal', text: 'voir.' },
    ]);
    assert.equal(diff, 'nous ~~allons~~ **voulons** voir.');
  });
});
