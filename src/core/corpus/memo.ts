/** Memoising the pure functions of a string that grouping asks of the same few keys again and again. */

/** Memoises a pure function of a string: an ISO day, a place id (bounded: cleared past 50,000 keys). */
export function memoByKey<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (day) => {
    let v = memo.get(day);
    if (v === undefined) {
      if (memo.size > 50_000) memo.clear();
      memo.set(day, (v = compute(day)));
    }
    return v;
  };
}
