/**
 * A short quote that is a whole reply ('« Non », a répondu X', 'X said: "No."'): the verb stands right against
 * it, so the quote keeps its speaker though it has three words or fewer. Split from quotes.ts.
 */
import type { RawPerson } from './people';
import type { RawQuote } from './quoteMarks';

/** Only spaces, at most one comma or dash and an auxiliary between a quote and its speech verb (", a répondu"). */
const UTTERANCE_GAP = /^\s*[,–—-]?\s*(?:(?:a|avait|has|had)\s+)?$/;
/** The quote ends as a reply does: a comma, a full stop, "!" or "?" inside the marks ('"No," said …'). */
const UTTERANCE_END = /[,.!?…]\s*$/;
/** Only a colon between a speech verb and the quote it opens ('X a répondu : « Non »'). */
const COLON_GAP = /^\s*:\s*$/;

/**
 * '« Non », a répondu X', '"Never," X said': a short quote is a whole reply when only a comma (outside the
 * marks, or the quote's own punctuation inside them) and perhaps the speaker's name stand between it and
 * the verb after it, and the person is named after the quote in that clause, not reached through a pronoun.
 */
export function utteranceThenVerb(text: string, q: RawQuote, verbStart: number, person: RawPerson): boolean {
  if (person.start < q.outerEnd) return false;
  const gap = person.end <= verbStart ? text.slice(q.outerEnd, person.start) + text.slice(person.end, verbStart) : text.slice(q.outerEnd, verbStart);
  if (!UTTERANCE_GAP.test(gap)) return false;
  return /[,–—-]/.test(gap) || UTTERANCE_END.test(text.slice(q.start, q.end));
}

/** 'X a répondu : « Non »', 'X said: "No."': the verb opens the quote after a colon, its subject named in the same clause. */
export function verbThenUtterance(text: string, verbEnd: number, q: RawQuote, clauseStart: number, person: RawPerson): boolean {
  return COLON_GAP.test(text.slice(verbEnd, q.outerStart)) && person.start >= clauseStart && person.end <= q.outerStart;
}
