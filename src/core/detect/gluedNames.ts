/**
 * Two full names printed side by side without a comma between them ("entre Marco Rubio Sergueï Lavrov",
 * a caption whose line breaks were lost) are two people, not one four-word person.
 */
import type { Person } from '../model';
import { isFirstName } from '../lexicon/firstNames';
import type { RawPerson } from './people';
import { personKey, personSlug } from './personKey';

/**
 * Where a name of words separated by single spaces is two full names glued together: the first index of
 * the second name, or -1. Both names open on a given name and have two words or more; the word before the
 * cut is no given name, or one of the two names stands on its own elsewhere (`apart`): "Marco Rubio |
 * Sergueï Lavrov", "Jean-Marie Le Pen | Marine Le Pen", but not "Carlos Alberto Rosa Silva" (a run of given
 * names is one person's, unless "Rosa Silva" is named alone) nor "José Luis Rodríguez Zapatero".
 */
function cutAt(words: readonly string[], apart: (name: string) => boolean): number {
  if (words.length < 4 || !isFirstName(words[0])) return -1;
  for (let k = 2; k <= words.length - 2; k++) {
    if (!isFirstName(words[k])) continue;
    if (!isFirstName(words[k - 1]) || apart(words.slice(0, k).join(' ')) || apart(words.slice(k).join(' '))) return k;
  }
  return -1;
}

/**
 * `people` with every glued pair of full names cut into its names, each with its own id (the registry's
 * when it knows the name, else the name's slug, as detection gives). `knownNames` are the full names the
 * workspace has seen. Names that are not written exactly as their span (propagated forms) are kept as they are.
 */
export function splitGluedNames(text: string, people: RawPerson[], registry: readonly Person[] = [], knownNames: readonly string[] = []): RawPerson[] {
  // `p.name.split(' ').length >= 4`: three spaces or more, counted without the array.
  if (!people.some((p) => spacesAtLeast(p.name, 3))) return people;
  const byKey = new Map<string, string>();
  for (const r of registry) {
    byKey.set(personKey(r.name), r.id);
    for (const a of r.aliases) byKey.set(personKey(a), r.id);
  }
  const known = new Set(knownNames.map(personKey));
  /** The name written on its own somewhere in the text (as another mention), or known to the workspace. */
  const apart = (name: string): boolean => known.has(personKey(name)) || people.some((p) => p.name === name);
  const out: RawPerson[] = [];
  const push = (p: RawPerson): void => {
    // A name of three words or fewer is never cut (cutAt): kept without splitting it.
    if (!spacesAtLeast(p.name, 3)) {
      out.push(p);
      return;
    }
    const words = p.name.split(' ');
    // A name the registry knows whole is one person, however many given names it holds.
    const k = text.slice(p.start, p.end) === p.name && !byKey.has(personKey(p.name)) ? cutAt(words, apart) : -1;
    if (k < 0) {
      out.push(p);
      return;
    }
    const firstName = words.slice(0, k).join(' ');
    const secondName = words.slice(k).join(' ');
    const first: RawPerson = { ...p, end: p.start + firstName.length, name: firstName, id: byKey.get(personKey(firstName)) ?? personSlug(firstName) };
    // The role written before the pair is the first person's ("le ministre Marco Rubio Sergueï Lavrov").
    const second: RawPerson = {
      start: p.end - secondName.length,
      end: p.end,
      name: secondName,
      cue: p.cue,
      id: byKey.get(personKey(secondName)) ?? personSlug(secondName),
    };
    out.push(first);
    push(second);
  };
  for (const p of people) push(p);
  return out;
}

/** `name` holds at least `n` spaces (U+0020). */
function spacesAtLeast(name: string, n: number): boolean {
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) if (--n <= 0) return true;
  return n <= 0;
}
