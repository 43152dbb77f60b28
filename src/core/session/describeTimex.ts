/**
 * TIMEX3 values that are not calendar dates, in words, for the hover: references ("the present"), sets
 * ("every year"), vague durations, decades, centuries, quarters, seasons and parts of day.
 */
import type { Lang } from './describe';

const UNIT_WORDS: Record<Lang, Record<string, string>> = {
  fr: { D: 'jour', W: 'semaine', M: 'mois', Y: 'année', H: 'heure', Q: 'trimestre', E: 'décennie', C: 'siècle', TM: 'minute', S: 'seconde' },
  en: { D: 'day', W: 'week', M: 'month', Y: 'year', H: 'hour', Q: 'quarter', E: 'decade', C: 'century', TM: 'minute', S: 'second' },
};
const REFS: Record<Lang, Record<string, string>> = {
  fr: { PRESENT_REF: 'le présent (maintenant, sans date précise)', PAST_REF: 'le passé (sans date précise)', FUTURE_REF: "l'avenir (sans date précise)" },
  en: { PRESENT_REF: 'the present (now, no set date)', PAST_REF: 'the past (no set date)', FUTURE_REF: 'the future (no set date)' },
};
const PARTS: Record<Lang, Record<string, string>> = {
  fr: { MO: 'matin', AF: 'après-midi', EV: 'soir', NI: 'nuit', MI: 'midi' },
  en: { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', MI: 'noon' },
};
const SEASONS: Record<Lang, Record<string, string>> = {
  fr: { SP: 'printemps', SU: 'été', FA: 'automne', WI: 'hiver' },
  en: { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' },
};
const WEEKDAYS: Record<Lang, string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** A one-unit period ("P1Y", "PT1H", "P3M" as a quarter) as its unit word, or null. */
function periodWord(value: string, lang: Lang): string | null {
  if (value === 'P3M') return UNIT_WORDS[lang].Q;
  const m = /^P(T?)1([DWMYHQEC])$/.exec(value);
  if (!m) return null;
  return UNIT_WORDS[lang][m[1] && m[2] === 'M' ? 'TM' : m[2]] ?? null;
}

/**
 * A TIMEX3 value that is not a plain calendar date, in words; null for a plain date (the caller's
 * `dateInWords` says those better).
 */
export function timexInWords(type: string, value: string, lang: Lang): string | null {
  const fr = lang === 'fr';
  if (REFS[lang][value]) return REFS[lang][value];
  if (type === 'SET') {
    const period = periodWord(value, lang);
    if (period) return fr ? `se répète : chaque ${period}` : `repeats: every ${period}`;
    const wd = /^XXXX-WXX-(\d)/.exec(value);
    if (wd) return fr ? `se répète : chaque ${WEEKDAYS.fr[Number(wd[1]) - 1]}` : `repeats: every ${WEEKDAYS.en[Number(wd[1]) - 1]}`;
    const part = /T(MO|AF|EV|NI)$/.exec(value);
    if (part) return fr ? `se répète : chaque ${PARTS.fr[part[1]]}` : `repeats: every ${PARTS.en[part[1]]}`;
    return fr ? `se répète (${value})` : `repeats (${value})`;
  }
  const vague = /^PT?X([DWMYHQECS])$/.exec(value);
  if (vague) return fr ? `quelques ${UNIT_WORDS.fr[vague[1]]}s (durée non précisée)` : `some ${UNIT_WORDS.en[vague[1]]}s (length not given)`;
  let m = /^(\d{3})$/.exec(value);
  if (m) return fr ? `les années ${m[1]}0` : `the ${m[1]}0s`;
  m = /^(\d{2})$/.exec(value);
  if (m) return fr ? `le ${Number(m[1]) + 1}e siècle` : `the ${Number(m[1]) + 1}th century`;
  m = /^(\d{4}|XXXX)-Q(\d)$/.exec(value);
  if (m) return fr ? `${m[2]}e trimestre ${m[1]}` : `quarter ${m[2]} of ${m[1]}`;
  m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[lang][m[2]]} ${m[1] === 'XXXX' ? '' : m[1]}`.trim();
  m = /^(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI|MI)$/.exec(value);
  if (m) return `${m[1]}, ${PARTS[lang][m[2]]}`;
  return null;
}
