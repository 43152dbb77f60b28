/** Small text helpers shared by the detectors. Offsets here are UTF-16 (JavaScript string indices). */

/** A detection before conversion to code points. */
export interface RawSpan {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?…]/;

/**
 * Start of the sentence containing `pos`, looking back at most `max` characters: after a newline, or after
 * `.`/`!`/`?` followed by a space (a dot inside "U.S." or "M. Stiell" is not followed by a space and a
 * lowercase letter... and is accepted as a boundary anyway: windows are only hints).
 */
export function sentenceStart(text: string, pos: number, max = 300): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (SENTENCE_END.test(c) && i + 1 < text.length && /\s/.test(text[i + 1]) && !isAbbreviationDot(text, i)) return i + 1;
  }
  return floor;
}

/** End of the sentence containing `pos` (exclusive), looking ahead at most `max` characters. */
export function sentenceEnd(text: string, pos: number, max = 300): number {
  const ceil = Math.min(text.length, pos + max);
  for (let i = pos; i < ceil; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (SENTENCE_END.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1])) && !isAbbreviationDot(text, i)) return i + 1;
  }
  return ceil;
}

/** True for the dot of "M.", "Mme.", "Dr.", "U.S.", "Feb." — not the end of a sentence. */
export function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  let j = i;
  while (j > 0 && /\p{L}/u.test(text[j - 1]) && i - j < 5) j--;
  const word = text.slice(j, i);
  if (/^(?:M|Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|fév|déc|p|a|m|etc|No|vs)$/.test(word)) {
    // "p.m." at a sentence end is still an abbreviation; accept the small error.
    return true;
  }
  // Single capital letter initials: "U.S.", "J. K."
  return /^\p{Lu}$/u.test(word) && j > 0 && (text[j - 1] === '.' || text[j - 1] === ' ');
}

/** True when `c` is a letter or a digit (Unicode-aware): used for boundaries instead of `\b`. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The word (letters, apostrophes, hyphens) that ends right before `pos`, skipping spaces. */
export function previousWords(text: string, pos: number, count: number, max = 80): string[] {
  const from = Math.max(0, pos - max);
  const words = text.slice(from, pos).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.slice(-count);
}

const FUTURE_FR = /(?<!\p{L})(?:va|vont|vais|allons|allez|doit|doivent|devra|devront|devrait|devraient|prévu|prévue|prévus|prévues|aura|auront|sera|seront|prochain|prochaine|prochainement|demain)(?!\p{L})|\p{L}{3,}(?:eront|iront|eras|erez|erons)(?!\p{L})|\p{L}{5,}(?:era|ira)(?!\p{L})/iu;
const FUTURE_EN = /(?<!\p{L})(?:will|shall|is due|are due|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|is to|are to|next|upcoming|tomorrow)(?!\p{L})|\p{L}['’]ll(?!\p{L})/iu;

/**
 * True when the clause around `[start, end)` speaks of the future ("vont se rencontrer jeudi",
 * "is due to meet on Thursday"), so a weekday or month refers forward from the publication date.
 */
export function hasFutureCue(text: string, start: number, end: number): boolean {
  // The clause, not the sentence: "…vont se rencontrer jeudi…, a déclaré mercredi le ministre".
  const s = sentenceStart(text, start, 120);
  let before = text.slice(s, start);
  const cut = Math.max(...[',', ';', ':', '«', '»', '“', '”', '"', '(', ')'].map((c) => before.lastIndexOf(c)));
  if (cut >= 0) before = before.slice(cut + 1);
  let after = text.slice(end, Math.min(sentenceEnd(text, end, 30), end + 30));
  const stop = after.search(/[,;:«»“”"()]/);
  if (stop >= 0) after = after.slice(0, stop);
  const window = before + ' ' + after;
  return FUTURE_FR.test(window) || FUTURE_EN.test(window);
}
