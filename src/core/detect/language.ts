/** Language identification between French and English by function-word frequency. */

const FR = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'dans', 'pour', 'que', 'qui', 'sur', 'avec', 'au', 'aux', 'pas', 'ont', 'sont', 'cette', 'il', 'elle', 'à', 'a', 'ne', 'se', 'ce', 'par', 'mais', 'leur']);
const EN = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'was', 'were', 'said', 'by', 'he', 'she', 'it', 'are', 'has', 'have', 'from', 'at', 'this', 'be', 'not', 'but', 'their', 'an', 'which']);

const WORD = /\p{L}+/gu;

/** 'fr' or 'en', by counting function words in the first 20,000 characters (French when undecided). */
export function detectLanguage(text: string): 'fr' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let fr = 0;
  let en = 0;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
