/**
 * TIMEX3 (ISO-TimeML) type and value of a detected date or duration, for the sidecar, the CLI's JSON and
 * the evaluation on TimeML corpora.
 */
import type { DateMention, DurationMention } from '../model';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

const DURATION_LETTER: Record<DurationMention['unit'], string> = { second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y' };
const PER_UNIT: Record<DurationMention['unit'], number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080, month: 43800, year: 525600 };

/** The TIMEX3 type of a date mention: TIME when it carries a clock time or a part of day, else DATE. */
export function dateTimexType(d: Pick<DateMention, 'value' | 'precision'>): TimexType {
  return d.precision === 'time' || d.precision === 'datetime' || /T/.test(d.value) ? 'TIME' : 'DATE';
}

/** The ISO-8601 duration of a duration mention in the unit the text used ("trois ans" → P3Y, "90 minutes" → PT90M, "30 seconds" → PT30S). */
export function durationTimexValue(d: Pick<DurationMention, 'minutes' | 'unit'>): string {
  // Rounded to a millionth: seconds are stored as fractions of a minute (0.5 / (1/60) is not exactly 30).
  const n = Math.round((d.minutes / PER_UNIT[d.unit]) * 1e6) / 1e6;
  const amount = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  const letter = DURATION_LETTER[d.unit];
  return letter.startsWith('T') ? `PT${amount}${letter.slice(1)}` : `P${amount}${letter}`;
}

/** The TIMEX3 type and value of a detected date (what the sidecar, `newsmark detect --json` and the hover show). */
export function dateTimex(d: Pick<DateMention, 'value' | 'precision' | 'timexType' | 'timexValue'>): { type: TimexType; value: string } {
  return { type: d.timexType ?? dateTimexType(d), value: d.timexValue ?? d.value };
}

/** The TIMEX3 type and value of a detected duration. */
export function durationTimex(d: Pick<DurationMention, 'minutes' | 'unit' | 'timexType' | 'timexValue'>): { type: TimexType; value: string } {
  return { type: d.timexType ?? 'DURATION', value: d.timexValue ?? durationTimexValue(d) };
}
