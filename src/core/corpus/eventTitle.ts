/**
 * The people in an event's title, as a journalist writes them: "Phone call between Trump and Putin", "Death of
 * Williams", "Launch by Obama", not the kind word glued to the names ("Death Williams"). The relation a kind
 * has with its people decides the preposition: two sides of an exchange, the person it happens to, the person
 * who does it, or, where a name may be either side (an attack names attackers and victims), only "involving".
 */
import type { EventKind } from './triggers';

type Relation = 'between' | 'of' | 'by' | 'involving';

/** Exchanges name their sides; what befalls someone names them with "of"; what someone does, with "by". */
const RELATION: Partial<Record<EventKind, Relation>> = {
  call: 'between',
  talks: 'between',
  meeting: 'between',
  summit: 'between',
  agreement: 'between',
  conflict: 'between',
  sports: 'between',
  death: 'of',
  arrest: 'of',
  trial: 'of',
  verdict: 'of',
  election: 'of',
  appointment: 'of',
  resignation: 'of',
  injury: 'of',
  escape: 'of',
  visit: 'by',
  announcement: 'by',
  launch: 'by',
  acquisition: 'by',
  strike: 'by',
  protest: 'by',
};

const WORDS = {
  en: { between: ['between', 'with'], of: ['of', 'of'], by: ['by', 'by'], involving: ['involving', 'involving'], and: 'and' },
  fr: { between: ['entre', 'avec'], of: ['de', 'de'], by: ['par', 'par'], involving: ['impliquant', 'impliquant'], and: 'et' },
} as const;

/**
 * The words after the kind label that name an event's people (one or two names, most named first), with their
 * preposition: " between Trump and Putin", " with Lavrov", " of Williams", " d'Obama"; "" when there is none.
 */
export function peopleInTitle(kind: EventKind, names: readonly string[], lang: 'fr' | 'en'): string {
  if (!names.length) return '';
  const w = WORDS[lang];
  const relation = RELATION[kind] ?? 'involving';
  // "between" needs two sides: with one name, the other side is the article's own subject ("Talks with Lavrov").
  const prep = w[relation][names.length > 1 ? 0 : 1];
  const who = names.slice(0, 2).join(` ${w.and} `);
  // French elides "de" before a vowel ("d'Obama"), not before a consonant or an aspirated h.
  if (prep === 'de' && /^[aeiouyàâéèêëîïôöùûü]/i.test(who)) return ` d’${who}`;
  return ` ${prep} ${who}`;
}

/** Generational suffixes, which end a full name but are nobody's surname ("Frank Smith III", "Martin Luther King Jr."). */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** The surname a title uses for a person: the last word of the name, before a generational suffix. */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIX.test(words[words.length - 1].replace(/,$/, ''))) words.pop();
  return (words[words.length - 1] ?? name).replace(/,$/, '');
}
