/**
 * Cardinal numbers written in words, French and English ("vingt-et-un", "soixante-dix",
 * "quatre-vingts", "twenty-one", "one hundred"), for durations.
 */

const UNITS: Record<string, number> = {
  zéro: 0,
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  // "une douzaine" and "a dozen" are about twelve; the qualifier is set by the caller.
  douzaine: 12,
  dozen: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  centaine: 100,
};

/** The value of one number word ("vingt", "twelve", "douzaine"), or undefined. */
export const numberWordValue = (word: string): number | undefined => UNITS[word];

/** Every number word, as the table holds them. */
export const NUMBER_WORDS: readonly string[] = Object.keys(UNITS);

/** Alternation of every number word, longest first, for building regular expressions. */
export const NUMBER_WORD_PATTERN = Object.keys(UNITS)
  .filter((w) => w !== 'a' && w !== 'an')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Approximate number words ("une quinzaine"): the duration they give is "about". */
export const APPROXIMATE_NUMBER_WORDS: ReadonlySet<string> = new Set(['douzaine', 'dozen', 'quinzaine', 'vingtaine', 'trentaine', 'centaine']);

/**
 * The value of a number written in digits or words ("90", "1,5", "vingt-et-un", "quatre-vingt-dix",
 * "twenty one"), or NaN when it is not one. Words combine the usual way: a multiplier (cent, mille,
 * hundred, thousand) multiplies what came before, everything else adds ("soixante-dix" = 60 + 10,
 * "quatre-vingts" = 4 × 20 by the one French exception).
 */
export function parseNumber(raw: string): number {
  const s = raw.trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  const words = s.split(/[\s-]+/).filter((w) => w && w !== 'et' && w !== 'and');
  if (words.length === 0) return NaN;
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = UNITS[w];
    if (v === undefined) return NaN;
    if (v === 100 || v === 1000) {
      current = (current || 1) * v;
      if (v === 1000) {
        total += current;
        current = 0;
      }
    } else if (v === 20 && current > 0 && current < 10 && (w === 'vingt' || w === 'vingts')) {
      current *= 20; // quatre-vingt(s)
    } else {
      current += v;
    }
  }
  return total + current;
}
