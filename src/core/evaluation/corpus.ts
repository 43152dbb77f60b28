/**
 * The public evaluation corpora (`../shared/corpora/*.jsonl`, see its README): one document a line, gold
 * spans in code points, end exclusive. Parsing only; reading the files is the caller's business.
 */

/** A gold or system TIMEX3 / person span, in code points. */
export interface EvalSpan {
  start: number;
  end: number;
  text: string;
  /** TIMEX3 type (DATE, TIME, DURATION, SET) or PERS. */
  type: string;
  /** TIMEX3 value; empty for people. */
  value: string;
  /** Minutes, for a duration whose value a string comparison cannot settle (PT90M against PT1H30M). */
  minutes?: number;
}

export interface EvalDocument {
  id: string;
  lang: 'fr' | 'en';
  /** YYYY-MM-DD, on the TIMEX3 corpora only. */
  published?: string;
  text: string;
  gold: EvalSpan[];
}

/**
 * Parses a JSON Lines corpus. Throws an error naming the file and line when a line is not a document
 * (the figures of a half-read corpus would be wrong without a word).
 */
export function parseCorpus(content: string, name: string): EvalDocument[] {
  const docs: EvalDocument[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`${name}:${i + 1}: not JSON (${(e as Error).message})`, { cause: e });
    }
    const d = raw as Partial<EvalDocument>;
    if (typeof d.text !== 'string' || !Array.isArray(d.gold) || (d.lang !== 'fr' && d.lang !== 'en')) {
      throw new Error(`${name}:${i + 1}: a document needs text, lang (fr|en) and gold`);
    }
    const length = [...d.text].length;
    for (const g of d.gold) {
      if (!(Number.isInteger(g.start) && Number.isInteger(g.end) && g.start <= g.end && g.end <= length)) {
        throw new Error(`${name}:${i + 1}: gold span ${JSON.stringify(g)} outside the text`);
      }
    }
    docs.push({ id: String(d.id ?? i + 1), lang: d.lang, published: d.published, text: d.text, gold: d.gold.map((g) => ({ ...g, value: g.value ?? '' })) });
  }
  return docs;
}

/**
 * Splits a document into its lines, each a document of its own with its gold spans shifted (people are
 * scored "each sentence analysed as its own article"; the corpora put one sentence a line). A gold span
 * across a line break stays with the line it starts on, cut at its end.
 */
export function splitLines(doc: EvalDocument): Array<{ doc: EvalDocument; offset: number }> {
  const cps = [...doc.text];
  const out: Array<{ doc: EvalDocument; offset: number }> = [];
  let from = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (i < cps.length && cps[i] !== '\n') continue;
    if (i > from) {
      const gold = doc.gold.filter((g) => g.start >= from && g.start < i).map((g) => ({ ...g, start: g.start - from, end: Math.min(g.end, i) - from }));
      out.push({ doc: { ...doc, id: `${doc.id}#${out.length}`, text: cps.slice(from, i).join(''), gold }, offset: from });
    }
    from = i + 1;
  }
  return out;
}
