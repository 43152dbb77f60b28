import { strict as assert } from 'node:assert';
import { indexOfArticles as index } from './fixtures';
import { attributionIn } from '../../../src/core/corpus/claimWords';
import { buildReport, renderMarkdown } from '../../../src/core/corpus/report';

describe('claims with their source', () => {
  it('reads who a sentence gives its figures from', () => {
    assert.equal(attributionIn("Elles ont duré quatre heures, selon l'agence TASS."), "l'agence TASS");
    assert.equal(attributionIn('At least 12 people died, according to police.'), 'police');
    assert.equal(attributionIn('Twelve people died, the fire brigade said.'), 'the fire brigade');
    assert.equal(attributionIn('Les discussions ont duré une heure.'), undefined);
  });

  it('reads a source after a reporting verb in any tense, and cuts it where the circumstance begins', () => {
    assert.equal(attributionIn('Les pourparlers ont duré trois heures, rapporte l’agence Interfax.'), 'l’agence Interfax');
    assert.equal(attributionIn("Ils ont pris fin vers minuit, a précisé l'agence russe Ria Novosti."), "l'agence russe Ria Novosti");
    assert.equal(attributionIn('La rencontre a duré deux heures, indique le Kremlin dans un communiqué.'), 'le Kremlin');
    assert.equal(attributionIn('Selon le ministère de la Santé, 14 personnes ont été blessées.'), 'le ministère de la Santé');
    assert.equal(attributionIn('The meeting lasted five hours, said the foreign ministry on Friday.'), 'the foreign ministry');
    assert.equal(attributionIn('According to officials who spoke on condition of anonymity, nine people died.'), 'officials');
  });

  it('names the body behind a toll, who a figure was learnt from, and the source after who was told', () => {
    assert.equal(attributionIn('Selon un dernier bilan de la préfecture, l’incendie a fait 3 morts.'), 'la préfecture');
    assert.equal(attributionIn('L’incendie a fait 3 morts, selon un bilan provisoire communiqué par les pompiers.'), 'les pompiers');
    assert.equal(attributionIn('The fire killed three people, according to a preliminary toll from the fire service.'), 'the fire service');
    assert.equal(attributionIn('Selon un bilan officiel, l’incendie a fait 3 morts.'), 'un bilan officiel');
    assert.equal(attributionIn('L’incendie a fait 3 morts, a-t-on appris auprès des pompiers.'), 'les pompiers');
    assert.equal(attributionIn('Deux wagons ont déraillé, apprend-on auprès de la SNCF.'), 'la SNCF');
    assert.equal(attributionIn('L’incendie a fait 3 morts, a indiqué à l’AFP la préfecture.'), 'la préfecture');
    assert.equal(attributionIn('Le séisme a fait 12 morts, a déclaré à la presse le gouverneur.'), 'le gouverneur');
  });

  it('names no source for a clause after a comma that is not a report', () => {
    assert.equal(attributionIn('Les délégués, arrivés mardi, ont discuté pendant quatre heures.'), undefined);
    assert.equal(attributionIn('The talks, held in a hotel, lasted four hours.'), undefined);
  });

  it('gives two agencies that report different durations of the same talks, in English, a contradiction with both sources', () => {
    const idx = index({
      'a.txt': ['The talks between the two delegations were held in Vienna on May 6. They lasted three hours, according to Reuters.', '2025-05-07'],
      'b.txt': ['The Vienna talks on May 6 lasted nine hours, the Interfax news agency reported.', '2025-05-07'],
    });
    const c = idx.contradictions().find((x) => x.attribute === 'duration');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    assert.deepEqual(c.sides.map((s) => [s.file, s.value, s.source]).sort(), [
      ['a.txt', 'PT3H', 'Reuters'],
      ['b.txt', 'PT9H', 'the Interfax news agency'],
    ]);
  });

  it('attaches a duration said of "elles" to the event of the sentence before, with the agency as its source', () => {
    const idx = index({
      'a.txt': ["Les négociations entre les délégations se sont tenues le 4 mars à Genève. Elles ont duré quatre heures, selon l'agence TASS.", '2025-03-05'],
      'b.txt': ['Les négociations de Genève, le 4 mars, ont duré sept heures, selon Reuters.', '2025-03-05'],
    });
    const c = idx.contradictions().find((x) => x.attribute === 'duration');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    const a = c.sides.find((s) => s.file === 'a.txt');
    assert.equal(a?.value, 'PT4H');
    assert.equal(a?.source, "l'agence TASS");
    assert.equal(c.sides.find((s) => s.file === 'b.txt')?.source, 'Reuters');
  });

  it('attaches a death toll told in the next sentence to the disaster, with its source, and finds two tolls that disagree', () => {
    const idx = index({
      'a.txt': ['Un violent incendie a ravagé un entrepôt de Tourcoing le 9 juin. Il a fait au moins 6 morts, selon les pompiers du Nord.', '2025-06-10'],
      'b.txt': ["L'incendie de l'entrepôt de Tourcoing, le 9 juin, a fait 14 morts, a indiqué la préfecture.", '2025-06-10'],
    });
    const c = idx.contradictions().find((x) => x.attribute === 'count');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    assert.deepEqual(c.sides.map((s) => [s.file, s.value, s.qualifier, s.source]).sort(), [
      ['a.txt', '6', 'more-than', 'les pompiers du Nord'],
      ['b.txt', '14', 'exact', 'la préfecture'],
    ]);
  });

  it('counts "killed 40 people" among the dead, as "11 people dead" is', () => {
    const idx = index({
      'a.txt': ['A train collided with a freight wagon near Ghent on April 2. The crash killed 40 people, according to the rail operator.', '2025-04-03'],
      'b.txt': ['The train crash near Ghent on April 2 left 11 people dead, police said.', '2025-04-03'],
    });
    const c = idx.contradictions().find((x) => x.attribute === 'count');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    assert.deepEqual(c.sides.map((s) => [s.file, s.value, s.source]).sort(), [
      ['a.txt', '40', 'the rail operator'],
      ['b.txt', '11', 'police'],
    ]);
  });

  it("gives a date and a place written in the mention's own sentence the source that sentence names", () => {
    const idx = index({
      'a.txt': ["Les négociations russo-américaines se sont tenues à Riyad le 18 février, selon l'agence TASS.", '2025-02-19'],
      'b.txt': ['Les négociations russo-américaines se sont tenues en Arabie saoudite le 18 février, selon Reuters.', '2025-02-19'],
    });
    const place = idx.agreements().find((x) => x.attribute === 'place');
    assert.ok(place, JSON.stringify(idx.agreements()));
    assert.deepEqual(place.sides.map((s) => [s.file, s.source]).sort(), [
      ['a.txt', "l'agence TASS"],
      ['b.txt', 'Reuters'],
    ]);
  });

  it("prints each side's source beside its outlet in the Markdown report, in the report's language", () => {
    const idx = index({
      'a.txt': ["Les négociations entre les délégations se sont tenues le 4 mars à Genève. Elles ont duré quatre heures, selon l'agence TASS.", '2025-03-05'],
      'b.txt': ['Les négociations de Genève, le 4 mars, ont duré sept heures, selon Reuters.', '2025-03-05'],
    });
    const report = buildReport(idx);
    assert.match(renderMarkdown(report, 'fr'), /«quatre heures» → 4 heures \(selon l'agence TASS\)/);
    assert.match(renderMarkdown(report, 'en'), /«sept heures» → 7 hours \(according to Reuters\)/);
  });
});
