/**
 * Capitalised nouns that make a name an organisation, a place, a unit or a work rather than a person
 * ("Atlantic City", "Bowling Green State University", "the Reading Railroad", "Air Force", "Linkin Park",
 * "Première Guerre mondiale"), in French and English. Written by us from general knowledge of how such
 * names are built, not from any corpus.
 *
 * Surnames that are also such nouns and common as surnames ("Hall", "Church", "Field", "House", "Street")
 * are left out on purpose: there the person reading is the likelier one.
 */
const HEADS = `
city county township village town borough district province region island islands river lake mountain mountains
valley bay coast beach canyon desert forest peninsula gulf ocean sea strait harbour harbor port
street avenue road boulevard highway lane bridge tunnel square plaza park gardens garden airport station railroad railway
railways airlines airways motors tower towers building palace castle cathedral chapel abbey basilica mosque temple
synagogue monastery hospital clinic university college school academy institute museum library gallery theatre theater
stadium arena center centre hotel mall creek hills reservoir playfield rink schoolhouse diocese convention organisation
organization transport media studio
company corporation corp inc ltd llc plc holdings group bank records studios productions entertainment pictures films
club league association federation union society committee commission council party foundation trust agency authority
department ministry bureau administration office
army navy force forces corps regiment brigade division battalion squadron wing fleet command guard guards
festival award awards prize cup cups trophy championship championships tournament olympics
gym gymnasium casino dock docks route meeting conference summit band orchestra choir ensemble quartet trio census mission
expedition magazine gazette journal sentinel chronicle tribune report
way hollow recordings research resources design designs games catholic
news info infos radio television télévision televisions télévisions tv télé tele press presse post times hebdo
war battle treaty revolution movement empire kingdom republic dynasty
université universite école ecole lycée lycee collège college institut musée musee bibliothèque bibliotheque hôpital hopital
clinique église eglise cathédrale cathedrale chapelle abbaye basilique mosquée mosquee parc rue boulevard pont gare aéroport
aeroport compagnie société societe banque équipe equipe ligue fédération federation syndicat comité comite conseil fondation
agence ministère ministere stade théâtre theatre championnat coupe île ile fleuve rivière riviere lac vallée baie
royaume empire république republique guerre bataille traité traite révolution revolution hôtel hotel palais château chateau
armée armee régiment regiment escadron flotte
rail oil gas petroleum mining telecom telecoms pharma pharmaceuticals aviation aerospace logistics shipping insurance
partners technologies systems software electric electronics industries chemicals ventures investments networks communications
`;

const HEAD_SET: ReadonlySet<string> = new Set(HEADS.split(/\s+/).filter(Boolean));

/**
 * Words that start a place's or a medium's name and head it: "Santa Clara", "Fort Lauderdale", "Mount
 * Vernon", "Radio Free Europe", "Canal Plus", "Channel Four"; an airline's, "Air Austral", "Air Tanzania".
 */
const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'santa',
  'san',
  'são',
  'sao',
  'fort',
  'mount',
  'cape',
  'radio',
  'canal',
  'channel',
  'télé',
  'tele',
  'air',
]);

/** True when `word` (any case) starts a place's or a medium's name and heads it ("Santa", "Fort", "Radio", "Canal"). */
export function isNamePrefix(word: string): boolean {
  return PLACE_PREFIXES.has(word.toLowerCase());
}

/** True when `word` (any case) is a noun that heads the name of an organisation, place, unit or work. */
export function isNonPersonHead(word: string): boolean {
  const lower = word.toLowerCase();
  return HEAD_SET.has(lower) || PLACE_PREFIXES.has(lower);
}
