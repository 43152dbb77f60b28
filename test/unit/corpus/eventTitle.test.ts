import { strict as assert } from 'node:assert';
import { peopleInTitle, surnameOf } from '../../../src/core/corpus/eventTitle';
import { KIND_LABEL } from '../../../src/core/corpus/triggers';
import { buildReport } from '../../../src/core/corpus/report';
import { indexOfArticles } from './fixtures';

describe('event titles name their people as a journalist would', () => {
  it('puts the two sides of an exchange between "between" and "and", one side after "with"', () => {
    assert.equal(peopleInTitle('call', ['Trump', 'Putin'], 'en'), ' between Trump and Putin');
    assert.equal(peopleInTitle('talks', ['Lavrov'], 'en'), ' with Lavrov');
    assert.equal(peopleInTitle('call', ['Trump', 'Poutine'], 'fr'), ' entre Trump et Poutine');
  });

  it('names the person an event befalls after "of", and who does it after "by", eliding French "de"', () => {
    assert.equal(`${KIND_LABEL.en.death}${peopleInTitle('death', ['Williams'], 'en')}`, 'Death of Williams');
    assert.equal(`${KIND_LABEL.fr.arrest}${peopleInTitle('arrest', ['Obama'], 'fr')}`, 'Arrestation d’Obama');
    assert.equal(`${KIND_LABEL.fr.death}${peopleInTitle('death', ['Haroun'], 'fr')}`, 'Décès de Haroun');
    assert.equal(peopleInTitle('launch', ['Obama'], 'en'), ' by Obama');
  });

  it('takes the surname before a generational suffix', () => {
    assert.equal(surnameOf('Frank Dalton III'), 'Dalton');
    assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
    assert.equal(surnameOf('Ray Dalton'), 'Dalton');
    assert.equal(surnameOf('Lavrov'), 'Lavrov');
  });

  it('says only "involving" where a name may be either side, and nothing without names', () => {
    assert.equal(peopleInTitle('attack', ['Dalton', 'Reyes'], 'en'), ' involving Dalton and Reyes');
    assert.equal(peopleInTitle('death', [], 'en'), '');
  });

  it("titles a death with no place by the name of who died, not 'Death Quillon'", () => {
    const report = buildReport(
      indexOfArticles({ 'a.txt': ['Actress Mara Quillon dies\nThe actress Mara Quillon died at her home, her agent said.', '2025-06-06'] }),
    );
    const titles = report.events.map((e) => e.title);
    assert.ok(
      titles.some((t) => /^Death of Quillon\b/.test(t)),
      titles.join(' | '),
    );
  });
});
