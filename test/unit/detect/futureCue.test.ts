import assert from 'node:assert/strict';
import { futureCuePatterns, hasFutureCue, sentenceEnd, sentenceStart } from '../../../src/core/detect/text';

const P = futureCuePatterns();
const LETTER = /\p{L}/u;

/** hasFutureCue read the plain way: the clause sliced and each run of letters sliced and lowercased (the reading before #13's in-place one). */
function plainFutureCue(text: string, start: number, end: number): boolean {
  let before = text.slice(sentenceStart(text, start, 120), start);
  let cut = before.length - 1;
  while (cut >= 0 && !P.clauseMarks.includes(before[cut])) cut--;
  if (cut >= 0) before = before.slice(cut + 1);
  let after = text.slice(end, Math.min(sentenceEnd(text, end, 30), end + 30));
  const stop = after.search(/[,;:«»“”"()]/);
  if (stop >= 0) after = after.slice(0, stop);
  const w = before + ' ' + after;
  return plainFr(w) || plainEn(w);
}

function plainFr(w: string): boolean {
  if (/[\u017f\u212a]/.test(w)) return P.fr.test(w);
  if (w.includes('rendez-vous') || w.includes('Rendez-vous')) return true;
  for (const m of w.matchAll(/\p{L}+/gu)) {
    const run = m[0];
    const lower = run.toLowerCase();
    if (lower.length !== run.length) {
      if (P.fr.test(w)) return true;
      continue;
    }
    const letters = [...run].length;
    if (P.frWords.has(lower)) return true;
    if (letters >= 8 && /(?:eront|iront|erons)$/.test(lower)) return true;
    if (letters >= 7 && /(?:eras|erez)$/.test(lower)) return true;
    if (letters >= 8 && /(?:era|ira)$/.test(lower)) return true;
    if (letters >= 7 && /(?:rront|dront)$/.test(lower)) return true;
    if (letters >= 6 && run === lower && /(?:rra|dra)$/.test(lower)) return true;
  }
  return false;
}

function plainEn(w: string): boolean {
  if (/[\u017f\u212a]/.test(w)) return P.en.test(w);
  const lower = w.toLowerCase();
  return P.enHints.some((h) => lower.includes(h)) && P.en.test(w);
}

describe('future cues read in place', () => {
  const texts = [
    'Les ministres vont se rencontrer jeudi, a déclaré mercredi le porte-parole.',
    'Le sommet DEVRAIT avoir lieu en mars; ils PARTIRONT lundi (selon eux) et reviendront mardi.',
    'Sandra et Serra partaient en mai. La réunion pourra se tenir vendredi : ils viendront samedi.',
    'The board is due to meet on Thursday, officials said; talks were held in May.',
    'They PLAN TO vote next week. “We’ll see” on Monday. İSTANBUL hosts the talks dimanche prochain.',
    'Il y a eu lieu en avril. Rendez-vous est fixé samedi. Le ſommet sera demain. 20 K lundi.',
    'Les élèves TRAVAILLERONT en juin ; Ils Chanteras mardi, ils chanterez et finira jeudi.',
    'Ces 𝐀𝐁𝐂 prévues en août. Prévu en 2027, le vote sera peut-être reporté. Tomorrow, or upcoming?',
  ];
  it('say what the plain reading says at every word of texts of our own', () => {
    let yes = 0;
    let count = 0;
    for (const text of texts) {
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const want = plainFutureCue(text, m.index, m.index + m[0].length);
        assert.equal(hasFutureCue(text, m.index, m.index + m[0].length), want, `${m[0]} at ${m.index} in ${text}`);
        if (want) yes++;
        count++;
      }
    }
    assert.ok(yes > 10 && yes < count - 10, `both answers occur (${yes} of ${count})`);
  });
  it('say what the plain reading says on random runs of letters, capitals and accents', () => {
    let a = 7;
    const rand = (k: number): number => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) >>> 8) % k;
    const pieces = [
      'ont',
      'ERA',
      'ira',
      'dra',
      'RRA',
      'ez',
      'as',
      'eront',
      'iront',
      'rront',
      'prochain',
      'Sera',
      'will',
      'ne',
      'x',
      'é',
      'İ',
      'ß',
      ' ',
      ' ',
      ', ',
      "'ll ",
      '. ',
    ];
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let k = 0, n = 3 + rand(25); k < n; k++) text += pieces[rand(pieces.length)];
      const i = rand(text.length);
      if (!LETTER.test(text[i] ?? '')) continue;
      assert.equal(hasFutureCue(text, i, i + 1), plainFutureCue(text, i, i + 1), JSON.stringify([text, i]));
    }
  });
});
