/** Which article of the folder an imported annotation's source names. */

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const stem = (name: string): string => name.replace(/\.[^./]*$/, '');

/**
 * The article (`files`: paths relative to the folder, "/" separators) that `source` names: the same
 * relative path (percent-decoded, a URL's path ending with it, `file:` URLs too), else the only
 * article with that file name, else the only one with that name without extension
 * (`https://news.example/2025/story.html` -> `story.txt`). Undefined when none or several fit.
 */
export function resolveSource(source: string, files: readonly string[]): string | undefined {
  const path = decoded(
    source
      .replace(/[?#].*$/, '')
      .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
      .replace(/^file:/i, ''),
  );
  const exact = files.filter((f) => path === f || path.endsWith(`/${f}`));
  if (exact.length) return exact.sort((a, b) => b.length - a.length)[0];
  const name = path.split('/').pop() ?? '';
  const byName = files.filter((f) => f.split('/').pop() === name);
  if (byName.length === 1) return byName[0];
  const byStem = files.filter((f) => stem(f.split('/').pop() ?? '') === stem(name));
  return byStem.length === 1 ? byStem[0] : undefined;
}
