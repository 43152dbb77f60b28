/**
 * What the article itself says of a person's gender, for "il"/"elle", "he"/"she": an honorific ("Mme
 * Dubois", "M. Girard", "Mrs Collins") or the article of a role right before a mention ("la ministre de la
 * Santé Claire Vasseur", "le porte-parole Dmitri Peskov"). Nothing is guessed from the name itself.
 */
import { ROLE_WORDS } from '../lexicon/roles';
import type { RawPerson } from './people';
import { isSpaceUnit } from './chars';

export type Gender = 'f' | 'm';

const HONORIFIC_BEFORE = /(?<!\p{L})(Mme|Madame|Mlle|Mrs\.?|Ms\.?|M\.|Monsieur|Mr\.?)\s+$/u;
/** An article and the role noun right after it, then at most five words (and commas) before the name. */
const ROLE_ARTICLE_BEFORE = /(?<!\p{L})(le|la|Le|La)\s+([\p{L}-]+)((?:[\s,]+[\p{L}'’.-]+){0,5})[\s,]+$/u;

/** Honorifics' dots, left out before a role phrase is tested for a sentence break (a module constant: see text.ts). */
const HONORIFIC_DOT = /(?<!\p{L})(?:M|Mme|Dr|St)\./gu;
/** An article and a space, which ROLE_ARTICLE_BEFORE needs: most left contexts of a name lack one. */
const ARTICLE_SPACE = /[lL][ae]\s/;

/** The gender one mention's left context gives, if any. */
function genderBefore(text: string, p: RawPerson): Gender | undefined {
  // Both patterns end on a space (or a comma) right before the name.
  if (p.start === 0 || !(isSpaceUnit(text, p.start - 1) || text.charCodeAt(p.start - 1) === 44)) return undefined;
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const h = HONORIFIC_BEFORE.exec(before);
  if (h) return /^(?:Mme|Madame|Mlle|Mrs|Ms)/.test(h[1]) ? 'f' : 'm';
  const r = ARTICLE_SPACE.test(before) ? ROLE_ARTICLE_BEFORE.exec(before) : null;
  if (r && ROLE_WORDS.has(r[2].toLowerCase()) && !/[.;:!?]/.test(r[3].replace(HONORIFIC_DOT, ''))) return r[1].toLowerCase() === 'la' ? 'f' : 'm';
  return undefined;
}

/**
 * The gender the text marks the person `id` with, from all their mentions in `people`: undefined when it
 * marks them both ways, or not at all. Asked per person, as attribution needs it: most articles ask about one
 * or two people, and reading the left context of every mention was most of the time of speaker attribution.
 */
export function genderOf(text: string, people: readonly RawPerson[], id: string): Gender | undefined {
  let found: Gender | undefined;
  for (const p of people) {
    if (p.id !== id) continue;
    const g = genderBefore(text, p);
    if (!g) continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

/** The gender a pronoun stands for: "elle", "she", "her" are feminine; "il", "lui", "he", "him" masculine. */
export function pronounGender(pronoun: string): Gender | undefined {
  const w = pronoun.toLowerCase();
  if (/^(?:elle|she|her)$/.test(w)) return 'f';
  if (/^(?:il|lui|he|him)$/.test(w)) return 'm';
  return undefined;
}
