/**
 * Bylines: the credits an agency puts at the end of a dispatch, "(Dmitry Antonov, rédigé par Mark
 * Trevelyan, version française Jeanne Martin, édité par Paul Durand)", "(Reporting by Jane Doe; Editing by
 * John Roe)". They name the article's authors, not people the story is about: detection leaves them out
 * of the people and gives them as `authors`.
 */

/** One author named by a byline; offsets in UTF-16 units of the text (detect() converts them). */
export interface BylineAuthor {
  name: string;
  start: number;
  end: number;
}

/** How much of the end of an article a byline may take. */
const MAX_BYLINE_CHARS = 400;

/** Words that introduce a credit inside the parentheses (French and English agency usage). */
const CREDIT = new RegExp(
  String.raw`^(?:(?:r[ée]dig[ée]e?|[ée]dit[ée]e?|traduit|traduite|adapt[ée]e?|coordonn[ée]e?)\s+par|version\s+fran[çc]aise|avec|par|` +
    String.raw`(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|translated)(?:\s+by)?|by|and|et)\s+`,
  'iu',
);

/** A person's name as bylines write it: two to four capitalised words (particles and hyphens allowed). */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|von|van|der|le|la|al|ben|bin|da|di)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** What the byline's parenthesis may follow, spaces and tabs aside: a line break or the end of a sentence. */
const SENTENCE_END: ReadonlySet<number> = new Set([...'\n.!?»”"'].map((c) => c.charCodeAt(0)));

/**
 * The index of the last unit before `end` that is no space or tab (-1 when there is none): read backwards, where
 * `/[ \t]+$/` on text.slice(0, end) would try every position of the text.
 */
function lastBeforeBlanks(text: string, end: number): number {
  let k = end - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k;
}

/**
 * The byline closing `text`, if any: a last parenthesised group, after the last sentence, whose every
 * comma-, semicolon- or "and"-separated part is a name, with or without its credit ("rédigé par", "Editing
 * by"). Agency initials ("(jah/afp)") and a parenthesised remark are not bylines.
 */
export function findBylineAuthors(text: string): BylineAuthor[] {
  const end = text.trimEnd().length;
  if (text[end - 1] !== ')') return [];
  const open = text.lastIndexOf('(', end - 1);
  if (open < 0 || end - open > MAX_BYLINE_CHARS || text.slice(open + 1, end - 1).includes('(')) return [];
  // Alone on its line, or after the end of a sentence: not a parenthesis inside the last sentence.
  const before = text.slice(0, open).trimEnd();
  if (before && !SENTENCE_END.has(text.charCodeAt(lastBeforeBlanks(text, open)))) return [];
  const authors: BylineAuthor[] = [];
  const inner = open + 1;
  const body = text.slice(inner, end - 1);
  const parts = /[^,;]+/g;
  for (let m = parts.exec(body); m; m = parts.exec(body)) {
    // "Zhifan Liu et Etienne Breban": two names in one part.
    for (const piece of splitAnd(m[0], inner + m.index)) {
      let { s, at } = piece;
      for (let c = CREDIT.exec(s); c; c = CREDIT.exec(s)) {
        s = s.slice(c[0].length);
        at += c[0].length;
      }
      const name = s.trimEnd();
      if (!NAME.test(name)) return [];
      authors.push({ name, start: at, end: at + name.length });
    }
  }
  return authors;
}

/** A part split at " et " / " and ", each piece trimmed at its start, with its offset in the text. */
function splitAnd(part: string, offset: number): Array<{ s: string; at: number }> {
  const out: Array<{ s: string; at: number }> = [];
  const re = /\s+(?:et|and)\s+/giu;
  let from = 0;
  for (let m = re.exec(part); ; m = re.exec(part)) {
    const piece = part.slice(from, m ? m.index : part.length);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ s: piece.trimStart(), at: offset + from + lead });
    if (!m) return out;
    from = m.index + m[0].length;
  }
}
