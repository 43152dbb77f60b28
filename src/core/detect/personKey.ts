/**
 * A normalised key under which transliteration variants of one name meet: "Iouri Ouchakov" and
 * "Yuri Ushakov", "Dmitri"/"Dmitry", "Sergueï"/"Sergei"/"Sergey", "Zelensky"/"Zelenskiy"/"Zelenskyy",
 * "Poutine"/"Putin". Keys are for comparison and ids, never for display.
 */

const SPELLING_RULES: ReadonlyArray<[RegExp, string]> = [
  [/[’'`ʼ]/g, ''],
  [/tch/g, 'ch'], // Tchaïkovski / Chaikovsky
  [/sh/g, 'ch'], // Ushakov / Ouchakov (French writes the sound "ch")
  [/zh/g, 'j'], // Zhirinovsky / Jirinovski
  [/kh/g, 'h'], // Mikhail / Mikhaïl
  [/ou/g, 'u'], // Iouri / Yuri, Poutine / Putin
  [/y/g, 'i'], // Dmitry / Dmitri, Yuri / Iouri
  [/x/g, 'ks'], // Alexei / Aleksei
  [/w/g, 'v'], // Wladimir / Vladimir
  [/gu(?=[ei])/g, 'g'], // Sergueï / Sergei
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/(.)\1+/g, '$1'], // Zelenskyy / Zelensky, Rutte
  [/([^aeiou])e$/, '$1'], // French mute final e: Poutine / Putin
  [/ii$/, 'i'],
];

function foldToken(token: string): string {
  let t = token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const [re, by] of SPELLING_RULES) t = t.replace(re, by);
  return t;
}

/**
 * The normalised key of a person's name: accents, case, apostrophes and common transliteration
 * differences (French/English spellings of Russian, Ukrainian and Arabic names) removed, words joined
 * by single spaces. `personKey("Iouri Ouchakov") === personKey("Yuri Ushakov")`.
 */
export function personKey(name: string): string {
  let k = KEY_CACHE.get(name);
  if (k === undefined) {
    k = computeKey(name);
    if (KEY_CACHE.size > 50000) KEY_CACHE.clear();
    KEY_CACHE.set(name, k);
  }
  return k;
}

const KEY_CACHE = new Map<string, string>();

/** A module constant (bundled for Node 20, a `\p{…}` literal is a `new RegExp` at every call); `replace` starts it from 0. */
const NOT_NAME_CHAR = /[^\p{L}'’]/gu;

function computeKey(name: string): string {
  const words = name
    .split(/[\s\-‐‑]+/u)
    .map((w) => w.replace(NOT_NAME_CHAR, ''))
    .filter(Boolean);
  // A middle initial does not tell two people apart: "Donald J. Trump" is "Donald Trump".
  const full = words.filter((w) => [...w].length > 1);
  return (full.length >= 2 ? full : words).map(foldToken).join(' ');
}

/**
 * The id written for a person without a registry entry: the name as written, as a slug — accents,
 * apostrophes and punctuation dropped, lower case, words joined by hyphens ("Iouri Ouchakov" ->
 * "iouri-ouchakov"). Ids are read by people (sidecars, report, tooltips); two ids are the same person when
 * their `personIdKey`s are equal, so "iouri-ouchakov", "yuri-ushakov" and an older phonetic "iuri-uchakov" meet.
 */
export function personSlug(name: string): string {
  let slug = SLUG_CACHE.get(name);
  if (slug === undefined) {
    const words = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[\s\-‐‑]+/u)
      .map((w) => w.replace(NOT_SLUG_CHAR, ''))
      .filter(Boolean);
    // As in the key, a middle initial is left out: "Donald J. Trump" is "donald-trump".
    const full = words.filter((w) => [...w].length > 1);
    slug = (full.length >= 2 ? full : words).join('-');
    if (SLUG_CACHE.size > 50000) SLUG_CACHE.clear();
    SLUG_CACHE.set(name, slug);
  }
  return slug;
}

const SLUG_CACHE = new Map<string, string>();
const NOT_SLUG_CHAR = /[^\p{L}\p{N}]/gu;

/**
 * What person ids are compared by: the phonetic key of the id's words, as a slug. The same for a readable id
 * ("vladimir-poutine"), its English spelling ("vladimir-putin") and the phonetic ids older sidecars hold; and
 * for a name and its `personSlug` (`personIdKey(personSlug(n)) === personIdKey(n)`).
 */
export function personIdKey(idOrName: string): string {
  return personKey(idOrName).replace(/\s+/g, '-');
}

/**
 * The names of `people` given in full (two words or more: "Oleg Varenko", not "Varenko"), one per key,
 * in order: the `knownNames` a workspace gives detection, so that a surname alone in one article is the
 * person another article names in full. A one-word name is left out: it carries no surname to match.
 */
export function fullNamesOf(people: Iterable<{ name: string }>): string[] {
  const byKey = new Map<string, string>();
  for (const p of people) {
    const name = p.name.trim().replace(/\s+/g, ' ');
    if (!name.includes(' ')) continue;
    const key = personKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}
