/** Month and weekday names, French and English, with their common abbreviations (lowercase keys). */

export const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  'janv.': 1,
  'févr.': 2,
  'fév.': 2,
  'sept.': 9,
  'oct.': 10,
  'nov.': 11,
  'déc.': 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  'jan.': 1,
  'feb.': 2,
  'mar.': 3,
  'apr.': 4,
  'jun.': 6,
  'jul.': 7,
  'aug.': 8,
  'sep.': 9,
  'dec.': 12,
};

/** ISO weekday numbers (Monday 1). French names are lowercase in running text, English capitalised. */
export const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** True when `word` names a month or weekday in French or English (any case). */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in MONTHS || w in WEEKDAYS;
}
