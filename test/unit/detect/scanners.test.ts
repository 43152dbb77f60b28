import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateRuleStarts, dateTriggerHits, detectDates, yearPrepReadings } from '../../../src/core/detect/dates';
import { RELATIVE_DAYS } from '../../../src/core/detect/dateTriggers';
import { SPACE_CODES, UnitScratch, unitsOf } from '../../../src/core/detect/chars';
import { detectTimexWords } from '../../../src/core/detect/timexRules';
import { clockPatternNear, DURATION_TRIGGERS, durationPatternStarts, durationUnitHoldable } from '../../../src/core/detect/durations';
import { execNear } from '../../../src/core/detect/scan';
import { wordedDatelineReadings } from '../../../src/core/detect/publication';
import { detectLanguage, EN_WORDS, FR_WORDS } from '../../../src/core/detect/language';
import { speechVerbReadings } from '../../../src/core/detect/speechVerbScan';
import { quoteScanReadings } from '../../../src/core/detect/quoteMarks';
import { genderPatternReadings } from '../../../src/core/detect/speakerGender';
import { passiveReadings } from '../../../src/core/detect/sentenceSubject';
import { TriggerScan } from '../../../src/core/detect/triggers';

const root = join(__dirname, '../../..');
const articles = [
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, 'seeds', f), 'utf8')),
  readFileSync(join(root, 'test/fixtures/gold/heldout-en.txt'), 'utf8'),
  readFileSync(join(root, 'test/fixtures/gold/heldout-fr.txt'), 'utf8'),
];

/** Mulberry32: a small deterministic generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings made of the pieces the scanners look at, glued at random: keys, their prefixes, digits, spaces. */
function noise(seed: number, count: number): string[] {
  const atoms = [
    '1',
    '2',
    '5',
    '9',
    '0',
    '19',
    '20',
    '2025',
    '1789',
    '/',
    '.',
    '-',
    ':',
    ' ',
    '\u00a0',
    '\u2009',
    '\n',
    'h',
    'heure',
    'a',
    'p',
    'm',
    'a.m',
    'p.m.',
    'mai',
    'Mai',
    'May',
    'mars',
    'sept.',
    'Sept',
    'janv',
    'déc.',
    'février',
    'juin',
    'jeudi',
    'Thursday',
    'lundi',
    'hier',
    'aujourd',
    'ce matin',
    'ce soir',
    'this morning',
    'même',
    'ce mois',
    'du mois',
    'mois',
    'month',
    'semaine',
    'week',
    "l'an",
    'l’an',
    "L'an",
    'année',
    'year',
    'l',
    "'",
    '’',
    'ce',
    'du',
    'se',
    'mo',
    'ye',
    'an',
    'x',
    'É',
    'ſ',
    '😀',
    'heures',
    'HEURE',
    'minutes',
    'min',
    'mn',
    'jours',
    'JOURNÉE',
    'journées',
    'nuit',
    'semaines',
    'mois',
    'ans',
    'années',
    'hours',
    'hr',
    'hrs',
    'days',
    'nights',
    'weeK',
    'weeks',
    'Month',
    'years',
    'moiſ',
    'anſ',
    'demi-',
    'DEMI-',
    'Half',
    'hALF',
    'demi',
    'hal',
    '𝐀',
    '\u0301',
    '4',
  ];
  const r = prng(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = 1 + Math.floor(r() * 30);
    for (let j = 0; j < n; j++) s += atoms[Math.floor(r() * atoms.length)];
    out.push(s);
  }
  return out;
}

/** Strings made of the words that begin and fill the date patterns. */
function dateNoise(seed: number, count: number): string[] {
  const words = [
    'lundi',
    'Mardi',
    'mercredi',
    'Thursday',
    'Friday',
    'Sunday',
    'janvier',
    'Février',
    'fevrier',
    'mars',
    'Mai',
    'May',
    'août',
    'Aout',
    'sept.',
    'Sept.',
    'déc.',
    'Dec.',
    'October',
    'le',
    'Le',
    'du',
    'au',
    'ce',
    'Ce',
    'cette',
    'Cette',
    'on',
    'last',
    'Last',
    'next',
    'Next',
    'this',
    'This',
    'en',
    'dès',
    'depuis',
    'in',
    'since',
    'from',
    'until',
    'début',
    'fin',
    'mi-',
    'mid-',
    'early',
    'late',
    'dernier',
    'prochain',
    'passé',
    'même',
    'mois',
    'month',
    'semaine',
    'week',
    'la',
    'La',
    'année',
    'year',
    "l'an",
    'L’an',
    'aujourd’hui',
    "Aujourd'hui",
    'avant-hier',
    'Après-demain',
    'hier',
    'Hier',
    'demain',
    'today',
    'Yesterday',
    'tomorrow',
    'ce matin',
    'Ce soir',
    'tonight',
    'this morning',
    'matin',
    'soir',
    'à',
    'vers',
    'at',
    'by',
    'avant',
    'après',
    '1er',
    '1re',
    '18',
    '2',
    '27',
    '2025',
    '1999',
    '26/02/2025',
    '2025-02-26',
    '2025-02',
    '16h20',
    '16 h 20',
    '15:16',
    '4:20 p.m.',
    '4 pm',
    '16 heures',
    'et demie',
    'st',
    'th',
    ',',
    ' ',
    ' ',
    '  ',
    '\n',
    '-',
    'x',
    'É',
  ];
  const r = prng(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = 1 + Math.floor(r() * 12);
    for (let j = 0; j < n; j++) s += words[Math.floor(r() * words.length)] + (r() < 0.7 ? ' ' : '');
    out.push(s);
  }
  return out;
}

function execHits(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index, m[0].length);
  return out;
}

describe('hand-written scanners', () => {
  it('find the same date trigger hits as the regular expressions they stand for', () => {
    for (const text of [...articles, ...noise(1, 4000)]) {
      for (const [re, hits] of dateTriggerHits(text)) assert.deepEqual(hits, execHits(re, text), `${re} on ${JSON.stringify(text.slice(0, 200))}`);
    }
  });
  it('find the same duration trigger hits as the regular expressions they stand for', () => {
    const scan = new TriggerScan([], DURATION_TRIGGERS);
    for (const text of [...articles, ...noise(2, 4000)]) {
      for (const [re, hits] of scan.hits(text)) assert.deepEqual(hits, execHits(re, text), `${re} on ${JSON.stringify(text.slice(0, 200))}`);
    }
  });
  it("start every date match with the first units of one of its rule's starting words", () => {
    const rules = dateRuleStarts();
    let matches = 0;
    for (const text of [...articles, ...dateNoise(3, 4000)]) {
      for (const { re, starts } of rules) {
        const sticky = new RegExp(re.source, re.flags.replace('g', 'y'));
        for (let p = 0; p < text.length; p++) {
          // A match inside a word is skipped by detection: only word starts count.
          if (p > 0 && /[\p{L}\p{N}]/u.test(text[p - 1])) continue;
          sticky.lastIndex = p;
          if (!sticky.test(text)) continue;
          matches++;
          const ok = starts.some((w) => text.startsWith(w.length === 1 ? w : w.slice(0, 2), p));
          assert.ok(ok, `${re.source.slice(0, 60)} starts with ${JSON.stringify(text.slice(p, p + 2))} in ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(matches > 4000, `only ${matches} matches`);
  });
  it("find a hit of its rule's trigger at most `before` units after the start of every date match", () => {
    const rules = dateRuleStarts().filter((r) => r.trigger && r.before < 40);
    let matches = 0;
    for (const text of [...articles, ...dateNoise(4, 4000), ...noise(5, 2000)]) {
      const hits = dateTriggerHits(text);
      for (const { re, trigger, before } of rules) {
        const sticky = new RegExp(re.source, re.flags.replace('g', 'y'));
        const starts = hits.get(trigger!)!.filter((_, k) => k % 2 === 0);
        for (let p = 0; p < text.length; p++) {
          if (p > 0 && /[\p{L}\p{N}]/u.test(text[p - 1])) continue;
          sticky.lastIndex = p;
          if (!sticky.test(text)) continue;
          matches++;
          assert.ok(
            starts.some((h) => h >= p && h <= p + before),
            `${re.source.slice(0, 60)} at ${p} in ${JSON.stringify(text)}: no hit within ${before}`,
          );
        }
      }
    }
    assert.ok(matches > 4000, `only ${matches} matches`);
  });
  it('read every relative day of the one list their rule, its first words and its trigger keys come from', () => {
    const published = { value: '2025-03-12', precision: 'day', source: 'option' } as const;
    // Each day with both apostrophes, opening a sentence and after a word, so the trigger, the rule's
    // first words and its pattern must all hold it for the whole day to be found.
    const days = RELATIVE_DAYS.flatMap((d) => (d.includes("'") ? [d, d.replace("'", '’')] : [d]));
    for (const day of days) {
      for (const text of [`${day}, nous avons parlé.`, `Nous avons parlé ${day}.`]) {
        const found = detectDates(text, published).map((d) => text.slice(d.start, d.end));
        assert.deepEqual(found, [day], JSON.stringify(text));
      }
    }
  });

  it("turn down a year's preposition without the pattern only where the pattern finds none", () => {
    let turnedDown = 0;
    for (const text of [...articles, ...dateNoise(6, 3000), ...noise(7, 2000), 'en\u00a0\u2009 2020', 'mi-\t2020', 'l’ 2020', 'x𝐀 2020']) {
      for (let end = 0; end <= text.length; end++) {
        const { quick, pattern } = yearPrepReadings(text, end);
        if (!quick) turnedDown++;
        assert.ok(quick || !pattern, `the preposition before ${end} in ${JSON.stringify(text)} was turned down`);
      }
    }
    assert.ok(turnedDown > 10000, `only ${turnedDown} turned down`);
  });
  it("find every clock-like duration near the shared scan's time hits, as a scan of the whole text would", () => {
    const { re, near } = clockPatternNear();
    // Digits, "h", spaces, colons and letters (one outside the BMP) glued at random: clocks and near misses.
    const atoms = ['1', '2', '6', '16', '30', '05', '99', ' ', '\u00a0', '\n', 'h', ':', '-', 'x', 'é', '\u{1d400}', '6h30', '16 h 30'];
    const rand = prng(9);
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 12 }, () => atoms[Math.floor(rand() * atoms.length)]).join(''));
    let matches = 0;
    for (const text of [...articles, ...texts]) {
      const whole: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) whole.push(`${m.index}:${m[0]}`);
      const nearHits: string[] = [];
      execNear(text, re, near, (m) => void nearHits.push(`${m.index}:${m[0]}`), dateTriggerHits(text).get(near.trigger));
      assert.deepEqual(nearHits, whole, JSON.stringify(text));
      matches += whole.length;
    }
    assert.ok(matches > 300, `only ${matches} matches`);
  });

  it('try the duration pattern wherever a kept match can start', () => {
    const { re, starts } = durationPatternStarts();
    const sticky = new RegExp(re.source, re.flags.replace('g', 'y'));
    const atoms = [
      'presque',
      'PRÈS DE',
      'près de',
      'pres de',
      'quasiment',
      'pas loin de',
      'nearly',
      'Almost',
      'close to',
      'just under',
      'environ',
      'quelque',
      'à peu près',
      'À peu près',
      'autour de',
      'about',
      'around',
      'some',
      'ſome',
      'roughly',
      'plus de',
      'au moins',
      'plus d’',
      "plus d'",
      'moins d’',
      "jusqu'à",
      'jusqu’à',
      'up to',
      'no more than',
      'un peu plus de',
      'deux',
      'Deux',
      'DEUX',
      'ſix',
      'vingt-et-un',
      'quatre-vingt-dix',
      'trente',
      'une',
      'un',
      'an',
      'a',
      'A',
      'one',
      'twenty',
      'dozen',
      'douzaine',
      '90',
      '1,5',
      '2.5',
      '12',
      'heures',
      'heure',
      'ans',
      'mois',
      'jours',
      'minutes',
      'hours',
      'weeks',
      'semaines',
      'et demie',
      'et quart',
      'and a half',
      'x',
      'Lexx',
      'é',
      '𝐀',
      '-',
      ' ',
      ' ',
      ' ',
      '\n',
    ];
    const r = prng(5);
    let matches = 0;
    for (let k = 0; k < 10000; k++) {
      let text = '';
      const n = 1 + Math.floor(r() * 10);
      for (let j = 0; j < n; j++) text += atoms[Math.floor(r() * atoms.length)] + (r() < 0.75 ? ' ' : '');
      for (let p = 0; p < text.length; p++) {
        if (p > 0 && /[\p{L}\p{N}]/u.test(text[p - 1])) continue;
        sticky.lastIndex = p;
        if (!sticky.test(text)) continue;
        matches++;
        assert.ok(starts(text, p), `a duration starts at ${p} in ${JSON.stringify(text)}`);
      }
    }
    assert.ok(matches > 1000, `only ${matches} matches`);
  });
  it('open a window at the unit of every duration match, wherever it starts', () => {
    const { re, holdable } = durationUnitHoldable();
    // With indices: the unit's space or hyphen (the trigger hit) is right before group 5.
    const sticky = new RegExp(re.source, re.flags.replace('g', 'yd'));
    const atoms = [
      'plus de',
      'about',
      'deux',
      'DEUX',
      'ſix',
      'zéro',
      'ZÉRO',
      'vingt-et-un',
      'quatre-vingt',
      'trente',
      'une',
      'un',
      'an',
      'a',
      'A',
      'one',
      'twenty',
    ];
    atoms.push(
      'dozen',
      'douzaine',
      '90',
      '1,5',
      '2.5',
      '2 1/2',
      '12',
      'et demie',
      'et quart',
      'and a half',
      'AND A QUARTER',
      'more',
      'additional',
      'EXTRA',
      'extras',
    );
    atoms.push(
      'heures',
      'heure',
      'ans',
      'mois',
      'jours',
      'minutes',
      'hours',
      'weeks',
      'semaines',
      'ſecond',
      'second',
      'day',
      'is',
      'the',
      'x',
      'é',
      '𝐀',
      '-',
      ' ',
      '\n',
    );
    const r = prng(11);
    let matches = 0;
    let turnedDown = 0;
    for (let k = 0; k < 10000; k++) {
      let text = '';
      const n = 1 + Math.floor(r() * 10);
      for (let j = 0; j < n; j++) text += atoms[Math.floor(r() * atoms.length)] + (r() < 0.75 ? ' ' : r() < 0.5 ? '-' : '');
      for (let h = 0; h < text.length; h++) if (/[\s-]/.test(text[h]) && !holdable(text, h)) turnedDown++;
      for (let p = 0; p < text.length; p++) {
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (!m) continue;
        matches++;
        const h = m.indices![5][0] - 1;
        assert.ok(holdable(text, h), `the unit at ${h} of ${JSON.stringify(m[0])} in ${JSON.stringify(text)}`);
      }
    }
    assert.ok(matches > 1000 && turnedDown > 10000, `only ${matches} matches, ${turnedDown} hits turned down`);
  });
  it('find the same worded dateline as the regular expression it stands for', () => {
    const atoms = [
      'February',
      'FEBRUARY',
      'feb.',
      'Feb.',
      'févr.',
      'FÉVR.',
      'février',
      'mars',
      'Mars',
      'mai',
      'MAY',
      'août',
      'AOÛT',
      'aout',
      'sept.',
      'ſept.',
      'Sep.',
      'déc.',
      'Décembre',
      'decembre',
      'jan',
      'janvier',
      'juin',
      'July',
      'Mar.',
      'marché',
      'de',
      'des',
      'maison',
      '1',
      '2',
      '12',
      '26',
      '1er',
      '1ER',
      '2025',
      '20251',
      '123',
      ',',
      ' ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      'st',
      'th',
      'er',
      'x',
      'é',
      '𝐀',
      '(Reuters)',
      '-',
      '/',
      '26/02/2025',
    ];
    const r = prng(6);
    const pick = (list: readonly string[]): string => list[Math.floor(r() * list.length)];
    const months = atoms.slice(0, 24);
    const spaces = [' ', '  ', '\u00a0', '\n', '', 'x'];
    let found = 0;
    for (let k = 0; k < 6000; k++) {
      let head = '';
      const n = 1 + Math.floor(r() * 6);
      for (let j = 0; j < n; j++) {
        // Dateline shapes with a part changed at random, between words of noise.
        const shape = r();
        if (shape < 0.3)
          head +=
            pick(months) +
            pick(spaces) +
            pick(['26', '1', '123', '']) +
            pick(['st', 'th', '', 'x']) +
            pick([',', '']) +
            pick(spaces) +
            pick(['2025', '20251', '202', '']);
        else if (shape < 0.6)
          head += pick(['26', '1', '1', '123', '']) + pick(['er', 'ER', '', 'e']) + pick(spaces) + pick(months) + pick(spaces) + pick(['2025', '20251', '202']);
        else head += pick(atoms);
        head += r() < 0.6 ? ' ' : '';
      }
      const [re, sticky] = wordedDatelineReadings(head);
      assert.deepEqual(sticky ? [sticky.index, ...sticky] : null, re ? [re.index, ...re] : null, JSON.stringify(head));
      if (re) found++;
    }
    assert.ok(found > 500, `only ${found} datelines`);
  });
  it('pair the same quotation marks when it passes over the newlines and apostrophes that change nothing', () => {
    const atoms = ['«', '»', '“', '”', '‹', '›', '‘', '’', '"', "'", '\n', ' ', 'a', 'don’t', '‘90s', 'rock ‘n’ roll', ',', '.', '(', '—', 'qu’', ' »on'];
    const r = prng(12);
    let quotes = 0;
    for (const text of [
      ...articles,
      ...Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(r() * 30) }, () => atoms[Math.floor(r() * atoms.length)]).join('')),
    ]) {
      const [skipping, everyMark] = quoteScanReadings(text);
      assert.deepEqual(skipping, everyMark, JSON.stringify(text.slice(0, 300)));
      quotes += everyMark.length;
    }
    assert.ok(quotes > 5000, `only ${quotes} quotes`);
  });
  it('read the same honorific and role before a name where they can start as a search does', () => {
    const atoms = [
      'le',
      'La',
      'la',
      'Le',
      'les',
      'elle',
      'ministre',
      'porte-parole',
      'présidente',
      'de',
      "l'Intérieur",
      'M.',
      'M',
      'Mme',
      'Mrs.',
      'Mr',
      'Ms',
      'Monsieur',
    ];
    atoms.push('Madame', 'Mlle', ',', ' ', ' ', '\u00a0', '(', '«', '’', "'", '.', '-', 'é', '𝐀', '\ud835', '\n', 'x', '2', 'ſ', ';');
    const r = prng(13);
    const texts = Array.from(
      { length: 12000 },
      () =>
        Array.from({ length: 1 + Math.floor(r() * 14) }, () => atoms[Math.floor(r() * atoms.length)] + (r() < 0.6 ? ' ' : '')).join('') +
        (r() < 0.8 ? ' ' : ', '),
    );
    let found = 0;
    for (const text of [
      ...texts,
      ...articles.flatMap((a) => Array.from({ length: Math.floor(a.length / 7) }, (_, k) => a.slice(Math.max(0, 7 * k - 80), 7 * k))),
    ]) {
      for (const [search, tried] of genderPatternReadings(text)) {
        assert.deepEqual(tried ? [tried.index, ...tried] : null, search ? [search.index, ...search] : null, JSON.stringify(text));
        if (search) found++;
      }
    }
    assert.ok(found > 2000, `only ${found} found`);
  });
  it('find a passive auxiliary before a verb from the end as the search does', () => {
    const atoms = ['are', 'ARE', 'is', 'iſ', 'IS', 'was', 'were', 'been', 'being', 'be', 'été', 'ÉTÉ', 'sont', 'est', 'était', 'étaient', 'a', 'has'];
    atoms.push('this', 'west', "l'est", 'd’été', '-est', 'fête', ' ', ' ', '\u00a0', '\n', ',', '𝐀', 'x', '2');
    const r = prng(14);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const text =
        Array.from({ length: 1 + Math.floor(r() * 6) }, () => atoms[Math.floor(r() * atoms.length)] + (r() < 0.4 ? ' ' : '')).join('') + (r() < 0.8 ? ' ' : '');
      const [search, fromEnd] = passiveReadings(text);
      assert.equal(fromEnd, search, JSON.stringify(text));
      if (search) found++;
    }
    for (const a of articles)
      for (let e = 0; e <= a.length; e += 3)
        assert.equal(passiveReadings(a.slice(Math.max(0, e - 40), e))[1], passiveReadings(a.slice(Math.max(0, e - 40), e))[0]);
    assert.ok(found > 2000, `only ${found} found`);
  });
  it('read the same speech verbs backwards as forwards', () => {
    const atoms = [
      'a déclaré',
      'Déclaré',
      'DIT',
      'said',
      'Said',
      'according to',
      'According To',
      'according',
      'to',
      'tox',
      "d'après",
      'D’APRÈS',
      'd',
      "d'",
      'après',
      'aprèsx',
      'selon',
      'Selon',
      'estimé',
      'ajouté',
      'souligné',
      'x',
      'le',
      'İ',
      'dİt',
      '𝐀',
      'said𝐀',
      '\ud835',
      '\udc00',
      ' ',
      ' ',
      ',',
      '.',
      '«',
      '»',
      '\n',
      '-',
      'é',
      'told',
      'TOLD',
      'a',
      'il',
      'Marco Rubio',
    ];
    const r = prng(4);
    let verbs = 0;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const n = 1 + Math.floor(r() * 20);
      for (let j = 0; j < n; j++) text += atoms[Math.floor(r() * atoms.length)] + (r() < 0.6 ? ' ' : '');
      const s = Math.floor(r() * (text.length + 1));
      const e = s + Math.floor(r() * (text.length - s + 1));
      const { forward, backward } = speechVerbReadings(text, s, e);
      assert.deepEqual(backward, [...forward!].reverse(), `${JSON.stringify(text)} [${s}, ${e})`);
      verbs += backward.length;
    }
    assert.ok(verbs > 1000, `only ${verbs} verbs`);
  });
  it('tell the language as a count of lowercased runs of letters would', () => {
    // The same word lists, counted the plain way: split into lowercased runs of letters.
    const fr = new Set(FR_WORDS);
    const en = new Set(EN_WORDS);
    const reference = (text: string): 'fr' | 'en' => {
      let f = 0;
      let e = 0;
      for (const m of text.slice(0, 20000).matchAll(/\p{L}+/gu)) {
        const w = m[0].toLowerCase();
        if (fr.has(w)) f++;
        if (en.has(w)) e++;
      }
      return e > f ? 'en' : 'fr';
    };
    const atoms = [
      ...fr,
      ...en,
      'À',
      'À LA',
      'ÀA',
      'İT',
      'İn',
      'THE',
      'The',
      'LA',
      'Là',
      'ſ',
      'ſe',
      '\u212a',
      'a\u212a',
      '😀',
      '𝐀',
      'the𝐀',
      '\ud83d',
      '\udc00',
      ' ',
      ' ',
      '.',
      "'",
      'x',
      'é',
      'ǅ',
      'ΣΑ',
      'ﬁ',
    ];
    const r = prng(7);
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = Math.floor(r() * 12);
      for (let j = 0; j < n; j++) {
        const a = atoms[Math.floor(r() * atoms.length)];
        text += r() < 0.2 ? a.toUpperCase() : a;
      }
      if (k % 100 === 0) text = 'x'.repeat(19990 + (k % 8)) + ' ' + text + ' the the';
      assert.equal(detectLanguage(text), reference(text), JSON.stringify(text.slice(-60)));
    }
  });
  it('copy every unit of a text, lone surrogates included, and two 0 units after it, whatever an earlier text left', () => {
    const texts = ['', 'a', 'Le 3 mai à 15h', 'x\ud83d', '\udc00y', '😀 “quoted” ÿ', 'long '.repeat(3000), 'é', '\uffff\u0100', 'très long '.repeat(110000)];
    for (const text of [...texts, ...texts.reverse()]) {
      const u = unitsOf(text);
      const got = Array.from(u.subarray(0, text.length + 2));
      const want = [...Array.from({ length: text.length }, (_, k) => text.charCodeAt(k)), 0, 0];
      assert.deepEqual(got, want, JSON.stringify(text.slice(0, 20)));
    }
  });
  it('find the same trigger hits after a longer text as on their own', () => {
    const scan = new TriggerScan([], DURATION_TRIGGERS);
    const long = 'durant trois heures et demie, '.repeat(200);
    for (const text of ['3 h', '12 mn', ' ans', 'half', 'x ye', '5 heures']) {
      const alone = [...scan.hits(text)];
      scan.hits(long);
      assert.deepEqual([...scan.hits(text)], alone, text);
      for (const [re, hits] of alone) assert.deepEqual(hits, execHits(re, text), `${re} on ${text}`);
    }
  });
  it("keep a UnitScratch's units through calls of unitsOf, the scanners that use it and another scratch", () => {
    const own = new UnitScratch();
    const other = new UnitScratch();
    for (const text of ['', 'Le 3 mai à 15h', 'x\ud83d', 'the second quarter of 1988 '.repeat(40)]) {
      const u = own.of(text);
      const want = [...Array.from({ length: text.length }, (_, k) => text.charCodeAt(k)), 0, 0];
      const clobber = 'pendant trois ans, the following week '.repeat(300);
      unitsOf(clobber);
      detectLanguage(clobber);
      other.of(clobber);
      detectTimexWords(clobber, null);
      assert.deepEqual(Array.from(u.subarray(0, text.length + 2)), want, JSON.stringify(text.slice(0, 20)));
    }
  });
  it('find the same timex words in a text whatever longer text was scanned before', () => {
    const texts = ['In the second quarter of 1988, sales fell.', 'Au cours du XIXe siècle et des années 1990.', "The '80s ended; next week came.", ''];
    const alone = texts.map((t) => detectTimexWords(t, null));
    detectTimexWords('the first half of the year and the next decade '.repeat(500), null);
    unitsOf('x'.repeat(5000));
    texts.forEach((t, k) => assert.deepEqual(detectTimexWords(t, null), alone[k], t));
    assert.ok(alone[0].length > 0 && alone[1].length > 0, 'the sample texts hold timex words');
  });
  it('list the units of \\s', () => {
    const spaces: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/u.test(String.fromCharCode(c))) spaces.push(c);
    assert.deepEqual(
      [...SPACE_CODES].sort((a, b) => a - b),
      spaces,
    );
  });
});
