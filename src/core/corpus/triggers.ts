/**
 * Event trigger words (French and English): the nouns and verbs that say something happened between
 * people at a time and place. Offsets here are UTF-16 (internal to corpus analysis).
 */
import { firstAtLeast } from './analyzeLookup';
import { WordPatterns } from './analyzeScan';
import { eventLexicon, newsFamily, newsWordPattern, type NewsKind } from './eventWords';

/** Diplomatic kinds, with their own context rules below. */
export type DiplomaticKind = 'call' | 'talks' | 'meeting' | 'summit' | 'visit';
/** What kind of event a trigger names. */
export type EventKind = DiplomaticKind | NewsKind;
/**
 * Kinds that can be the same event: a call is never an in-person meeting; talks, meetings, summits and
 * visits may be one; a trial and its verdict are one; any other news kind is its own family.
 */
export type EventFamily = string;

const DIPLOMATIC = new Set<string>(['call', 'talks', 'meeting', 'summit', 'visit']);

/** Whether a kind is one of the diplomatic kinds (anaphora and ordinals work on those). */
export function isDiplomatic(kind: EventKind): kind is DiplomaticKind {
  return DIPLOMATIC.has(kind);
}

export function familyOf(kind: EventKind): EventFamily {
  if (kind === 'call') return 'call';
  return isDiplomatic(kind) ? 'talks' : newsFamily(kind);
}

export interface TriggerMatch {
  start: number;
  end: number;
  text: string;
  kind: EventKind;
  /** A verb ("se sont réunis", "met") rather than a noun. */
  verb: boolean;
}

const L = '\\p{L}\\p{M}';
const B = `(?<![${L}])`; // word start
const E = `(?![${L}])`; // word end
const TALK_NOUNS = 'pourparlers|n[ée]gociations?|discussions?|consultations?|r[ée]unions?|rencontres?|entretiens?|[ée]changes?|conversations?';
const PHONE = `(?:t[ée]l[ée]phoniques?|(?:au|par) t[ée]l[ée]phone)`;

// Order matters: longer and more specific patterns first; a position taken by one is not matched again.
const PATTERNS: Array<{ re: RegExp; kind: EventKind | 'same' | 'news'; verb?: boolean }> = [
  // Calls
  {
    re: new RegExp(`${B}(?:appels?|entretiens?|[ée]changes?|conversations?|discussions?|consultations?)(?: (?:\\p{L}+ ){0,1})?${PHONE}${E}`, 'giu'),
    kind: 'call',
  },
  { re: new RegExp(`${B}(?:coup de (?:fil|t[ée]l[ée]phone))${E}`, 'giu'), kind: 'call' },
  {
    re: new RegExp(
      `${B}(?:s'|s’|se )?(?:entretenu(?:e|s|es)?|entretenir|entretiendront|entretiendraient|parl[ée](?:s|es)?|parler|parleront)(?: (?:\\p{L}+ ){0,2})?${PHONE}${E}`,
      'giu',
    ),
    kind: 'call',
    verb: true,
  },
  {
    re: new RegExp(
      `${B}(?:(?:tele)?phone (?:call|conversation|talks?)s?|call(?:s)? (?:with|between)|(?:spoke|talked|speak|talk|spoken)(?: \\p{L}+){0,2} (?:by|on the|over the) (?:tele)?phone)${E}`,
      'giu',
    ),
    kind: 'call',
  },
  // "l'appel entre les présidents", "un appel avec"
  { re: new RegExp(`${B}appels?(?= (?:entre|avec|du pr[ée]sident|de (?:\\p{Lu}|M\\.)))`, 'gu'), kind: 'call' },
  // Series and rounds
  { re: new RegExp(`${B}(?:s[ée]ries?|cycles?|tours?|sessions?) (?:de |d')(?:${TALK_NOUNS})${E}`, 'giu'), kind: 'talks' },
  { re: new RegExp(`${B}(?:rounds?|sessions?) of (?:talks|negotiations|discussions|meetings)${E}`, 'giu'), kind: 'talks' },
  { re: new RegExp(`${B}(?:cycles?|rounds?)${E}`, 'giu'), kind: 'same' },
  // Nouns
  { re: new RegExp(`${B}(?:pourparlers|n[ée]gociations?|discussions?|consultations?|talks|negotiations?|consultations)${E}`, 'giu'), kind: 'talks' },
  { re: new RegExp(`${B}(?:r[ée]unions?|rencontres?|entretiens?|meetings?|t[êe]te-[àa]-t[êe]te)${E}`, 'giu'), kind: 'meeting' },
  {
    re: new RegExp(
      `${B}(?:[ée]changes?)${E}(?! (?:de |d'|d’)(?:prisonniers|tirs|coups|feu|donn[ée]es|informations|lettres|courriers)| commerciaux| culturels)`,
      'giu',
    ),
    kind: 'talks',
  },
  { re: new RegExp(`${B}(?:sommets?|summits?)${E}`, 'giu'), kind: 'summit' },
  { re: new RegExp(`${B}(?:visites?|visits?)${E}`, 'giu'), kind: 'visit' },
  // Verbs
  {
    re: new RegExp(
      `${B}(?:(?:se |s'|s’)(?:sont |seront |[ée]taient |sera |serait |seraient |vont |va |doivent |devraient |devaient |pourraient )?)?(?:rencontr(?:er|[ée]s?|[ée]es?|ent|ons|eront|eraient|erait|era|aient|ait|a)|r[ée]uni(?:r|s|e|es|ront|raient|rait|ssent|ssaient)|retrouv[ée]s? face [àa] face)${E}`,
      'giu',
    ),
    kind: 'meeting',
    verb: true,
  },
  { re: new RegExp(`${B}(?:met|meet|meets|meeting with|sat down with)${E}`, 'giu'), kind: 'meeting', verb: true },
  // The news at large (eventWords.ts): the kind comes from the word.
  { re: newsWordPattern(false), kind: 'news' },
  { re: newsWordPattern(true), kind: 'news', verb: true },
];

/** Talks words that make a bare "round" or "cycle" a round of talks. */
const TALKS_AROUND = new RegExp(`${B}(?:${TALK_NOUNS}|talks|negotiations?|negotiators?|n[ée]gociateurs?|pourparlers)${E}`, 'iu');

// "entretien accordé au Figaro", "dans un entretien à la BBC": an interview, not a meeting.
const INTERVIEW =
  /^\s*(?:accord[ée]|exclusif|(?:à|au|avec) (?:la |le |l'|l’)?(?:journal|chaîne|radio|télévision|quotidien|hebdomadaire|magazine|\p{Lu}{2,}|\p{Lu}\p{L}+ (?:Post|Times|Journal)))/u;

/** Every trigger in `text`, in order, without overlaps. */
export function findTriggers(text: string): TriggerMatch[] {
  scanner ??= new WordPatterns(triggerPatterns());
  return triggersFrom(text, scanner.matchAll(text));
}

let scanner: WordPatterns | undefined;

/** The trigger patterns, in the order `triggersFrom` takes their matches. */
export function triggerPatterns(): RegExp[] {
  return PATTERNS.map((p) => p.re);
}

/** What follows the verb "frappe" and never the noun: its object, or when it struck. */
const FRAPPE_OBJECT =
  /^\s+(?:(?:à nouveau|encore|durement|violemment|de plein fouet)\s+)?(?:l['’]|le |la |les |un |une |plusieurs |cette |ces |ce |son |sa |ses |leurs? |lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\p{Lu})/u;

/** The triggers in `text`, in order, without overlaps, from the matches of each of `triggerPatterns()`. */
export function triggersFrom(text: string, matches: ReadonlyArray<readonly RegExpExecArray[]>): TriggerMatch[] {
  // Spans taken by earlier patterns, sorted and disjoint (so ends ascend too): an overlap test is a binary search.
  let takenStart: number[] = [];
  let takenEnd: number[] = [];
  const free = (s: number, e: number) => {
    const k = firstAtLeast(takenStart, e) - 1;
    return k < 0 || takenEnd[k] <= s;
  };
  const out: TriggerMatch[] = [];
  for (const [k, p] of PATTERNS.entries()) {
    // One pattern's matches never overlap one another: they only need testing against earlier patterns.
    const added: TriggerMatch[] = [];
    for (const m of matches[k]) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const word = m[0].toLowerCase();
      if (/^entretiens?$/.test(word) && INTERVIEW.test(text.slice(end, end + 40))) continue;
      // "en visite" is fine, but "visites guidées" and "rendez-vous" are not events of interest; "a call for" is not a call.
      if (/^(?:rencontre|réunion|reunion)s?$/.test(word) && /^\s*(?:sportive|de football|de rugby)/.test(text.slice(end, end + 20))) continue;
      // "round", "cycle" alone are events only with talks around them (not a boxing round, a news cycle).
      if (p.kind === 'same' && !TALKS_AROUND.test(text.slice(Math.max(0, start - 120), end + 120))) continue;
      const lexical = p.kind === 'news' ? eventLexicon().get(word) : undefined;
      let kind = p.kind === 'same' ? 'talks' : p.kind === 'news' ? lexical?.kind : p.kind;
      if (!kind) continue;
      // "fighting the flames", "battling the blaze": firefighting, no combat.
      if (kind === 'conflict' && FIREFIGHTING_AFTER.test(text.slice(end, end + 30))) continue;
      if (lexical?.verb && AGENT_FORM.test(word) && AGENT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (kind === 'fire') kind = fireReading(text, start, end, word);
      // "selon l'enquête", "selon le jugement": the inquiry or the judgment as who tells the sentence's facts.
      if ((kind === 'investigation' || (kind === 'verdict' && !lexical?.verb)) && investigationAsSource(text, start, end)) continue;
      if (!kind) continue;
      // "Un séisme frappe l'est du pays", "la crise frappe les ménages": the verb, what anything can do to a
      // place or people, not "une frappe" (a strike, an attack). The noun is followed by what it is, not by an object.
      if (kind === 'attack' && /^frappe(?:nt)?$/.test(word) && FRAPPE_OBJECT.test(text.slice(end, end + 30))) continue;
      added.push({ start, end, text: m[0], kind, verb: !!p.verb });
    }
    if (!added.length) continue;
    for (const t of added) out.push(t);
    [takenStart, takenEnd] = mergeSpans(takenStart, takenEnd, added);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What follows "fighting" when it is firefighting. */
const FIREFIGHTING_AFTER = /^\s+(?:the\s+|a\s+)?(?:flames|fires?|blazes?|wildfires?|bushfires?|forest fires?)(?![\p{L}])/iu;
/**
 * A verb's form that, after a determiner, names a person, not the act: "l'attaquant lyonnais" (a striker),
 * "les manifestants", "le gagnant", "l'ancien élu", "les élus locaux".
 */
const AGENT_FORM = /^(?:\p{L}+ants?|\p{L}+antes?|(?:ré)?élue?s?)$/u;
const AGENT_BEFORE =
  /(?<![\p{L}])(?:(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leurs?|nos|vos|notre|votre)\s+|l['’]|d['’])(?:(?:ancien|ancienne|anciens|anciennes|nouvel|nouveau|nouvelle|nouveaux|jeune|jeunes|premier|meilleur)\s+)?$/iu;
/** A determiner right before a noun ("le feu", "du sinistre", "d’un feu", "en feu" too: the house is on fire). */
const FR_DETERMINER_BEFORE = /(?<![\p{L}])(?:le|la|les|l['’]|du|des|au|aux|un|une|d['’]un|ce|cet|ces|son|sa|ses|leurs?|en)\s+$/iu;
/** What a fire word follows when it is no fire: a ceasefire, gunshots, a firearm, criticism, fireworks. */
const NOT_FIRE_BEFORE = /(?:(?:under|cease)[\s-]|cess\p{L}*[\s-]le[\s-]|(?:coups?|échanges?|tirs?) de\s+|armes? à\s+|sous (?:le|les)\s+)$/iu;
/** "opened fire", "ont ouvert le feu": shots (an attack). */
const SHOTS_BEFORE = /(?:(?:open|return)(?:ed|s|ing)?\s|(?:r?ouvr\p{L}*|r?ouvert|r?ouvre)\s+le\s+)$/iu;
/** What follows "feu(x)" when it is a light, a signal or a figure of speech. */
const NOT_FIRE_AFTER =
  /^(?:\s+(?:vert|verts|rouge|rouges|orange|tricolores?|follets?|croisés?|nourri|d['’]artifice|de (?:circulation|signalisation|camp|joie|paille|bengale|détresse|croisement|route|position|l['’]action|tout bois))(?![\p{L}]))/iu;
/** What follows the noun "sinistre" (a verb, a preposition, a pronoun, a stop), never the noun after the adjective. */
const SINISTRE_NOUN_AFTER =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:[sndl]['’]|qu['’]|(?:a|avait|aura|aurait|est|était|sera|serait|ne|qui|que|dont|de|du|des|en|dans|sur|près|à|au|aux|et|ou|fait|reste|semble|survenu|déclaré|provoqué|causé|parti)(?![\p{L}])))/iu;

/**
 * The kind of a fire word in its context: "fire" (or "feu", "sinistre" read as nouns), "attack" for shots
 * ("opened fire", "ouvert le feu"), undefined for no event ("under fire", "cessez-le-feu", "un feu rouge",
 * "un sinistre personnage").
 */
function fireReading(text: string, start: number, end: number, word: string): 'fire' | 'attack' | undefined {
  const isFeu = /^feux?$/.test(word);
  if (!/^(?:fires?|feux?|sinistres?)$/.test(word)) return 'fire';
  const before = text.slice(Math.max(0, start - 24), start);
  if (NOT_FIRE_BEFORE.test(before)) return undefined;
  if (SHOTS_BEFORE.test(before)) return 'attack';
  if (word.startsWith('fire')) return 'fire';
  if (!FR_DETERMINER_BEFORE.test(before)) return undefined;
  const after = text.slice(end, end + 30);
  if (isFeu) return NOT_FIRE_AFTER.test(after) ? undefined : 'fire';
  return SINISTRE_NOUN_AFTER.test(after) ? 'fire' : undefined;
}

/** "selon l’enquête", "d’après les premiers éléments de l’enquête", "according to the investigation". */
const SOURCE_BEFORE =
  /(?<![\p{L}])(?:selon|d['’]après|according to)(?:\s+(?!(?:qui|que|qu['’]|dont|a|ont|est|sont|avait|who|which|that|has|have|had|is|was)(?![\p{L}]))[^\s,.;:()]+){0,6}?\s*$/iu;
/** "l’enquête (préliminaire) a montré que…", "the inquiry found": a finding, told by the investigation. */
const FINDING_AFTER =
  /^(?:\s+[\p{L}-]+)?\s+(?:(?:a|avait|ont|has|had|have)\s+)?(?:montr|révél|établi|conclu|détermin|démontr|indiqu|found|finds|show|reveal|conclud|determin|establish|suggest)\p{L}*/iu;

/** An investigation named as the source of what the sentence says is no event of its own. */
function investigationAsSource(text: string, start: number, end: number): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || FINDING_AFTER.test(text.slice(end, end + 40));
}

/** The union of disjoint sorted spans (as start and end arrays) and disjoint sorted `added` spans. */
function mergeSpans(starts: number[], ends: number[], added: TriggerMatch[]): [number[], number[]] {
  const s: number[] = [];
  const e: number[] = [];
  let i = 0;
  let j = 0;
  while (i < starts.length || j < added.length) {
    if (j >= added.length || (i < starts.length && starts[i] < added[j].start)) {
      s.push(starts[i]);
      e.push(ends[i++]);
    } else {
      s.push(added[j].start);
      e.push(added[j++].end);
    }
  }
  return [s, e];
}

/** Ordinal words ("deuxième", "second", "1er") -> number. */
export const ORDINALS: Record<string, number> = {
  premier: 1,
  première: 1,
  premiers: 1,
  premières: 1,
  '1er': 1,
  '1re': 1,
  '1ère': 1,
  first: 1,
  initial: 1,
  initiale: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
  '2e': 2,
  '2ème': 2,
  '2nd': 2,
  troisième: 3,
  third: 3,
  '3e': 3,
  '3ème': 3,
  '3rd': 3,
  quatrième: 4,
  fourth: 4,
  '4e': 4,
  '4ème': 4,
  '4th': 4,
  cinquième: 5,
  fifth: 5,
  '5e': 5,
  '5ème': 5,
  '5th': 5,
  sixième: 6,
  sixth: 6,
  septième: 7,
  seventh: 7,
  huitième: 8,
  eighth: 8,
  neuvième: 9,
  ninth: 9,
  dixième: 10,
  tenth: 10,
};

const ORD_ALT = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** An ordinal directly before a trigger, allowing one adjective ("deuxième série", "second round"). */
export const ORDINAL_BEFORE = new RegExp(`${B}(${ORD_ALT})(?:s)?\\s+(?:[${L}-]+\\s+)?$`, 'iu');
/** An ordinal used as a noun ("après une première le 18 février", "the first on Monday"). */
export const ELLIPTIC_ORDINAL = new RegExp(
  `${B}(?:une|la|le|l'|l’|un|the|a) (${ORD_ALT})(?= *(?:[,;.]|le |la |l'|en |à |au |aux |on |in |at |depuis |since |\\d))`,
  'giu',
);

/** Words that cut a clause: what follows is about something else ("depuis le début de la guerre"). */
export const CLAUSE_CUT = new RegExp(
  `${B}(?:depuis|since|avant|before|après|apres|after|suite à|following|tandis que|while|alors que|lorsque|when)${E}|[;:()]`,
  'giu',
);

/** Markers of another, future or repeated event: such a mention is never merged with an earlier one by context. */
export const ANOTHER_EVENT = new RegExp(
  `${B}(?:à nouveau|de nouveau|nouvel(?:le)?s?|prochaine?s?|futur(?:e|s|es)?|again|next|another|future|upcoming|éventuel(?:le)?s?)${E}`,
  'iu',
);

/** A definite or demonstrative determiner right before a trigger: it may refer back to an event named earlier. */
export const DEFINITE_BEFORE = new RegExp(
  `${B}(?:les|la|le|l'|l’|ces|cette|ce|cet|leurs?|des|du|aux|au|the|this|these|those|their|that)\\s+(?:[${L}-]+\\s+){0,2}$`,
  'iu',
);

/** How an event of each kind is titled, French and English ("Séisme à Izmir, 3 mai 2025"). */
export const KIND_LABEL: Record<'fr' | 'en', Record<EventKind, string>> = {
  fr: {
    call: 'Appel téléphonique',
    talks: 'Pourparlers',
    meeting: 'Rencontre',
    summit: 'Sommet',
    visit: 'Visite',
    conflict: 'Combats',
    attack: 'Attaque',
    strike: 'Grève',
    protest: 'Manifestation',
    arrest: 'Arrestation',
    trial: 'Procès',
    verdict: 'Verdict',
    death: 'Décès',
    earthquake: 'Séisme',
    flood: 'Inondations',
    storm: 'Tempête',
    accident: 'Accident',
    fire: 'Incendie',
    explosion: 'Explosion',
    election: 'Élection',
    appointment: 'Nomination',
    resignation: 'Démission',
    agreement: 'Accord',
    sanction: 'Sanctions',
    acquisition: 'Rachat',
    announcement: 'Annonce',
    launch: 'Lancement',
    award: 'Récompense',
    sports: 'Résultat sportif',
    injury: 'Blessés',
    robbery: 'Vol',
    investigation: 'Enquête',
    escape: 'Évasion',
    outage: 'Panne',
  },
  en: {
    call: 'Phone call',
    talks: 'Talks',
    meeting: 'Meeting',
    summit: 'Summit',
    visit: 'Visit',
    conflict: 'Fighting',
    attack: 'Attack',
    strike: 'Strike',
    protest: 'Protest',
    arrest: 'Arrest',
    trial: 'Trial',
    verdict: 'Verdict',
    death: 'Death',
    earthquake: 'Earthquake',
    flood: 'Flood',
    storm: 'Storm',
    accident: 'Accident',
    fire: 'Fire',
    explosion: 'Explosion',
    election: 'Election',
    appointment: 'Appointment',
    resignation: 'Resignation',
    agreement: 'Agreement',
    sanction: 'Sanctions',
    acquisition: 'Acquisition',
    announcement: 'Announcement',
    launch: 'Launch',
    award: 'Award',
    sports: 'Sports result',
    injury: 'Injury',
    robbery: 'Robbery',
    investigation: 'Investigation',
    escape: 'Escape',
    outage: 'Outage',
  },
};
