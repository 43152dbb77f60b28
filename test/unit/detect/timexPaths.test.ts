import assert from 'node:assert/strict';
import { classTable } from '../../../src/core/detect/chars';
import { followsPath, phrasePaths, romanOrdinals, wordsAfter } from '../../../src/core/detect/timexPaths';
import { detectTimexWords } from '../../../src/core/detect/timexRules';

const T = classTable();
/** Whether the words after `first` (the text's first word) fit the paths of `phrases` (+ `tail`) at that word. */
const fits = (text: string, phrases: string[], tail?: string[]): boolean => {
  const j = text.search(/[\s'’-]/);
  const paths = phrasePaths(phrases, ...(tail ? [tail] : [])).get(text.slice(0, j).toLowerCase());
  return paths === undefined || followsPath(paths, wordsAfter(text, j, 4, T));
};

describe('TIMEX word paths', () => {
  it('reads the words after a first word in lower case over spaces, apostrophes and hyphens, up to a number or a mark', () => {
    assert.deepEqual(wordsAfter('à  L’Avenir, dit-il', 1, 4, T), ['l', 'avenir']);
    assert.deepEqual(wordsAfter('ce week-end 12 fois', 2, 4, T), ['week', 'end', '#']);
    assert.deepEqual(wordsAfter('de\nnos jours', 2, 1, T), ['nos']);
    assert.deepEqual(wordsAfter("jusqu'en 97, puis", 5, 4, T), ['en', '#']);
  });

  it('keeps a first word followed by the rest of a phrase, in any case and spacing, and turns the others down', () => {
    assert.equal(fits('de nos jours', ['de nos jours']), true);
    assert.equal(fits('De  NOS jours', ['de nos jours']), true);
    assert.equal(fits('de la ville', ['de nos jours']), false);
    assert.equal(fits('de nos amis', ['de nos jours']), false);
    assert.equal(fits('de 12 jours', ['de nos jours']), false);
  });

  it('lists every Roman ordinal of a century as the word pass reads it', () => {
    const romans = new Set(romanOrdinals());
    assert.equal(romans.has('xixe') && romans.has('xxème') && romans.has('ivè'), true);
    assert.equal(romans.has('xixes'), false);
  });

  it('leaves a first word that is a whole phrase alone unfiltered', () => {
    assert.equal(phrasePaths(['now', 'right now']).has('now'), false);
    assert.equal(fits('right away', ['now', 'right now']), false);
  });

  it('takes a word of the tail after a phrase: "quelques jours", "l’été", "ce week-end"', () => {
    assert.equal(fits('quelques jours', ['quelques'], ['jours', 'semaines']), true);
    assert.equal(fits('quelques amis', ['quelques'], ['jours', 'semaines']), false);
    assert.equal(fits("l'été", ["l'"], ['été']), true);
    assert.equal(fits('ce week-end', ['ce'], ['week-end']), true);
  });

  it('still finds the phrases of the filtered families in running text', () => {
    const values = (text: string): string[] => detectTimexWords(text, { y: 2001, m: 3, d: 10 }).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);
    assert.deepEqual(values('De nos jours, la ville dort.'), ['De nos jours=PRESENT_REF']);
    assert.deepEqual(values('Il reviendra à l’avenir. Le lendemain matin, rien.'), ['à l’avenir=FUTURE_REF', 'Le lendemain matin=DAY_ANAPHOR']);
    assert.deepEqual(values('Ils partent ce week-end, comme cette année-là.'), ['ce week-end=2001-W10-WE', 'cette année-là=PERIOD_ANAPHORY0']);
    assert.deepEqual(values('Depuis quelques jours, à la Toussaint.'), ['quelques jours=PXD', 'la Toussaint=2000-11-01']);
    assert.deepEqual(values('Payé deux fois PAR SEMAINE depuis un demi-siècle, à la fin de l’année.'), [
      'SEMAINE=P1W',
      'un demi-siècle=P50Y',
      'fin de l’année=2001-12-31',
    ]);
    assert.deepEqual(values('Le 3e trimestre, le premier trimestre 2000, en 97 et les années 80.'), [
      'le premier trimestre 2000=2000-Q1',
      '97=1997',
      'les années 80=198',
    ]);
    assert.deepEqual(values('Au début du XIXe siècle, le 3e trimestre ; in the mid-1990s, a year earlier, le jour de l’An.'), [
      'début du XIXe siècle=18',
      'the mid-1990s=199',
      'a year earlier=QUARTER_ANAPHOR-1',
      'le jour de l’An=2001-01-01',
    ]);
  });

  it('still finds the English quarters, years and bare durations whose first word ("the", "a", "for") is now filtered', () => {
    const values = (text: string): string[] => detectTimexWords(text, { y: 2001, m: 3, d: 10 }).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);
    assert.deepEqual(values('The third quarter beat the year-ago quarter and the comparable 1999 period.'), [
      'The third quarter=2000-Q3',
      'the year-ago quarter=QUARTER_ANAPHOR-1',
      'the comparable 1999 period=QUARTER_ANAPHOR@1999',
    ]);
    assert.deepEqual(values('In the latest period, this fiscal second quarter, that quarter.'), [
      'the latest period=QUARTER_ANAPHOR',
      'this fiscal second quarter=2000-Q2',
      'that quarter=QUARTER_ANAPHOR',
    ]);
    assert.deepEqual(values('Its 1990 invasion, fiscal 1989, mid-1996 and the year two thousand, over the past year.'), [
      '1990=1990',
      'fiscal 1989=1989',
      'mid-1996=1996',
      'the year two thousand=2000',
      'the past year=2000',
    ]);
    assert.deepEqual(values('For years, and within weeks, the current year.'), ['years=PXY', 'weeks=PXW', 'the current year=2001']);
    // The same first words before other words run no pattern and find nothing.
    assert.deepEqual(values('The latest news, a 10% rise, for the record, the first time.'), []);
  });
});
