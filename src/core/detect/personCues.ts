/**
 * Evidence in a name's own sentence that an unknown capitalised word (or two or three) names a person, when
 * no given name, title, role or speech verb says so: what only people do right after it ("Varga was born",
 * "Hollis later married", "Okafor could not"), and what only people have after an English possessive
 * ("Varga's widow", "Okafor's own", "Lindqvist's novel"). Written by us from how English and French
 * sentences speak of people, not from any corpus; organisations and places that do these things too
 * ("the Rangers won") are kept out by the caller (after a determiner or a preposition, a place's name).
 */
import { isFirstName } from '../lexicon/firstNames';
import { PERSON_ROLE_WORDS } from '../lexicon/roles';
import { isLetterUnit, isUpperAt } from './chars';
import { isFirstNameToken, type Token } from './nameTokens';
import { LowerWordMap, WordSignatures } from './wordSignature';

/** Role words that are also common family names ("Stephen King", "John Major"): a name alone may be one. */
const COMMON_SURNAME_ROLES: ReadonlySet<string> = new Set([
  'king',
  'bishop',
  'major',
  'judge',
  'marshal',
  'pope',
  'prince',
  'dean',
  'chancellor',
  'sheriff',
  'general',
  'private',
  'baron',
  'duke',
  'constable',
]);

/** Adverbs that may stand between a subject and its verb ("Varga later moved", "Okafor also became"). */
const ADVERBS: ReadonlySet<string> = new Set(
  'also then later eventually finally soon never first subsequently again still initially once quickly briefly himself herself soon often later successfully reportedly famously allegedly however now'.split(
    ' ',
  ),
);

/**
 * Finite verbs whose subject is, in running text, nearly always a person: life events, mind and speech,
 * study and career. Verbs that organisations do as often (announced, acquired, opened, reported) are left out.
 */
const PERSON_VERBS: ReadonlySet<string> = new Set(
  `died dies married marries retired retires resigned resigns graduated graduates studied studies starred stars sang sings
  composed painted recorded grew lived lives worked spent decided decides believed believes admitted admits recalled recalls
  denied refused tried hoped wanted wants learned learnt attended attends enrolled emigrated immigrated converted fled escaped
  thought thinks knew knows felt feels saw heard realised realized remembered wrote writes began started finished returned
  returns moved moves joined joins became becomes served serves accepted planned pulled sold pooled pinpoints broke sat pitched
  scored played plays coached coaches trained trains fought divorced proposed testified confessed pleaded apologised apologized
  vowed smiled laughed cried wept agreed appeared knocked took got tells calls claims pointed testifies picked admired praised
  slept noticed
  naquit mourut épousa naît meurt avoue avoua reconnaît reconnut démissionne démissionna décède décéda`
    .split(/\s+/)
    .filter(Boolean),
);

/** Auxiliaries and modals after which a participle of PERSON_PARTICIPLES (or, off a sentence start, anything) follows. */
const AUXILIARIES: ReadonlySet<string> = new Set('was is has had could would did will est a fut avait'.split(' '));
const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'did']);

/** What follows "was" / "est" / "a" when a person is the subject: born, elected, married, buried. */
const PERSON_PARTICIPLES: ReadonlySet<string> = new Set(
  `born raised educated elected re-elected appointed named knighted married buried baptized baptised executed murdered assassinated
  arrested convicted sentenced jailed imprisoned exiled inducted drafted awarded nominated promoted selected traded voiced
  influenced exposed mesmerized mesmerised rated known nicknamed survived criticized criticised injured wounded killed hired fired
  kidnapped ordained crowned widowed orphaned divorced
  né née décédé décédée mort morte élu élue nommé nommée marié mariée inhumé inhumée épousé condamné condamnée arrêté arrêtée
  poursuivi poursuivie fusillé fusillée assassiné assassinée inculpé inculpée incarcéré incarcérée`
    .split(/\s+/)
    .filter(Boolean),
);

/** After "Name's": a relative, a life, a body, a work of one's own. */
const PERSON_POSSESSIONS: ReadonlySet<string> = new Set(
  `husband wife son daughter father mother parents brother sister family children child widow widower boyfriend girlfriend
  ex-boyfriend ex-girlfriend ex-wife ex-husband fiancé fiancée grandfather grandmother grandson granddaughter uncle aunt nephew niece
  cousin stepfather stepmother father-in-law mother-in-law son-in-law daughter-in-law friend
  life death birth birthday funeral grave burial career retirement childhood youth biography memoirs autobiography own behalf
  body health illness face voice hand hands mind heart wishes pleas lawyer lawyers attorney
  house bedroom apartment windpipe jaw chin nose knee knees ankle shoulder skull neck
  poem poems novel novels play plays paintings painting sculptures symphony opera memoir diary diaries letters
  patron mentor teacher pupil student successor predecessor nickname`
    .split(/\s+/)
    .filter(Boolean),
);

/** Copulas after which "a singer", "the son of …", "un ancien ministre" says what the subject is. */
const COPULAS: ReadonlySet<string> = new Set('was is became becomes remains remained est était fut devint reste'.split(' '));
const ARTICLES: ReadonlySet<string> = new Set('a an the un une le la'.split(' '));
/** Words that may follow a noun that ends its phrase: "a member of", "le fils de", "a singer and". */
const PHRASE_LINKS: ReadonlySet<string> = new Set('of for in on at with and who from to de du des à au aux qui et'.split(' '));
const isLowerAt = (text: string, i: number): boolean => {
  // An ASCII unit is read as a number: the one-unit string and its uppercase were most of this test's time.
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return isLetterUnit(text, i) && text[i] !== text[i].toUpperCase();
};

/** Nouns that only a person is: roles, occupations, relatives, and the words of PERSON_NOUNS. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_ROLE_WORDS,
  ...`member player star man woman boy girl native citizen resident graduate alumnus veteran fan friend son daughter wife husband
  brother sister father mother widow nephew niece cousin grandson granddaughter membre joueur homme femme fils fille frère sœur
  soeur père mère épouse mari veuve neveu nièce cousin ancien ancienne`
    .split(/\s+/)
    .filter(Boolean),
]);

/**
 * Nouns of people that are capitalised in lists, headings and credits ("Producer, Director, Actor",
 * "Researchers announced") and name no one alone: the role and occupation words, and a few more that
 * announce no name before it. Title words that are common family names ("King", "Bishop", "Major") are left out.
 */
const PERSON_NOUNS_ALONE: ReadonlySet<string> = new Set(
  [
    ...PERSON_ROLE_WORDS,
    ...`producer model agent researcher developer manager dancer musician artist author student teacher doctor nurse farmer worker owner
    scholar critic fan fans resident citizen junior senior freshman sophomore rookie veteran people person`.split(/\s+/),
  ].filter((w) => w && !COMMON_SURNAME_ROLES.has(w)),
);

const PERSON_NOUN_SIGNATURES = new WordSignatures([...PERSON_NOUNS_ALONE].flatMap((w) => [w, `${w}s`]));

/**
 * True when a run of capitalised words ends in a noun of people and holds no given name ("Actor",
 * "Researchers", "Business Developer"): a role written with a capital, not a name. `words` are the run's words.
 */
export function personNounAlone(words: readonly Token[]): boolean {
  const lastWord = words[words.length - 1].text;
  // Most names are turned down by length, first and last letter, without a lowercase copy.
  if (!PERSON_NOUN_SIGNATURES.mayHold(lastWord, 0, lastWord.length)) return false;
  const last = lastWord.toLowerCase();
  const noun = PERSON_NOUNS_ALONE.has(last) || (last.endsWith('s') && PERSON_NOUNS_ALONE.has(last.slice(0, -1)));
  return noun && words.every((w) => !isFirstNameToken(w));
}

/** Nouns in -ly that are no adverb ("the Varga family was"). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'monopoly', 'anomaly', 'homily', 'butterfly', 'melancholy']);

/** An adverb of ADVERBS, or any lowercase English adverb in -ly of six letters or more ("widely", "greatly"). */
const isAdverb = (w: string): boolean =>
  ADVERBS.has(w) || (w.length > 5 && w.charCodeAt(w.length - 1) === 121 && w.charCodeAt(w.length - 2) === 108 && !LY_NOUNS.has(w));

/**
 * The word after the adverb `w` that ends at `e` ("later moved", "however, refused"), or `w` itself when it
 * is no adverb or nothing follows it.
 */
function pastAdverb(text: string, w: string, e: number): [string, number] {
  if (!isAdverb(w)) return [w, e];
  if (text.charCodeAt(e) === 32) return wordAt(text, e + 1);
  return text.charCodeAt(e) === 44 && text.charCodeAt(e + 1) === 32 ? wordAt(text, e + 2) : [w, e];
}

/** The end of the word at `i` (letters, inner hyphens and apostrophes); `i` when none starts there. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isLetterUnit(text, j) || ((text.charCodeAt(j) === 45 || text.charCodeAt(j) === 39) && isLetterUnit(text, j + 1) && j > i))) j++;
  return j;
}

/** The word at `i` and where it ends; '' when none starts there. */
function wordAt(text: string, i: number): [string, number] {
  const j = wordEnd(text, i);
  return [text.slice(i, j), j];
}

/** Every word that may follow a name as the first word of a verb or predicate cue. */
const FIRST_WORDS = new WordSignatures([...ADVERBS, ...PERSON_VERBS, ...AUXILIARIES, ...COPULAS]);

/**
 * False when the word after a name at `end` (after one space) can start no cue of `personVerbAfter` or
 * `personPredicateAfter`: most words after a name are turned down without being made into a string.
 */
export function mayStartPersonCue(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const e = wordEnd(text, end + 1);
  // An adverb in -ly is not listed: its last two letters let it through.
  return FIRST_WORDS.mayHold(text, end + 1, e) || (text.charCodeAt(e - 1) === 121 && text.charCodeAt(e - 2) === 108);
}

/**
 * True when what follows a name at `end` is something only a person does: a verb of PERSON_VERBS, an
 * auxiliary with a participle of PERSON_PARTICIPLES ("was born", "a été élu"), or, off a sentence start,
 * a modal ("Okafor could not"), each after at most one adverb.
 */
export function personVerbAfter(text: string, end: number, sentenceStart: boolean): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const [w, e] = pastAdverb(text, ...wordAt(text, end + 1));
  if (PERSON_VERBS.has(w)) return true;
  if (!AUXILIARIES.has(w)) return false;
  if (!sentenceStart && MODALS.has(w)) return true;
  if (text.charCodeAt(e) !== 32) return false;
  const [p, pe] = pastAdverb(text, ...wordAt(text, e + 1));
  // "a été élu", "has been appointed"
  if ((p === 'été' || p === 'been') && text.charCodeAt(pe) === 32) return PERSON_PARTICIPLES.has(wordAt(text, pe + 1)[0]);
  return PERSON_PARTICIPLES.has(p);
}

/**
 * True when a copula right after the name at `end` says what only a person is: "was a member of",
 * "is also a regular commentator", "became the team's captain", "est un ancien ministre" (the noun within
 * the three words after the article); or when the clause goes on, within four words, to "as" and such a
 * noun phrase ("has also performed as a tenor", "later worked as an engineer").
 */
export function personPredicateAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let [w, e] = wordAt(text, end + 1);
  if (COPULAS.has(w)) return text.charCodeAt(e) === 32 && personNounPhraseAt(text, e + 1);
  for (let k = 0; k < 4 && text.charCodeAt(e) === 32 && isLowerAt(text, e + 1); k++) {
    [w, e] = wordAt(text, e + 1);
    if (w === 'as') return text.charCodeAt(e) === 32 && personNounPhraseAt(text, e + 1);
  }
  return false;
}

/** "a member of", "the team's captain", "un ancien ministre": an article, then a noun of PERSON_NOUNS within three words, at `i`. */
function personNounPhraseAt(text: string, i: number): boolean {
  let [w, e] = pastAdverb(text, ...wordAt(text, i));
  if (!ARTICLES.has(w)) return false;
  for (let k = 0; k < 3 && text.charCodeAt(e) === 32; k++) {
    [w, e] = wordAt(text, e + 1);
    // "a member of", "a singer.", but not "an official holiday": the noun ends its phrase.
    if (PERSON_NOUNS.has(w)) return text.charCodeAt(e) !== 32 || !isLowerAt(text, e + 1) || PHRASE_LINKS.has(wordAt(text, e + 1)[0]);
    // "the team's captain": the possessive ends the word.
    if ((text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) && text.charCodeAt(e + 1) === 115) e += 2;
  }
  return false;
}

/** Words after "Name's" that make it a shop's or a firm's name rather than a person's. */
const NOT_OWNED: ReadonlySet<string> = new Set(
  'and or in on at of to was is were are became becomes has had been store stores shop shops department restaurant chain brand'.split(' '),
);

/**
 * What an English possessive at `end` ("'s", "’s") owns: 'person' when a word of PERSON_POSSESSIONS
 * follows, perhaps after one adjective ("Varga's widow", "Okafor's second husband": only a person has
 * them, even after a preposition); 'any' for another noun phrase ("Varga's army"), unless the possessive
 * is a shop's or a firm's name ("Dillard's was added", "Macy's and", "Ivey's store"); else undefined.
 */
export function possessionAfter(text: string, end: number): 'person' | 'any' | undefined {
  const q = text.charCodeAt(end);
  if ((q !== 39 && q !== 0x2019) || text.charCodeAt(end + 1) !== 115 || text.charCodeAt(end + 2) !== 32) return undefined;
  const [w, e] = wordAt(text, end + 3);
  if (PERSON_POSSESSIONS.has(w)) return 'person';
  if (!w || w.charCodeAt(0) < 97 || w.charCodeAt(0) > 122) return undefined;
  if (text.charCodeAt(e) === 32 && PERSON_POSSESSIONS.has(wordAt(text, e + 1)[0])) return 'person';
  return NOT_OWNED.has(w) ? undefined : 'any';
}

/** "(Okafor 1987)", "(Okafor, 1987)": an author cited with a year in parentheses. */
const CITATION_AFTER = /^,? (?:1[5-9]|20)\d\d[a-z]?[);]/;
/** True when the name at [`start`, `end`) opens a parenthesis and a year closes the citation. */
export function citedAuthor(text: string, start: number, end: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 40 && CITATION_AFTER.test(text.slice(end, end + 8));
}

/** Words after a lone given name that go on with a place or a thing ("Harrison at", "Hiram and the town", "Fares are"). */
const PLACE_OR_THING_NEXT: ReadonlySet<string> = new Set('and or of in on at to for with by from into than as the a an before after are were'.split(' '));

/**
 * True when what follows a lone given name of the broad table at `end` goes on as a person's does: a
 * possessive that owns something, a comma or a full stop, a capitalised word (a family name that is also a
 * title word: "Damian King"), or a lowercase word that is no preposition, no coordination, no plural verb and
 * no noun of a thing ("Hayley gets", not "Jazz band").
 * Such names are often places, brands or words too ("left Harrison at 5", "Orlando before", "Fares are paid").
 */
export function rareGivenNameGoesOn(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // The end of a clause or a sentence: nothing there speaks against a person.
  if (c === 44 || c === 46) return true;
  // A possessive that owns something ("Hayley's ex-boyfriend"), not a shop's name ("Macy's in 2006", "Lua's, and").
  if (c === 39 || c === 0x2019) return possessionAfter(text, end) !== undefined || (text.charCodeAt(end + 2) === 32 && isUpperAt(text, end + 3));
  if (c !== 32) return false;
  if (isUpperAt(text, end + 1)) return true;
  const [w, e] = wordAt(text, end + 1);
  // "Ludwig the Bold": an epithet.
  if (w === 'the') return isUpperAt(text, e + 1);
  // "a driving Jazz band": a noun of a thing after the word makes it the thing's name.
  return w !== '' && isLowerAt(text, end + 1) && !PLACE_OR_THING_NEXT.has(w) && !THING_NOUNS.has(w);
}

/** Words after a name that show it is no subject of a verb: "X and Y", "X of Z", "X in 1990". */
const NO_VERB_AFTER: ReadonlySet<string> = new Set('and or nor but of in on at to for with by from into than as the a an'.split(' '));
/** The pronouns of a person: "his", "her"; and of a thing or a group: "its", "their". */
const OWN_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'himself', 'herself', 'he', 'she']);
const THING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'itself', 'their', 'themselves']);

/**
 * What the clause of the name at `end` goes on to, before any punctuation and within seven words, when the
 * name is its subject: 'person' for "his" or "her" ("Okafor made his debut", "Varga migrated with her
 * parents", "Okafor himself"), 'thing' for "its" or "their" (a club, a firm, a band), else undefined. A name
 * followed by "and", "of", "in" is no subject.
 */
export function clausePronounAfter(text: string, end: number): 'person' | 'thing' | undefined {
  if (text.charCodeAt(end) !== 32 || !isLowerAt(text, end + 1)) return undefined;
  // Each word is made into a string only when its signature may be a listed word's: most are none.
  let s = end + 1;
  let e = wordEnd(text, s);
  if (FIRST_WORD_SIGNATURES.mayHold(text, s, e)) {
    const w = text.slice(s, e);
    if (w === 'himself' || w === 'herself') return 'person';
    if (NO_VERB_AFTER.has(w) || OWN_PRONOUNS.has(w) || THING_PRONOUNS.has(w)) return undefined;
  }
  for (let k = 0; k < 6 && text.charCodeAt(e) === 32 && isLetterUnit(text, e + 1); k++) {
    s = e + 1;
    e = wordEnd(text, s);
    if (!PRONOUN_SIGNATURES.mayHold(text, s, e)) continue;
    const w = text.slice(s, e);
    if (OWN_PRONOUNS.has(w)) return 'person';
    if (THING_PRONOUNS.has(w)) return 'thing';
  }
  return undefined;
}
const FIRST_WORD_SIGNATURES = new WordSignatures([...NO_VERB_AFTER, ...OWN_PRONOUNS, ...THING_PRONOUNS]);
const PRONOUN_SIGNATURES = new WordSignatures([...OWN_PRONOUNS, ...THING_PRONOUNS]);

/** ' (born 1950', ', born in', ', (born', ' (née X)', ' (b. 1950': a birth after a name, the way biographies open. */
const BORN_AFTER = /^(?:\s?\(|,\s\(?)(?:born|b\.|née|nee)\s/;
/** True when a birth in parentheses or apposition follows the name at `end`. */
export function bornAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // After a space, only " (": most names are followed by a space and another word, and cost no slice.
  return (c === 40 || c === 44 || (c === 32 && text.charCodeAt(end + 1) === 40)) && BORN_AFTER.test(text.slice(end, end + 9));
}

/** True when "née " or "born " stands right before `start`: a maiden or birth name ("Mary Carder (née Stone)"). */
export function birthNameBefore(text: string, start: number): boolean {
  return start >= 4 && (text.startsWith('née ', start - 4) || text.startsWith('nee ', start - 4) || (start >= 5 && text.startsWith('born ', start - 5)));
}

/** Nouns of groups, works and things that are named right after them ("the band Ashgrove", "his dog Rex", "the album Meridian"). */
const THING_NOUNS: ReadonlySet<string> = new Set(
  'band group album single song film movie novel ship label brand company firm team club magazine newspaper show series horse dog cat'.split(' '),
);

/**
 * True when a noun of THING_NOUNS stands right before the name at [`start`, `end`), or before a comma
 * there ("the band Ashgrove", "his current band, Ashgrove,"): the name is the group's or the work's.
 */
export function thingNounBefore(text: string, start: number, end: number): boolean {
  let e = start - 1;
  if (e < 1 || text.charCodeAt(e) !== 32) return false;
  // After a comma, only a name set off by a second comma ("his band, Ashgrove, was"): "Riding a horse, Okafor led" is the rider.
  if (text.charCodeAt(e - 1) === 44) {
    if (text.charCodeAt(end) !== 44) return false;
    e--;
  }
  let s = e;
  while (s > 0 && isLetterUnit(text, s - 1)) s--;
  if (e - s < 3 || e - s > 13 || !NOUN_SIGNATURES.mayHold(text, s, e)) return false;
  const kind = NOUNS_BEFORE_NAME.get(text.slice(s, e));
  if (kind !== 'fr') return kind === 'any';
  // "le groupe Veolor", "l'opérateur Orange": French nouns that are verbs too ("marque") need their article.
  const from = Math.max(0, s - 8);
  const article = FRENCH_ARTICLE_BEFORE.exec(text.slice(from, s));
  if (!article) return false;
  // "le porte-parole du syndicat Thomas Girard", "le patron du groupe X": after a role, the name may be the role's holder.
  let we = from + article.index;
  while (we > 0 && text.charCodeAt(we - 1) === 32) we--;
  let ws = we;
  while (ws > 0 && (isLetterUnit(text, ws - 1) || text.charCodeAt(ws - 1) === 45)) ws--;
  return !PERSON_ROLE_WORDS.has(text.slice(ws, we).toLowerCase());
}

/** English nouns of firms named right after them ("carmaker Renault", "the airline Qantas"); before a name only. */
const ENGLISH_FIRM_NOUNS: ReadonlySet<string> = new Set(
  'airline carrier carmaker automaker retailer insurer lender broadcaster supermarket startup conglomerate manufacturer'.split(' '),
);

/** French nouns of firms, groups, works and animals named right after them ("le groupe Veolor", "la compagnie Air Austral"). */
const FRENCH_THING_NOUNS: ReadonlySet<string> = new Set(
  `groupe compagnie société entreprise firme constructeur opérateur enseigne marque label chaîne journal quotidien hebdomadaire
magazine laboratoire assureur banque transporteur fabricant distributeur géant club équipe parti syndicat association ong album
film roman chanson navire bateau chien cheval jument logiciel application plateforme start-up multinationale`.split(/\s+/),
);
/** Each noun a name may follow as the thing's: 'fr' when an article must come before the noun. */
const NOUNS_BEFORE_NAME: ReadonlyMap<string, 'any' | 'fr'> = new Map([
  ...[...FRENCH_THING_NOUNS].map((w) => [w, 'fr'] as const),
  ...[...THING_NOUNS, ...ENGLISH_FIRM_NOUNS].map((w) => [w, 'any'] as const),
]);
/** A first test before NOUNS_BEFORE_NAME: most words before a name are none, turned down without a slice. */
const NOUN_SIGNATURES = new WordSignatures(NOUNS_BEFORE_NAME.keys());
/** An article or a possessive right before a French noun ("le ", "l'", "du ", "chez son "). */
const FRENCH_ARTICLE_BEFORE = /(?<!\p{L})(?:le|la|l['’]|les|un|une|du|des|au|aux|ce|cet|cette|son|sa|ses|leur|notre)\s*$/iu;

/** English derivational endings of common words ("Singled", "Construction", "Success"), rare in family names ("-ing" is not: Fleming). */
const DERIVED_ENDING = /(?:ed|tion|sion|ment|ness|ity|ess)$/;

/**
 * A capitalised word that opens a sentence and is more likely a common word than a name: a derived
 * form of more than five letters that is no given name. Only weak cues (what follows) are weighed against it.
 */
export function derivedCommonWord(word: string): boolean {
  return word.length > 5 && DERIVED_ENDING.test(word) && !isFirstName(word);
}

/** True when ", who", "(who", ", whose", ", whom" follows the name at `end`: a relative that only a person takes. */
export function personRelativeAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  let i = end;
  if (c === 44) i++;
  else if (c === 32 && text.charCodeAt(end + 1) === 40) i += 2;
  else if (c !== 40) return false;
  else i++;
  if (text.charCodeAt(i) === 32) i++;
  if (!text.startsWith('who', i)) return false;
  const w = wordAt(text, i)[0];
  return w === 'who' || w === 'whose' || w === 'whom';
}

/** One syllable of Chinese (pinyin, Wade-Giles) or Korean romanisation (whose syllables may end in k, l, p, t): "shui", "bian", "dae", "seok". */
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{1,2}h?)?(?:[aeiouy]{1,3})(?:ng|n|m|r|k|l|p|t)?$/;
const isSyllable = (w: string): boolean => w.length <= 6 && SYLLABLE.test(w.toLowerCase());

/**
 * The most common Chinese, Korean and Vietnamese family names as romanised in news text (pinyin,
 * Wade-Giles, Cantonese and Korean spellings). Written by us from general knowledge.
 */
const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  `li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng deng cao
  peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan jin shi liao jia xia fu
  fang bai zou meng xiong qin qiu hou yin xue yan duan lei long shao wan qian dai mao hao kong wen hsu tsai chang wong chan
  cheung lam ho ng lau kwok chiang chou kim lee park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko
  moon son bae baek nam roh nguyen tran pham hoang phan vu vo dang bui ngo duong ly`
    .split(/\s+/)
    .filter(Boolean),
);

/** EAST_ASIAN_FAMILY_NAMES, read in place: most first words of a name are turned down without their lowercase. */
const EAST_ASIAN_FAMILY = new LowerWordMap<true>([...EAST_ASIAN_FAMILY_NAMES].map((w) => [w, true] as const));
/** `EAST_ASIAN_FAMILY_NAMES.has(word.toLowerCase())`. */
const isEastAsianFamilyName = (word: string): boolean => EAST_ASIAN_FAMILY.get(word, 0, word.length) === true;

/** A romanised given name of one or two syllables written as one word, each opening with a consonant: "Shimin", "Jiande", "Yi". */
function syllablesOfGivenName(word: string): boolean {
  const w = word.toLowerCase();
  if (/^[aeiouy]/.test(w)) return false;
  if (isSyllable(w)) return true;
  for (let k = 2; k < w.length - 1; k++) if (!/^[aeiouy]/.test(w.slice(k)) && isSyllable(w.slice(0, k)) && isSyllable(w.slice(k))) return true;
  return false;
}

/**
 * "Chen Shui-bian", "Kim Dae-jung", "Li Shimin", "Kang Young Joong": a one-syllable family name before a
 * given name of two syllables joined by a hyphen, the way Chinese and Korean names are romanised; or a
 * common East Asian family name before a given name of one or two syllables, in one word or two.
 */
export function eastAsianName(tokens: ReadonlyArray<{ text: string }>): boolean {
  const family = tokens[0].text;
  // A syllable has six letters at most ("zhuang", "nguyen"): most capitalised words are turned down here.
  if (family.length > 6) return false;
  if (tokens.length === 2) {
    const given = tokens[1].text;
    const dash = given.indexOf('-');
    if (dash > 0) return isSyllable(family) && isSyllable(given.slice(0, dash)) && isSyllable(given.slice(dash + 1));
  }
  if (!isEastAsianFamilyName(family)) return false;
  if (tokens.length === 2) return syllablesOfGivenName(tokens[1].text);
  return tokens.length === 3 && isSyllable(tokens[1].text) && isSyllable(tokens[2].text);
}

/** Last syllables of Korean given names that are also French words, so segmentation stops before them. */
const KOREAN_LAST_SYLLABLES: ReadonlySet<string> = new Set(['Un', 'Il', 'In']);

/**
 * "Kim Jong Un", "Kim Jong Il", "Moon Jae In": after a common East Asian family name and one syllable, a
 * capitalised "Un", "Il" or "In" ending the clause's word is the given name's last syllable. Returns where the
 * name ends (`end` when nothing follows).
 */
export function eastAsianNameEnd(text: string, tokens: ReadonlyArray<{ text: string }>, end: number): number {
  if (tokens.length !== 2 || text.charCodeAt(end) !== 32 || !isEastAsianFamilyName(tokens[0].text) || !isSyllable(tokens[1].text)) return end;
  let j = end + 1;
  while (j < text.length && isLetterUnit(text, j)) j++;
  return KOREAN_LAST_SYLLABLES.has(text.slice(end + 1, j)) ? j : end;
}
