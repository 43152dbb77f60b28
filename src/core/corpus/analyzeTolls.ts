/**
 * Tolls: a death or injury word that gives the toll of a quake, fire, crash or attack ("left 12 dead",
 * "at least 30 people were killed", "au moins 6 morts", "the death toll") is a mention of that event, never
 * an event of its own. A death that is the story itself ("X died on Monday", "la mort de X") has no
 * casualty count in its sentence and stays a death. Runs after attachFigures: the counts are on their
 * events by then (causeOf already sends a toll's count to its cause), and only their places are read here.
 */
import type { TextIndex } from '../text/offsets';
import type { MentionAnalysis } from './analysisTypes';
import { causeOf, TOLL_CAUSES } from './analyzeCounts';
import { sentenceAt, type SentenceRange } from './sentences';
import { NUMBER_WORDS, numberWordValue } from '../detect/numbers';

const CASUALTY_KINDS = new Set<string>(['death', 'injury']);
/** "death toll", "bilan des morts": the word names a toll even without a figure. */
const TOLL_AFTER = /^\s*tolls?(?![\p{L}])/iu;
const TOLL_BEFORE = /(?<![\p{L}])(?:bilan|toll)\s+(?:\p{L}+\s+){0,2}$/iu;
/** Number words from two up ("kills two", "a tué trois"): "one" and "un" are as often an article or a pronoun. */
const TWO_UP = NUMBER_WORDS.filter((w) => (numberWordValue(w) ?? 0) >= 2)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A figure of people right after the word ("killing at least 10", "injuring dozens", "a tué 12"); not an age or a time. */
const FIGURE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:at least|more than|about|nearly|almost|some|over|au moins|plus de|près de|environ)\s+)?(?:\d(?![\d,.]*\s*(?:-\s*)?(?:years?|months?|ans?|mois|am|pm|a\.m|p\.m|h\b|:|hours?|heures?|minutes?|days?|jours?))|dozens|hundreds|thousands|scores|des dizaines|des centaines|des milliers|(?:${TWO_UP})(?![\p{L}-]))`,
  'iu',
);
/**
 * A figure of people as the passive subject ("600 were killed", "10 people have been injured", "12 personnes ont
 * été tuées", "sept pompiers ont été légèrement blessés", "two passengers were seriously injured", "two firefighters
 * suffered minor injuries"): the figure in digits or words, one noun of who, an adverb or adjective of how badly.
 */
const FIGURE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?!(?:19|20)\d\d(?![\d,.]))\d[\d,. ]*|(?:${TWO_UP}))\s+(?:[\p{L}-]{3,}\s+)?(?:(?:were|are|have been|had been|have|has|had|ont été|sont|ont)\s+(?:\p{L}+(?:ment|ly)\s+)?|(?:suffered|sustained|received)\s+(?:(?:minor|serious|severe|critical|life-threatening)\s+)?)$`,
  'iu',
);
/** "the death of 15-year-old Alexis K.", "la mort de l’écrivain Paul V.": one named person's death, the story itself. */
const OF_SOMEONE = /^\s+(?:of|de|du|d['’])\s*(?:[\p{Ll}\d'’-]+\s+){0,3}\p{Lu}/u;
/** "Grigoris's killing", "the singer's death". */
const SOMEONES = /['’]s?\s+$/u;

/**
 * Makes each death or injury mention that gives a toll a mention of its cause: the cause named in its
 * sentence (the nearest), else the article's cause event (`causeOf`). It takes the cause's kind, refers back
 * to it (`antecedents`, as a supporting word does) and, marked a verb, never decides the event's kind or
 * title; its date goes to the cause when the cause has none, its place is dropped (see joinAsToll).
 */
export function joinTolls(text: string, idx: TextIndex, sentences: readonly SentenceRange[], mentions: MentionAnalysis[]): void {
  if (!mentions.some((m) => CASUALTY_KINDS.has(m.kind)) || !mentions.some((m) => TOLL_CAUSES.has(m.kind))) return;
  const u = (cp: number) => idx.toUtf16(cp);
  // Sentences that give a casualty figure ("12 dead", "30 people killed", "6 blessés"), wherever the count went.
  const tollSentences = new Set<number>();
  for (const m of mentions) for (const c of m.counts) if (c.noun === 'dead' || c.noun === 'injured') tollSentences.add(sentenceAt(sentences, u(c.start)));
  for (const m of mentions) {
    if (!CASUALTY_KINDS.has(m.kind) || m.support) continue;
    const s = u(m.start);
    const e = u(m.end);
    const before = text.slice(Math.max(sentences[m.sentence].start, s - 40), s);
    const after = text.slice(e, e + 24);
    const named = TOLL_AFTER.test(after) || TOLL_BEFORE.test(before) || FIGURE_AFTER.test(after) || FIGURE_BEFORE.test(before);
    if (!named && !tollSentences.has(m.sentence)) continue;
    // A figure elsewhere in the sentence ("70 people injured") does not make one person's death a toll.
    if (OF_SOMEONE.test(text.slice(e, e + 60)) || SOMEONES.test(text.slice(Math.max(0, s - 4), s))) continue;
    let host = causeInSentence(mentions, m) ?? causeOf(mentions, m);
    // causeOf may answer with a toll joined just before (it has its cause's kind now): the cause is its host.
    while (host.verb && host.antecedent !== undefined && host !== m) host = mentions[host.antecedent];
    if (host === m || CASUALTY_KINDS.has(host.kind)) continue;
    joinAsToll(m, host);
  }
}

/** The cause mention of `m`'s sentence nearest to it, if any. */
function causeInSentence(mentions: readonly MentionAnalysis[], m: MentionAnalysis): MentionAnalysis | undefined {
  let best: MentionAnalysis | undefined;
  for (const x of mentions) {
    if (x.sentence !== m.sentence || x.support || x.antecedents || !TOLL_CAUSES.has(x.kind)) continue;
    if (!best || Math.abs(x.start - m.start) < Math.abs(best.start - m.start)) best = x;
  }
  return best;
}

function joinAsToll(m: MentionAnalysis, host: MentionAnalysis): void {
  // Only a mention with neither date nor place follows its antecedent when grouping (group.ts). The date goes to
  // a cause that has none; a place does not: a cause with a place but no date is grouped apart from the article's
  // dated mention of it (group.ts), which split one quake in two.
  if (m.date && !host.date) host.date = m.date;
  delete m.date;
  delete m.place;
  m.kind = host.kind;
  m.family = host.family;
  m.verb = true;
  m.antecedents = [host.index];
  m.antecedent = host.index;
}
