/**
 * brat standoff (https://brat.nlplab.org/standoff.html): beside each article `<name>.txt`, a
 * `<name>.ann`, plus one `annotation.conf` for the project.
 *
 * - `T` a span: `T1<TAB>Person 10 21<TAB>Marco Rubio`. Offsets are code points (brat reads the text
 *   as Python does). brat's rule: the text after the second tab equals the `.txt` slice; a span that
 *   crosses a line break is written as fragments (`0 5;6 10`) whose texts are joined by one space.
 * - `E` an event: its trigger is the `event` annotation, its arguments the article's annotations of
 *   the same event, by role (Participant, Date, Place, or a claim's attribute: Duration, Count…).
 * - `R` `Speaker Arg1:<quote> Arg2:<person>`: the quote's speaker, when the article tags that person.
 * - `A` attributes: a claim's attribute and qualifier, the annotation's status and origin.
 * - `N` normalisations: the Newsmark id (`Newsmark:a-…`), and `entity`, `speaker`, `event`, `value`
 *   (`value:2025-02-27`, `entity:p-rubio`); ids are percent-encoded, the text after the tab is plain.
 * - `#` notes (`AnnotatorNotes`), line breaks written `\n`.
 * - A span that starts or ends with a line break, which no fragment can hold, keeps its whole extent
 *   in one more normalisation, `span:<start>-<end>`, so the import gives it back exactly.
 * An orphan (its text is gone from the article) breaks the offset rule: it is left out, with a warning.
 */
import { personIdKey } from '../detect/personKey';
import type { SidecarAnnotation } from '../sidecar/schema';
import { TextIndex } from '../text/offsets';
import type { ExportArticle, ExportFormat, ExportSink } from './types';

/** The brat type of a Newsmark annotation type (`person` -> `Person`). */
export const bratType = (type: string): string => type.charAt(0).toUpperCase() + type.slice(1);

/** `a` as brat fragments: the span cut at line breaks, empty pieces dropped. Code points. */
export function bratFragments(index: TextIndex, start: number, end: number): Array<[number, number]> {
  const text = index.slice(start, end);
  const out: Array<[number, number]> = [];
  let cp = start;
  let from = start;
  for (const ch of text) {
    if (ch === '\n' || ch === '\r') {
      if (cp > from) out.push([from, cp]);
      from = cp + 1;
    }
    cp++;
  }
  if (end > from) out.push([from, end]);
  return out;
}

/** Escapes a note for one brat line (`\` and line breaks), undone by `unescapeNote`. */
export const escapeNote = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
export const unescapeNote = (s: string): string => s.replace(/\\([\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? '\\');

/** A value on one brat line: line breaks and tabs become spaces (the exact value travels percent-encoded). */
const oneLine = (s: string): string => s.replace(/[\r\n\t]+/g, ' ');

/** The role of an annotation in its event. */
function roleOf(a: SidecarAnnotation): string {
  if (a.type === 'person') return 'Participant';
  if (a.type === 'claim' && a.attribute) return bratType(a.attribute.replace(/[^A-Za-z0-9_]/g, '_'));
  return bratType(a.type);
}

/** The roles and attribute values seen, for annotation.conf. */
interface Seen {
  roles: Set<string>;
  attributes: Map<string, Set<string>>;
  speaker: boolean;
}

/** Writes one article's `.ann`; `seen` collects what annotation.conf must declare. */
export function toBrat(
  article: ExportArticle,
  seen: Seen = { roles: new Set(), attributes: new Map(), speaker: false },
  warn: (m: string) => void = () => {},
): string {
  const index = new TextIndex(article.text);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  let n = { T: 0, E: 0, R: 0, A: 0, N: 0, '#': 0 };
  const next = (k: keyof typeof n) => `${k}${(n = { ...n, [k]: n[k] + 1 })[k]}`;
  const placed: SidecarAnnotation[] = [];
  for (const a of article.annotations) {
    const frags = a.status === 'orphan' || a.end > index.length ? [] : bratFragments(index, a.start, a.end);
    if (!frags.length) {
      warn(`${article.file}: ${a.id} left out of brat (${a.status === 'orphan' ? 'orphan: its text is gone' : 'no text to point at'})`);
      continue;
    }
    const t = next('T');
    tOf.set(a.id, t);
    placed.push(a);
    lines.push(`${t}\t${bratType(a.type)} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${frags.map(([s, e]) => index.slice(s, e)).join(' ')}`);
    lines.push(`${next('N')}\tReference ${t} Newsmark:${encodeURIComponent(a.id)}\t${a.id}`);
    if (frags[0][0] !== a.start || frags[frags.length - 1][1] !== a.end)
      lines.push(`${next('N')}\tReference ${t} span:${a.start}-${a.end}\t${oneLine(a.quote).trim()}`);
    for (const f of ['entity', 'speaker', 'event', 'value'] as const) {
      if (a[f] !== undefined && a[f] !== '') lines.push(`${next('N')}\tReference ${t} ${f}:${encodeURIComponent(String(a[f]))}\t${oneLine(String(a[f]))}`);
    }
    for (const f of ['attribute', 'qualifier', 'status', 'origin'] as const) {
      const v = a[f];
      if (!v) continue;
      const value = encodeURIComponent(v);
      lines.push(`${next('A')}\t${bratType(f)} ${t} ${value}`);
      if (!seen.attributes.has(f)) seen.attributes.set(f, new Set());
      seen.attributes.get(f)!.add(value);
    }
    if (a.note) lines.push(`${next('#')}\tAnnotatorNotes ${t}\t${escapeNote(a.note)}`);
  }
  for (const a of placed) {
    if (a.type === 'quote' && a.speaker) {
      const person = nearestPerson(placed, a);
      if (person) {
        lines.push(`${next('R')}\tSpeaker Arg1:${tOf.get(a.id)} Arg2:${tOf.get(person.id)}`);
        seen.speaker = true;
      }
    }
    if (a.type === 'event') {
      const count = new Map<string, number>();
      const args = a.event ? placed.filter((b) => b.event === a.event && b.id !== a.id && b.type !== 'event') : [];
      const roles = args.map((b) => {
        const role = roleOf(b);
        const k = (count.get(role) ?? 0) + 1;
        count.set(role, k);
        seen.roles.add(role);
        return `${role}${k > 1 ? k : ''}:${tOf.get(b.id)}`;
      });
      lines.push(`${next('E')}\tEvent:${tOf.get(a.id)}${roles.map((r) => ` ${r}`).join('')}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The person annotation naming a quote's speaker: the closest before it, else the closest after. */
function nearestPerson(list: readonly SidecarAnnotation[], quote: SidecarAnnotation): SidecarAnnotation | undefined {
  // By key: an older sidecar can name the speaker with a phonetic id and the mention with a readable one.
  const people = list.filter((p) => p.type === 'person' && !!p.entity && !!quote.speaker && personIdKey(p.entity) === personIdKey(quote.speaker));
  const before = people.filter((p) => p.start <= quote.start).pop();
  return before ?? people.find((p) => p.start > quote.start);
}

/** annotation.conf declaring every type, role and attribute value the export used. */
export function bratConf(seen: Seen): string {
  const entities = ['Person', 'Date', 'Quote', 'Claim', 'Place', 'Organisation', 'Note'];
  const roles = [...seen.roles].sort().map((r) => `${r}*:<ENTITY>`);
  const attributes = [...seen.attributes].map(([f, values]) => `${bratType(f)}\tArg:<ENTITY>|<EVENT>, Value:${[...values].sort().join('|')}`);
  return [
    '# brat annotation configuration written by Newsmark',
    '[entities]',
    ...entities,
    '[relations]',
    'Speaker\tArg1:Quote, Arg2:Person',
    '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    '[events]',
    `Event\t${roles.join(', ')}`.trimEnd(),
    '[attributes]',
    ...attributes,
    '',
  ].join('\n');
}

/** The path of an article's `.ann` (its `.txt` suffix replaced, else `.ann` appended). */
export const annPath = (file: string): string => (file.endsWith('.txt') ? file.slice(0, -4) : file) + '.ann';
export const txtPath = (file: string): string => (file.endsWith('.txt') ? file : `${file}.txt`);

/** The brat export: a `.txt` and an `.ann` per article and an `annotation.conf`, into a folder. */
export function bratFormat(): ExportFormat {
  let seen: Seen = { roles: new Set(), attributes: new Map(), speaker: false };
  return {
    name: 'brat',
    description: 'brat standoff: a .txt and a .ann per article, with annotation.conf (needs an output folder)',
    multiFile: true,
    begin() {
      seen = { roles: new Set(), attributes: new Map(), speaker: false };
    },
    async article(article: ExportArticle, sink: ExportSink) {
      await sink.file!(txtPath(article.file), article.text);
      await sink.file!(
        annPath(article.file),
        toBrat(article, seen, (m) => sink.warn?.(m)),
      );
    },
    async end(_corpus, sink: ExportSink) {
      await sink.file!('annotation.conf', bratConf(seen));
    },
  };
}
