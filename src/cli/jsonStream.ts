/**
 * Writing a large JSON object of lists without holding its text: `JSON.stringify(value, null, 2)` of a report
 * of 100,000 articles would be a string of about a gigabyte, longer than V8 allows one string to be. Each item
 * is stringified alone and written in chunks, with the same bytes `JSON.stringify(value, null, 2)` gives.
 */

/** Where the JSON goes: `write` a chunk, then `drain` (when given) before the next one, so output is not queued up. */
export interface JsonSink {
  write(chunk: string): void;
  drain?: () => Promise<void> | undefined;
}

/** Chunks of about this many UTF-16 units: few writes, little held. */
const CHUNK = 1 << 16;

/**
 * Writes `{ key: [items…], … }` as `JSON.stringify` with an indent of 2 writes it (then a newline), reading each
 * section's items one at a time. Items are JSON values (no `undefined` or functions at the top of an item).
 */
export async function writeJsonSections(sections: Record<string, Iterable<unknown>>, sink: JsonSink): Promise<void> {
  let pending = '';
  const out = async (s: string) => {
    pending += s;
    if (pending.length < CHUNK) return;
    sink.write(pending);
    pending = '';
    await sink.drain?.();
  };
  const keys = Object.keys(sections);
  if (!keys.length) return sink.write('{}\n');
  await out('{');
  for (let k = 0; k < keys.length; k++) {
    await out(`${k ? ',' : ''}\n  ${JSON.stringify(keys[k])}: [`);
    let n = 0;
    for (const item of sections[keys[k]]) {
      // Nested at depth 2: JSON.stringify's own indentation of the item, shifted by four spaces on each line.
      const text = (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    ');
      await out(`${n++ ? ',' : ''}\n    ${text}`);
    }
    await out(n ? '\n  ]' : ']');
  }
  sink.write(`${pending}\n}\n`);
}

/** Writes `lines` joined by newlines (no newline after the last), a chunk at a time, as `writeJsonSections` does. */
export async function writeLines(lines: Iterable<string>, sink: JsonSink): Promise<void> {
  let pending = '';
  let first = true;
  for (const line of lines) {
    pending += first ? line : `\n${line}`;
    first = false;
    if (pending.length < CHUNK) continue;
    sink.write(pending);
    pending = '';
    await sink.drain?.();
  }
  if (pending) sink.write(pending);
}
