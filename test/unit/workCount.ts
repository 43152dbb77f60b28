/**
 * The work a function does, counted without a clock: characters read by regular expressions (once
 * RegExp.prototype.exec is replaced, test, replace, split and matchAll all go through it) and array elements
 * walked by for…of, spread and the array methods. A quadratic scan (the sentence re-read for each mention,
 * the trigger list filtered for each item) shows as work per character that grows with the text.
 */
export function work(run: () => void): { scanned: number; visited: number } {
  const exec = RegExp.prototype.exec;
  const iterator = Array.prototype[Symbol.iterator];
  const names = ['filter', 'find', 'findIndex', 'some', 'every', 'map', 'forEach', 'includes', 'indexOf', 'reduce'] as const;
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = names.map((name) => proto[name]);
  let scanned = 0;
  let visited = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    scanned += this.sticky ? (m ? m[0].length : 1) : m ? m.index + m[0].length - from : String(s).length - from;
    return m;
  };
  Array.prototype[Symbol.iterator] = function (this: unknown[]) {
    visited += this.length;
    return iterator.call(this);
  } as typeof iterator;
  names.forEach((name, k) => {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      visited += this.length;
      return saved[k].apply(this, args);
    };
  });
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    Array.prototype[Symbol.iterator] = iterator;
    names.forEach((name, k) => (proto[name] = saved[k]));
  }
  return { scanned, visited };
}
