import { timexInWords } from './describeTimex';

/**
 * Normalised values in words, for hovers, trees and reports: "jeudi 27 février 2025",
 * "presque 6 h 30". Plain functions of the value; no guessing.
 */

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export type Lang = 'fr' | 'en';

/**
 * An ISO-8601 value in words: a day with its weekday, a month, a year, an ISO week, a datetime or
 * a time. Anything else is returned as it is.
 */
export function dateInWords(iso: string, lang: Lang): string {
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?$/.exec(iso);
  if (m) {
    const [, y, mo, d, hh, mm] = m;
    const weekday = WEEKDAYS[lang][new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
    const month = MONTHS[lang][Number(mo) - 1];
    const day = lang === 'fr' ? `${weekday} ${Number(d) === 1 ? '1er' : Number(d)} ${month} ${y}` : `${weekday}, ${month} ${Number(d)}, ${y}`;
    if (!hh) return day;
    return lang === 'fr' ? `${day} à ${hh}h${mm}` : `${day}, ${hh}:${mm}`;
  }
  m = /^(\d{4})-(\d\d)$/.exec(iso);
  if (m) return `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d\d)$/.exec(iso);
  if (m) return lang === 'fr' ? `semaine ${Number(m[2])} de ${m[1]}` : `week ${Number(m[2])} of ${m[1]}`;
  m = /^T(\d\d):(\d\d)$/.exec(iso);
  if (m) return lang === 'fr' ? `${m[1]}h${m[2]}` : `${m[1]}:${m[2]}`;
  if (/^\d{4}$/.test(iso)) return iso;
  return iso;
}

/** An ISO-8601 duration (PT6H30M, P3Y, P2D) in words. */
export function durationInWords(iso: string, lang: Lang): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m) return iso;
  const units = lang === 'fr' ? ['an', 'mois', 'semaine', 'jour', 'heure', 'minute', 'seconde'] : ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
  const parts: string[] = [];
  m.slice(1).forEach((v, i) => {
    if (!v) return;
    const n = Number(v);
    const unit = units[i];
    const plural = n > 1 && !(lang === 'fr' && unit === 'mois') ? (lang === 'fr' && unit === 'an' ? 'ans' : `${unit}s`) : unit;
    parts.push(`${n} ${plural}`);
  });
  return parts.join(lang === 'fr' ? ' et ' : ' and ') || iso;
}

const QUALIFIERS: Record<Lang, Record<string, string>> = {
  fr: { exact: '', about: 'environ ', almost: 'presque ', 'more-than': 'plus de ', 'less-than': 'moins de ' },
  en: { exact: '', about: 'about ', almost: 'almost ', 'more-than': 'more than ', 'less-than': 'less than ' },
};

/** A claim's qualifier as the words before its value ("presque ", "about "; nothing when exact or unknown). */
export function qualifierWords(qualifier: string | undefined, lang: Lang): string {
  return QUALIFIERS[lang][qualifier ?? 'exact'] ?? '';
}

/** A duration with its qualifier in words ("presque 6 heures et 30 minutes"); `iso` as is when it is not ISO-8601. */
export function qualifiedDurationInWords(iso: string, qualifier: string | undefined, lang: Lang): string {
  return `${qualifierWords(qualifier, lang)}${durationInWords(iso, lang)}`;
}

const TYPE_TITLES: Record<Lang, Record<string, string>> = {
  en: { person: 'Person', date: 'Date', quote: 'Quote', event: 'Event', claim: 'Claim', place: 'Place', organisation: 'Organisation', note: 'Note' },
  fr: {
    person: 'Personne',
    date: 'Date',
    quote: 'Citation',
    event: 'Événement',
    claim: 'Affirmation',
    place: 'Lieu',
    organisation: 'Organisation',
    note: 'Note',
  },
};
const CLAIM_TITLES: Record<Lang, Record<string, string>> = {
  en: {
    duration: 'Duration',
    date: 'Date',
    time: 'Time',
    count: 'Count',
    place: 'Place',
    participants: 'Participants',
    ordinal: 'Round of talks',
    statement: 'Statement',
  },
  fr: {
    duration: 'Durée',
    date: 'Date',
    time: 'Heure',
    count: 'Nombre',
    place: 'Lieu',
    participants: 'Participants',
    ordinal: 'Série de pourparlers',
    statement: 'Déclaration',
  },
};

/** The words of `describeValue`, in the interface's language (core has no access to vscode.l10n). */
const LABELS: Record<
  Lang,
  {
    duration: string;
    date: string;
    value: string;
    ambiguous: string;
    readAgainst: (p: string) => string;
    unknown: string;
    claim: (attribute: string) => string;
  }
> = {
  en: {
    duration: 'Duration: ',
    date: 'Date: ',
    value: 'Value: ',
    ambiguous: 'Ambiguous: one of ',
    readAgainst: (p) => `Read against the publication date ${p}.`,
    unknown: 'Publication date unknown.',
    claim: (attribute) => `Claim (${attribute})`,
  },
  fr: {
    duration: 'Durée : ',
    date: 'Date : ',
    value: 'Valeur : ',
    ambiguous: 'Ambiguë : l’une de ces dates : ',
    readAgainst: (p) => `Lue par rapport à la date de publication ${p}.`,
    unknown: 'Date de publication inconnue.',
    claim: (attribute) => `Affirmation (${attribute})`,
  },
};

/**
 * What an annotation is, as its hover titles it: "Duration" for a claim about a duration, "Claim (count)"
 * for another attribute, else its type ("Person", "Date"). Never internal words such as "Newsmark claim".
 * In `lang`, the interface's language (English by default).
 */
export function annotationTitle(a: { type: string; attribute?: string }, lang: Lang = 'en'): string {
  if (a.type === 'claim' && a.attribute) return CLAIM_TITLES[lang][a.attribute] ?? LABELS[lang].claim(a.attribute);
  return TYPE_TITLES[lang][a.type] ?? a.type;
}

/**
 * What an annotation or a suggestion is, as a word inside a sentence: "person", "duration" (a suggestion kind
 * or a claim about a duration), "personne", "durée", in `lang`. Never the raw type code in a French sentence.
 */
export function kindName(what: string | { type: string; attribute?: string }, lang: Lang = 'en'): string {
  const a = typeof what === 'string' ? (what === 'duration' ? { type: 'claim', attribute: 'duration' } : { type: what }) : what;
  return annotationTitle(a, lang).toLocaleLowerCase(lang);
}

/**
 * The value of an annotation in words, with the publication date it was read against, all in `lang`
 * (the interface's language: a French article read with an English interface reads "Thursday, February 27").
 */
export function describeValue(
  a: { type: string; value?: string; attribute?: string; qualifier?: string },
  published: string | undefined,
  lang: Lang,
  candidates?: string[],
  timex?: { type: string; value: string },
): string {
  if (a.value === undefined) return '';
  if (a.type === 'claim' && a.attribute === 'duration') {
    return `${LABELS[lang].duration}${qualifiedDurationInWords(a.value, a.qualifier, lang)} (\`${a.value}\`, ${a.qualifier ?? 'exact'})`;
  }
  if (a.type === 'date') {
    const words = LABELS[lang];
    const special = timex ? timexInWords(timex.type, timex.value, lang) : null;
    const lines = [special ? `${words.date}**${special}**` : `${words.date}**${dateInWords(a.value, lang)}** (\`${a.value}\`)`];
    if (timex) lines.push(`TIMEX3 ${timex.type}: \`${timex.value}\``);
    if (candidates && candidates.length > 1) {
      lines.push(`${words.ambiguous}${candidates.map((c) => dateInWords(c, lang)).join(', ')}`);
    }
    lines.push(published ? words.readAgainst(published) : words.unknown);
    return lines.join('\n\n');
  }
  return `${LABELS[lang].value}${a.value}`;
}
