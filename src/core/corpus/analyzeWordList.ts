/**
 * A pattern that is only a list of words, `(?<![\p{L}\p{M}])(?:w1|w2|…)(?![\p{L}\p{M}])` with flags `giu` (the
 * event vocabulary's two patterns, some thousand forms each), matched by walking a trie of its words instead of
 * running the regular expression. Tried anchored at a word start, the expression tries its alternatives one by
 * one (V8 builds no trie of them): at most places where such a pattern may start that was the analysis's
 * costliest step. The walk gives the expression's answer: of the words that match there and end where a word
 * ends, the one listed first.
 *
 * Case-insensitive matching (`i` with `u`) compares simple case foldings; the walk compares lower case, which
 * is the same for the Latin-1 characters other than µ. A walk that meets another character says so and the
 * caller runs the expression; a list holding a letter outside Latin-1 that folds like a Latin-1 one (ſ, K, Å,
 * Ÿ, μ) is not read as a list at all.
 */

/** Lower case of each Latin-1 character code. */
const LOWER = Uint8Array.from({ length: 256 }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));
const MICRO = 0xb5;
/** Letters outside Latin-1 whose case folding is that of a Latin-1 letter. */
const FOLDS_INTO_LATIN1 = /[\u017f\u212a\u212b\u0178\u039c\u03bc]/u;
const PREFIX = '(?<![\\p{L}\\p{M}])(?:';
const SUFFIX = ')(?![\\p{L}\\p{M}])';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The position in the list of the first word that ends here, or -1. */
  word: number;
}

/** What `WordList.matchAt` answers when only the regular expression can tell: a character it does not compare. */
export const ASK_THE_EXPRESSION = -2;

/** The words of a word-list pattern as a trie. */
export class WordList {
  private readonly root: TrieNode = { next: new Map(), word: -1 };

  private constructor(words: readonly string[]) {
    words.forEach((w, i) => {
      let node = this.root;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        const key = c <= 0xff ? LOWER[c] : c;
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), word: -1 }));
        node = child;
      }
      if (node.word < 0) node.word = i;
    });
  }

  /** The list `re` is, or null when `re` is anything else (then it is run as an expression). */
  static of(re: RegExp): WordList | null {
    const src = re.source;
    if (re.flags !== 'giu' || !src.startsWith(PREFIX) || !src.endsWith(SUFFIX)) return null;
    const words: string[] = [];
    let word = '';
    for (let i = PREFIX.length; i < src.length - SUFFIX.length; i++) {
      const c = src[i];
      if (c === '\\') {
        const e = src[++i];
        // Only escaped punctuation stands for itself: \p, \d, \b and the like are classes or assertions.
        if (e === undefined || /[\p{L}\p{N}\s]/u.test(e)) return null;
        word += e;
      } else if (c === '|') {
        words.push(word);
        word = '';
      } else if ('.*+?^$()[]{}'.includes(c)) return null;
      else word += c;
    }
    words.push(word);
    if (words.some((w) => !w || FOLDS_INTO_LATIN1.test(w) || w.includes('\u00b5') || /[\ud800-\udfff]/.test(w))) return null;
    return new WordList(words);
  }

  /**
   * The end of the match at `at` in `text`, -1 when there is none, or `ASK_THE_EXPRESSION`. `inWord(text, i)`
   * tells whether text[i] is (part of) a letter or a mark: a match starts after none and ends before none.
   */
  matchAt(text: string, at: number, inWord: (text: string, i: number) => boolean): number {
    if (inWord(text, at - 1)) return -1;
    let node = this.root;
    let best = -1;
    let bestWord = Infinity;
    for (let i = at; ;) {
      if (node.word >= 0 && node.word < bestWord && !inWord(text, i)) [best, bestWord] = [i, node.word];
      if (i >= text.length || !node.next.size) break;
      const c = text.charCodeAt(i);
      if (c > 0xff || c === MICRO) return ASK_THE_EXPRESSION;
      const child = node.next.get(LOWER[c]);
      if (!child) break;
      node = child;
      i++;
    }
    return best;
  }
}
