/**
 * What the article itself says of a person's gender, for "il"/"elle", "he"/"she": an honorific ("Mme
 * Dubois", "M. Girard", "Mrs Collins") or the article of a role right before a mention ("la ministre de la
 * Santé Claire Vasseur", "le porte-parole Dmitri Peskov"). Nothing is guessed from the name itself.
 */
import { ROLE_WORDS } from '../lexicon/roles';
import type { RawPerson } from './people';

export type Gender = 'f' | 'm';

const HONORIFIC_BEFORE = /(?<!\p{L})(Mme|Madame|Mlle|Mrs\.?|Ms\.?|M\.|Monsieur|Mr\.?)\s+$/u;
/** An article and the role noun right after it, then at most five words (and commas) before the name. */
const ROLE_ARTICLE_BEFORE = /(?<!\p{L})(le|la|Le|La)\s+([\p{L}-]+)((?:[\s,]+[\p{L}'’.-]+){0,5})[\s,]+$/u;

/** The gender one mention's left context gives, if any. */
function genderBefore(text: string, p: RawPerson): Gender | undefined {
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const h = HONORIFIC_BEFORE.exec(before);
  if (h) return /^(?:Mme|Madame|Mlle|Mrs|Ms)/.test(h[1]) ? 'f' : 'm';
  const r = ROLE_ARTICLE_BEFORE.exec(before);
  if (r && ROLE_WORDS.has(r[2].toLowerCase()) && !/[.;:!?]/.test(r[3].replace(/(?<!\p{L})(?:M|Mme|Dr|St)\./gu, '')))
    return r[1].toLowerCase() === 'la' ? 'f' : 'm';
  return undefined;
}

/**
 * The gender of each person id that the text marks one way only, from all their mentions; an id marked
 * both ways, or not at all, is absent.
 */
export function genders(text: string, people: readonly RawPerson[]): Map<string, Gender> {
  const seen = new Map<string, Gender | null>();
  for (const p of people) {
    const g = genderBefore(text, p);
    if (!g) continue;
    const had = seen.get(p.id);
    seen.set(p.id, had === undefined || had === g ? g : null);
  }
  const out = new Map<string, Gender>();
  for (const [id, g] of seen) if (g) out.set(id, g);
  return out;
}

/** The gender a pronoun stands for: "elle", "she", "her" are feminine; "il", "lui", "he", "him" masculine. */
export function pronounGender(pronoun: string): Gender | undefined {
  const w = pronoun.toLowerCase();
  if (/^(?:elle|she|her)$/.test(w)) return 'f';
  if (/^(?:il|lui|he|him)$/.test(w)) return 'm';
  return undefined;
}
