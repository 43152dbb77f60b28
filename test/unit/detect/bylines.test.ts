// Bylines name the article's authors, not people of the story (issue #18, item 11).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runReport } from '../../../src/cli/report';
import type { ReportJson } from '../../../src/core/corpus/report';
import { findBylineAuthors } from '../../../src/core/detect/bylines';
import { detect } from '../../../src/core/detect/index';

const names = (text: string) => findBylineAuthors(text).map((a) => a.name);

describe('bylines', () => {
  it('reads a French agency byline with its credits as the authors', () => {
    const text =
      'La ministre Claire Dumont a rencontré son homologue mardi.\n\n(Paul Martin, rédigé par Anne Leroy, version française Marc Petit et Julie Roux, édité par Hugo Blanc)\n';
    assert.deepEqual(names(text), ['Paul Martin', 'Anne Leroy', 'Marc Petit', 'Julie Roux', 'Hugo Blanc']);
    const a = findBylineAuthors(text)[1];
    assert.equal(text.slice(a.start, a.end), 'Anne Leroy');
  });

  it('reads an English byline with semicolons', () => {
    assert.deepEqual(names('The talks ended on Friday. (Reporting by Jane Doe and John Roe; Editing by Mary Major)'), ['Jane Doe', 'John Roe', 'Mary Major']);
  });

  it('is not fooled by agency initials or a remark inside the last sentence', () => {
    assert.deepEqual(names('Les discussions continueront. (abc/afp)'), []);
    assert.deepEqual(names('Il a parlé des troupes (en Ukraine)'), []);
    assert.deepEqual(names('La réunion a eu lieu. (Selon le ministère, elle a duré deux heures.)'), []);
  });

  it('reads a byline after the end of a sentence and spaces or tabs, not one that follows a word', () => {
    assert.deepEqual(names('Les discussions continueront. \t (Anne Leroy)'), ['Anne Leroy']);
    assert.deepEqual(names('Les discussions continueront »\t(Anne Leroy)'), ['Anne Leroy']);
    assert.deepEqual(names('(Anne Leroy)'), ['Anne Leroy']);
    assert.deepEqual(names('Les discussions continueront \t (Anne Leroy)'), []);
    // A line break ends what comes before, even with spaces after it.
    assert.deepEqual(names('Les discussions continueront\n  (Anne Leroy)'), ['Anne Leroy']);
  });

  it('leaves the byline out of the people and gives it as the authors', () => {
    const text = 'Le président Jean Dupuis a reçu mardi Maria Silva à Lisbonne.\n\n(Paul Martin, édité par Hugo Blanc)\n';
    const d = detect(text, { language: 'fr' });
    assert.ok(
      d.people.some((p) => p.name === 'Jean Dupuis'),
      JSON.stringify(d.people),
    );
    assert.ok(!d.people.some((p) => /Martin|Blanc/.test(p.name)), JSON.stringify(d.people));
    assert.deepEqual(
      d.authors?.map((a) => a.name),
      ['Paul Martin', 'Hugo Blanc'],
    );
  });

  it("lists a seed's byline as its authors in the report, and none of them among the people (even when tagged)", async () => {
    let out = '';
    const code = await runReport([join(__dirname, '..', '..', '..', 'seeds'), '--json'], { stdout: (s) => (out += s), stderr: () => undefined });
    assert.equal(code, 0);
    const report = JSON.parse(out) as ReportJson;
    const authors = report.documents.flatMap((d) => d.authors ?? []);
    assert.ok(authors.length >= 3, `authors: ${authors.join(', ')}`);
    const people = new Set(report.people.map((p) => p.name));
    for (const a of authors) assert.ok(!people.has(a), `${a} is listed among the people of the story`);
  });
});
