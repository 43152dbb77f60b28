/**
 * The words around a claim: who gives a figure ("selon l'agence TASS", "according to police", "…, police
 * said"), what a count counts when articles use different words for the dead and the injured, and sentences
 * that go on about an event without naming it ("Elles ont duré…", "They left…").
 */
import { SNIPPET_CHARS } from './analyzeText';
import { SPEAKER_VERBS } from '../lexicon/speakerVerbs';

/** A sentence opening on a pronoun or a bare reference to an event: it goes on about the event named before. */
export const PRONOUN_SUBJECT =
  /^(?:elles|ils|elle|celles-ci|ceux-ci|they|it|these|the (?:toll|talks|meeting|quake|earthquake|fire|blaze|crash|attack|storm|flood))(?![\p{L}])/iu;
// The source runs to the next punctuation, eight words at most ("selon le ministère de l'Intérieur,", "selon
// l'agence turque de gestion des catastrophes (AFAD)"); `sourceName` cuts it where its circumstance begins.
const ATTRIBUTION =
  /(?<![\p{L}])(?:[Ss]elon|[Dd]'après|[Dd]’après|[Aa]ccording to|[Cc]iting|[Cc]ité(?:e|s|es)? par)\s+((?:[\p{L}\p{M}'’-]+|\d+)(?:[ \u00a0](?:[\p{L}\p{M}'’-]+)){0,7})/u;
/**
 * A reporting verb after a comma, then its subject: ", a indiqué l'agence russe Ria Novosti", ", rapporte
 * Interfax", ", said the health ministry". Group 1: the verb, group 2: up to five words after it.
 */
const VERB_THEN_SOURCE = /,\s*(?:(?:a|ont|avait|avaient)\s+)?(\p{L}+)\s+((?:[\p{L}\p{M}'’-]+)(?:[ \u00a0][\p{L}\p{M}'’-]+){0,4})/gu;
/** "…, police said", "…, the TASS news agency reported": the source before an English reporting verb. */
const SOURCE_THEN_VERB =
  /,\s*((?:the )?[\p{L}][\p{L}\p{M}'’-]*(?:\s+[\p{L}][\p{L}\p{M}'’-]*){0,2}) (?:said|says|reported|reports|told|added|announced|confirmed|stated)(?![\p{L}])/u;
/** Verbs that name a source of a report but are no speech verb of a quote ("the BBC reported"). */
const REPORTED = new Set(['communiqué', 'reported', 'reports']);
/** Words that end a source's name: what follows is the circumstance of the report, not who gives it. */
const SOURCE_ENDS = new Set(
  `qui que qu dans lors après avant à au aux en sur pour ce cette ces mardi lundi mercredi jeudi vendredi samedi
dimanche hier who which that on in at to after before citing citant monday tuesday wednesday thursday friday saturday sunday
yesterday late early`.split(/\s+/),
);

/** A source's name cut where its circumstance begins ("le Kremlin dans un communiqué" -> "le Kremlin"). */
function sourceName(words: string): string {
  const kept: string[] = [];
  for (const w of words.split(/[ \u00a0]+/)) {
    if (kept.length && SOURCE_ENDS.has(w.toLowerCase().replace(/['’]$/, ''))) break;
    kept.push(w);
  }
  // A name cut short ends on no linking word: "l'agence de gestion des" is missing its noun, which a longer
  // phrase ran past; what is left names the source less precisely but not wrongly.
  while (kept.length > 1 && DANGLING.test(kept[kept.length - 1])) kept.pop();
  return kept
    .join(' ')
    .replace(/[\s,.;:]+$/, '')
    .trim();
}
/**
 * "a-t-on appris auprès des pompiers", "apprend-on auprès de la préfecture", "learned from police": who the
 * figure was learnt from. Group 1: the linking word ("des", "du", "de la"…), group 2: up to six words.
 */
const LEARNT_FROM =
  /(?:appris|apprend-on|a-t-on appris|indique-t-on|précise-t-on|learned|learnt)\s+(?:auprès\s+)?(des|du|de\s+la|de\s+l['’]|de|from)\s+((?:[\p{L}\p{M}'’-]+)(?:[ \u00a0][\p{L}\p{M}'’-]+){0,5})/iu;
/** The article a linking word holds ("des pompiers" is "les pompiers"). */
const ARTICLE_OF: Record<string, string> = { des: 'les ', du: 'le ', 'de la': 'la ', "de l'": "l'", 'de l’': 'l’' };
/** Who was told, between a reporting verb and its subject: "a indiqué à l'AFP la préfecture", "told reporters". */
const RECIPIENT = /^(?:à|au|aux)\s+(?:l['’][\p{L}-]+|la presse|la télévision|[\p{Lu}][\p{L}-]*)\s+/u;
/**
 * "un dernier bilan de la préfecture", "a preliminary toll from the fire service": the body that gives the toll
 * is the source, not the toll itself. A toll with no body ("un bilan officiel") stays as it is.
 */
const TOLL_OF =
  /^(?:un|une|le|la|l['’]|a|an|the)\s*(?:(?:dernier|dernière|nouveau|nouvel|premier|première|précédent|latest|new|first|preliminary|provisional|official)\s+)?(?:bilan|décompte|toll|count)\s+(?:(?:provisoire|officiel|communiqué|fourni|établi|publié|released|issued|given)\s+){0,2}(?:par\s+|by\s+|from\s+|of\s+)?(des|du|de\s+la|de\s+l['’]|de|d['’])?\s*(?=\S)/iu;

/** `source` without the toll it is named through ("un bilan de la préfecture" -> "la préfecture"). */
function bodyOfToll(source: string): string {
  const m = TOLL_OF.exec(source);
  if (!m || m[0].length >= source.length) return source;
  const rest = source.slice(m[0].length);
  if (!m[1] && /^(?:provisoire|officiel|official|provisional)$/i.test(rest)) return source;
  const article = m[1] ? (ARTICLE_OF[m[1].toLowerCase().replace(/\s+/, ' ')] ?? '') : '';
  return `${article}${rest}`;
}

/** Words a source's name cannot end on. */
const DANGLING = /^(?:de|des|du|d['’]|la|le|les|l['’]|et|of|the|and|for|a|an)$/i;

/**
 * Who a sentence attributes its figures to: "selon l'agence TASS" -> "l'agence TASS", "…, a rapporté l'agence
 * russe Ria Novosti" -> "l'agence russe Ria Novosti", "…, police said" -> "police"; undefined when it names no
 * source.
 */
export function attributionIn(sentence: string): string | undefined {
  const m = ATTRIBUTION.exec(sentence);
  if (m) return bodyOfToll(sourceName(m[1]));
  const learnt = LEARNT_FROM.exec(sentence);
  if (learnt) return sourceName(`${ARTICLE_OF[learnt[1].toLowerCase()] ?? ''}${learnt[2]}`);
  VERB_THEN_SOURCE.lastIndex = 0;
  for (let v = VERB_THEN_SOURCE.exec(sentence); v; v = VERB_THEN_SOURCE.exec(sentence)) {
    const verb = v[1].toLowerCase();
    if (!SPEAKER_VERBS.has(verb) && !REPORTED.has(verb)) continue;
    const name = sourceName(v[2].replace(RECIPIENT, ''));
    // A source is a noun phrase ("l'agence TASS", "le Kremlin", "Interfax"), not a clause ("que les…").
    if (/^(?:l['’]|le |la |les |the |[\p{Lu}])/u.test(name)) return name;
  }
  const after = SOURCE_THEN_VERB.exec(sentence);
  if (after) return sourceName(after[1]);
  // "The operator said 18 people had died", "La police a fait état de 21 morts": the subject who reports it.
  const subject = SUBJECT_REPORTS.exec(sentence);
  return subject && !PRONOUN.test(subject[1]) ? sourceName(subject[1]) : undefined;
}

/**
 * Who a mention's snippet attributes its figures to. A long sentence's snippet is cut mid-word
 * (`SNIPPET_CHARS`): its last word is dropped, so that "…appris auprès du parquet" cut to "…du pa" names "le"
 * at worst, never "le pa".
 */
export function attributionInSnippet(snippet: string): string | undefined {
  const cut = snippet.length >= SNIPPET_CHARS ? snippet.slice(0, Math.max(0, snippet.lastIndexOf(' '))) : snippet;
  return attributionIn(cut);
}

/**
 * A sentence opening on who reports its figures: "The regional operator said…", "Police reported…", "La police
 * italienne a fait état de…", "L'opérateur a indiqué…". Group 1: the subject, four words at most.
 */
const SUBJECT_REPORTS =
  /^\s*((?:[Tt]he |[Ll]['’]|[Ll]e |[Ll]a |[Ll]es )?\p{L}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{L}[\p{L}\p{M}'’-]*){0,3})\s+(?:said|says|reported|announced|confirmed|stated|estimated|(?:a|ont)\s+(?:indiqué|annoncé|déclaré|affirmé|précisé|rapporté|confirmé|fait état|estimé|recensé|dénombré))(?![\p{L}])/u;
/** Subjects that name nobody: the source is in an earlier sentence. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|il|elle|ils|elles|on|nous|vous|je|ce|cela)$/iu;

// Words for the dead and the injured, French and English: "30 morts", "30 tués", "30 people killed" and
// "30 dead" are one claim, compared across articles whatever word each uses.
const DEAD = new Set(['mort', 'tue', 'tuee', 'deces', 'dead', 'killed', 'death', 'fatalitie', 'fatality', 'victime', 'victim']);
const INJURED = new Set(['blesse', 'blessee', 'injured', 'wounded', 'injurie', 'injury']);
// The missing, the evacuated and the homeless are tolls of their own, never compared with the dead.
const MISSING = new Set(['disparu', 'disparue', 'missing']);
const EVACUATED = new Set([
  'evacue',
  'evacuee',
  'evacuated',
  'evacuation',
  'sinistre',
  'sinistree',
  'sans-abri',
  'homeless',
  'displaced',
  'deplace',
  'deplacee',
]);
// Those sent against a disaster, counted under one name each whatever the article calls them ("500
// sapeurs-pompiers" and "plus de 800 pompiers" are one claim): a figure outlets often disagree on.
const FIREFIGHTERS = new Set(['pompier', 'sapeur-pompier', 'sapeurs-pompier', 'firefighter', 'fireman', 'firemen']);
const RESCUERS = new Set(['secouriste', 'sauveteur', 'rescuer', 'rescue-worker']);
const PEOPLE = new Set([
  'personne',
  'people',
  'person',
  'habitant',
  'resident',
  'civil',
  'civilian',
  'passager',
  'passenger',
  'enfant',
  'children',
  'worker',
  'ouvrier',
  'soldat',
  'soldier',
  'policier',
  'officer',
]);
const AFTER_PEOPLE =
  /^\s*(?:(?:were|have been|had been|have|has|had|ont été|sont|ont|were reported|are|remain|restent|étaient)\s+)?(?:(?:toujours|still)\s+)?(?:\p{L}+(?:ment|ly)\s+)?(?:port[ée]e?s\s+)?(?:(?:suffered|sustained)\s+(?:(?:minor|serious|severe|critical|life-threatening)\s+)?)?(killed|dead|died|tu[ée]e?s|mort(?:e?s)?|p[ée]ri|injured|injuries|wounded|wounds|hurt|burns|bless[ée]e?s|disparu(?:e?s)?|missing|[ée]vacu[ée]e?s|evacuated|relog[ée]e?s)(?![\p{L}])/iu;

/** "250 personnes à bord", "350 passengers on board", "aboard": the people a vehicle carried. */
const ABOARD_AFTER = /^\s*(?:(?:étaient|were|was)\s+)?(?:à (?:son |leur )?bord|on ?board|aboard)(?![\p{L}])/iu;
/** "le train transportait 250 personnes", "was carrying 250 people". */
const CARRYING_BEFORE = /(?<![\p{L}])(?:transport\p{L}*|carr(?:ying|ied|ies|y))\s+$/iu;

/** A verb right before a count of people that makes them the dead or the injured ("killed 80 people", "a tué 12 personnes"). */
const KILLED_BEFORE = /(?<![\p{L}])(?:killed|killing|kills|kill|tué|tuant|coûté la vie à|claimed the lives of)\s+$/iu;
const INJURED_BEFORE = /(?<![\p{L}])(?:injured|injuring|wounded|wounding|blessé|blessant)\s+$/iu;

/** The casualty a participle after a count of people names ("blessés" -> "injured"). */
function casualtyOf(word: string): string {
  return /^(?:injur|wound|hurt|burn|bless)/i.test(word)
    ? 'injured'
    : /^(?:disparu|missing)/i.test(word)
      ? 'missing'
      : /vacu|relog/i.test(word)
        ? 'evacuated'
        : 'dead';
}

/**
 * The folded noun of a count, with the dead and the injured under one name each ("people killed" -> "dead",
 * "killed 80 people" -> "dead"). `after` and `before` are the words right after and right before the count
 * (the count's own qualifier, "at least", is part of it).
 */
export function casualtyNoun(noun: string, after: string, before = ''): string {
  if (DEAD.has(noun)) return 'dead';
  // "sept pompiers ont été blessés": firefighters among the injured, neither the firefighters sent nor the injured all told.
  if (FIREFIGHTERS.has(noun) || RESCUERS.has(noun)) {
    const hurt = AFTER_PEOPLE.exec(after);
    return `${FIREFIGHTERS.has(noun) ? 'firefighters' : 'rescuers'}${hurt ? ` ${casualtyOf(hurt[1])}` : ''}`;
  }
  if (INJURED.has(noun)) return 'injured';
  if (MISSING.has(noun)) return 'missing';
  if (EVACUATED.has(noun)) return 'evacuated';
  if (PEOPLE.has(noun)) {
    const m = AFTER_PEOPLE.exec(after);
    if (m) return casualtyOf(m[1]);
    if (KILLED_BEFORE.test(before)) return 'dead';
    if (INJURED_BEFORE.test(before)) return 'injured';
    // The people on board: counted apart, never set against the dead (an accident's passengers all count).
    if (/^passeng|^passag/.test(noun) || ABOARD_AFTER.test(after) || CARRYING_BEFORE.test(before)) return 'aboard';
  }
  return noun;
}
