/**
 * A small gazetteer of countries, capitals, major cities and regions in French and English, and a
 * finder for place names in running text. Plain data, no I/O.
 *
 * Offsets returned are Unicode code points (end exclusive), like every offset in `model.ts`.
 */
import type { Span } from '../model';
import { TextIndex } from '../text/offsets';

export type PlaceKind = 'country' | 'city' | 'region';

export interface PlaceInfo {
  /** Stable key: lowercase ASCII slug of the English name ("riyadh", "saudi-arabia"). */
  id: string;
  /** Display name (first spelling in the table, French where both exist). */
  name: string;
  /** English display name: the spelling the id is the slug of ("saudi-arabia": "Saudi Arabia"), else `name`. */
  nameEn: string;
  kind: PlaceKind;
  /** For a city or region: the id of its country, if known. */
  country?: string;
}

export interface PlaceSpan extends Span {
  /** Key of the place ("riyadh"); for a cue-only match, a slug of the text. */
  id: string;
  kind: PlaceKind | 'unknown';
  /** 1 for a gazetteer match, lower for a capitalised name found only after a place preposition. */
  confidence: number;
}

/*
 * One line per place: `id|kind|country|spelling1|spelling2|…`. The first spelling is the display name.
 * Spellings are matched case-insensitively on letters, but the text must start with a capital letter,
 * so common words ("nice", "reading") are not places.
 */
const TABLE = `
russia|country||Russie|Russia|Fédération de Russie|Russian Federation
united-states|country||États-Unis|Etats-Unis|Etats Unis|États Unis|United States|United States of America|USA|U.S.A.|U.S.|Amérique
ukraine|country||Ukraine
saudi-arabia|country||Arabie saoudite|Arabie Saoudite|Saudi Arabia|Arabie
turkey|country||Turquie|Turkey|Türkiye
switzerland|country||Suisse|Switzerland
france|country||France
germany|country||Allemagne|Germany
united-kingdom|country||Royaume-Uni|Royaume Uni|United Kingdom|Grande-Bretagne|Great Britain|Britain|UK|Angleterre|England
italy|country||Italie|Italy
spain|country||Espagne|Spain
portugal|country||Portugal
belgium|country||Belgique|Belgium
netherlands|country||Pays-Bas|Netherlands|Hollande|Holland
luxembourg|country||Luxembourg
austria|country||Autriche|Austria
poland|country||Pologne|Poland
czechia|country||République tchèque|Tchéquie|Czech Republic|Czechia
slovakia|country||Slovaquie|Slovakia
hungary|country||Hongrie|Hungary
romania|country||Roumanie|Romania
bulgaria|country||Bulgarie|Bulgaria
greece|country||Grèce|Greece
cyprus|country||Chypre|Cyprus
malta|country||Malte|Malta
croatia|country||Croatie|Croatia
slovenia|country||Slovénie|Slovenia
serbia|country||Serbie|Serbia
bosnia|country||Bosnie-Herzégovine|Bosnie|Bosnia and Herzegovina|Bosnia
montenegro|country||Monténégro|Montenegro
albania|country||Albanie|Albania
north-macedonia|country||Macédoine du Nord|Macédoine|North Macedonia|Macedonia
kosovo|country||Kosovo
moldova|country||Moldavie|Moldova
belarus|country||Biélorussie|Bélarus|Belarus
lithuania|country||Lituanie|Lithuania
latvia|country||Lettonie|Latvia
estonia|country||Estonie|Estonia
finland|country||Finlande|Finland
sweden|country||Suède|Sweden
norway|country||Norvège|Norway
denmark|country||Danemark|Denmark
iceland|country||Islande|Iceland
ireland|country||Irlande|Ireland
georgia|country||Géorgie|Georgia
armenia|country||Arménie|Armenia
azerbaijan|country||Azerbaïdjan|Azerbaijan
kazakhstan|country||Kazakhstan
uzbekistan|country||Ouzbékistan|Uzbekistan
turkmenistan|country||Turkménistan|Turkmenistan
kyrgyzstan|country||Kirghizistan|Kyrgyzstan
tajikistan|country||Tadjikistan|Tajikistan
china|country||Chine|China
japan|country||Japon|Japan
south-korea|country||Corée du Sud|South Korea
north-korea|country||Corée du Nord|North Korea
mongolia|country||Mongolie|Mongolia
taiwan|country||Taïwan|Taiwan
india|country||Inde|India
pakistan|country||Pakistan
afghanistan|country||Afghanistan
iran|country||Iran
iraq|country||Irak|Iraq
syria|country||Syrie|Syria
lebanon|country||Liban|Lebanon
israel|country||Israël|Israel
palestine|country||Palestine|Territoires palestiniens
jordan|country||Jordanie|Jordan
egypt|country||Égypte|Egypte|Egypt
libya|country||Libye|Libya
tunisia|country||Tunisie|Tunisia
algeria|country||Algérie|Algeria
morocco|country||Maroc|Morocco
mauritania|country||Mauritanie|Mauritania
sudan|country||Soudan|Sudan
south-sudan|country||Soudan du Sud|South Sudan
ethiopia|country||Éthiopie|Ethiopie|Ethiopia
eritrea|country||Érythrée|Erythrée|Eritrea
somalia|country||Somalie|Somalia
djibouti|country||Djibouti
kenya|country||Kenya
uganda|country||Ouganda|Uganda
tanzania|country||Tanzanie|Tanzania
rwanda|country||Rwanda
burundi|country||Burundi
drc|country||République démocratique du Congo|RDC|RD Congo|Democratic Republic of the Congo|DRC
congo|country||Congo|Congo-Brazzaville|Republic of the Congo
gabon|country||Gabon
cameroon|country||Cameroun|Cameroon
nigeria|country||Nigeria|Nigéria
niger|country||Niger
chad|country||Tchad|Chad
mali|country||Mali
burkina-faso|country||Burkina Faso|Burkina
senegal|country||Sénégal|Senegal
gambia|country||Gambie|Gambia
guinea|country||Guinée|Guinea
guinea-bissau|country||Guinée-Bissau|Guinea-Bissau
sierra-leone|country||Sierra Leone
liberia|country||Liberia|Libéria
ivory-coast|country||Côte d'Ivoire|Côte d’Ivoire|Ivory Coast
ghana|country||Ghana
togo|country||Togo
benin|country||Bénin|Benin
central-african-republic|country||Centrafrique|République centrafricaine|Central African Republic
equatorial-guinea|country||Guinée équatoriale|Equatorial Guinea
angola|country||Angola
zambia|country||Zambie|Zambia
zimbabwe|country||Zimbabwe
mozambique|country||Mozambique
malawi|country||Malawi
madagascar|country||Madagascar
mauritius|country||Île Maurice|Ile Maurice|Mauritius
namibia|country||Namibie|Namibia
botswana|country||Botswana
south-africa|country||Afrique du Sud|South Africa
lesotho|country||Lesotho
eswatini|country||Eswatini|Swaziland
saudi-arabia-gulf|region||Golfe|Gulf|Persian Gulf|golfe Persique
qatar|country||Qatar
united-arab-emirates|country||Émirats arabes unis|Emirats arabes unis|Émirats|Emirats|United Arab Emirates|UAE
kuwait|country||Koweït|Kuwait
bahrain|country||Bahreïn|Bahrain
oman|country||Oman
yemen|country||Yémen|Yemen
bangladesh|country||Bangladesh
sri-lanka|country||Sri Lanka
nepal|country||Népal|Nepal
bhutan|country||Bhoutan|Bhutan
myanmar|country||Birmanie|Myanmar|Burma
thailand|country||Thaïlande|Thailand
laos|country||Laos
cambodia|country||Cambodge|Cambodia
vietnam|country||Vietnam|Viêt Nam|Viet Nam
malaysia|country||Malaisie|Malaysia
singapore-country|country||Singapour|Singapore
indonesia|country||Indonésie|Indonesia
philippines|country||Philippines
east-timor|country||Timor oriental|East Timor|Timor-Leste
australia|country||Australie|Australia
new-zealand|country||Nouvelle-Zélande|New Zealand
papua-new-guinea|country||Papouasie-Nouvelle-Guinée|Papua New Guinea
fiji|country||Fidji|Fiji
canada|country||Canada
mexico-country|country||Mexique|Mexico
guatemala|country||Guatemala
honduras|country||Honduras
el-salvador|country||Salvador|El Salvador
nicaragua|country||Nicaragua
costa-rica|country||Costa Rica
panama|country||Panama
cuba|country||Cuba
haiti|country||Haïti|Haiti
dominican-republic|country||République dominicaine|Dominican Republic
jamaica|country||Jamaïque|Jamaica
venezuela|country||Venezuela
colombia|country||Colombie|Colombia
ecuador|country||Équateur|Equateur|Ecuador
peru|country||Pérou|Peru
bolivia|country||Bolivie|Bolivia
brazil|country||Brésil|Brazil
paraguay|country||Paraguay
uruguay|country||Uruguay
argentina|country||Argentine|Argentina
chile|country||Chili|Chile
greenland|region|denmark|Groenland|Greenland
crimea|region|ukraine|Crimée|Crimea
donbas|region|ukraine|Donbass|Donbas
gaza|region|palestine|Gaza|bande de Gaza|Gaza Strip
west-bank|region|palestine|Cisjordanie|West Bank
kashmir|region||Cachemire|Kashmir
europe|region||Europe
africa|region||Afrique|Africa
asia|region||Asie|Asia
middle-east|region||Moyen-Orient|Proche-Orient|Middle East
moscow|city|russia|Moscou|Moscow|Moskva
saint-petersburg|city|russia|Saint-Pétersbourg|Saint-Petersbourg|St Petersburg|St. Petersburg|Saint Petersburg|Petersburg
sochi|city|russia|Sotchi|Sochi
kazan|city|russia|Kazan
novosibirsk|city|russia|Novossibirsk|Novosibirsk
kaliningrad|city|russia|Kaliningrad
vladivostok|city|russia|Vladivostok
kursk|city|russia|Koursk|Kursk
belgorod|city|russia|Belgorod
washington|city|united-states|Washington|Washington D.C.|Washington DC
new-york|city|united-states|New York|New York City|NYC
los-angeles|city|united-states|Los Angeles
chicago|city|united-states|Chicago
san-francisco|city|united-states|San Francisco
boston|city|united-states|Boston
miami|city|united-states|Miami
houston|city|united-states|Houston
dallas|city|united-states|Dallas
atlanta|city|united-states|Atlanta
seattle|city|united-states|Seattle
philadelphia|city|united-states|Philadelphie|Philadelphia
las-vegas|city|united-states|Las Vegas
new-orleans|city|united-states|La Nouvelle-Orléans|Nouvelle-Orléans|New Orleans
anchorage|city|united-states|Anchorage
alaska|region|united-states|Alaska
hawaii|region|united-states|Hawaï|Hawaii
california|region|united-states|Californie|California
texas|region|united-states|Texas
florida|region|united-states|Floride|Florida
mar-a-lago|city|united-states|Mar-a-Lago
camp-david|city|united-states|Camp David
kyiv|city|ukraine|Kiev|Kyiv|Kiyv|Kyïv
kharkiv|city|ukraine|Kharkiv|Kharkov
odesa|city|ukraine|Odessa|Odesa
lviv|city|ukraine|Lviv|Lvov|Lemberg
dnipro|city|ukraine|Dnipro|Dniepr|Dnipropetrovsk
zaporizhzhia|city|ukraine|Zaporijjia|Zaporijia|Zaporizhzhia|Zaporozhye
kherson|city|ukraine|Kherson
mariupol|city|ukraine|Marioupol|Mariupol
donetsk|city|ukraine|Donetsk
luhansk|city|ukraine|Louhansk|Lougansk|Luhansk|Lugansk
bakhmut|city|ukraine|Bakhmout|Bakhmut
sevastopol|city|ukraine|Sébastopol|Sevastopol
riyadh|city|saudi-arabia|Riyad|Riyadh|Ryad|Riad
jeddah|city|saudi-arabia|Djeddah|Jeddah|Jiddah
mecca|city|saudi-arabia|La Mecque|Mecca
istanbul|city|turkey|Istanbul|Stamboul
ankara|city|turkey|Ankara
antalya|city|turkey|Antalya
izmir|city|turkey|Izmir
geneva|city|switzerland|Genève|Geneve|Geneva
bern|city|switzerland|Berne|Bern
zurich|city|switzerland|Zurich|Zürich
lausanne|city|switzerland|Lausanne
davos|city|switzerland|Davos
basel|city|switzerland|Bâle|Basel
lugano|city|switzerland|Lugano
burgenstock|city|switzerland|Bürgenstock|Burgenstock
paris|city|france|Paris
marseille|city|france|Marseille|Marseilles
lyon|city|france|Lyon|Lyons
toulouse|city|france|Toulouse
bordeaux|city|france|Bordeaux
lille|city|france|Lille
strasbourg|city|france|Strasbourg
nantes|city|france|Nantes
nice|city|france|Nice
montpellier|city|france|Montpellier
rennes|city|france|Rennes
versailles|city|france|Versailles
berlin|city|germany|Berlin
munich|city|germany|Munich|München
hamburg|city|germany|Hambourg|Hamburg
frankfurt|city|germany|Francfort|Frankfurt
cologne|city|germany|Cologne|Köln
bonn|city|germany|Bonn
london|city|united-kingdom|Londres|London
manchester|city|united-kingdom|Manchester
edinburgh|city|united-kingdom|Édimbourg|Edimbourg|Edinburgh
rome|city|italy|Rome|Roma
milan|city|italy|Milan|Milano
naples|city|italy|Naples|Napoli
vatican|city||Vatican|Cité du Vatican|Vatican City
madrid|city|spain|Madrid
barcelona|city|spain|Barcelone|Barcelona
lisbon|city|portugal|Lisbonne|Lisbon|Lisboa
brussels|city|belgium|Bruxelles|Brussels
amsterdam|city|netherlands|Amsterdam
the-hague|city|netherlands|La Haye|The Hague
vienna|city|austria|Vienne|Vienna|Wien
warsaw|city|poland|Varsovie|Warsaw
krakow|city|poland|Cracovie|Kraków|Krakow
rzeszow|city|poland|Rzeszów|Rzeszow
prague|city|czechia|Prague|Praha
bratislava|city|slovakia|Bratislava
budapest|city|hungary|Budapest
bucharest|city|romania|Bucarest|Bucharest
sofia|city|bulgaria|Sofia
athens|city|greece|Athènes|Athens
nicosia|city|cyprus|Nicosie|Nicosia
valletta|city|malta|La Valette|Valletta
zagreb|city|croatia|Zagreb
ljubljana|city|slovenia|Ljubljana
belgrade|city|serbia|Belgrade|Beograd
sarajevo|city|bosnia|Sarajevo
podgorica|city|montenegro|Podgorica
tirana|city|albania|Tirana
skopje|city|north-macedonia|Skopje
pristina|city|kosovo|Pristina|Priština
chisinau|city|moldova|Chisinau|Chișinău|Kichinev
minsk|city|belarus|Minsk
vilnius|city|lithuania|Vilnius
riga|city|latvia|Riga
tallinn|city|estonia|Tallinn
helsinki|city|finland|Helsinki
stockholm|city|sweden|Stockholm
oslo|city|norway|Oslo
copenhagen|city|denmark|Copenhague|Copenhagen
reykjavik|city|iceland|Reykjavik|Reykjavík
dublin|city|ireland|Dublin
tbilisi|city|georgia|Tbilissi|Tbilisi
yerevan|city|armenia|Erevan|Yerevan
baku|city|azerbaijan|Bakou|Baku
astana|city|kazakhstan|Astana|Nour-Soultan|Nur-Sultan
almaty|city|kazakhstan|Almaty|Alma-Ata
tashkent|city|uzbekistan|Tachkent|Tashkent
ashgabat|city|turkmenistan|Achgabat|Ashgabat
bishkek|city|kyrgyzstan|Bichkek|Bishkek
dushanbe|city|tajikistan|Douchanbé|Dushanbe
beijing|city|china|Pékin|Beijing|Peking
shanghai|city|china|Shanghai|Shanghaï
hong-kong|city|china|Hong Kong|Hongkong
tokyo|city|japan|Tokyo
osaka|city|japan|Osaka
hiroshima|city|japan|Hiroshima
seoul|city|south-korea|Séoul|Seoul
pyongyang|city|north-korea|Pyongyang
ulaanbaatar|city|mongolia|Oulan-Bator|Ulaanbaatar|Ulan Bator
taipei|city|taiwan|Taipei|Taïpei
new-delhi|city|india|New Delhi|Delhi|New Dehli
mumbai|city|india|Bombay|Mumbai
islamabad|city|pakistan|Islamabad
karachi|city|pakistan|Karachi
kabul|city|afghanistan|Kaboul|Kabul
tehran|city|iran|Téhéran|Teheran|Tehran
baghdad|city|iraq|Bagdad|Baghdad
damascus|city|syria|Damas|Damascus
aleppo|city|syria|Alep|Aleppo
beirut|city|lebanon|Beyrouth|Beirut
jerusalem|city|israel|Jérusalem|Jerusalem
tel-aviv|city|israel|Tel-Aviv|Tel Aviv
amman|city|jordan|Amman
cairo|city|egypt|Le Caire|Caire|Cairo
sharm-el-sheikh|city|egypt|Charm el-Cheikh|Sharm el-Sheikh
tripoli|city|libya|Tripoli
tunis|city|tunisia|Tunis
algiers|city|algeria|Alger|Algiers
rabat|city|morocco|Rabat
casablanca|city|morocco|Casablanca
khartoum|city|sudan|Khartoum
addis-ababa|city|ethiopia|Addis-Abeba|Addis Abeba|Addis Ababa
mogadishu|city|somalia|Mogadiscio|Mogadishu
nairobi|city|kenya|Nairobi
kampala|city|uganda|Kampala
dodoma|city|tanzania|Dodoma
dar-es-salaam|city|tanzania|Dar es Salaam
kigali|city|rwanda|Kigali
kinshasa|city|drc|Kinshasa
goma|city|drc|Goma
brazzaville|city|congo|Brazzaville
libreville|city|gabon|Libreville
yaounde|city|cameroon|Yaoundé|Yaounde
abuja|city|nigeria|Abuja
lagos|city|nigeria|Lagos
niamey|city|niger|Niamey
ndjamena|city|chad|N'Djamena|Ndjamena
bamako|city|mali|Bamako
ouagadougou|city|burkina-faso|Ouagadougou
dakar|city|senegal|Dakar
conakry|city|guinea|Conakry
abidjan|city|ivory-coast|Abidjan
yamoussoukro|city|ivory-coast|Yamoussoukro
accra|city|ghana|Accra
lome|city|togo|Lomé|Lome
cotonou|city|benin|Cotonou
bangui|city|central-african-republic|Bangui
luanda|city|angola|Luanda
lusaka|city|zambia|Lusaka
harare|city|zimbabwe|Harare
maputo|city|mozambique|Maputo
antananarivo|city|madagascar|Antananarivo|Tananarive
windhoek|city|namibia|Windhoek
pretoria|city|south-africa|Pretoria
johannesburg|city|south-africa|Johannesburg
cape-town|city|south-africa|Le Cap|Cape Town
doha|city|qatar|Doha
abu-dhabi|city|united-arab-emirates|Abou Dhabi|Abu Dhabi
dubai|city|united-arab-emirates|Dubaï|Dubai
kuwait-city|city|kuwait|Koweït City|Kuwait City
manama|city|bahrain|Manama
muscat|city|oman|Mascate|Muscat
sanaa|city|yemen|Sanaa|Sana'a
dhaka|city|bangladesh|Dacca|Dhaka
colombo|city|sri-lanka|Colombo
kathmandu|city|nepal|Katmandou|Kathmandu
naypyidaw|city|myanmar|Naypyidaw|Naypyitaw
yangon|city|myanmar|Rangoun|Yangon
bangkok|city|thailand|Bangkok
vientiane|city|laos|Vientiane
phnom-penh|city|cambodia|Phnom Penh
hanoi|city|vietnam|Hanoï|Hanoi
ho-chi-minh-city|city|vietnam|Hô Chi Minh-Ville|Ho Chi Minh City|Saïgon|Saigon
kuala-lumpur|city|malaysia|Kuala Lumpur
singapore|city|singapore-country|Singapour|Singapore
jakarta|city|indonesia|Jakarta|Djakarta
bali|region|indonesia|Bali
manila|city|philippines|Manille|Manila
canberra|city|australia|Canberra
sydney|city|australia|Sydney
melbourne|city|australia|Melbourne
wellington|city|new-zealand|Wellington
ottawa|city|canada|Ottawa
montreal|city|canada|Montréal|Montreal
toronto|city|canada|Toronto
quebec|city|canada|Québec|Quebec
vancouver|city|canada|Vancouver
mexico|city|mexico-country|Mexico City|Ciudad de México
havana|city|cuba|La Havane|Havana
port-au-prince|city|haiti|Port-au-Prince
caracas|city|venezuela|Caracas
bogota|city|colombia|Bogota|Bogotá
quito|city|ecuador|Quito
lima|city|peru|Lima
la-paz|city|bolivia|La Paz
brasilia|city|brazil|Brasilia|Brasília
rio-de-janeiro|city|brazil|Rio de Janeiro|Rio
sao-paulo|city|brazil|São Paulo|Sao Paulo
asuncion|city|paraguay|Asuncion|Asunción
montevideo|city|uruguay|Montevideo
buenos-aires|city|argentina|Buenos Aires
santiago|city|chile|Santiago
panama-city|city|panama|Panama City
`;

const PLACES = new Map<string, PlaceInfo>();
/** Folded spelling -> place id. */
const SPELLINGS = new Map<string, string>();
/** First folded word of a spelling -> the longest spelling (in words) that starts with it. */
const MAX_WORDS = new Map<string, number>();

/** Lowercase, accents removed, typographic apostrophes unified: the key spellings are compared on. */
export function foldPlaceName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Words of a spelling, as the scanner tokenises them (hyphens and apostrophes separate words). */
function wordsOf(s: string): string[] {
  return foldPlaceName(s).split(/[\s\-']+/).filter(Boolean).map((w) => w.replace(/\.$/, ''));
}

for (const line of TABLE.split('\n')) {
  const row = line.trim();
  if (!row) continue;
  const [id, kind, country, ...spellings] = row.split('|');
  const nameEn = spellings.find((sp) => wordsOf(sp).join('-') === id) ?? spellings[0];
  PLACES.set(id, { id, name: spellings[0], nameEn, kind: kind as PlaceKind, ...(country ? { country } : {}) });
  for (const sp of spellings) {
    const words = wordsOf(sp);
    const key = words.join(' ');
    // A city and a country can share a spelling (Singapour, Mexico, Koweït): the first row wins,
    // except that a city row overrides a country of the same name for the city's own spelling only.
    if (!SPELLINGS.has(key)) SPELLINGS.set(key, id);
    MAX_WORDS.set(words[0], Math.max(MAX_WORDS.get(words[0]) ?? 0, words.length));
  }
}

/** Information about a known place, by spelling ("Riyad", "Kyiv", "Etats-Unis") or by id. */
export function placeInfo(nameOrId: string): PlaceInfo | undefined {
  const byId = PLACES.get(nameOrId);
  if (byId) return byId;
  const id = SPELLINGS.get(wordsOf(nameOrId).join(' '));
  return id ? PLACES.get(id) : undefined;
}

/** Stable key of a place name: the gazetteer id for a known place, a slug of the name otherwise. */
export function placeKey(name: string): string {
  return placeInfo(name)?.id ?? wordsOf(name).join('-');
}

/** True when `name` is a known country, capital, major city or region, in French or English. */
export function isPlaceName(name: string): boolean {
  return SPELLINGS.has(wordsOf(name).join(' '));
}

/** True when place `inner` lies in place `outer` (a city in its country), or they are the same. */
export function placeWithin(inner: string, outer: string): boolean {
  const a = placeInfo(inner);
  const b = placeInfo(outer);
  if (!a || !b) return placeKey(inner) === placeKey(outer);
  return a.id === b.id || a.country === b.id;
}

// Words after a place preposition that are capitalised but are not places.
const CUE_STOP = new Set(
  [
    'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'a', 'an', 'addition', 'fact', 'order', 'particular',
    'la', 'le', 'les', 'l', 'un', 'une', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos',
    'monsieur', 'madame', 'mr', 'mrs', 'ms', 'dr', 'president', 'general', 'minister', 'ministre', 'moi', 'lui', 'elle', 'eux',
  ],
);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DOTTED_ABBREVIATION = /\p{L}\.\p{L}\.$/u;
// Words before a place name that announce it (so "à Washington Marco…" is the city), and cue words.
const ANNOUNCING = new Set(['a', 'au', 'aux', 'en', 'in', 'at', 'to', 'from', 'de', 'du', 'des', 'vers', 'depuis', 'near', 'et', 'and', 'ou', 'or']);
const CUE = new Set(['a', 'in', 'near', 'outside', 'depuis', 'vers']);

/** `UPPER.test(text[i])`, one UTF-16 unit as the scanner looks at it; asked of every token, so kept by unit. */
const upperUnit = new Int8Array(0x10000); // 0 not asked yet, 1 upper case, 2 not
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let v = upperUnit[c];
  if (v === 0) upperUnit[c] = v = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** A token's folded form (foldPlaceName, no final dot): asked of the same words in every article, so memoised (bounded). */
const foldMemo = new Map<string, string>();
function foldToken(raw: string): string {
  let v = foldMemo.get(raw);
  if (v === undefined) {
    if (foldMemo.size > 100_000) foldMemo.clear();
    v = foldPlaceName(raw).replace(/\.$/, '');
    foldMemo.set(raw, v);
  }
  return v;
}

const WORD_CHAR = /^[\p{L}\p{M}\d]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit: 0 not asked yet, else KNOWN + WORD (letter, mark or digit) + LM (letter or mark), or HIGH. */
const KNOWN = 1;
const WORD = 2;
const LM = 4;
/** A high surrogate: the class is the pair's. */
const HIGH = 8;
const unitClass = new Uint8Array(0x10000).fill(HIGH, 0xd800, 0xdc00);
const astralClass = new Map<number, number>();

function classOf(s: string): number {
  return KNOWN + (WORD_CHAR.test(s) ? WORD : 0) + (LETTER_OR_MARK.test(s) ? LM : 0);
}

/** Width in UTF-16 units of the code point at `i` when it is in class `cls` (WORD or LM), else 0. */
function widthIn(text: string, i: number, cls: number): number {
  const v = unitClass[text.charCodeAt(i)]; // undefined past the end
  if (v & cls) return 1;
  if (v !== 0 && v !== HIGH) return 0;
  const c = text.charCodeAt(i);
  if (v === HIGH) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lone surrogate is nothing
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let a = astralClass.get(cp);
    if (a === undefined) astralClass.set(cp, (a = classOf(String.fromCodePoint(cp))));
    return a & cls ? 2 : 0;
  }
  return (unitClass[c] = classOf(String.fromCharCode(c))) & cls ? 1 : 0;
}

/** foldPlaceName of each Latin-1 character, as one Latin-1 code, or -1 (built on first use). */
let foldUnit: Int16Array | undefined;

/**
 * A number for the first three characters of a token's folded form (`Tokens.folded`), read from the text
 * without folding it; -1 when a character needs the whole fold (outside Latin-1: marks, ligatures).
 */
function foldedStartKey(text: string, start: number, end: number): number {
  // The folded form drops a final dot ("U.S." -> "u.s").
  const n = Math.min(3, end - start - (text.charCodeAt(end - 1) === 0x2e ? 1 : 0));
  let key = 0;
  foldUnit ??= Int16Array.from({ length: 256 }, (_, c) => {
    const f = foldPlaceName(String.fromCharCode(c));
    return f.length === 1 && f.charCodeAt(0) < 256 ? f.charCodeAt(0) : -1;
  });
  for (let i = start; i < start + n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 256 ? foldUnit[c] : -1;
    if (f < 0) return -1;
    key = key * 256 + f;
  }
  return n * 0x1000000 + key;
}

/** The same number for the start of a folded word. */
function startKey(folded: string): number {
  const n = Math.min(3, folded.length);
  let key = 0;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 256) return -1;
    key = key * 256 + c;
  }
  return n * 0x1000000 + key;
}

/** Start keys of the first words of spellings and of the cue words: a token with another start is neither. */
let starts: { spellings: Set<number>; cues: Set<number> } | undefined;

/**
 * The tokens of a text: runs of letters and digits, with the dots inside abbreviations ("U.S.", "D.C."), as
 * /[\p{L}\p{M}\d]+(?:\.[\p{L}\p{M}]+)*\.?/gu finds them, a final dot kept for an abbreviation only. Scanned by
 * hand (a match object per word would cost more than the rest of the place search): UTF-16 offsets, and each
 * token's folded form, computed when first asked for.
 */
class Tokens {
  readonly start: number[] = [];
  readonly end: number[] = [];
  private readonly foldedForms: string[] = [];

  constructor(private readonly text: string) {
    const n = text.length;
    let w: number;
    for (let i = 0; i < n; ) {
      // The unit's class straight from the table when known; widthIn for the rest (new units, surrogates).
      const v = unitClass[text.charCodeAt(i)];
      if (!(v & WORD) && ((v !== 0 && v !== HIGH) || !widthIn(text, i, WORD))) {
        i++;
        continue;
      }
      const start = i;
      // [\p{L}\p{M}\d]+ (?:\.[\p{L}\p{M}]+)* \.?
      for (;;) {
        const u = unitClass[text.charCodeAt(i)]; // undefined past the end
        if (u & WORD) i++;
        else if ((u === 0 || u === HIGH) && (w = widthIn(text, i, WORD))) i += w;
        else break;
      }
      while (text.charCodeAt(i) === 0x2e && (w = widthIn(text, i + 1, LM))) {
        i += 1 + w;
        while ((w = widthIn(text, i, LM))) i += w;
      }
      let end = i;
      if (text.charCodeAt(i) === 0x2e) {
        i++;
        // Keep a final dot only for abbreviations like "U.S." (a dot between letters before it).
        if (DOTTED_ABBREVIATION.test(text.slice(Math.max(start, i - 6), i))) end = i;
      }
      this.start.push(start);
      this.end.push(end);
    }
  }

  get length(): number {
    return this.start.length;
  }

  folded(i: number): string {
    return (this.foldedForms[i] ??= foldToken(this.text.slice(this.start[i], this.end[i])));
  }

  /** False when token i's folded form cannot start with any of `starts` (start keys), without folding it. */
  mayBeIn(i: number, starts: ReadonlySet<number>): boolean {
    const key = this.foldedForms[i] !== undefined ? startKey(this.foldedForms[i]) : foldedStartKey(this.text, this.start[i], this.end[i]);
    return key < 0 || starts.has(key);
  }
}

/** True when the characters between two tokens may sit inside a place name (space, hyphen, apostrophe). */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  const gap = text.slice(from, to);
  return /^(?:\s|-|'|’){1,2}$/.test(gap) && !gap.includes('\n');
}

/**
 * Place names in `text` with code-point offsets: every gazetteer match (confidence 1), and a capitalised
 * unknown name right after a place preposition ("à Koursk", "in Tikrit") with confidence 0.5.
 * Matches are the longest spelling at each position and do not overlap. `idx` is the text's own index, when
 * the caller has one.
 */
export function findPlaces(text: string, idx: TextIndex = new TextIndex(text)): PlaceSpan[] {
  const tk = new Tokens(text);
  starts ??= { spellings: new Set([...MAX_WORDS.keys()].map(startKey)), cues: new Set([...CUE].map(startKey)) };
  const { spellings, cues } = starts;
  const out: PlaceSpan[] = [];
  for (let i = 0; i < tk.length; i++) {
    const tStart = tk.start[i];
    const tEnd = tk.end[i];
    if (!isUpperAt(text, tStart)) continue;
    // Longest gazetteer spelling starting here. Spellings like "La Haye" start with an article.
    const maxWords = tk.mayBeIn(i, spellings) ? MAX_WORDS.get(tk.folded(i)) ?? 0 : 0;
    let matched = 0;
    let id: string | undefined;
    let words = '';
    for (let k = 0; k < maxWords && i + k < tk.length; k++) {
      if (k > 0 && !joinable(text, tk.end[i + k - 1], tk.start[i + k])) break;
      words = k ? `${words} ${tk.folded(i + k)}` : tk.folded(i);
      const hit = SPELLINGS.get(words);
      if (hit) {
        matched = k + 1;
        id = hit;
      }
    }
    if (id) {
      const lastEnd = tk.end[i + matched - 1];
      // "Washington Post", "Chad Smith", "Russie unie": a one-word place followed by another capitalised
      // word is usually part of another name, unless a place preposition announces it ("à Washington Marco…").
      const next = i + matched;
      const info = PLACES.get(id)!;
      const announced = i > 0 && ANNOUNCING.has(tk.folded(i - 1));
      const followedByName =
        matched === 1 && next < tk.length && joinable(text, lastEnd, tk.start[next]) && !text.slice(lastEnd, tk.start[next]).includes('-') &&
        isUpperAt(text, tk.start[next]) && !SPELLINGS.has(tk.folded(next)) && !CUE_STOP.has(tk.folded(next));
      if (!followedByName || announced) {
        const start = idx.toCodePoint(tStart);
        const end = idx.toCodePoint(lastEnd);
        out.push({ start, end, text: text.slice(tStart, lastEnd), id, kind: info.kind, confidence: 1 });
        i += matched - 1;
        continue;
      }
    }
    // Cue: a capitalised unknown word after "à", "in", "near", "près de" (not at a sentence start).
    if (i === 0 || !tk.mayBeIn(i - 1, cues) || !CUE.has(tk.folded(i - 1))) continue;
    const prevStart = tk.start[i - 1];
    const prevEnd = tk.end[i - 1];
    if (!joinable(text, prevEnd, tStart) || text.slice(prevStart, prevEnd) === 'A' || text.slice(prevStart, prevEnd) === 'In') continue;
    const folded = tk.folded(i);
    if (CUE_STOP.has(folded) || folded.length < 3 || !LETTER.test(text[tStart])) continue;
    // Two capitalised words in a row after "à" are more often a person ("à Vladimir Poutine").
    const next = i + 1;
    if (next < tk.length && joinable(text, tEnd, tk.start[next]) && isUpperAt(text, tk.start[next]) && !text.slice(tEnd, tk.start[next]).includes('-')) continue;
    // All-caps short tokens are organisations ("à l'AFP" is already excluded by the apostrophe; "in NATO").
    if (text.slice(tStart, tEnd) === text.slice(tStart, tEnd).toUpperCase()) continue;
    const start = idx.toCodePoint(tStart);
    const end = idx.toCodePoint(tEnd);
    out.push({ start, end, text: text.slice(tStart, tEnd), id: folded.replace(/\s+/g, '-'), kind: 'unknown', confidence: 0.5 });
  }
  return out;
}

/** Number of places in the gazetteer (for tests and diagnostics). */
export function placeCount(): number {
  return PLACES.size;
}

/*
 * Demonyms and relational adjectives (FR, EN) -> country or region id: "russe", "Américains",
 * "ukrainienne", "russo-américain" (each part). Stems take the usual endings (-e, -s, -es, -ne, -nes).
 */
const DEMONYM_STEMS: Array<[RegExp, string]> = [
  [/^russ(?:e|es|ian|ians|o)$/, 'russia'],
  [/^am[ée]ricain(?:e|s|es)?$|^americans?$|^am[ée]ricano$|^[ée]tats-uniens?$/, 'united-states'],
  [/^ukrainien(?:ne|s|nes)?$|^ukrainians?$|^ukraino$/, 'ukraine'],
  [/^europ[ée]en(?:ne|s|nes)?$|^europeans?$/, 'europe'],
  [/^fran[çc]ais(?:e|es)?$|^french$|^franco$/, 'france'],
  [/^allemand(?:e|s|es)?$|^germans?$/, 'germany'],
  [/^britanniques?$|^british$|^anglais(?:e|es)?$/, 'united-kingdom'],
  [/^chinois(?:e|es)?$|^chinese$|^sino$/, 'china'],
  [/^turc(?:s)?$|^turques?$|^turkish$|^turks?$/, 'turkey'],
  [/^saoudien(?:ne|s|nes)?$|^saudis?$/, 'saudi-arabia'],
  [/^iranien(?:ne|s|nes)?$|^iranians?$/, 'iran'],
  [/^isra[ée]lien(?:ne|s|nes)?$|^israelis?$/, 'israel'],
  [/^palestinien(?:ne|s|nes)?$|^palestinians?$/, 'palestine'],
  [/^syrien(?:ne|s|nes)?$|^syrians?$/, 'syria'],
  [/^qatari(?:e|s|es)?$|^qataris?$/, 'qatar'],
  [/^suisses?$|^swiss$/, 'switzerland'],
  [/^japonais(?:e|es)?$|^japanese$/, 'japan'],
  [/^indien(?:ne|s|nes)?$|^indians?$/, 'india'],
  [/^italien(?:ne|s|nes)?$|^italians?$/, 'italy'],
  [/^espagnol(?:e|s|es)?$|^spanish$/, 'spain'],
  [/^polonais(?:e|es)?$|^polish$/, 'poland'],
  [/^bi[ée]lorusses?$|^belarusians?$/, 'belarus'],
  [/^canadien(?:ne|s|nes)?$|^canadians?$/, 'canada'],
  [/^[ée]gyptien(?:ne|s|nes)?$|^egyptians?$/, 'egypt'],
  [/^cor[ée]en(?:ne|s|nes)?$|^koreans?$/, 'south-korea'],
];

/** The word patterns behind `countryOfDemonym`, tried on a word folded and on it lower-cased. */
export function demonymPatterns(): readonly RegExp[] {
  return DEMONYM_STEMS.map(([re]) => re);
}

/** The country (or region) a demonym or relational adjective names ("russes" -> "russia"), if known. */
export function countryOfDemonym(word: string): string | undefined {
  const w = foldPlaceName(word);
  for (const [re, id] of DEMONYM_STEMS) if (re.test(w.normalize('NFC')) || re.test(word.toLowerCase())) return id;
  return undefined;
}
