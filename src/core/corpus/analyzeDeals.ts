/**
 * A takeover told as a deal: in an article that reports an acquisition ("agreed to acquire", "le rachat de"),
 * "the deal", "l'accord", "the agreement" and "a annoncé le rachat" are that acquisition, not an agreement or an
 * announcement of their own (our takeover texts listed "Agreement, 2027" for "the deal, expected to close in
 * 2027", and an "Announcement" beside the acquisition it announced). A treaty or a ceasefire keeps its kind.
 */
import type { MentionAnalysis } from './analysisTypes';
import { familyOf } from './triggers';

/** The agreement words a takeover is told with. */
const DEAL_WORDS = /^(?:deals?|agreements?|accords?|transactions?|opérations?)$/iu;

/** Makes the deal words and the announcing words of an acquisition article mentions of its nearest acquisition. */
export function joinDealsToAcquisitions(mentions: MentionAnalysis[]): void {
  if (!mentions.some((m) => m.kind === 'acquisition' && !m.support)) return;
  for (const m of mentions) {
    if (m.support || !((m.kind === 'agreement' && DEAL_WORDS.test(m.text)) || (m.kind === 'announcement' && m.verb))) continue;
    const host = nearestAcquisition(mentions, m);
    if (!host) continue;
    // An announcement joins only the takeover of its own sentence ("announced the acquisition of …").
    if (m.kind === 'announcement' && host.sentence !== m.sentence) continue;
    m.kind = 'acquisition';
    m.family = familyOf('acquisition');
    // As a toll joins its quake (analyzeTolls.ts): only a mention with neither date nor place follows its
    // antecedent when grouping; a deal's date is when it closes ("expected to close in 2027"), not the takeover's.
    delete m.date;
    delete m.place;
    m.verb = true;
    m.antecedent = host.index;
    m.antecedents = [host.index];
  }
}

/** The acquisition mention of `m`'s sentence, else the nearest before it, else the first after it. */
function nearestAcquisition(mentions: readonly MentionAnalysis[], m: MentionAnalysis): MentionAnalysis | undefined {
  let before: MentionAnalysis | undefined;
  let after: MentionAnalysis | undefined;
  for (const x of mentions) {
    if (x.kind !== 'acquisition' || x.support || x === m || x.antecedents) continue;
    if (x.sentence === m.sentence) return x;
    if (x.start < m.start) before = x;
    else after ??= x;
  }
  return before ?? after;
}
