/**
 * The subject of a sentence, for speakers: who "il"/"he" stands for, and who goes on speaking in a quote
 * that follows a sentence about them.
 */
import type { RawPerson } from './people';
import { sentenceStart } from './text';

/** What may stand before a sentence's subject: nothing, a role ("Le président français"), a few words. */
export const SUBJECT_OPENING = /^[\s«"“—–-]*(?:(?:[\p{L}'’.,-]+)\s){0,4}$/u;

/**
 * The subject of the sentence right before a quote that opens a sentence of its own: the first person of that
 * sentence when nothing but a role or a few words comes before them ("La ministre Agnès Varenne a …").
 * Null when the quote does not open a sentence of the same paragraph, when that sentence holds a quote (it
 * starts before `prevQuoteEnd`), or when it does not open with a person.
 */
export function continuedSubject(text: string, open: number, prevQuoteEnd: number, peopleIn: (s: number, e: number) => RawPerson[]): RawPerson | null {
  let i = open;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i--;
  const c = text.charCodeAt(i - 1);
  if (i === 0 || !(c === 46 || c === 33 || c === 63)) return null;
  const from = sentenceStart(text, i - 1, 400);
  if (from < prevQuoteEnd) return null;
  const first = peopleIn(from, i)[0];
  return first && SUBJECT_OPENING.test(text.slice(from, first.start)) ? first : null;
}

