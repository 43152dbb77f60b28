/**
 * Nationality and demonym words, French (masculine/feminine, singular/plural) and English. Capitalised,
 * they name peoples ("les Russes", "Américains"), not persons.
 */
const STEMS = `
russe américain ukrainien français allemand britannique anglais italien espagnol portugais belge suisse néerlandais hollandais
polonais hongrois roumain bulgare grec turc chinois japonais coréen indien pakistanais iranien irakien syrien libanais israélien
palestinien saoudien qatari émirati égyptien libyen tunisien algérien marocain africain européen asiatique occidental oriental
canadien mexicain brésilien argentin chilien vénézuélien cubain colombien australien suédois norvégien danois finlandais
estonien letton lituanien biélorusse géorgien arménien azerbaïdjanais kazakh ouzbek afghan yéménite jordanien koweïtien soudanais
éthiopien nigérian sénégalais malien congolais sud-africain kényan serbe croate bosniaque albanais slovaque tchèque slovène
moldave autrichien irlandais écossais gallois luxembourgeois allié
russian american ukrainian french german british english italian spanish portuguese belgian swiss dutch polish hungarian
romanian bulgarian greek turkish chinese japanese korean indian pakistani iranian iraqi syrian lebanese israeli palestinian
saudi qatari emirati egyptian libyan tunisian algerian moroccan african european asian western eastern canadian mexican
brazilian argentine argentinian chilean venezuelan cuban colombian australian swedish norwegian danish finnish estonian latvian
lithuanian belarusian georgian armenian azerbaijani kazakh uzbek afghan yemeni jordanian kuwaiti sudanese ethiopian nigerian
senegalese malian congolese kenyan serbian croatian bosnian albanian slovak czech slovenian moldovan austrian irish scottish welsh
americans russians ukrainians europeans westerners allies
`;

function variants(stem: string): string[] {
  const out = [stem, `${stem}s`];
  if (!stem.endsWith('e')) out.push(`${stem}e`, `${stem}es`);
  if (stem.endsWith('ien')) out.push(`${stem}ne`, `${stem}nes`);
  if (stem.endsWith('al')) out.push(`${stem.slice(0, -2)}aux`);
  return out;
}

/** Every nationality and demonym word, lowercase. */
export const NATIONALITIES: ReadonlySet<string> = new Set(STEMS.split(/\s+/).filter(Boolean).flatMap(variants));

/** True when `word` is a nationality or demonym ("Russes", "Américains", "Européens", "Russian"). */
export function isNationality(word: string): boolean {
  return NATIONALITIES.has(word.toLowerCase());
}
