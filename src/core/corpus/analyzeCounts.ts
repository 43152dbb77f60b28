/**
 * Counts in a sentence ("six diplomates", "plus de 100 morts", "at least 25 killed") as claims about an
 * event, and the event a toll belongs to.
 */
import type { DurationMention } from '../model';
import type { TextIndex } from '../text/offsets';
import type { CountClaim, MentionAnalysis } from './analysisTypes';
import { APPROXIMATE_NUMBER_WORDS, NUMBER_WORDS, numberWordValue } from '../detect/numbers';
import { casualtyNoun } from './claimWords';

/**
 * Number words that count things: numbers.ts's words from two up ("un", "one", "a" are as often articles), and
 * the approximate nouns a toll uses ("une dizaine de morts", "des milliers").
 */
const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(NUMBER_WORDS.map((w) => [w, numberWordValue(w)!] as const).filter(([, v]) => v >= 2)),
  dizaine: 10,
  millier: 1000,
};
const APPROX_NOUNS: ReadonlySet<string> = new Set([...APPROXIMATE_NUMBER_WORDS, 'dizaine', 'millier']);
const NOT_COUNTED =
  /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|heures?|minutes?|jours?|semaines?|mois|ans|années?|hours?|days?|weeks?|months?|years?|fois|times|h|min|%|pour|per|par|et|and|ou|or|de|des|du|d|à|a|of|the|les|la|le)$/i;
/** Count candidates: run over whole texts with the other word patterns (see analyzeScan). */
export const COUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(plus de|moins de|au moins|environ|près de|pres de|presque|quelque|quelques|more than|less than|fewer than|at least|about|around|nearly|almost|over|under|some|approximately|roughly)\s+)?` +
    String.raw`(\d{1,3}(?:[  .]\d{3})+|\d+|${Object.keys(COUNT_WORDS).join('|')})(?:s)?\s+(?:(?:de|d'|d’|of)\s*)?([\p{L}-]{3,})`,
  'giu',
);

function countQualifier(q: string | undefined, approxNoun: boolean): DurationMention['qualifier'] {
  const s = (q ?? '').toLowerCase();
  if (/plus|more|over|au moins|at least/.test(s)) return 'more-than';
  if (/moins|less|fewer|under/.test(s)) return 'less-than';
  if (/presque|nearly|almost/.test(s)) return 'almost';
  if (s || approxNoun) return 'about';
  return 'exact';
}

function foldNoun(w: string): string {
  return w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(?:s|x)$/, '');
}

/** Counts ("six diplomates", "plus de 100 morts") in a UTF-16 range of the text; `matches` are COUNT_RE's there. */
export function findCounts(text: string, from: number, to: number, idx: TextIndex, matches: readonly RegExpExecArray[]): CountClaim[] {
  const out: CountClaim[] = [];
  const part = text.slice(from, to);
  for (const m of matches) {
    const noun = m[3];
    if (NOT_COUNTED.test(noun)) continue;
    const before = part.slice(Math.max(0, m.index - 12), m.index);
    // "les deux pays" names the parties; it is not a claim about how many.
    if (/(?:^|\s)(?:les|des|ces|leurs|nos|vos|the|these|those|their|our|aux)\s+$/i.test(before) && !m[1]) continue;
    const raw = m[2].toLowerCase();
    const value = /^\d/.test(raw) ? Number(raw.replace(/[  .]/g, '')) : (COUNT_WORDS[raw.replace(/s$/, '')] ?? COUNT_WORDS[raw]);
    if (!Number.isFinite(value) || value < 2 || (value >= 1900 && value <= 2100)) continue;
    const s = from + m.index;
    const e = s + m[0].length;
    out.push({
      start: idx.toCodePoint(s),
      end: idx.toCodePoint(e),
      text: m[0],
      value,
      qualifier: countQualifier(m[1], APPROX_NOUNS.has(raw.replace(/s$/, ''))),
      noun: casualtyNoun(foldNoun(noun), part.slice(m.index + m[0].length, m.index + m[0].length + 30), part.slice(Math.max(0, m.index - 30), m.index)),
    });
  }
  return out;
}

/** Kinds whose toll an article gives: the dead and injured of a sentence belong to them. */
export const TOLL_CAUSES: ReadonlySet<string> = new Set<string>(['earthquake', 'flood', 'storm', 'accident', 'fire', 'explosion', 'attack', 'conflict']);

/** The event whose toll a death mention gives: the nearest cause named before it, else the first after, else itself. */
export function causeOf(mentions: readonly MentionAnalysis[], m: MentionAnalysis): MentionAnalysis {
  for (let i = m.index - 1; i >= 0; i--) if (TOLL_CAUSES.has(mentions[i].kind)) return mentions[i];
  return mentions.find((x) => TOLL_CAUSES.has(x.kind)) ?? m;
}
