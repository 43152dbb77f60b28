/**
 * The "why these mentions are one event" reasons in the reader's language. Grouping (group.ts, index.ts)
 * writes them in English from a handful of phrases around quoted article text; a French report or view
 * translates those phrases and leaves the «quoted» text, file names and dates as they are.
 */
import type { ReportLanguage } from './report';

/** English phrase → French, tried in order on the text between «quotes» (most specific first). */
const FRENCH: Array<[RegExp, string]> = [
  [/ could be ([\d, -]+) \(article dated only to the month\)/g, ' pourrait être $1 (article daté au mois seulement)'],
  [/ could be ([\d, -]+) \(article dated ([^)]+)\)/g, ' pourrait être $1 (article du $2)'],
  [/: could be ([\d, -]+); no other article dates this event/g, ' : pourrait être $1 ; aucun autre article ne date cet événement'],
  [/: (\d+) events fit \(([^)]*)\); left open/g, ' : $1 événements possibles ($2) ; laissé ouvert'],
  [/ names a (\S+) but the article gives no full date/g, " nomme un $1 mais l'article ne donne pas de date complète"],
  [/ gives only a partial date/g, " ne donne qu'une date partielle"],
  [/ gives only (\S+)/g, ' ne donne que $1'],
  [/ dates the same call in ([^→;]+?) →/g, ' date le même appel (lieu : $1) →'],
  [/ dates the same meeting in ([^→;]+?) →/g, ' date la même rencontre (lieu : $1) →'],
  [/ dates the same call/g, ' date le même appel'],
  [/ dates the same meeting/g, ' date la même rencontre'],
  [/the only compatible event/g, 'le seul événement compatible'],
  [/: undated, the only call between these people \(/g, ' : non daté, le seul appel entre ces personnes ('],
  [/: undated, the only meeting between these people \(/g, ' : non daté, la seule rencontre entre ces personnes ('],
  [/: undated, the only call event in (.+)$/g, ' : non daté, le seul appel dont le lieu est $1'],
  [/: undated, the only (\S+) event in (.+)$/g, ' : non daté, le seul événement de ce type dont le lieu est $2'],
  [/: ordinal (\d+) matches the article's event/g, " : le rang $1 correspond à l'événement de l'article"],
  [/^decided by the user \(newsmark\.yaml\)$/g, "décidé par l'utilisateur (newsmark.yaml)"],
  [/^merged (.+) by the user$/g, "$1 fusionné par l'utilisateur"],
  [/^… and ([\d\s,.]+) more, one per mention attached the same way$/g, '… et $1 autres, une par mention rattachée de la même façon'],
];

/** A grouping reason in `lang`: as written for English, translated phrase by phrase for French. */
export function reasonIn(reason: string, lang: ReportLanguage): string {
  if (lang === 'en') return reason;
  // The quoted article text «…» is never translated: split it out, translate the rest.
  return reason
    .split(/(«[^»]*»)/)
    .map((part) => (part.startsWith('«') ? part : FRENCH.reduce((s, [en, fr]) => s.replace(en, fr), part)))
    .join('');
}
