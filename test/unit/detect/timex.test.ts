import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';
import { systemTimexSpans } from '../../../src/core/evaluation/run';

/** [text, TIMEX3 type, TIMEX3 value] of every date and duration, as `npm run eval` scores them. */
const timex = (text: string, published?: string, language?: 'fr' | 'en'): Array<[string, string, string]> =>
  systemTimexSpans(detect(text, { published, language })).map((s) => [s.text, s.type, s.value]);

describe('TIMEX3 extents', () => {
  it('leaves the leading preposition out and keeps the determiner and "dernier"', () => {
    assert.deepEqual(timex('Il est arrivé en 1987 au club.', '2001-03-10'), [['1987', 'DATE', '1987']]);
    assert.deepEqual(timex('Elle a signé le jeudi 8 mars.', '2001-03-10'), [['le jeudi 8 mars', 'DATE', '2001-03-08']]);
    assert.deepEqual(timex('Le contrat signé le 4 février dernier expire.', '2001-03-10'), [['le 4 février dernier', 'DATE', '2001-02-04']]);
    assert.deepEqual(timex('The plant closed on Monday.', '2001-03-10'), [['Monday', 'DATE', '2001-03-05']]);
  });

  it('reads a day and its clock time as two expressions, the time keeping its day', () => {
    assert.deepEqual(timex('Rendez-vous samedi 9 juin, à 20 h 30, salle des fêtes.', '2001-06-05'), [
      ['samedi 9 juin', 'DATE', '2001-06-09'],
      ['20 h 30', 'TIME', '2001-06-09T20:30'],
    ]);
  });

  it('drops ages after a word for a person, an age band or "les moins de"', () => {
    assert.deepEqual(timex('Une fillette de 7 ans, une Bretonne de 40 ans, les 6-12 ans et les moins de 18 ans.', '2001-06-05'), []);
  });

  it('keeps "the past" with a counted duration and drops ages', () => {
    assert.deepEqual(timex('Prices rose over the past three weeks.', '2001-03-10'), [['the past three weeks', 'DURATION', 'P3W']]);
    assert.deepEqual(timex('Paul Martin, 64 ans, a été élu. Un homme âgé de 30 ans. Her 12-year-old son.', '2001-03-10'), []);
    assert.deepEqual(timex('Il a régné pendant 30 ans.', '2001-03-10'), [['30 ans', 'DURATION', 'P30Y']]);
  });
});

describe('TIMEX3 values', () => {
  it('gives a clock time the day last mentioned and a part of day its TimeML code', () => {
    assert.deepEqual(timex('Samedi 9 juin, le concert commence à 21 h.', '2001-06-05'), [
      ['Samedi 9 juin', 'DATE', '2001-06-09'],
      ['21 h', 'TIME', '2001-06-09T21:00'],
    ]);
    assert.deepEqual(timex('Hier soir, la salle était pleine.', '2001-06-05'), [['Hier soir', 'TIME', '2001-06-04TEV']]);
    assert.deepEqual(timex('The vote came on Friday morning.', '2001-06-05'), [['Friday morning', 'TIME', '2001-06-01TMO']]);
  });

  it('reads present, past and future references', () => {
    assert.deepEqual(
      timex('Le club est désormais en tête. Il joue maintenant mieux.', '2001-06-05').map((x) => x[2]),
      ['PRESENT_REF', 'PRESENT_REF'],
    );
    assert.deepEqual(
      timex('Sales are now higher than recently, and will rise in the future.', '2001-06-05').map((x) => x[2]),
      ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'],
    );
  });

  it('reads sets with their frequency', () => {
    assert.deepEqual(timex('Le marché a lieu tous les jeudis et la fête chaque année.', '2001-06-05'), [
      ['tous les jeudis', 'SET', 'XXXX-WXX-4'],
      ['chaque année', 'SET', 'P1Y'],
    ]);
    assert.deepEqual(timex('The paper is printed daily and sold every morning.', '2001-06-05'), [
      ['daily', 'SET', 'P1D'],
      ['every morning', 'SET', 'XXXX-XX-XXTMO'],
    ]);
    assert.deepEqual(timex('Il gagne 3 000 euros par mois.', '2001-06-05'), [['mois', 'SET', 'P1M']]);
  });

  it('reads seasons, quarters, decades and centuries', () => {
    assert.deepEqual(timex('Les travaux reprendront à l’automne.', '2001-06-05'), [['l’automne', 'DATE', '2001-FA']]);
    assert.deepEqual(timex('The park opened last summer.', '2001-03-05'), [['last summer', 'DATE', '2000-SU']]);
    assert.deepEqual(timex('Profit fell in the second quarter.', '2001-08-05'), [['the second quarter', 'DATE', '2001-Q2']]);
    assert.deepEqual(timex('Profit fell in the quarter.', '2001-08-05'), [['the quarter', 'DATE', '2001-Q2']]);
    assert.deepEqual(timex('Cette mode date des années 70 et du XIXe siècle.', '2001-08-05'), [
      ['des années 70', 'DATE', '197'],
      ['XIXe siècle', 'DATE', '18'],
    ]);
    assert.deepEqual(timex('Jazz of the 1920s and the 18th century.', '2001-08-05'), [
      ['the 1920s', 'DATE', '192'],
      ['the 18th century', 'DATE', '17'],
    ]);
  });

  it('reads vague durations and duration nouns', () => {
    assert.deepEqual(timex('Le chantier a pris quelques jours, puis plusieurs années.', '2001-08-05'), [
      ['quelques jours', 'DURATION', 'PXD'],
      ['plusieurs années', 'DURATION', 'PXY'],
    ]);
    assert.deepEqual(timex('The firm grew for a decade.', '2001-08-05'), [['a decade', 'DURATION', 'P10Y']]);
    assert.deepEqual(timex('Pendant son quinquennat, il a voyagé.', '2001-08-05'), [['quinquennat', 'DURATION', 'P5Y']]);
  });

  it('resolves "le lendemain" and "the day before" against the last day mentioned', () => {
    assert.deepEqual(timex('Le 3 mars, il a parlé. Le lendemain, il est parti.', '2001-08-05'), [
      ['Le 3 mars', 'DATE', '2001-03-03'],
      ['Le lendemain', 'DATE', '2001-03-04'],
    ]);
    assert.deepEqual(timex('He left on May 3. The day before, he had called.', '2001-08-05'), [
      ['May 3', 'DATE', '2001-05-03'],
      ['The day before', 'DATE', '2001-05-02'],
    ]);
  });
});

describe('TIMEX3 in English financial and news copy', () => {
  it('keeps "the" with a time expression that heads its phrase, not with one that modifies a noun', () => {
    assert.deepEqual(
      timex('Net income rose in the third quarter.', '2001-10-20').map((x) => x[0]),
      ['the third quarter'],
    );
    assert.deepEqual(
      timex('The firm blamed the third-quarter loss on rates.', '2001-10-20').map((x) => x[0]),
      ['third-quarter'],
    );
  });

  it('reads "a year earlier" and "the year-ago quarter" against the quarter last named', () => {
    assert.deepEqual(
      timex('Profit in the second quarter rose, from $3 million a year earlier.', '2001-08-20').map((x) => x[2]),
      ['2001-Q2', '2000-Q2'],
    );
    assert.deepEqual(timex('The latest period was weak.', '2001-08-20'), []);
  });

  it('reads "recent years" and "coming months" as vague durations, and "several years ago" as past', () => {
    assert.deepEqual(
      timex('Sales fell in recent years and may rise in coming months; it began several years ago.', '2001-08-20').map((x) => [x[0], x[1], x[2]]),
      [
        ['recent years', 'DURATION', 'PXY'],
        ['coming months', 'DURATION', 'PXM'],
        ['several years ago', 'DATE', 'PAST_REF'],
      ],
    );
  });

  it('leaves adjectives "its quarterly dividend", "average daily volume" out of sets', () => {
    assert.deepEqual(
      timex('It raised its quarterly dividend; average daily volume fell; the paper appears daily.', '2001-08-20').map((x) => x[0]),
      ['daily'],
    );
  });

  it('keeps a determiner or an elided article in capitals, and joins a month to a capitalised "Last year"', () => {
    assert.deepEqual(timex('L’année 2001 fut rude, et LE 3 mars aussi.', '2003-02-01', 'fr'), [
      ['L’année 2001', 'DATE', '2001'],
      ['LE 3 mars', 'DATE', '2003-03-03'],
    ]);
    const spans = timex('The talks failed in June Last year; Today it votes.', '2001-08-20', 'en');
    assert.deepEqual(
      spans.filter(([text]) => text !== 'June'),
      [
        ['June Last year', 'DATE', '2000-06'],
        ['Today', 'DATE', '2001-08-20'],
      ],
    );
  });

  it('joins a month to "last year" and a modifier to a weekday', () => {
    assert.deepEqual(
      timex('In June last year the talks failed; they resume early Tuesday.', '2001-08-20').map((x) => [x[0], x[2]]),
      [
        ['June last year', '2000-06'],
        ['early Tuesday', '2001-08-14'],
      ],
    );
  });
});

describe('TIMEX3 years as modifiers and in words', () => {
  it('reads "its 1990 invasion", "fiscal 1989", "mid-1996", "nineteen ninety-six" and "the fiscal year", not "the 2000 soldiers"', () => {
    const found = timex(
      'After its 1990 invasion, fiscal 1989 sales and mid-1996 talks, in nineteen ninety-six, for the fiscal year; the 2000 soldiers left.',
      '2001-08-20',
    );
    assert.deepEqual(
      found.map((x) => [x[0], x[2]]),
      [
        ['1990', '1990'],
        ['fiscal 1989', '1989'],
        ['mid-1996', '1996'],
        ['nineteen ninety-six', '1996'],
        ['the fiscal year', '2001'],
      ],
    );
  });
});

describe('TIMEX3 resolution of days named without a year', () => {
  it('puts a day named with its weekday in a year where it falls on that weekday', () => {
    // 12 October is a Tuesday in 2004 and a Wednesday in 2005: an article of May 2005 names last autumn's.
    assert.deepEqual(timex('La réunion du mardi 12 octobre a fixé le calendrier.', '2005-05-02'), [['mardi 12 octobre', 'DATE', '2004-10-12']]);
    assert.deepEqual(timex('Le marché du mercredi 12 octobre sera ouvert.', '2005-05-02'), [['mercredi 12 octobre', 'DATE', '2005-10-12']]);
    assert.deepEqual(timex('The council met on Tuesday, October 12.', '2005-05-02'), [['Tuesday, October 12', 'DATE', '2004-10-12']]);
  });

  it('reads a two-digit year after a month, but not two digits before a word or an English day', () => {
    assert.deepEqual(timex('Le club a fermé en octobre 98. Il a rouvert le 3 mai 02, après travaux.', '2003-02-01'), [
      ['octobre 98', 'DATE', '1998-10'],
      ['le 3 mai 02', 'DATE', '2002-05-03'],
    ]);
    assert.deepEqual(timex('Depuis mars 12 communes ont voté.', '2003-02-01'), [['mars', 'DATE', '2002-03']]);
    assert.deepEqual(timex('The talks began Jan. 13.', '2003-02-01'), [['Jan. 13', 'DATE', '2003-01-13']]);
  });

  it('reads a month after a sentence-opening preposition, after "le mois de" and "de", and with a plural "derniers"', () => {
    assert.deepEqual(timex('Depuis mars, le club recrute.', '2003-02-01'), [['mars', 'DATE', '2002-03']]);
    assert.deepEqual(timex('Les travaux reprennent le mois de juin.', '2003-04-01'), [['le mois de juin', 'DATE', '2003-06']]);
    assert.deepEqual(timex('La rentrée de septembre a été calme.', '2003-10-01'), [['septembre', 'DATE', '2003-09']]);
    assert.deepEqual(timex('Il a joué en mai et juin derniers.', '2003-02-01'), [
      ['mai', 'DATE', '2002-05'],
      ['juin derniers', 'DATE', '2002-06'],
    ]);
    assert.deepEqual(timex('Le robot de Mars a atterri.', '2003-02-01'), []);
  });

  it('leaves "de", "à", "avant", "of", "after" out of an extent and keeps an elided determiner', () => {
    assert.deepEqual(timex('Il a dirigé le club de 1975 à 1981.', '2003-02-01'), [
      ['1975', 'DATE', '1975'],
      ['1981', 'DATE', '1981'],
    ]);
    assert.deepEqual(timex("Dès l'année 2001, la ville a investi.", '2003-02-01'), [["l'année 2001", 'DATE', '2001']]);
  });

  it('reads both members of ranges and lists of days and years', () => {
    assert.deepEqual(timex('Le stage a lieu du 19 au 23 juillet.', '2003-06-01'), [
      ['19', 'DATE', '2003-07-19'],
      ['23 juillet', 'DATE', '2003-07-23'],
    ]);
    assert.deepEqual(timex('Les tours auront lieu les 6 et 13 avril prochains.', '2003-02-01'), [
      ['les 6', 'DATE', '2003-04-06'],
      ['13 avril prochains', 'DATE', '2003-04-13'],
    ]);
    assert.deepEqual(timex('Il a présidé le club 1982-1990, puis a vendu 1500-2000 maillots.', '2003-02-01'), [
      ['1982', 'DATE', '1982'],
      ['1990', 'DATE', '1990'],
    ]);
  });

  it('keeps "the" before a duration and before a period that is the subject of its verb', () => {
    assert.deepEqual(
      timex('For the nine months, profit rose; the third quarter jumped, unlike the third-quarter loss.', '2001-08-20').map((x) => x[0]),
      ['the nine months', 'the third quarter', 'third-quarter'],
    );
  });

  it('reads a French "aujourd\'hui" set off by a comma as PRESENT_REF, and one in the clause as the day', () => {
    assert.deepEqual(
      timex("Aujourd'hui, le village a changé. Le ministre se rend aujourd'hui à Lyon.", '2003-02-01').map((x) => x[2]),
      ['PRESENT_REF', '2003-02-01'],
    );
  });

  it('reads an English month after "by", "through", "for" and as a modifier, not "May" nor a day\'s month', () => {
    assert.deepEqual(
      timex('The loan is due by February; sales through August rose; the March accession passed.', '2003-11-02').map((x) => [x[0], x[2]]),
      [
        ['February', '2004-02'],
        ['August', '2003-08'],
        ['March', '2003-03'],
      ],
    );
    assert.deepEqual(
      timex('He spoke to May. The offer runs until Jan. 14.', '2003-11-02').map((x) => x[0]),
      ['Jan. 14'],
    );
    assert.deepEqual(
      timex('Profit rose in both 1990 and 1991.', '2003-11-02').map((x) => x[0]),
      ['1990', '1991'],
    );
  });

  it('reads a day followed by its part of day as one TIME ("hier en début d\'après-midi", "samedi dans la soirée")', () => {
    assert.deepEqual(timex("Il a été renversé hier en début d'après-midi. Le bal aura lieu samedi dans la soirée.", '1999-05-19'), [
      ["hier en début d'après-midi", 'TIME', '1999-05-18TAF'],
      ['samedi dans la soirée', 'TIME', '1999-05-22TEV'],
    ]);
  });

  it('reads "the year ended June 30" as a one-year duration and "the year" alone as the publication year', () => {
    assert.deepEqual(
      timex('Net rose for the fiscal year ended June 30. Sales for the year were flat.', '1989-11-02')
        .map((x) => [x[0], x[1], x[2]])
        .filter((x) => /year/.test(x[0])),
      [
        ['the fiscal year', 'DURATION', 'P1Y'],
        ['the year', 'DATE', '1989'],
      ],
    );
  });

  it('reads named holidays as their day: fixed, counted from a weekday, counted from Easter; not "Noël" the first name', () => {
    assert.deepEqual(
      timex('He arrived on Thanksgiving Day and left last Christmas.', '2000-01-10').map((x) => [x[0], x[2]]),
      [
        ['Thanksgiving Day', '1999-11-25'],
        ['last Christmas', '1999-12-25'],
      ],
    );
    assert.deepEqual(
      timex("La fête a lieu à la Pentecôte. Noël Mamère l'a dit le jour de l'An.", '2003-04-01').map((x) => [x[0], x[2]]),
      [
        ['la Pentecôte', '2003-06-08'],
        ["le jour de l'An", '2003-01-01'],
      ],
    );
  });

  it('reads a year after a possessive as the modifier of its noun, not before a plural count', () => {
    assert.deepEqual(
      timex("The company's 1989 operating results beat the firm's 2000 employees' hopes.", '1990-01-10').map((x) => [x[0], x[2]]),
      [['1989', '1989']],
    );
  });
});
