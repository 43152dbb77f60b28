/**
 * Synthetic corpora for the benchmark, generated from seeds/: each article is a seed with its people,
 * places, day numbers, months, years and other numbers replaced at random (deterministic PRNG), so no two
 * articles are equal and a content-hash cache cannot skip any of them. The people and places to replace are
 * found by the product's own detectors once per seed (templates), so the articles keep the seeds' shape:
 * same sentence structure, same density of names, dates, quotes and event words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../src/core/detect';
import { findPlaces, placeInfo } from '../src/core/lexicon/places';

/** Mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Vladimir',
  'Donald',
  'Marco',
  'Sergueï',
  'Dmitri',
  'Iouri',
  'Emmanuel',
  'Olaf',
  'Giorgia',
  'Keir',
  'Ursula',
  'Antonio',
  'Pedro',
  'Recep',
  'Hakan',
  'Ali',
  'Mohammed',
  'Fayçal',
  'Volodymyr',
  'Andriy',
  'Kaja',
  'Jean-Noël',
  'Catherine',
  'Annalena',
  'Friedrich',
  'Mark',
  'Viktor',
  'Robert',
  'Alexandre',
  'Nathalie',
  'Sophie',
  'Claire',
  'Thomas',
  'Julien',
  'Marie',
  'Pierre',
  'Anne',
  'Laurent',
  'Isabelle',
  'Nicolas',
  'Steve',
  'Keith',
  'Mike',
  'Pete',
  'Kirill',
  'Maria',
  'Anton',
  'Yulia',
  'Olena',
  'Rustem',
  'Denys',
  'Petr',
  'Andrzej',
  'Radoslaw',
  'Alexander',
  'Jens',
  'Mette',
  'Ulf',
  'Pekka',
  'Kristen',
];
const SYLLABLES = [
  'va',
  'lo',
  'ru',
  'mi',
  'ko',
  'tan',
  'sel',
  'dor',
  'bri',
  'gue',
  'ran',
  'vel',
  'mon',
  'tis',
  'cha',
  'ber',
  'nov',
  'ski',
  'lin',
  'dre',
  'pa',
  'zor',
  'fel',
  'mar',
];
const CITIES = [
  'Moscou',
  'Saint-Pétersbourg',
  'Sotchi',
  'Kazan',
  'Washington',
  'New York',
  'Miami',
  'Anchorage',
  'Kiev',
  'Kharkiv',
  'Odessa',
  'Lviv',
  'Riyad',
  'Djeddah',
  'Istanbul',
  'Ankara',
  'Antalya',
  'Genève',
  'Berne',
  'Zurich',
  'Lausanne',
  'Davos',
  'Paris',
  'Marseille',
  'Lyon',
  'Berlin',
  'Munich',
  'Londres',
  'Rome',
  'Milan',
  'Madrid',
  'Barcelone',
  'Vienne',
  'Varsovie',
  'Bruxelles',
  'La Haye',
  'Helsinki',
  'Oslo',
  'Stockholm',
  'Doha',
  'Abou Dhabi',
  'Dubaï',
  'Le Caire',
  'Pékin',
  'Tokyo',
  'New Delhi',
  'Budapest',
];
const COUNTRIES = [
  'Russie',
  'États-Unis',
  'Ukraine',
  'Arabie saoudite',
  'Turquie',
  'Suisse',
  'France',
  'Allemagne',
  'Royaume-Uni',
  'Italie',
  'Espagne',
  'Autriche',
  'Pologne',
  'Belgique',
  'Finlande',
  'Norvège',
  'Qatar',
  'Égypte',
  'Chine',
  'Japon',
  'Inde',
  'Hongrie',
];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTH_RE = new RegExp(`(?<![\\p{L}])(${MONTHS.join('|')})(?![\\p{L}])`, 'giu');

interface Slot {
  start: number;
  end: number;
  kind: 'person' | 'place';
  /** Person id or place id, so one article maps every mention of one entity to the same replacement. */
  key: string;
  /** Person: number of words in the mention (1 = surname only); place: 'city' | 'country' | other. */
  shape: string;
}

interface Template {
  name: string;
  text: string;
  slots: Slot[];
}

let templates: Template[] | undefined;

/** UTF-16 offsets of the detections (detect returns code points; the seeds have few astral characters). */
function cpToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[cp] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) i++;
    cp++;
  }
  map[cp] = text.length;
  return (x) => map[x];
}

export function seedTemplates(seedsDir: string): Template[] {
  if (templates) return templates;
  templates = [];
  for (const name of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedsDir, name), 'utf8');
    const u = cpToUtf16(text);
    const slots: Slot[] = [];
    for (const p of detect(text).people) slots.push({ start: u(p.start), end: u(p.end), kind: 'person', key: p.id, shape: String(p.text.split(/\s+/).length) });
    for (const p of findPlaces(text)) {
      if (p.confidence < 1) continue;
      const kind = placeInfo(p.id)?.kind ?? 'other';
      if (kind !== 'city' && kind !== 'country') continue;
      slots.push({ start: u(p.start), end: u(p.end), kind: 'place', key: p.id, shape: kind });
    }
    slots.sort((a, b) => a.start - b.start || b.end - a.end);
    // Drop overlaps (a place inside a person's name, etc.).
    const clean: Slot[] = [];
    for (const s of slots) if (!clean.length || s.start >= clean[clean.length - 1].end) clean.push(s);
    templates.push({ name, text, slots: clean });
  }
  return templates;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function surname(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

/** Replaces numbers outside the slots: years stay plausible years, small numbers stay valid days. */
function varyNumbers(chunk: string, r: () => number): string {
  const months = chunk.replace(MONTH_RE, (m) => {
    const rep = pick(r, MONTHS);
    return m[0] === m[0].toUpperCase() ? rep[0].toUpperCase() + rep.slice(1) : rep;
  });
  return months.replace(/\d+/g, (d) => {
    const v = Number(d);
    if (d.length === 4 && v >= 1900 && v <= 2100) return String(2005 + Math.floor(r() * 21));
    if (v >= 1 && v <= 31 && d.length <= 2) return String(1 + Math.floor(r() * 28)).padStart(d.length, '0');
    let out = String(1 + Math.floor(r() * 9));
    for (let i = 1; i < d.length; i++) out += String(Math.floor(r() * 10));
    return out;
  });
}

/** Article number `i` (deterministic for a given i and seedsDir). */
export function article(seedsDir: string, i: number): { name: string; text: string } {
  const ts = seedTemplates(seedsDir);
  const t = ts[i % ts.length];
  const r = prng(0x9e3779b9 ^ Math.imul(i + 1, 2654435761));
  const people = new Map<string, { first: string; last: string }>();
  const places = new Map<string, string>();
  let out = '';
  let at = 0;
  for (const s of t.slots) {
    out += varyNumbers(t.text.slice(at, s.start), r);
    if (s.kind === 'person') {
      let p = people.get(s.key);
      if (!p) people.set(s.key, (p = { first: pick(r, FIRST), last: surname(r) }));
      out += s.shape === '1' ? p.last : `${p.first} ${p.last}`;
    } else {
      let rep = places.get(s.key);
      // A third of the articles keep the seed's place, so events still group across articles.
      if (!rep) places.set(s.key, (rep = r() < 0.33 ? t.text.slice(s.start, s.end) : pick(r, s.shape === 'city' ? CITIES : COUNTRIES)));
      out += rep;
    }
    at = s.end;
  }
  out += varyNumbers(t.text.slice(at), r);
  return { name: `${String(i).padStart(5, '0')}_${t.name.replace(/\.txt$/, '')}.txt`, text: out };
}

/** `n` articles. */
export function corpus(seedsDir: string, n: number): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (let i = 0; i < n; i++) out.push(article(seedsDir, i));
  return out;
}

/** One long article (about `bytes` UTF-8 bytes): paragraphs of distinct generated articles, one header. */
export function longArticle(seedsDir: string, bytes = 1 << 20): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 100_000; size < bytes; i++) {
    const body = article(seedsDir, i).text.replace(/^\s*date [^\n]*\n/, '');
    parts.push(body);
    size += Buffer.byteLength(body) + 2;
  }
  return ' date 2025-02\n' + parts.join('\n\n');
}

/** What the pathological article is glued from: quote marks of every kind, names, digits, month names, punctuation. */
export const PATHOLOGICAL_ATOMS: readonly string[] = [
  '«',
  '»',
  '"',
  '“',
  '”',
  '„',
  "'",
  '’',
  '‹',
  '›',
  'Jean',
  'Poutine',
  'Lavrov',
  'a',
  'de',
  'le',
  '12',
  '2025',
  'février',
  'jeudi',
  'Istanbul',
  '-',
  ',',
  '.',
  ':',
  'heures',
  'h30',
  'M.',
  'selon',
  'a-t-il',
  'déclaré',
];

/**
 * The pathological article: one line of about `bytes` bytes, no spaces, thousands of quote marks of every
 * kind, capitalised words, digits and month names glued together: what a detector's regular expressions
 * would backtrack on.
 */
export function pathologicalArticle(bytes = 1 << 20): string {
  const r = prng(42);
  const atoms = PATHOLOGICAL_ATOMS;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = atoms[Math.floor(r() * atoms.length)];
    parts.push(a);
    size += Buffer.byteLength(a);
  }
  return parts.join('');
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
