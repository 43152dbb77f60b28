import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';
import { systemTimexSpans } from '../../../src/core/evaluation/run';

/** [text, TIMEX3 type, TIMEX3 value] of every date and duration, as `npm run eval` scores them. */
const timex = (text: string, published?: string, language?: 'fr' | 'en'): Array<[string, string, string]> =>
  systemTimexSpans(detect(text, { published, language })).map((s) => [s.text, s.type, s.value]);

describe('TIMEX3 values: the year of a day named without one', () => {
  it('reads a day a few weeks ahead, across the new year, as the coming one', () => {
    assert.deepEqual(timex('The new shares are payable Jan. 5 to holders.', '2001-11-20', 'en'), [['Jan. 5', 'DATE', '2002-01-05']]);
    assert.deepEqual(timex('La réforme entre en vigueur le 3 janvier.', '2001-12-12', 'fr'), [['le 3 janvier', 'DATE', '2002-01-03']]);
  });

  it('reads a later day of the publication month as this year, unless its clause says it is past', () => {
    assert.deepEqual(timex('The offer expires Nov. 28, the bank said.', '2001-11-02', 'en'), [['Nov. 28', 'DATE', '2001-11-28']]);
    assert.deepEqual(timex('The vote was held on Nov. 28.', '2001-11-02', 'en'), [['Nov. 28', 'DATE', '2000-11-28']]);
  });
});

describe('TIMEX3 values: weekdays', () => {
  // 2001-11-02 is a Friday.
  it('reads "last Friday" on a Friday as a week back, and "vendredi dernier" as that day', () => {
    assert.deepEqual(timex('The firm said last Friday that it would sell.', '2001-11-02', 'en'), [['last Friday', 'DATE', '2001-10-26']]);
    assert.deepEqual(timex("L'entreprise l'a dit vendredi dernier.", '2001-11-02', 'fr'), [['vendredi dernier', 'DATE', '2001-11-02']]);
  });

  it('reads a weekday ahead after "as soon as", "plans to", "set to", "postponed until"', () => {
    assert.deepEqual(timex('The boy could fly home as soon as Tuesday.', '2001-11-02', 'en'), [['Tuesday', 'DATE', '2001-11-06']]);
    assert.deepEqual(timex('She plans to leave for Rome on Monday.', '2001-11-02', 'en'), [['Monday', 'DATE', '2001-11-05']]);
    assert.deepEqual(timex('The talks, set to resume Wednesday, were welcome.', '2001-11-02', 'en'), [['Wednesday', 'DATE', '2001-11-07']]);
    assert.deepEqual(timex('The court postponed until Thursday any ruling.', '2001-11-02', 'en'), [['Thursday', 'DATE', '2001-11-08']]);
  });

  it('does not read "next to" as a future cue', () => {
    assert.deepEqual(timex('Two people died in the blast next to the station on Tuesday.', '2001-11-02', 'en'), [['Tuesday', 'DATE', '2001-10-30']]);
  });
});

describe('TIMEX3 values: clock times and quarters', () => {
  it('reads an English clock time followed by its day as one TIME expression of that day', () => {
    assert.deepEqual(timex('The deadline was moved to 9 a.m. EST Tuesday, officials said.', '2001-11-02', 'en'), [
      ['9 a.m. EST Tuesday', 'TIME', '2001-10-30T09:00'],
    ]);
    assert.deepEqual(timex('Holders may tender until 5 p.m. Nov. 9 under the offer.', '2001-11-02', 'en'), [['5 p.m. Nov. 9', 'TIME', '2001-11-09T17:00']]);
  });

  it('keeps a French clock time and the weekday after it apart', () => {
    assert.deepEqual(
      timex('Vers 2 h 10, jeudi, un camion a pris feu.', '2001-11-02', 'fr').map((x) => x[0]),
      ['2 h 10', 'jeudi'],
    );
  });

  it('reads "the latest quarter" as the last one ended and "the current quarter" as the one under way', () => {
    assert.deepEqual(timex('Its fourth quarter ended Sept. 30. Sales fell in the latest quarter.', '2001-11-02', 'en').at(-1), [
      'the latest quarter',
      'DATE',
      '2001-Q3',
    ]);
    assert.deepEqual(timex('Orders grew in the current quarter.', '2001-11-02', 'en'), [['the current quarter', 'DATE', '2001-Q4']]);
  });

  it("reads a quarter that has not begun at publication as last year's, with a capital too", () => {
    assert.deepEqual(timex('Fourth-quarter profit fell 5%.', '2002-01-20', 'en'), [['Fourth-quarter', 'DATE', '2001-Q4']]);
  });

  it('reads "this year\'s third quarter" and "the year-ago third quarter" as one quarter each', () => {
    assert.deepEqual(timex("Sales in this year's third quarter beat those of the year-ago third quarter.", '2001-11-02', 'en'), [
      ["this year's third quarter", 'DATE', '2001-Q3'],
      ['the year-ago third quarter', 'DATE', '2000-Q3'],
    ]);
  });

  it('does not let a year-ago quarter become the quarter that "the quarter" names', () => {
    const values = timex('Net rose in the third quarter from the year-ago quarter. During the quarter, costs fell.', '2001-11-02', 'en').map((x) => x[2]);
    assert.equal(values.at(-1), '2001-Q3');
  });
});

describe('TIMEX3 values: vague durations and sets', () => {
  it('reads a bare plural unit after "for", "within", "in" as a vague duration', () => {
    assert.deepEqual(timex('The plant stood idle for years, and troops will come within weeks.', '2001-11-02', 'en'), [
      ['years', 'DURATION', 'PXY'],
      ['weeks', 'DURATION', 'PXW'],
    ]);
    assert.deepEqual(timex('Profit grew for the first time in months.', '2001-11-02', 'en'), [['months', 'DURATION', 'PXM']]);
  });

  it('reads "within a week" as a duration of one week', () => {
    assert.deepEqual(timex('Troops must leave within a week.', '2001-11-02', 'en'), [['a week', 'DURATION', 'P1W']]);
  });

  it('reads "a daily rally", "his weekly address" as sets but not "average daily volume"', () => {
    assert.deepEqual(
      timex('It became a daily rally; he spoke in his weekly address; average daily volume fell.', '2001-11-02', 'en').map((x) => [x[0], x[1]]),
      [
        ['daily', 'SET'],
        ['weekly', 'SET'],
      ],
    );
  });
});

describe('TIMEX3 values: weekends', () => {
  // 2001-11-05 is a Monday (ISO week 45), 2001-11-10 a Saturday.
  it('reads "the weekend" as the one just past on a weekday and the one under way on a weekend', () => {
    assert.deepEqual(timex('Talks went on over the weekend.', '2001-11-05', 'en'), [['the weekend', 'DATE', '2001-W44-WE']]);
    assert.deepEqual(timex('Talks went on over the weekend.', '2001-11-10', 'en'), [['the weekend', 'DATE', '2001-W45-WE']]);
    assert.deepEqual(timex('Ils se sont rendus à Lyon ce week-end.', '2001-11-05', 'fr'), [['ce week-end', 'DATE', '2001-W44-WE']]);
  });

  it('reads "next weekend" and a weekend in a future clause as the coming one', () => {
    assert.deepEqual(
      timex('The band will play the weekend after.', '2001-11-05', 'en').map((x) => x[2]),
      ['2001-W45-WE'],
    );
    assert.deepEqual(timex('They meet next weekend.', '2001-11-05', 'en'), [['next weekend', 'DATE', '2001-W45-WE']]);
  });
});

describe('TIMEX3 values: seconds and decades', () => {
  it('reads seconds as a unit of duration, vague ones too', () => {
    assert.deepEqual(timex('The quake lasted 30 seconds.', '2001-11-02', 'en'), [['30 seconds', 'DURATION', 'PT30S']]);
    assert.deepEqual(timex('Il a hésité quelques secondes puis pendant 45 secondes.', '2001-11-02', 'fr'), [
      ['quelques secondes', 'DURATION', 'PTXS'],
      ['45 secondes', 'DURATION', 'PT45S'],
    ]);
    assert.deepEqual(timex('A 30-second spot aired.', '2001-11-02', 'en'), [['30-second', 'DURATION', 'PT30S']]);
  });

  it('does not read "second" as an ordinal length', () => {
    assert.deepEqual(timex('Une seconde fois, il a refusé. A second wave came.', '2001-11-02'), []);
    assert.deepEqual(
      timex('It took a charge in the 1988 second quarter.', '2001-11-02', 'en').map((x) => x[1]),
      ['DATE'],
    );
  });

  it('reads "a decade ago" as a year counted back from publication', () => {
    assert.deepEqual(timex('A decade ago, the wall fell.', '1999-03-12', 'en'), [['A decade ago', 'DATE', '1989']]);
  });
});

describe('TIMEX3 values: durations with fractions and "more"', () => {
  it('reads "2 1/2 years" and "a minute and a half" without rounding', () => {
    assert.deepEqual(timex('They lived in camps for 2 1/2 years.', '2001-11-02', 'en'), [['2 1/2 years', 'DURATION', 'P2.5Y']]);
    assert.deepEqual(timex('It lasted a minute and a half.', '2001-11-02', 'en'), [['a minute and a half', 'DURATION', 'PT1.5M']]);
  });

  it('reads a word between the number and its unit: "two more weeks", "for an additional year"', () => {
    assert.deepEqual(timex('The boy stays for at least two more weeks.', '2001-11-02', 'en'), [['at least two more weeks', 'DURATION', 'P2W']]);
    assert.deepEqual(timex('The loan runs for an additional year.', '2001-11-02', 'en'), [['an additional year', 'DURATION', 'P1Y']]);
  });

  it('reads a clause ended before publication as past: "the quarter ended Oct. 31"', () => {
    assert.deepEqual(timex('In the second quarter ended Nov. 30, it lost money.', '2001-11-02', 'en').at(-1), ['Nov. 30', 'DATE', '2000-11-30']);
  });
});

describe('TIMEX3 values: years and months named against the last one', () => {
  it('reads "that year", "the following year", "the following month" from the last date named', () => {
    assert.deepEqual(timex('He was jailed in 1987 and freed the following year. Imports fell that year.', '2001-11-02', 'en').slice(1), [
      ['the following year', 'DATE', '1988'],
      ['that year', 'DATE', '1988'],
    ]);
    assert.deepEqual(timex('The deal closed in March 1999. The following month, it was sold.', '2001-11-02', 'en').at(-1), [
      'The following month',
      'DATE',
      '1999-04',
    ]);
    assert.deepEqual(timex("Il est arrivé en 1990 et reparti l'année suivante.", '2001-11-02', 'fr').at(-1), ["l'année suivante", 'DATE', '1991']);
  });
});

describe('TIMEX3 values: references, lists and anaphoric days', () => {
  it('reads "current" as the present, like French "actuel", and "in the past" as the past but not "the past year"', () => {
    assert.deepEqual(timex('Its current share is small.', '2001-11-02', 'en'), [['current', 'DATE', 'PRESENT_REF']]);
    assert.deepEqual(timex('In the past, Russia said so.', '2001-11-02', 'en'), [['the past', 'DATE', 'PAST_REF']]);
    assert.ok(!timex('Prices fell over the past year.', '2001-11-02', 'en').some((x) => x[2] === 'PAST_REF'));
  });

  it('reads the second member of an English list of days: "April 24 and 25"', () => {
    assert.deepEqual(timex('The summit meets on April 24 and 25.', '1999-02-10', 'en'), [
      ['April 24', 'DATE', '1999-04-24'],
      ['25', 'DATE', '1999-04-25'],
    ]);
  });

  it('reads "Oct. 12, the day before the crash" as Oct. 12 itself', () => {
    assert.deepEqual(timex('Stocks fell after Oct. 12, the day before the crash.', '1989-10-30', 'en'), [
      ['Oct. 12', 'DATE', '1989-10-12'],
      ['the day', 'DATE', '1989-10-12'],
    ]);
  });

  it('reads a year after "due" as a date: "bonds due 1993"', () => {
    assert.deepEqual(timex('It sold bonds due 1993 and warrants.', '1989-11-02', 'en'), [['1993', 'DATE', '1993']]);
  });
});

describe('TIMEX3 values: French weekdays ahead', () => {
  // 2001-11-02 is a Friday.
  it('reads a weekday ahead after a future in -ront, -dra or a "rendez-vous"', () => {
    assert.deepEqual(timex('Les enfants pourront monter sur le manège dimanche.', '2001-11-02', 'fr'), [['dimanche', 'DATE', '2001-11-04']]);
    assert.deepEqual(timex('Les bénévoles ont rendez-vous samedi matin devant la mairie.', '2001-11-02', 'fr'), [['samedi matin', 'TIME', '2001-11-03TMO']]);
    assert.deepEqual(timex('Le maire viendra mardi.', '2001-11-02', 'fr'), [['mardi', 'DATE', '2001-11-06']]);
  });

  it('does not take a name in -dra for a future', () => {
    assert.deepEqual(timex('Sandra est partie mardi.', '2001-11-02', 'fr'), [['mardi', 'DATE', '2001-10-30']]);
  });
});

describe('TIMEX3 values: two-digit years and weekdays counted in a month or a season', () => {
  it('reads a year in two digits after "en", "depuis", "since" but not a count', () => {
    assert.deepEqual(timex('Il est arrivé en 97, puis il est reparti.', '1999-05-19', 'fr'), [['97', 'DATE', '1997']]);
    assert.deepEqual(
      timex('Elle a fini en 12 heures.', '1999-05-19', 'fr').map((x) => x[1]),
      ['DURATION'],
    );
  });

  it('reads "le premier dimanche du printemps" and "the last Sunday in May 2002" as one day', () => {
    // 2000-03-20 is a Monday: the first Sunday of spring 2000 is March 26; the collection is ahead ("prévue").
    assert.deepEqual(timex('La collecte, prévue le premier dimanche du printemps, aura lieu.', '1999-05-19', 'fr'), [
      ['le premier dimanche du printemps', 'DATE', '2000-03-26'],
    ]);
    assert.deepEqual(timex("Le marché a lieu le dernier dimanche d'octobre.", '2001-11-02', 'fr'), [["le dernier dimanche d'octobre", 'DATE', '2001-10-28']]);
    assert.deepEqual(timex('Elections are held the last Sunday in May 2002.', '2001-08-02', 'en'), [['the last Sunday in May 2002', 'DATE', '2002-05-26']]);
  });
});

describe('TIMEX3 values: the end of a year or a week', () => {
  it('reads "by year-end" as the last day of the publication year, "since year-end" as the one before', () => {
    assert.deepEqual(timex('The sale should close by year-end.', '1989-11-02', 'en'), [['year-end', 'DATE', '1989-12-31']]);
    assert.deepEqual(timex('Shares are up 5% since year-end.', '1989-11-02', 'en'), [['year-end', 'DATE', '1988-12-31']]);
  });

  it('reads "the end of this week" as the week of publication and "fin d\'année" as its last day, but not the end of a month', () => {
    assert.deepEqual(timex('Papers go out at the end of this week.', '1989-11-02', 'en'), [['the end of this week', 'DATE', '1989-W44']]);
    assert.deepEqual(
      timex("Le chantier sera fini en fin d'année.", '1989-11-02', 'fr').map((x) => x[2]),
      ['1989-12-31'],
    );
    assert.deepEqual(timex('He will not travel before the end of the month.', '1989-11-02', 'en'), []);
  });
});

describe('TIMEX3 values: the past year', () => {
  it('reads "the past year" as the year before publication and "the past two years" as a duration', () => {
    assert.deepEqual(timex('Sales doubled over the past year.', '1998-03-03', 'en'), [['the past year', 'DATE', '1997']]);
    assert.deepEqual(timex('Sales doubled over the past two years.', '1998-03-03', 'en'), [['the past two years', 'DURATION', 'P2Y']]);
  });
});
