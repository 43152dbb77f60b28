import { strict as assert } from 'node:assert';
import { anchorImported } from '../../../src/core/import/anchor';
import { readBrat } from '../../../src/core/import/brat';
import { resolveSource } from '../../../src/core/import/sources';
import { readW3c } from '../../../src/core/import/w3c';
import { problemText } from '../../../src/core/sidecar/problems';
import { cliSay } from '../../../src/cli/language';

describe('importing what other tools wrote', () => {
  it("maps another brat project's types (PER, LOC, ORG, TIMEX3), keeps an unknown type as a note, and gives T-based ids", () => {
    const text = 'Marco Rubio est arrivé à Riyad mardi avec le Département d’État.\n';
    const ann = [
      'T1\tPER 0 11\tMarco Rubio',
      'T2\tLOC 25 30\tRiyad',
      'T3\tTIMEX3 31 36\tmardi',
      'T4\tORG 45 63\tDépartement d’État',
      'T5\tMovement 16 22\tarrivé',
      '#1\tAnnotatorNotes T2\tcapitale saoudienne',
      'N1\tReference T1 Wikidata:Q4101\tMarco Rubio',
    ].join('\n');
    const read = readBrat('a.txt', ann, text);
    assert.deepEqual(read.warnings, []);
    assert.deepEqual(
      read.annotations.map((a) => [a.id, a.type, a.exact]),
      [
        ['b-T1', 'person', 'Marco Rubio'],
        ['b-T2', 'place', 'Riyad'],
        ['b-T3', 'date', 'mardi'],
        ['b-T4', 'organisation', 'Département d’État'],
        ['b-T5', 'note', 'arrivé'],
      ],
    );
    assert.equal(read.annotations[1].fields.note, 'capitale saoudienne');
    assert.equal(read.annotations[0].fields.note, 'Wikidata:Q4101 (Marco Rubio)');
    assert.equal(read.annotations[4].fields.note, 'brat type: Movement');
  });

  it("reports a T whose text is not the .txt slice (brat's offset rule) and one that points past the text", () => {
    const read = readBrat('a.txt', 'T1\tPerson 0 5\tRubia\nT2\tPerson 90 95\tLavrov', 'Rubio est là.');
    assert.equal(read.warnings.length, 2);
    assert.match(problemText(read.warnings[0]), /not the \.txt's "Rubio"/);
    assert.match(problemText(read.warnings[1]), /outside the text/);
    // Said in the interface's language: the same warnings in French, with their values.
    assert.equal(
      problemText(read.warnings[0], cliSay('fr')),
      'a.txt.ann:1 : le texte de T1, « Rubia », n’est pas celui du .txt, « Rubio » : lu par ses positions',
    );
    assert.equal(problemText(read.warnings[1], cliSay('fr')), 'a.txt.ann:2 : T2 pointe hors du texte, ignorée');
    assert.equal(read.annotations.length, 1);
  });

  it('finds the article a URL, a file: URL or a bare name stands for, and refuses to guess between two', () => {
    const files = ['2025/story.txt', 'other/story.txt', 'lavrov.txt', 'a b.txt'];
    assert.equal(resolveSource('https://news.example/2025/lavrov.html', files), 'lavrov.txt');
    assert.equal(resolveSource('file:///home/me/corpus/2025/story.txt', files), '2025/story.txt');
    assert.equal(resolveSource('a%20b.txt', files), 'a b.txt');
    assert.equal(resolveSource('https://elsewhere.example/story.html', files), undefined);
  });

  it('keeps an annotation whose quote is gone as an orphan with the quote and position it came with', () => {
    const read = readW3c({
      type: 'Annotation',
      id: 'urn:x:1',
      target: {
        source: 'a.txt',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Sergueï Lavrov' },
          { type: 'TextPositionSelector', start: 4, end: 18 },
        ],
      },
    });
    const placed = anchorImported('Le texte a changé du tout au tout.', read.annotations);
    assert.deepEqual(placed.counts, { exact: 0, moved: 0, fuzzy: 0, orphan: 1 });
    assert.deepEqual(
      [placed.annotations[0].status, placed.annotations[0].quote, placed.annotations[0].start, placed.annotations[0].end],
      ['orphan', 'Sergueï Lavrov', 4, 18],
    );
  });
});
