/**
 * "Le bilan s'est alourdi à 11 morts, a annoncé la police", "…, ont annoncé les pompiers", "…, police
 * announced": an announcing verb set after what it reports, its subject closing the sentence, says who told
 * the event of its sentence. It is no announcement of its own (the Events tree listed "Annonce" beside each
 * crash) and joins that event as a supporting word does (analyzeSupport.ts). An announcement with its object
 * ("a annoncé qu'il ferait appel", "announced the acquisition") stays one.
 */
import type { TextIndex } from '../text/offsets';
import type { MentionAnalysis } from './analysisTypes';
import type { SentenceRange } from './sentences';

/** French inversion: ", a annoncé", ", ont annoncé", ", a-t-elle annoncé". */
const FR_INVERTED_BEFORE = /,\s*(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+$/iu;
/** What follows a French inverted verb: its subject, to the end of the sentence ("la police bavaroise."). */
const FR_SUBJECT_TO_END = /^\s+(?:mardi\s+|lundi\s+|mercredi\s+|jeudi\s+|vendredi\s+|samedi\s+|dimanche\s+)?(?:l['’]|le |la |les |\p{Lu})[^\d,;:«»"]{0,60}$/u;
/** English: ", police announced.", ", the company announced on Monday." */
const EN_SUBJECT_BEFORE = /,\s*(?:the\s+)?[\p{L}][\p{L}\p{M}'’ -]{1,40}\s+$/iu;
const EN_END_AFTER = /^\s*(?:on\s+\p{L}+\s*)?[.!?]?\s*$/iu;
const ANNOUNCED_EN = /^announced$/i;

/** Makes each announcing verb that only attributes its sentence's event a supporting mention of that event. */
export function joinReportingVerbs(text: string, idx: TextIndex, sentences: readonly SentenceRange[], mentions: MentionAnalysis[]): void {
  for (const m of mentions) {
    if (m.kind !== 'announcement' || m.support || !m.verb) continue;
    const sent = sentences[m.sentence];
    const s = idx.toUtf16(m.start);
    const e = idx.toUtf16(m.end);
    const before = text.slice(Math.max(sent.start, s - 60), s);
    const after = text.slice(e, sent.end).replace(/[.!?]\s*$/, '');
    const fr = FR_INVERTED_BEFORE.test(before) && FR_SUBJECT_TO_END.test(after);
    const en = ANNOUNCED_EN.test(m.text) && EN_SUBJECT_BEFORE.test(before) && EN_END_AFTER.test(after);
    if (!fr && !en) continue;
    const host = hostBefore(mentions, m);
    if (!host) continue;
    m.kind = host.kind;
    m.family = host.family;
    m.support = true;
    m.antecedent = host.index;
    m.antecedents = [host.index];
  }
}

/** The nearest earlier mention of the same sentence naming another kind of event. */
function hostBefore(mentions: readonly MentionAnalysis[], m: MentionAnalysis): MentionAnalysis | undefined {
  let best: MentionAnalysis | undefined;
  for (const x of mentions)
    if (x.sentence === m.sentence && x.start < m.start && !x.support && x.kind !== 'announcement' && (!best || x.start > best.start)) best = x;
  return best;
}
