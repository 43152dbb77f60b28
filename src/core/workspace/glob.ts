/**
 * The article globs of the `newsmark.articles` setting, matched the way VS Code matches them (`**` any number of
 * folders, `*` and `?` within one name, `{a,b}` alternatives, `[abc]` classes), so that the CLI and the
 * extension pick the same files. Paths are relative, with "/" separators.
 */

/** The default of `newsmark.articles` (package.json `contributes.configuration`). */
export const DEFAULT_ARTICLES_GLOB = '**/*.txt';

/**
 * A predicate over relative paths ("a/b.txt") for a glob. Throws a clear error on a glob it cannot read
 * (an unclosed `{` or `[`).
 */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  const re = new RegExp(`^${globSource(glob, 0, false).source}$`, 'u');
  return (path) => re.test(path);
}

/** The regular expression source of a glob from `i`, up to the end (or the closing `}` of an alternative). */
function globSource(glob: string, i: number, inBraces: boolean): { source: string; end: number } {
  let out = '';
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` is any number of folders (none included); a trailing `**` is anything.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 3 : 2;
    } else if (c === '*') {
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) throw new Error(`the glob "${glob}" has a "[" without its "]"`);
      const body = glob
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/[\\\]]/g, '\\$&');
      out += `[${body}]`;
      i = close + 1;
    } else if (c === '{') {
      const alternatives: string[] = [];
      let j = i + 1;
      for (;;) {
        const part = globSource(glob, j, true);
        alternatives.push(part.source);
        j = part.end;
        if (glob[j] === '}') break;
        j++; // the comma
      }
      out += `(?:${alternatives.join('|')})`;
      i = j + 1;
    } else if (inBraces && (c === ',' || c === '}')) {
      return { source: out, end: i };
    } else {
      out += c.replace(/[.+^$()|\\/{}\]]/g, '\\$&');
      i++;
    }
  }
  if (inBraces) throw new Error(`the glob "${glob}" has a "{" without its "}"`);
  return { source: out, end: i };
}
