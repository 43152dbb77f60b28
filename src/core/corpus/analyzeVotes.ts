/**
 * A victory at the polls: "a remporté le second tour avec 52 % des voix", "won the runoff", "sa défaite face
 * à…" in a sentence about an election or its votes tell of the election, not of a match. The sports words
 * ("remporter", "victoire", "défaite", "win", "defeat") take the election's kind there, and join it as its
 * other words do (their date and place go to it); in a sentence with no vote in it, in an article that does not open on an election, they stay a sports result.
 */
import type { MentionAnalysis } from './analysisTypes';
import type { SentenceRange } from './sentences';
import { familyOf } from './triggers';

/** The words of a vote that a match report does not use. */
const VOTE_WORDS =
  /(?<![\p{L}])(?:voix|suffrages?|scrutins?|électeurs?|électrices?|élections?|électora(?:l|le|ux|les)|urnes?|présidentielle|législatives|municipales|sénatoriales|régionales|candidate?s?|votes?|voters?|ballots?|polls?|elections?|electoral|presidential|parliamentary|runoff|referendum|référendum)(?![\p{L}])/iu;

/**
 * Makes each sports mention of a sentence about a vote, in an article that names an election, a mention of that
 * election; then, in an article that opens on an election ("Présidentielle au Portugal : …", "Victoire d'Ana
 * Ribeiro à la présidentielle"), every other one too (the loser's "défaite").
 */
export function joinVictoriesToVotes(text: string, sentences: readonly SentenceRange[], mentions: MentionAnalysis[]): void {
  const election = mentions.find((m) => m.kind === 'election' && !m.support);
  if (!election) return;
  for (const m of mentions) {
    const sent = sentences[m.sentence];
    if (m.kind === 'sports' && VOTE_WORDS.test(text.slice(sent.start, sent.end))) joinElection(mentions, m, election);
  }
  if (mentions.find((m) => !m.support)?.kind !== 'election') return;
  for (const m of mentions) if (m.kind === 'sports') joinElection(mentions, m, election);
}

function joinElection(mentions: readonly MentionAnalysis[], m: MentionAnalysis, election: MentionAnalysis): void {
  const host = nearestElection(mentions, m) ?? election;
  m.kind = 'election';
  m.family = familyOf('election');
  if (m.support) return;
  // As a toll joins its quake (analyzeTolls.ts): only a mention with neither date nor place follows its
  // antecedent when grouping, so its date and place go to an election that has none.
  if (m.date && !host.date) host.date = m.date;
  if (m.place && !host.place) host.place = m.place;
  delete m.date;
  delete m.place;
  m.verb = true;
  m.antecedent = host.index;
  m.antecedents = [host.index];
}

/** The election mention nearest to `m` in its sentence, else the nearest before it. */
function nearestElection(mentions: readonly MentionAnalysis[], m: MentionAnalysis): MentionAnalysis | undefined {
  let best: MentionAnalysis | undefined;
  for (const x of mentions) {
    if (x.kind !== 'election' || x.support || x === m) continue;
    if (x.sentence === m.sentence) return x;
    if (x.start < m.start) best = x;
  }
  return best;
}
