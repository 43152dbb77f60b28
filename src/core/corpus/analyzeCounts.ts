/**
 * Counts in a sentence ("six diplomates", "plus de 100 morts", "at least 25 killed") as claims about an
 * event, and the event a toll belongs to.
 */
import type { TextIndex } from '../text/offsets';
import type { CountClaim, MentionAnalysis } from './analysisTypes';
import { APPROXIMATE_NUMBER_WORDS, NUMBER_WORDS, numberWordValue, parseNumber } from '../detect/numbers';
import { casualtyNoun } from './claimWords';

/**
 * Number words that count things: numbers.ts's words from two up ("un", "one", "a" are as often articles), and
 * the approximate nouns a toll uses ("une dizaine de morts", "des milliers").
 */
const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(NUMBER_WORDS.map((w) => [w, numberWordValue(w)!] as const).filter(([, v]) => v >= 2)),
  dizaine: 10,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  millier: 1000,
};
const APPROX_NOUNS: ReadonlySet<string> = new Set([...APPROXIMATE_NUMBER_WORDS, 'dizaine', 'quarantaine', 'cinquantaine', 'soixantaine', 'millier']);
/**
 * Words after a figure that make it no count of things: dates, durations, function words, and the units and
 * multipliers of a measure ("1 200 hectares" is the burnt area analyzeMeasures reads, "300 000 euros" a sum,
 * "4 millions" half a figure): as counts they were set against each other a second time, or against a toll.
 */
const NOT_COUNTED =
  /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|heures?|minutes?|jours?|semaines?|mois|ans|années?|hours?|days?|weeks?|months?|years?|fois|times|h|min|%|pour|per|par|et|and|ou|or|de|des|du|d|à|a|of|the|les|la|le|avec|sans|dans|sur|sous|entre|contre|chez|vers|selon|dont|mais|après|avant|pendant|with|without|from|into|for|than|but|after|before|during|que|qui|who|which|that|hectares?|ha|acres?|km|kilom[èe]tres?|kilometers?|miles?|m[èe]tres?|meters?|n(?:œ|oe)uds|knots|mph|kmh|euros?|dollars?|livres?|francs?|yens?|yuans?|pounds?|millions?|milliards?|billions?|trillions?|percent|pourcent)$/i;
/**
 * The count words, longest first; joined by hyphens, or by a space before a multiplier, they make one number
 * ("vingt-trois", "twenty-three", "deux cents", "three hundred").
 */
const COUNT_WORD_ALT = Object.keys(COUNT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Plural nouns of a vague count ("des dizaines de blessés", "hundreds of people"): tens, hundreds, thousands of. */
const VAGUE_UNITS: Record<string, number> = { dizaine: 10, centaine: 100, millier: 1000, dozen: 12, hundred: 100, thousand: 1000 };
/** "un mort", "une blessée", "one dead": the one case where "un" and "one" count (before a casualty word only). */
const SINGULAR = String.raw`un(?=\s+(?:mort|tu[ée]|bless[ée]|disparu)(?![\p{L}]))|une(?=\s+(?:morte|tu[ée]e|bless[ée]e|disparue)(?![\p{L}]))|one(?=\s+(?:dead|killed|injured|missing|person (?:was |has been )?(?:killed|injured|missing))(?![\p{L}]))`;
/** Count candidates: run over whole texts with the other word patterns (see analyzeScan). */
export const COUNT_RE = new RegExp(
  // Not the decimals of a figure ("magnitude 7,2 provoque", "$4.2 billion"): a digit after "7," or "4." is no count.
  String.raw`(?<![\p{L}\d])(?<!\d[,.])(?:(plus de|plus d['’]|moins de|moins d['’]|au moins|environ|près de|près d['’]|pres de|presque|quelque|quelques|more than|less than|fewer than|at least|about|around|nearly|almost|over|under|some|approximately|roughly)\s*)?` +
    String.raw`(?:(?:une|a)\s+(?=douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|dizaine|millier|dozen|hundred))?` +
    String.raw`(\d{1,3}(?:[  .,]\d{3})+(?![,.]?\d)|\d+|${SINGULAR}|(?:${COUNT_WORD_ALT})(?:(?:-(?:et-)?|\s+(?=(?:cents?|mille|hundred|thousand)(?![\p{L}])))(?:${COUNT_WORD_ALT}))*)(s)?\s+(?:(?:de|d'|d’|of)\s*)?([\p{L}-]{3,})`,
  'giu',
);

/** The qualifier a figure's leading words give ("au moins", "nearly"); an approximate noun ("une trentaine") is "about". */
export function countQualifier(q: string | undefined, approxNoun: boolean): Exclude<CountClaim['qualifier'], 'several'> {
  const s = (q ?? '').toLowerCase();
  if (/plus|more|over|au moins|at least/.test(s)) return 'more-than';
  if (/moins|less|fewer|under/.test(s)) return 'less-than';
  // "près de 200" is "presque 200", just under it (Larousse: "près de", presque), as "nearly 200" is.
  if (/presque|pr[eè]s d|nearly|almost/.test(s)) return 'almost';
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
    // "hundreds were evacuated", "600 ont été tués": the figure counts the people the verb tells of.
    const auxiliary = /^(?:were|are|have|had|ont|sont|étaient|furent)$/i.test(m[4]);
    const noun = auxiliary ? 'people' : m[4];
    if (NOT_COUNTED.test(noun)) continue;
    const before = part.slice(Math.max(0, m.index - 12), m.index);
    const raw = m[2].toLowerCase();
    const unit = raw.replace(/s$/, '');
    // "des dizaines de morts", "hundreds of people": tens (hundreds…) of them, from two to ten times the unit.
    const vague = !!m[3] && !m[1] && VAGUE_UNITS[unit] !== undefined;
    // "les deux pays" names the parties; it is not a claim about how many.
    if (!vague && /(?:^|\s)(?:les|des|ces|leurs|nos|vos|the|these|those|their|our|aux)\s+$/i.test(before) && !m[1]) continue;
    const value = /^\d/.test(raw)
      ? Number(raw.replace(/[  .,]/g, ''))
      : /^(?:un|une|one)$/.test(raw)
        ? 1
        : (COUNT_WORDS[unit] ?? COUNT_WORDS[raw] ?? parseNumber(raw));
    if (!Number.isFinite(value) || (value < 2 && !/^(?:un|une|one)$/.test(raw)) || (value >= 1900 && value <= 2100)) continue;
    const counted = casualtyNoun(
      foldNoun(noun),
      part.slice(m.index + m[0].length - (auxiliary ? m[4].length : 0), m.index + m[0].length + 30),
      part.slice(Math.max(0, m.index - 30), m.index),
    );
    if (auxiliary && counted === 'people') continue;
    const s = from + m.index;
    const e = s + m[0].length;
    out.push({
      start: idx.toCodePoint(s),
      end: idx.toCodePoint(e),
      text: m[0],
      value: vague ? 2 * VAGUE_UNITS[unit] : value,
      qualifier: vague ? 'several' : countQualifier(m[1], APPROX_NOUNS.has(unit)),
      noun: counted,
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

/** The tolls counted apart: the dead, the injured, the missing and the evacuated (claimWords' `casualtyNoun`). */
export const TOLL_NOUNS: ReadonlySet<string> = new Set(['dead', 'injured', 'missing', 'evacuated']);
/** Those sent against a disaster (claimWords' `casualtyNoun`): counted, like tolls, in any sentence of its article. */
export const RESPONDER_NOUNS: ReadonlySet<string> = new Set(['firefighters', 'rescuers']);
/** The people a vehicle carried (claimWords' `casualtyNoun`): counted, like tolls, in any sentence of an accident's article. */
export const ABOARD_NOUN = 'aboard';

/**
 * The event a figure told in a sentence of its own belongs to: the last mention of one of `kinds` before `at`
 * (code points), else the first after; never a supporting word. Tolls go to a cause (TOLL_CAUSES).
 */
export function nearestOfKind(mentions: readonly MentionAnalysis[], kinds: ReadonlySet<string>, at: number): MentionAnalysis | undefined {
  let best: MentionAnalysis | undefined;
  for (const m of mentions) {
    if (!kinds.has(m.kind) || m.support) continue;
    if (m.start <= at || !best) best = m;
    if (m.start > at) break;
  }
  return best;
}
