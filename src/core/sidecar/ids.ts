/** Generates a fresh id. Injected wherever ids are made, so tests can be deterministic. */
export type IdGenerator = () => string;

const ID_CHARS = 8;

/** Fills `out` with random bytes; crypto when available (Node 20, VS Code desktop and web). */
function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (c) c.getRandomValues(out);
  else for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256);
  return out;
}

/**
 * Makes an id generator: `<prefix>-` followed by 8 base-36 characters (36^8 ≈ 2.8e12, so a
 * collision within one corpus is unlikely; `uniqueId` rules it out).
 * `random` returns bytes; pass a seeded one in tests.
 */
export function makeIdGenerator(prefix = 'a', random: (n: number) => Uint8Array = randomBytes): IdGenerator {
  return () => {
    const bytes = random(ID_CHARS);
    let s = '';
    for (let i = 0; i < ID_CHARS; i++) s += (bytes[i] % 36).toString(36);
    return `${prefix}-${s}`;
  };
}

/** A generator that counts (`a-00000001`, `a-00000002`, …): for tests and fixtures. */
export function sequentialIds(prefix = 'a'): IdGenerator {
  let n = 0;
  return () => `${prefix}-${(++n).toString(36).padStart(ID_CHARS, '0')}`;
}

/** Draws from `generate` until the id is not in `taken`. */
export function uniqueId(taken: ReadonlySet<string>, generate: IdGenerator): string {
  for (let i = 0; i < 1000; i++) {
    const id = generate();
    if (!taken.has(id)) return id;
  }
  throw new Error('uniqueId: the id generator keeps returning ids already taken');
}

/** The default generator for annotation ids. */
export const newAnnotationId: IdGenerator = makeIdGenerator('a');
