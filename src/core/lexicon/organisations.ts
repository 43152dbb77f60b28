/**
 * Organisations, institutions, news agencies and media that are written like names but are never people,
 * in French and English. Used to keep them out of people and to give their words no person speaker.
 */
import { foldName } from './firstNames';

const ORGANISATIONS = `
AFP|Agence France-Presse|Reuters|AP|Associated Press|Bloomberg|Keystone|Keystone-ATS|ATS|Anadolu|TASS|Tass|RIA Novosti|Ria Novosti|Interfax|Xinhua|EFE|DPA|dpa|ANSA|Belga|Sputnik|RT|Ukrinform|Kyodo|Yonhap|PTI|Getty|Getty Images
BBC|CNN|Fox News|NBC|CBS|ABC|NPR|Al Jazeera|Al-Jazeera|Le Monde|Monde|Le Figaro|Figaro|Libération|Liberation|Les Echos|Les Échos|Le Parisien|Le Temps|La Tribune|Tribune|Ouest-France|France 24|France24|RFI|TF1|France 2|BFMTV|LCI|Europe 1|RTL|RTS|Le Point|L'Express|Mediapart|The Guardian|Guardian|The Times|New York Times|Washington Post|Wall Street Journal|Financial Times|The Economist|Economist|Politico|Axios|Kommersant|Izvestia|Pravda|Kyiv Independent|Der Spiegel|Spiegel|Bild|El País|Corriere|Blick|Tages-Anzeiger|Watson|20 Minutes|24 Heures|Tribune de Genève|Le Soir
Otan|OTAN|NATO|Nato|ONU|UN|U.N.|Nations unies|Nations Unies|United Nations|Conseil de sécurité|Security Council|UE|EU|E.U.|Union européenne|Union Européenne|European Union|Commission européenne|European Commission|Parlement européen|European Parliament|Conseil européen|European Council|BCE|ECB|FMI|IMF|Banque mondiale|World Bank|OMS|WHO|OMC|WTO|OCDE|OECD|OSCE|AIEA|IAEA|CPI|ICC|CIJ|ICJ|Unesco|UNESCO|Unicef|UNICEF|HCR|UNHCR|G7|G20|Brics|BRICS|Opep|OPEP|OPEC|Ligue arabe|Arab League|Union africaine|African Union|Asean|ASEAN|Interpol|Europol|Frontex|CEDH|Cour pénale internationale|Croix-Rouge|CICR|ICRC|Amnesty|Amnesty International|Human Rights Watch|HRW|Greenpeace|MSF|Médecins sans frontières
Kremlin|FSB|SVR|GRU|KGB|Douma|Duma|Rosatom|Gazprom|Rosneft|Wagner|Roscosmos|Maison Blanche|Maison-Blanche|White House|Pentagone|Pentagon|Département d'Etat|Département d'État|State Department|Congrès|Congress|Sénat|Senate|Chambre des représentants|House of Representatives|Capitole|Capitol|CIA|FBI|NSA|NASA|Trésor|Treasury|Cour suprême|Supreme Court|Élysée|Elysée|Elysee|Matignon|Quai d'Orsay|Assemblée nationale|Bundestag|Bundesrat|Downing Street|Westminster|Knesset|Tsahal|IDF|Hamas|Hezbollah|Houthis|Talibans|Taliban|Etat islamique|État islamique|Daech|Al-Qaïda|Al-Qaida|Rada|Verkhovna Rada|SBU|Naftogaz|Ukrenergo|Conseil fédéral|Federal Council|Vatican|Saint-Siège
Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Twitter|X|Tesla|SpaceX|OpenAI|Nvidia|Samsung|Huawei|TikTok|Telegram|Airbus|Boeing|TotalEnergies|Total|Shell|BP|Exxon|ExxonMobil|Chevron|Aramco|Renault|Stellantis|Volkswagen|Siemens|Nestlé|Novartis|Roche|UBS|Credit Suisse|BNP Paribas|Société Générale|Goldman Sachs|JPMorgan
Service de sécurité fédéral|Affaires étrangères|Foreign Office|Foreign Ministry|ministère des Affaires étrangères
`;

const FOLDED: ReadonlySet<string> = new Set(
  ORGANISATIONS.split(/[|\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(foldName),
);

/**
 * The folded starts of the names of FOLDED that a space, a no-break space or a dot ends ("maison" of
 * "maison blanche"): a phrase of two words or more is a name of the list only if its first word folds to one.
 */
const FOLDED_STARTS: ReadonlySet<string> = new Set([...FOLDED].flatMap((f) => [...f.matchAll(/[ \u00a0.]/g)].map((m) => f.slice(0, m.index))));

/**
 * False when no organisation of the list starts with `foldedWord` (a word folded by `foldName`) followed by a space, a
 * no-break space or a dot.
 */
export function mayStartOrganisationName(foldedWord: string): boolean {
  return FOLDED_STARTS.has(foldedWord);
}

/** True when `name` is a known organisation, institution, agency or medium ("AFP", "Otan", "Maison Blanche"). */
export function isOrganisationName(name: string): boolean {
  return FOLDED.has(foldName(name.trim()));
}

/**
 * Common nouns that start an organisation's name or stand for one as a speaker ("un communiqué du
 * département d'Etat", "le ministère", "the ministry said"): their words get no person speaker.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'ministère',
  'ministere',
  'département',
  'departement',
  'gouvernement',
  'communiqué',
  'communique',
  'présidence',
  'presidence',
  'agence',
  'armée',
  'armee',
  'état-major',
  'etat-major',
  'parquet',
  'tribunal',
  'cour',
  'conseil',
  'commission',
  'parti',
  'ambassade',
  'ministry',
  'department',
  'government',
  'statement',
  'agency',
  'army',
  'military',
  'court',
  'council',
  'commission',
  'party',
  'embassy',
  'office',
  "spokesperson's office",
  'kremlin',
  'white',
  'pentagon',
  'pentagone',
]);
