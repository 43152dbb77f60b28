/** The news agency an article credits, as its outlet when the sidecar names none. */

const AGENCIES = 'AFP|Reuters|AP|Associated Press|ATS|Keystone-ATS|DPA|ANSA|EFE|Belga|Anadolu|Interfax|TASS|Tass|RIA Novosti|Xinhua|Bloomberg';
const AGENCY_CREDIT = new RegExp(`\\((?:[\\p{L}]{2,5}\\s*(?:/|avec|with|and|et)\\s*)?(${AGENCIES})\\)`, 'iu');
const AGENCY_BYLINE = new RegExp(`(?:information fournie par|source\\s*:|par|by|\\()\\s*(${AGENCIES})(?![\\p{L}])`, 'u');

/** The outlet a text credits ("(jah/afp)", "information fournie par Reuters", "(Reuters) -"). */
export function guessOutlet(text: string): string | undefined {
  const credit = AGENCY_CREDIT.exec(text.slice(-400));
  if (credit) return normaliseAgency(credit[1]);
  const byline = AGENCY_BYLINE.exec(text.slice(0, 400));
  if (byline) return normaliseAgency(byline[1]);
  return undefined;
}

function normaliseAgency(s: string): string {
  const u = s.toUpperCase();
  if (u === 'ASSOCIATED PRESS') return 'AP';
  if (u === 'KEYSTONE-ATS') return 'ATS';
  if (u === 'TASS') return 'TASS';
  return s.length <= 4 ? u : s[0].toUpperCase() + s.slice(1).toLowerCase();
}
