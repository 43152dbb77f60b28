/**
 * The words of the comparison table that both the Markdown and the webview show. Kept apart from the
 * table builder so the webview's bundle carries these few strings and none of the corpus code.
 */
import { qualifiedDurationInWords } from '../session/describe';
import type { CompareAttribute } from './table';

const ATTRIBUTES: Record<'fr' | 'en', Record<CompareAttribute, string>> = {
  fr: {
    date: 'Date',
    time: 'Heure',
    place: 'Lieu',
    participants: 'Participants',
    duration: 'Durée',
    count: 'Nombre',
    magnitude: 'Magnitude',
    direction: 'Direction',
    distance: 'Distance',
    depth: 'Profondeur',
    speed: 'Vitesse',
    area: 'Surface',
    penalty: 'Peine',
    ordinal: 'Rang',
    quote: 'Citation',
  },
  en: {
    date: 'Date',
    time: 'Time',
    place: 'Place',
    participants: 'Participants',
    duration: 'Duration',
    count: 'Number',
    magnitude: 'Magnitude',
    direction: 'Bearing',
    distance: 'Distance',
    depth: 'Depth',
    speed: 'Speed',
    area: 'Area',
    penalty: 'Prison sentence',
    ordinal: 'Round',
    quote: 'Quote',
  },
};

/** A row's label: the attribute, and for quotes the speaker. */
export function rowLabel(attribute: CompareAttribute, speaker: string | undefined, lang: 'fr' | 'en'): string {
  const name = ATTRIBUTES[lang][attribute];
  return speaker ? `${name} — ${speaker}` : name;
}

/** The language most of the articles are written in (French on a tie), for the words of the views. */
export function corpusLanguage(documents: ReadonlyArray<{ language: 'fr' | 'en' }>): 'fr' | 'en' {
  const en = documents.filter((d) => d.language === 'en').length;
  return en * 2 > documents.length ? 'en' : 'fr';
}

/** A value as a reader says it: a duration ("almost PT6H30M" in the table) in words of `lang`, anything else as is. */
export function valueWords(value: string, lang: 'fr' | 'en'): string {
  const duration = /^(?:(about|almost|more-than|less-than) )?(P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?)$/.exec(value);
  return duration && duration[2] !== 'P' ? qualifiedDurationInWords(duration[2], duration[1], lang) : value;
}
