/** Who made an annotation, verdict or link, and when: the fields and how they read. */

export interface Authorship {
  /** Absent when nobody is configured (no `newsmark.annotator`, no git `user.name`). */
  author?: string;
  /** ISO 8601 UTC, to the second. */
  created: string;
}

/** The stamp for an item made now by `author` (blank names count as none). */
export function stampNow(author: string | undefined, now: Date = new Date()): Authorship {
  const name = author?.trim();
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return name ? { author: name, created } : { created };
}

/**
 * "alice · 2026-12-07 06:10 UTC", or undefined for an item that records neither (made before
 * authorship was recorded). The time stays in UTC so that two annotators read the same thing.
 */
export function describeAuthorship(item: { author?: string; created?: string }): string | undefined {
  const when = item.created ? `${item.created.slice(0, 10)} ${item.created.slice(11, 16)} UTC` : undefined;
  const parts = [item.author, when].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(' · ') : undefined;
}

/** The distinct authors of a list of items, sorted; `unknown` (if given) names items with none. */
export function authorsOf(items: Iterable<{ author?: string }>, unknown?: string): string[] {
  const names = new Set<string>();
  for (const i of items) {
    if (i.author) names.add(i.author);
    else if (unknown) names.add(unknown);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The group of items without an author, in lists by author. */
export const NO_AUTHOR = '';

/**
 * Annotations grouped by author, then by file (authors sorted, no-author last; files in the order
 * given). `only` keeps one author's group.
 */
export function groupByAuthor<F, A extends { author?: string }>(
  files: readonly { file: F; annotations: readonly A[] }[],
  only?: string,
): { author: string; count: number; files: { file: F; annotations: A[] }[] }[] {
  const groups = new Map<string, { file: F; annotations: A[] }[]>();
  for (const f of files) {
    const byAuthor = new Map<string, A[]>();
    for (const a of f.annotations) {
      const who = a.author ?? NO_AUTHOR;
      if (only !== undefined && who !== only) continue;
      byAuthor.set(who, [...(byAuthor.get(who) ?? []), a]);
    }
    for (const [who, annotations] of byAuthor) groups.set(who, [...(groups.get(who) ?? []), { file: f.file, annotations }]);
  }
  return [...groups.entries()]
    .sort(([x], [y]) => (x === NO_AUTHOR ? 1 : y === NO_AUTHOR ? -1 : x.localeCompare(y)))
    .map(([author, fs]) => ({ author, count: fs.reduce((n, f) => n + f.annotations.length, 0), files: fs }));
}
