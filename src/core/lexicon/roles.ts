/**
 * Titles and roles that announce a person's name ("le président russe, Vladimir Poutine", "M. Stiell",
 * "Secretary of State Marco Rubio"), in French and English. Folded to lowercase, accents kept.
 */

/** Courtesy titles and abbreviations written right before a name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'm.',
  'mm.',
  'mme',
  'mmes',
  'mlle',
  'me',
  'mgr',
  'dr',
  'dr.',
  'pr',
  'pr.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'sir',
  'dame',
  'lord',
  'lady',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'col.',
  'lt.',
  'capt.',
  'sgt.',
  'prof.',
  'rev.',
  'cheikh',
  'sheikh',
  'emir',
  'émir',
  'madame',
  'monsieur',
  'mademoiselle',
]);

/**
 * Honorifics, ranks and titles of nobility after which "de", "van der", "von" is a particle of the name
 * ("M. de Villepin", "le général de Gaulle", "Madame van der Berg"), not "of" a place or an institution
 * (as after "le maire de", "le président de").
 */
export const PARTICLE_TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...'général maréchal amiral colonel capitaine lieutenant comte comtesse duc duchesse marquis marquise baron baronne vicomte vicomtesse chevalier abbé general marshal admiral colonel captain count countess duke duchess baron baroness'.split(
    ' ',
  ),
]);

/**
 * Role nouns (lowercase). A role noun followed, within a short noun phrase, by a capitalised name marks
 * that name as a person ("le porte-parole du Kremlin, Dmitri Peskov").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  // French
  'président',
  'présidente',
  'ministre',
  'porte-parole',
  'secrétaire',
  'chancelier',
  'chancelière',
  'premier',
  'première',
  'ambassadeur',
  'ambassadrice',
  'émissaire',
  'envoyé',
  'envoyée',
  'conseiller',
  'conseillère',
  'homologue',
  'assistant',
  'assistante',
  'chef',
  'cheffe',
  'dirigeant',
  'dirigeante',
  'leader',
  'général',
  'générale',
  'amiral',
  'colonel',
  'commandant',
  'maire',
  'député',
  'députée',
  'sénateur',
  'sénatrice',
  'gouverneur',
  'gouverneure',
  'juge',
  'procureur',
  'procureure',
  'directeur',
  'directrice',
  'patron',
  'patronne',
  'fondateur',
  'fondatrice',
  'pdg',
  'p.-d.g.',
  'roi',
  'reine',
  'prince',
  'princesse',
  'pape',
  'cardinal',
  'évêque',
  'rabbin',
  'imam',
  'candidat',
  'candidate',
  'vice-président',
  'vice-présidente',
  'négociateur',
  'négociatrice',
  'diplomate',
  'journaliste',
  'correspondant',
  'correspondante',
  'analyste',
  'expert',
  'experte',
  'chercheur',
  'chercheuse',
  'professeur',
  'professeure',
  'économiste',
  'avocat',
  'avocate',
  'responsable',
  'délégué',
  'déléguée',
  'commissaire',
  'haut-commissaire',
  'médiateur',
  'médiatrice',
  'opposant',
  'opposante',
  'milliardaire',
  'entraîneur',
  'sélectionneur',
  'l’ex-président',
  "l'ex-président",
  'ex-président',
  'ex-ministre',
  'ancien',
  'ancienne',
  'feu',
  'cofondateur',
  'préfet',
  'préfète',
  'sous-préfet',
  'sous-préfète',
  'magistrat',
  'magistrate',
  'bâtonnier',
  'bâtonnière',
  // English
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'chancellor',
  'ambassador',
  'envoy',
  'adviser',
  'advisor',
  'aide',
  'counterpart',
  'chief',
  'leader',
  'general',
  'admiral',
  'mayor',
  'senator',
  'congressman',
  'congresswoman',
  'representative',
  'governor',
  'judge',
  'prosecutor',
  'director',
  'ceo',
  'chairman',
  'chairwoman',
  'founder',
  'king',
  'queen',
  'pope',
  'candidate',
  'vice',
  'negotiator',
  'diplomat',
  'analyst',
  'official',
  'commissioner',
  'premier',
  'dictator',
  'lawmaker',
  'speaker',
  'justice',
  'attorney',
  'correspondent',
  'reporter',
  'editor',
  'economist',
  'professor',
  'former',
  'late',
]);

/** Capitalised words that are parts of titles in English ("Foreign Minister", "Secretary General"). */
export const TITLE_CAPS: ReadonlySet<string> = new Set([
  // Heads of government and clerics titled in their own language ("Taoiseach Micheál Martin", "Ayatollah Ali Khamenei").
  'taoiseach',
  'tánaiste',
  'ayatollah',
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'secretary',
  'general',
  'state',
  'chancellor',
  'ambassador',
  'envoy',
  'special',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'senator',
  'sen.',
  'representative',
  'rep.',
  'governor',
  'gov.',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'chief',
  'deputy',
  'first',
  'lady',
  'judge',
  'justice',
  'attorney',
  'director',
  'commissioner',
  'admiral',
  'gen.',
  'colonel',
  'captain',
  'lieutenant',
  'sergeant',
  'major',
  'ceo',
  'chairman',
  'chairwoman',
  'national',
  'security',
  'adviser',
  'advisor',
  'speaker',
  'house',
  'senate',
  'leader',
  'majority',
  'minority',
  'supreme',
  'commander',
  'russian',
  'ukrainian',
  'american',
  'u.s.',
  'french',
  'british',
  'german',
  'chinese',
  'turkish',
  'saudi',
  'israeli',
  'iranian',
  'european',
  'kremlin',
  'nato',
  'un',
  'white',
  'former',
  'acting',
  'interim',
  'economy',
  'trade',
  'energy',
  'health',
  'justice',
  'treasury',
  'homeland',
  // French capitalised titles ("Premier ministre", "Secrétaire d'Etat")
  'président',
  'présidente',
  'premier',
  'première',
  'ministre',
  'secrétaire',
  'chancelier',
  'chancelière',
  'général',
  'monsieur',
  'madame',
  'mademoiselle',
  'docteur',
  'maître',
  'pape',
  'roi',
  'reine',
  'prince',
  'princesse',
  'cheikh',
  'émir',
]);

/**
 * Words of TITLE_CAPS that qualify a title but do not announce a name by themselves: "Foreign" in
 * "Foreign Minister Lavrov" needs "Minister", and "National Action", "Special Events" or "White Paper"
 * name no one. Nationalities are tested apart.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'national',
  'special',
  'first',
  'former',
  'acting',
  'interim',
  'foreign',
  'security',
  'majority',
  'minority',
  'supreme',
  'white',
  'economy',
  'trade',
  'energy',
  'health',
  'treasury',
  'homeland',
  'defence',
  'defense',
  'interior',
  'finance',
  'kremlin',
  'nato',
  'un',
  'u.s.',
  'deputy',
  'vice',
  'prime',
  'house',
  'senate',
  'european',
  'première',
]);

/**
 * Occupations, ranks and relations written right before a name ("saxophonist Tomas Reyl", "le caporal
 * Lenoir", "notre collègue Varga"), in English and French: they mark a person for people detection only
 * (quote attribution keeps ROLE_WORDS, whose words also name a speaker).
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set(
  `
musician artist producer dancer choreographer illustrator cartoonist
saxophonist trumpeter trombonist vocalist keyboardist guitarist drummer bassist percussionist singer singer-songwriter songwriter
pianist violinist cellist organist composer conductor rapper actor actress comedian filmmaker screenwriter playwright novelist poet
writer painter sculptor photographer architect designer physicist chemist biologist mathematician philosopher historian
sociologist astronomer inventor footballer striker midfielder defender goalkeeper quarterback pitcher coach teammate boxer
wrestler golfer cyclist swimmer sprinter skater jockey lawyer physician surgeon priest bishop archbishop reverend rabbi monk
nun missionary politician mp emperor empress duke duchess countess baron baroness sultan sheriff detective inspector sergeant
lieutenant captain colonel corporal private major marshal commander officer constable astronaut explorer businessman
businesswoman entrepreneur banker industrialist philanthropist colleague rapporteur commentator broadcaster presenter tenor soprano
baritone scientist engineer pilot soldier athlete luthier recruit member
wife husband son daughter brother sister father mother uncle aunt nephew niece cousin grandson granddaughter grandfather
grandmother brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law stepson stepdaughter stepfather
stepmother widow widower fiancé fiancée
chanteur chanteuse acteur actrice comédien comédienne cinéaste réalisateur réalisatrice scénariste dramaturge romancier
romancière poète poétesse écrivain écrivaine peintre sculpteur photographe architecte physicien physicienne chimiste
mathématicien mathématicienne philosophe historien historienne sociologue astronome inventeur footballeur attaquant
gardien coéquipier boxeur cycliste nageur nageuse médecin chirurgien prêtre abbé curé pasteur archevêque moine religieuse
empereur impératrice duc duchesse comte comtesse baron baronne sultan capitaine lieutenant sergent caporal adjudant
maréchal brigadier gendarme inspecteur industriel banquier mécène collègue rapporteur rapporteure compositeur compositrice
musicien musicienne pianiste violoniste guitariste batteur pompier sapeur-pompier secouriste sauveteur sismologue
volcanologue vulcanologue géophysicien géophysicienne géologue
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The everyday people of news copy, in an apposition after their full name ("X, a municipal worker in",
 * "X, 54 ans, agricultrice à"): a person's. Not before a name, where many are adjectives or headline words
 * ("militant Protestants", "Driver Charged", "a hotel worker in Cardenas, Cuba"). Written by us.
 */
export const APPOSITION_OCCUPATIONS: ReadonlySet<string> = new Set(
  `
resident farmer nurse teacher student builder survivor witness victim neighbour neighbor shopkeeper retiree pensioner volunteer
activist campaigner driver worker miner fisherman head owner founder
habitant habitante agriculteur agricultrice infirmier infirmière enseignant enseignante étudiant étudiante retraité retraitée
témoin victime commerçant commerçante ouvrier ouvrière éleveur éleveuse viticulteur viticultrice pêcheur boulanger boulangère
chauffeur militant militante bénévole syndicaliste riverain riveraine voisin voisine rescapé rescapée survivant survivante
mère père frère sœur soeur mari épouse époux veuve veuf fondateur fondatrice propriétaire
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Every word that announces a person right before their name: ROLE_WORDS and OCCUPATIONS. */
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_WORDS, ...OCCUPATIONS]);

/**
 * Plurals of PERSON_ROLE_WORDS and honorifics ("les juges", "les généraux", "MM.", "Messrs"): before a
 * list of names, each name of the list is a person ("les juges Verlaine et Marrou").
 */
export const PLURAL_ROLE_WORDS: ReadonlySet<string> = new Set([
  'mm.',
  'messrs',
  'messrs.',
  'mesdames',
  ...[...PERSON_ROLE_WORDS].flatMap((w) => (w.endsWith('al') ? [`${w.slice(0, -2)}aux`, `${w}s`] : w.endsWith('s') || w.endsWith('x') ? [] : [`${w}s`])),
]);
