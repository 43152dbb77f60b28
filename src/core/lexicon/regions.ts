/**
 * First-level regions that the gazetteer (places.ts) does not hold: the states, provinces and regions of
 * countries whose news is most read in French and English, in both languages. People detection reads them
 * as places ("Kingston, Ontario", "in Maryland"), so that one does not pass for a surname. Written by us
 * from general knowledge.
 */
import { foldName } from './firstNames';

const REGIONS = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas
Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire
New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Californie|Caroline du Nord
Caroline du Sud|Dakota du Nord|Dakota du Sud|Floride|Géorgie|Louisiane|Pennsylvanie|Virginie|Virginie-Occidentale|Nouveau-Mexique
Alberta|British Columbia|Colombie-Britannique|Manitoba|New Brunswick|Nouveau-Brunswick|Newfoundland|Terre-Neuve|Nova Scotia
Nouvelle-Écosse|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon|Nunavut
New South Wales|Queensland|Tasmania|Tasmanie|Victoria|Western Australia|South Australia|Northern Territory
Alsace|Aquitaine|Auvergne|Bourgogne|Burgundy|Bretagne|Brittany|Champagne|Corse|Corsica|Franche-Comté|Gascogne|Gascony|Languedoc
Limousin|Lorraine|Normandie|Normandy|Occitanie|Picardie|Picardy|Poitou|Provence|Savoie|Savoy|Touraine|Anjou|Béarn|Bearn
Bavaria|Bavière|Bayern|Saxony|Saxe|Sachsen|Hesse|Hessen|Thuringia|Thuringe|Brandenburg|Brandebourg|Westphalia|Westphalie|Swabia
Lombardy|Lombardie|Tuscany|Toscane|Sicily|Sicile|Sardinia|Sardaigne|Calabria|Calabre|Piedmont|Piémont|Veneto|Vénétie|Apulia|Pouilles
Catalonia|Catalogne|Andalusia|Andalousie|Galicia|Galice|Castile|Castille|Navarre|Basque Country|Pays basque
Flanders|Flandre|Wallonia|Wallonie|Scotland|Écosse|Wales|Ulster|Yorkshire
`;

const FOLDED: ReadonlySet<string> = new Set(
  REGIONS.split(/[|\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(foldName),
);

/**
 * The folded starts of the names of FOLDED that a space, a no-break space or a dot ends ("new" of "new
 * york"): a phrase of two words or more is a name of the list only if its first word folds to one.
 */
const FOLDED_STARTS: ReadonlySet<string> = new Set([...FOLDED].flatMap((f) => [...f.matchAll(/[ \u00a0.]/g)].map((m) => f.slice(0, m.index))));

/**
 * False when no region of the list starts with `foldedWord` (a word folded by `foldName`) followed by a space, a
 * no-break space or a dot.
 */
export function mayStartRegionName(foldedWord: string): boolean {
  return FOLDED_STARTS.has(foldedWord);
}

/** True when `name` is one of the first-level regions above ("Ontario", "Maryland", "Normandie"). */
export function isRegionName(name: string): boolean {
  return FOLDED.has(foldName(name));
}
