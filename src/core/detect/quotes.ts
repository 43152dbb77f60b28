/**
 * Quotations and their speakers. One linear pass pairs the marks (« », “ ”, ‹ ›, straight "), repairing a
 * mark printed the wrong way round and ending an unclosed quote at the end of its paragraph; then each
 * top-level quote gets a speaker from speech verbs, captions, pronouns and roles, or null.
 */
import { isOrganisationName, ORGANISATION_HEADS } from '../lexicon/organisations';
import { ROLE_WORDS } from '../lexicon/roles';
import { SPEECH_VERBS } from '../lexicon/speech';
import type { RawPerson } from './people';
import { sentenceStart, type RawSpan } from './text';

export interface RawQuote extends RawSpan {
  outerStart: number;
  outerEnd: number;
  speaker: string | null;
  speakerName?: string;
}

type Mark = '«' | '“' | '‹' | '"';

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\t' || c === '\n' || c === '\r';
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Top-level quotes (UTF-16 offsets), speaker not yet attributed. Nested quotes stay inside their outer quote. */
export function findQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Array<{ mark: Mark; pos: number }> = [];
  const emit = (open: number, closeEnd: number, contentEnd: number): void => {
    let s = open + 1;
    let e = contentEnd;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ outerStart: open, outerEnd: closeEnd, start: s, end: e, speaker: null });
  };
  const closeTo = (depth: number, closeEnd: number, contentEnd: number): void => {
    // Closing the outer quote also closes anything left open inside it.
    if (depth === 0) emit(stack[0].pos, closeEnd, contentEnd);
    stack.length = depth;
  };
  const openIndex = (mark: Mark): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark === mark) return k;
    return -1;
  };
  for (let i = 0; i < text.length; i++) {
    // Only newlines and quotation marks matter here: skip everything else on its code alone.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code !== 0xab && code !== 0xbb && code !== 0x201c && code !== 0x201d && code !== 0x2039 && code !== 0x203a) continue;
    const c = text[i];
    if (c === '\n') {
      if (stack.length) closeTo(0, i, i); // an unclosed quote ends with its paragraph
      continue;
    }
    if (c === '«' || c === '“' || c === '‹') {
      const mark = c as Mark;
      const k = openIndex(mark);
      // The same opener again inside an open quote, glued to the word before and followed by a space or
      // punctuation, is a closer printed the wrong way round.
      if (k >= 0 && !isSpace(text[i - 1]) && (isSpace(text[i + 1]) || /[.,;:!?)]/.test(text[i + 1] ?? ''))) {
        closeTo(k, i + 1, i);
        continue;
      }
      stack.push({ mark, pos: i });
      continue;
    }
    if (c === '»' || c === '”' || c === '›') {
      const mark: Mark = c === '»' ? '«' : c === '”' ? '“' : '‹';
      const k = openIndex(mark);
      if (k >= 0) {
        closeTo(k, i + 1, i);
        continue;
      }
      // A closer with nothing open, glued to the next word ("qu' »on ne peut"), is an opener.
      if (stack.length === 0 && isLetter(text[i + 1]) || (stack.length === 0 && isSpace(text[i + 1]) && /^\s?\p{L}/u.test(text.slice(i + 1, i + 3)) && /['’]\s?$|^$/u.test(text.slice(Math.max(0, i - 2), i)))) {
        stack.push({ mark, pos: i });
      }
      continue;
    }
    if (c === '"') {
      const k = openIndex('"');
      const prev = text[i - 1];
      const next = text[i + 1];
      const opening = (isSpace(prev) || /[([«“'’—–-]/.test(prev ?? '')) && !isSpace(next);
      if (k >= 0 && !(opening && k < stack.length - 1)) {
        closeTo(k, i + 1, i);
      } else if (opening || k < 0) {
        if (opening) stack.push({ mark: '"', pos: i });
      }
    }
  }
  if (stack.length) closeTo(0, text.length, text.length);
  return out;
}

const SPEECH_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');
const SPEECH_RE = new RegExp(`(?<!\\p{L})(?:${SPEECH_ALT}|selon|according to|d['’]après)(?!\\p{L})`, 'giu');
const PRONOUN_AFTER = /^(?:-t-(?:il|elle)|-(?:il|elle)|\s(?:il|elle|he|she))(?!\p{L})/iu;
const PRONOUN_BEFORE = /(?<!\p{L})(?:il|elle|Il|Elle|he|she|He|She)(?:\s(?:\p{L}+\s){0,2})?$/u;
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

interface Attribution {
  person: RawPerson | null;
  /** True when a cue was found, even one that names no person (an organisation, "un négociateur"). */
  decided: boolean;
}

/**
 * Gives each quote a speaker: a speech verb after the quote ("», a déclaré Sergueï Lavrov", "a-t-il
 * ajouté") or before it ("Marco Rubio a déclaré : «", "selon Marco Rubio"), a name printed right after it
 * as a caption, a pronoun (the last person named outside quotes), a role ("a souligné le porte-parole"),
 * or the speaker of the previous quote in the same sentence. Quotes of three words or fewer are terms,
 * and words of organisations or unnamed people get null: null is better than a guess.
 */
export function attributeQuotes(text: string, quotes: RawQuote[], people: readonly RawPerson[]): RawQuote[] {
  const inQuote = (p: RawPerson): boolean => quotes.some((q) => p.start >= q.outerStart && p.end <= q.outerEnd);
  // People outside quotes, for pronouns; sorted by position.
  const outside = people.filter((p) => !inQuoteFast(p));
  function inQuoteFast(p: RawPerson): boolean {
    // Binary search over quotes sorted by outerStart.
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (p.end <= q.outerStart) hi = mid - 1;
      else if (p.start >= q.outerEnd) lo = mid + 1;
      else return true;
    }
    return false;
  }
  void inQuote;
  const lastOutsideBefore = (pos: number): RawPerson | null => {
    let lo = 0;
    let hi = outside.length - 1;
    let best: RawPerson | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (outside[mid].end <= pos) {
        best = outside[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const peopleIn = (s: number, e: number): RawPerson[] => {
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (people[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
    const out: RawPerson[] = [];
    for (let k = lo; k < people.length && people[k].start < e; k++) if (people[k].end <= e) out.push(people[k]);
    return out;
  };
  const byRole = (word: string, before: number): RawPerson | null => {
    for (let k = people.length - 1; k >= 0; k--) {
      const p = people[k];
      if (p.start < before && p.role && p.role.toLowerCase().includes(word)) return p;
    }
    return null;
  };

  /** Subject of a speech verb found at [vs, ve) inside the window [ws, we). */
  const subjectOf = (ws: number, we: number, vs: number, ve: number, inverted: boolean): Attribution => {
    const verb = text.slice(vs, ve).toLowerCase();
    const inWindow = peopleIn(ws, we);
    if (/^(?:selon|according to|d['’]après)$/.test(verb)) {
      const next = inWindow.find((p) => p.start >= ve && p.start - ve <= 3);
      return { person: next ?? null, decided: true };
    }
    // Pronoun right after the verb ("a-t-il ajouté" has it before; "said he"), or before it ("il a souligné").
    const afterVerb = text.slice(ve, Math.min(we, ve + 60));
    const beforeVerb = text.slice(Math.max(ws, vs - 40), vs);
    const personAfter = inWindow.find((p) => p.start >= ve && p.start - ve <= 40 && !/[.;«»"“”]/.test(text.slice(ve, p.start)));
    const personBefore = [...inWindow].reverse().find((p) => p.end <= vs && vs - p.end <= 45 && !/[.;«»"“”]/.test(text.slice(p.end, vs)));
    if (/-t-(?:il|elle)\s?$|(?<!\p{L})(?:il|elle)\s(?:\p{L}+\s){0,3}$/iu.test(text.slice(Math.max(ws, vs - 30), vs).replace(/(?:a|avait|ont)\s?$/, '')) || PRONOUN_BEFORE.test(beforeVerb) || PRONOUN_AFTER.test(afterVerb)) {
      if (personBefore && !PRONOUN_BEFORE.test(text.slice(personBefore.end, vs))) return { person: personBefore, decided: true };
      return { person: lastOutsideBefore(ws), decided: true };
    }
    if (personBefore) return { person: personBefore, decided: true };
    const subjectWords = afterVerb.match(/^[\s,]*((?:\p{L}+[\s'’-]?){1,5})/u)?.[1] ?? '';
    // "a encore affirmé Marco Rubio", "a indiqué de son côté Iouri Ouchakov"
    if (personAfter && !/^\s?(?:que|qu['’]|that|à|to)(?!\p{L})/iu.test(afterVerb)) return { person: personAfter, decided: true };
    if (!inverted) return { person: null, decided: false };
    const words = subjectWords.toLowerCase().split(/[\s'’]+/).filter(Boolean);
    if (words.some((w) => ORGANISATION_HEADS.has(w) || isOrganisationName(w))) return { person: null, decided: true };
    const role = words.find((w) => ROLE_WORDS.has(w));
    if (role && /^\s?(?:le|la|l['’]|un|une|the|a)\s/iu.test(afterVerb)) {
      // "a souligné le porte-parole": the person with that role; "a résumé un négociateur": nobody named.
      if (/^\s?(?:un|une|a)\s/iu.test(afterVerb)) return { person: null, decided: true };
      return { person: byRole(role, ws), decided: true };
    }
    if (/^\s?(?:un|une|des|a|an|one)\s/iu.test(afterVerb)) return { person: null, decided: true };
    return { person: null, decided: false };
  };

  /** The first (or last) speech verb in [s, e), if any. */
  const verbIn = (s: number, e: number, last: boolean): [number, number] | null => {
    if (e <= s) return null;
    const slice = text.slice(s, e);
    let found: [number, number] | null = null;
    SPEECH_RE.lastIndex = 0;
    for (let m = SPEECH_RE.exec(slice); m; m = SPEECH_RE.exec(slice)) {
      found = [s + m.index, s + m.index + m[0].length];
      if (!last) break;
    }
    return found;
  };

  const verbsIn = (s: number, e: number): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    if (e <= s) return out;
    const slice = text.slice(s, e);
    SPEECH_RE.lastIndex = 0;
    for (let m = SPEECH_RE.exec(slice); m; m = SPEECH_RE.exec(slice)) out.push([s + m.index, s + m.index + m[0].length]);
    return out;
  };

  const cueSpeaker: Array<RawPerson | null> = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const nextOpen = qi + 1 < quotes.length ? quotes[qi + 1].outerStart : text.length;
    let attribution: Attribution = { person: null, decided: false };

    // 1. After the quote: a caption name, or a speech verb in the same sentence.
    const lineEnd = text.indexOf('\n', q.outerEnd);
    let afterEnd = Math.min(nextOpen, lineEnd < 0 ? text.length : lineEnd, q.outerEnd + 160);
    const stop = /[.!?](?:\s|$)/u.exec(text.slice(q.outerEnd, afterEnd));
    if (stop && stop.index > 0) afterEnd = q.outerEnd + stop.index;
    else if (stop && stop.index === 0) afterEnd = q.outerEnd;
    const caption = peopleIn(q.outerEnd, afterEnd).find((p) => /^[\s,–—-]{0,3}$/u.test(text.slice(q.outerEnd, p.start)));
    const vAfter = verbIn(q.outerEnd, Math.min(afterEnd, q.outerEnd + 60), false);
    if (vAfter && /^[\s,;–—-]*(?:\p{L}+[\s-]){0,4}$/u.test(text.slice(q.outerEnd, vAfter[0]))) {
      attribution = subjectOf(q.outerEnd, afterEnd, vAfter[0], vAfter[1], true);
    } else if (caption) {
      attribution = { person: caption, decided: true };
    }

    // 2. Before the quote, in its clause (not inside the previous quote): "Marco Rubio a déclaré : «".
    if (!attribution.decided) {
      const prevEnd = qi > 0 ? quotes[qi - 1].outerEnd : 0;
      let ws = Math.max(sentenceStart(text, q.outerStart, 400), prevEnd);
      // A quote opening its paragraph after "… a expliqué :" on the line before.
      if (/^\s*$/.test(text.slice(ws, q.outerStart)) && /:\s*\n\s*$/.test(text.slice(Math.max(prevEnd, q.outerStart - 6), q.outerStart))) {
        const colon = text.lastIndexOf(':', q.outerStart);
        ws = Math.max(sentenceStart(text, colon, 400), prevEnd);
      }
      // The verb nearest the quote whose subject can be told ("Il a dit avoir observé une «…»").
      for (const v of verbsIn(ws, q.outerStart).reverse()) {
        attribution = subjectOf(ws, q.outerStart, v[0], v[1], false);
        if (attribution.decided) break;
      }
      if (!attribution.decided && qi > 0 && prevEnd > ws - 1 && !/[.!?\n]/.test(text.slice(prevEnd, q.outerStart))) {
        // 3. Same sentence as the previous quote, no cue of its own: the same speaker.
        attribution = { person: cueSpeaker[qi - 1], decided: true };
      }
    }
    const person = attribution.person;
    cueSpeaker.push(person);
    const isTerm = wordCount(text.slice(q.start, q.end)) <= 3;
    q.speaker = person && !isTerm ? person.id : null;
    if (q.speaker && person) q.speakerName = person.name;
  }
  return quotes;
}
