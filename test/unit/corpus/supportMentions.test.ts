import { strict as assert } from 'node:assert';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import { buildReport, renderMarkdown } from '../../../src/core/corpus/report';
import { supportLexicon } from '../../../src/core/corpus/supportWords';
import { indexOfArticles as index, detectMemo } from './fixtures';

/** The analysis of one article of ours, as the index makes it. */
const analyse = (text: string, published = '2025-03-04') => analyseDocument('a.txt', text, detectMemo(text, { published }));
/** The texts of the supporting mentions of one article. */
const supportWords = (text: string) =>
  analyse(text)
    .mentions.filter((m) => m.support)
    .map((m) => m.text);

describe('supporting mentions: words that tell of the event of their sentence', () => {
  it('makes "struck" and "said" mentions of the earthquake, in its event, and no event of their own', () => {
    const report = buildReport(index({ 'a.txt': ['A strong earthquake struck the coast on 3 March 2025, officials said.', '2025-03-04'] }));
    assert.equal(report.events.length, 1, JSON.stringify(report.events.map((e) => e.id)));
    const [event] = report.events;
    assert.equal(event.kind, 'earthquake');
    assert.deepEqual(
      event.mentions.map((m) => m.text),
      ['earthquake', 'struck', 'said'],
    );
  });

  it('marks supporting words in report --json and lists them after the naming words in the Markdown report', () => {
    const report = buildReport(index({ 'a.txt': ['A strong earthquake struck the coast on 3 March 2025, officials said.', '2025-03-04'] }));
    assert.deepEqual(
      report.events[0].mentions.map((m) => [m.text, m.support ?? false]),
      [
        ['earthquake', false],
        ['struck', true],
        ['said', true],
      ],
    );
    const line = renderMarkdown(report, 'en')
      .split('\n')
      .find((l) => l.startsWith('- ') && l.includes('earthquake'));
    assert.ok(line?.endsWith('«earthquake» · supporting «struck», «said»'), line);
    const fr = renderMarkdown(report, 'fr')
      .split('\n')
      .find((l) => l.startsWith('- ') && l.includes('earthquake'));
    assert.ok(fr?.endsWith('«earthquake» · en appui «struck», «said»'), fr);
  });

  it('reads French reporting verbs and participles after an auxiliary, and leaves adverbs alone', () => {
    const text = 'Un séisme a frappé la région lundi, a déclaré la préfecture. Des centaines d’habitants ont été évacués et la route a toutefois rouvert.';
    const words = supportWords(text);
    for (const w of ['frappé', 'déclaré', 'évacués']) assert.ok(words.includes(w), `${w} in ${JSON.stringify(words)}`);
    assert.ok(!words.includes('toutefois'), JSON.stringify(words));
    assert.ok(
      analyse(text)
        .mentions.filter((m) => m.support)
        .every((m) => m.kind === 'earthquake'),
    );
  });

  it('makes nothing of a reporting verb in a story that names no event', () => {
    const text = 'The mayor said the new budget was balanced. Councillors told reporters they agreed.';
    assert.deepEqual(analyse(text).mentions, []);
    assert.deepEqual(buildReport(index({ 'a.txt': [text, '2025-03-04'] })).events, []);
  });

  it('leaves the date and the place with the word that names the event, and its kind too', () => {
    const text =
      'A fire broke out in a warehouse in Lyon on 5 May 2025; it was reported, confirmed and described by the fire brigade, which said it destroyed the roof.';
    const { mentions } = analyse(text, '2025-05-06');
    const fire = mentions.find((m) => m.text === 'fire' && !m.support)!;
    assert.equal(fire.date?.day, '2025-05-05');
    assert.equal(fire.place?.id, 'lyon');
    const support = mentions.filter((m) => m.support);
    assert.ok(support.length >= 4, JSON.stringify(support.map((m) => m.text)));
    assert.ok(support.every((m) => !m.date && !m.place && m.verb && m.antecedents?.length === 1));
    const report = buildReport(index({ 'a.txt': [text, '2025-05-06'] }));
    assert.deepEqual(
      report.events.map((e) => e.kind),
      ['fire'],
    );
  });

  it('goes on about the event in the two sentences after it, not further', () => {
    const text = [
      'A strong earthquake hit the island on 3 March 2025.',
      'Rescuers searched the rubble overnight.',
      'Hundreds of families were evacuated.',
      'The island later welcomed many tourists.',
      'Ferries resumed their crossings in June.',
    ].join(' ');
    const words = supportWords(text);
    assert.ok(words.includes('searched') && words.includes('evacuated'), JSON.stringify(words));
    assert.ok(!words.includes('welcomed') && !words.includes('resumed'), JSON.stringify(words));
  });

  it('keeps the word lists apart by language and out of the event vocabulary', () => {
    assert.ok(supportLexicon('en').has('said') && !supportLexicon('en').has('dit'));
    assert.ok(supportLexicon('fr').has('déclaré') && !supportLexicon('fr').has('said'));
    // "pays" is the French for country, not a form of "pay"; "killed" names a death itself.
    assert.ok(!supportLexicon('fr').has('pays') && !supportLexicon('en').has('killed'));
  });
});
