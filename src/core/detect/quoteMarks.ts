/**
 * The quote scanner: one linear pass pairs the marks (« », “ ”, ‹ ›, ‘ ’, straight "), repairing a mark
 * printed the wrong way round and ending an unclosed quote at the end of its paragraph.
 */
import type { RawSpan } from './text';

export interface RawQuote extends RawSpan {
  outerStart: number;
  outerEnd: number;
  speaker: string | null;
  speakerName?: string;
}

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\t' || c === '\n' || c === '\r';
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined): boolean => c !== undefined && WORD_CHAR_RE.test(c);

/** `isSpace` on a char code; NaN (out of the text) counts as a space, as `undefined` does. */
const isSpaceCode = (c: number): boolean => c !== c || c === 32 || c === 0xa0 || c === 0x202f || c === 9 || c === 10 || c === 13;
/** /[.,;:!?)]/ on one unit. */
const isClosingPunct = (c: number): boolean => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;
/** /[([«“'’—–-]/ on one unit. */
const isBeforeOpening = (c: number): boolean =>
  c === 40 || c === 91 || c === 0xab || c === 0x201c || c === 39 || c === 0x2019 || c === 0x2014 || c === 0x2013 || c === 45;

const QUOTE_MARKS = /[\n"\u00ab\u00bb\u201c\u201d\u2039\u203a\u2018\u2019]/g;
/**
 * QUOTE_MARKS without what does nothing in the scanner's state: a newline while no quote is open, a ’ while no
 * ‘ is (an apostrophe then, as in "don’t": most marks of an English text).
 */
const MARKS_WHEN_OPEN = /[\n"\u00ab\u00bb\u201c\u201d\u2039\u203a\u2018]/g;
const MARKS_WHEN_CLOSED = /["\u00ab\u00bb\u201c\u201d\u2039\u203a\u2018]/g;
/** /[”»›—–]/ on one unit: a closing ’ may stand just before these. */
const isAfterSingleClose = (c: number): boolean => c === 0x201d || c === 0xbb || c === 0x203a || c === 0x2014 || c === 0x2013;
// Module constants rather than literals in the functions: bundled for Node 20, a `\p{…}` literal becomes a
// `new RegExp` evaluated at every call.
/** "‘90s", "‘60s": a decade, where ‘ stands for the missing digits, opens no quote; nor "rock ‘n’ roll". */
const ELISION_AFTER_RE = /^(?:\d\ds(?!\p{L})|\p{L}\u2019)/u;
const LETTER_AFTER_SPACE_RE = /^\s?\p{L}/u;
const ELIDED_END_RE = /['’]\s?$|^$/u;

/**
 * British single quotes: an opening ‘ after a space, a line start or an opening mark, glued to the next word
 * (not a decade "‘90s", nor one elided letter "‘n’"). A ’ is far more often an apostrophe than a closer, so
 * it closes only an open ‘, and only when it is not inside a word ("don’t") and glued to the word before it.
 */
function opensSingle(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  return (isSpaceCode(prev) || isBeforeOpening(prev)) && !isSpaceCode(text.charCodeAt(i + 1)) && !ELISION_AFTER_RE.test(text.slice(i + 1, i + 4));
}
function closesSingle(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  return !isSpaceCode(text.charCodeAt(i - 1)) && (isSpaceCode(next) || isClosingPunct(next) || isAfterSingleClose(next));
}

const kindOf = (mark: number): number => (mark === 0xab ? 0 : mark === 0x201c ? 1 : mark === 0x2039 ? 2 : mark === 0x2018 ? 4 : 3);

/**
 * The open marks (« “ ‹ ‘ ") as offsets in a stack of numbers: no object per mark, as a text of nothing but
 * openers keeps hundreds of thousands of them open. Entries at and above `top` are stale (cheaper than
 * truncating the arrays at every close). For each kind of mark, the index of its topmost open entry, and
 * for each entry the index of the open entry of the same kind below it: the innermost open mark of a kind
 * is found at once, where a search down the stack made "«" × n followed by "”" × n quadratic.
 */
class OpenMarks {
  readonly out: RawQuote[] = [];
  top = 0;
  private readonly stackPos: number[] = [];
  private readonly below: number[] = [];
  private readonly topOf = [-1, -1, -1, -1, -1];
  // Quotes closed directly inside an outer ‘ that is still open: they are top-level after all if that ‘ never
  // closes (a stray ‘ is no quote, unlike an unclosed « which runs to the end of its paragraph).
  private insideSingle: RawQuote[] = [];

  constructor(private readonly text: string) {}

  push(mark: number, pos: number): void {
    const kind = kindOf(mark);
    this.stackPos[this.top] = pos;
    this.below[this.top] = this.topOf[kind];
    this.topOf[kind] = this.top;
    this.top++;
  }

  /** Index of the innermost open `mark` (« “ ‹ ‘ or "), or -1. */
  openIndex(mark: number): number {
    return this.topOf[kindOf(mark)];
  }

  /** Closes the entries from `depth` up; `unclosed` when a paragraph or the text ends with them open. */
  closeTo(depth: number, closeEnd: number, contentEnd: number, unclosed = false): void {
    const { text, stackPos, out } = this;
    const singleOuter = this.top > 0 && text.charCodeAt(stackPos[0]) === 0x2018;
    if (depth === 0 && unclosed && singleOuter) {
      out.push(...this.insideSingle);
      if (this.top > 1 && text.charCodeAt(stackPos[1]) !== 0x2018) this.emit(stackPos[1], closeEnd, contentEnd);
    } else if (depth === 0) {
      // Closing the outer quote also closes anything left open inside it.
      this.emit(stackPos[0], closeEnd, contentEnd);
    } else if (depth === 1 && singleOuter) {
      const n = out.length;
      this.emit(stackPos[1], closeEnd, contentEnd);
      this.insideSingle.push(...out.splice(n));
    }
    if (depth === 0) this.insideSingle = [];
    this.top = depth;
    // Each entry is passed over once after it is closed: linear over the text.
    const { topOf, below } = this;
    for (let kind = 0; kind < 5; kind++) while (topOf[kind] >= depth) topOf[kind] = below[topOf[kind]];
  }

  private emit(open: number, closeEnd: number, contentEnd: number): void {
    const text = this.text;
    let s = open + 1;
    let e = contentEnd;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) this.out.push({ outerStart: open, outerEnd: closeEnd, start: s, end: e, speaker: null });
  }
}

/** Top-level quotes (UTF-16 offsets), speaker not yet attributed. Nested quotes stay inside their outer quote. */
export function findQuotes(text: string): RawQuote[] {
  return scanQuotes(text, false);
}

/** `findQuotes` and the same scan stopping at every mark, for the test that compares them. */
export function quoteScanReadings(text: string): [RawQuote[], RawQuote[]] {
  return [scanQuotes(text, false), scanQuotes(text, true)];
}

function scanQuotes(text: string, everyMark: boolean): RawQuote[] {
  const marks = new OpenMarks(text);
  // Only newlines and quotation marks matter here: the regular expression skips everything else, faster
  // than a loop over char codes; and of those only the ones that can change what is open.
  for (let from = 0; ;) {
    const re = everyMark || marks.openIndex(0x2018) >= 0 ? QUOTE_MARKS : marks.top ? MARKS_WHEN_OPEN : MARKS_WHEN_CLOSED;
    re.lastIndex = from;
    if (!re.test(text)) break;
    const i = re.lastIndex - 1;
    from = i + 1;
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (marks.top) marks.closeTo(0, i, i, true); // an unclosed quote ends with its paragraph
    } else if (code === 0x2018) {
      if (opensSingle(text, i)) marks.push(code, i);
    } else if (code === 0x2019) {
      const k = marks.openIndex(0x2018);
      if (k >= 0 && closesSingle(text, i)) marks.closeTo(k, i + 1, i);
    } else if (code === 0xab || code === 0x201c || code === 0x2039) {
      opener(text, marks, code, i);
    } else if (code === 0xbb || code === 0x201d || code === 0x203a) {
      closer(text, marks, code, i);
    } else {
      straightQuote(text, marks, i);
    }
  }
  if (marks.top) marks.closeTo(0, text.length, text.length, true);
  return marks.out;
}

function opener(text: string, marks: OpenMarks, code: number, i: number): void {
  const k = marks.openIndex(code);
  // The same opener again inside an open quote, glued to the word before and followed by a space or
  // punctuation, is a closer printed the wrong way round.
  if (k >= 0 && !isSpaceCode(text.charCodeAt(i - 1)) && (isSpaceCode(text.charCodeAt(i + 1)) || isClosingPunct(text.charCodeAt(i + 1)))) {
    marks.closeTo(k, i + 1, i);
    return;
  }
  marks.push(code, i);
}

function closer(text: string, marks: OpenMarks, code: number, i: number): void {
  const mark = code === 0xbb ? 0xab : code === 0x201d ? 0x201c : 0x2039;
  const k = marks.openIndex(mark);
  if (k >= 0) {
    marks.closeTo(k, i + 1, i);
    return;
  }
  // A closer with nothing open, glued to the next word ("qu' »on ne peut"), is an opener.
  const top = marks.top;
  if (
    (top === 0 && isLetter(text[i + 1])) ||
    (top === 0 && isSpace(text[i + 1]) && LETTER_AFTER_SPACE_RE.test(text.slice(i + 1, i + 3)) && ELIDED_END_RE.test(text.slice(Math.max(0, i - 2), i)))
  ) {
    marks.push(mark, i);
  }
}

function straightQuote(text: string, marks: OpenMarks, i: number): void {
  const k = marks.openIndex(34);
  const prev = text.charCodeAt(i - 1);
  const opening = (isSpaceCode(prev) || isBeforeOpening(prev)) && !isSpaceCode(text.charCodeAt(i + 1));
  if (k >= 0 && !(opening && k < marks.top - 1)) {
    marks.closeTo(k, i + 1, i);
  } else if (opening) {
    marks.push(34, i);
  }
}
