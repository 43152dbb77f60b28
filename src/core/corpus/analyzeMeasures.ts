/**
 * Measures an event's sentence gives as the event's own, compared across articles like counts: a quake's
 * magnitude ("magnitude 6,8", "6.9 on the Richter scale") and depth, the clock time it happened ("à 4 h 17
 * heure locale", "around 4:30 a.m."), the bearing and distance of its epicentre or site from a named place
 * ("à 30 km au nord de X", "20 miles south-east of X"), the length of a prison sentence ("condamné à dix ans de
 * prison", "sentenced to eight years"), a speed ("roulait à 120 km/h") and a burnt area ("2 000 hectares").
 * Each claim keeps the words it was read from; `measureRange` turns it into the interval claims.ts compares.
 */
import type { TextIndex } from '../text/offsets';
import type { PersonMention } from '../model';
import type { MeasureClaim, MentionAnalysis } from './analysisTypes';
import { NUMBER_WORD_PATTERN, parseNumber } from '../detect/numbers';
import type { SentenceRange } from './sentences';
import { countQualifier, nearestOfKind } from './analyzeCounts';

/** Kinds that happen at one moment: a clock time in their clause is the time they happened. */
const INSTANT_KINDS: ReadonlySet<string> = new Set(['earthquake', 'accident', 'fire', 'explosion', 'attack', 'storm', 'flood']);
/**
 * The kinds each measure may describe. A sentence that names no fitting event ("L'épicentre était situé à 30 km
 * au nord de X", "The train was travelling at 120 km/h") goes on about the article's event of that kind.
 */
const KINDS_OF: Record<string, ReadonlySet<string>> = {
  magnitude: new Set(['earthquake']),
  time: INSTANT_KINDS,
  direction: INSTANT_KINDS,
  distance: INSTANT_KINDS,
  depth: new Set(['earthquake', 'explosion']),
  speed: new Set(['accident', 'storm']),
  area: new Set(['fire', 'flood']),
  penalty: new Set(['verdict', 'trial']),
};

const NUM = String.raw`\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)?`;
const QUAL = String.raw`plus de|moins de|au moins|environ|près de|pres de|presque|quelque|jusqu['’]à|more than|less than|at least|about|around|nearly|almost|up to|some|approximately|roughly|over`;

/** "magnitude 6,8", "d'une magnitude de 6,9", "magnitude-6.8", "6.8-magnitude", "6,9 sur l'échelle de Richter", "measuring 6.8". */
const MAGNITUDE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:magnitude(?:\s+(?:de|of))?[\s-]+(?:(${QUAL})\s+)?(\d(?:\s?[.,]\s?\d(?![\d]))?)(?![\d.,]\d)|(\d(?:\s?[.,]\s?\d)?)[\s-]+(?:magnitude|sur l['’][ée]chelle (?:ouverte )?de richter|on the richter scale)|measuring\s+(\d[.,]\d))`,
  'giu',
);
/**
 * Who gives a figure, right after it: "selon l'USGS", "d'après l'AFAD", "according to the USGS", up to the
 * punctuation, the next value or the verb of the sentence. The source in group 1.
 */
const SOURCE_AFTER =
  /^\s*,?\s*(?:selon|d['’]après|according to)\s+((?:l['’]|le\s|la\s|les\s|the\s)?[^,;.()«»"]{1,50}?)(?=\s*(?:[,;.)]|\s(?:et|and|contre|versus|a|ont|est|sont|avait|has|have|was|were|is|struck|hit)\s|\ss['’]|$))/iu;
/**
 * Another value of the same magnitude from another source, right after the first one's: ", 6,2 selon l'AFAD",
 * "et de 6,2 d'après l'AFAD", "(5.9 according to the EMSC)". The value in group 2 (qualifier in 1).
 */
const ALTERNATIVE_AFTER = new RegExp(
  String.raw`^\s*(?:,|;|\(|et|and|contre|versus|vs\.?)\s*(?:(${QUAL})\s+)?(?:de\s+|of\s+)?(\d(?:\s?[.,]\s?\d)?)(?![\d.,]\d)(?=\s*,?\s*(?:selon|d['’]après|according to)\s)`,
  'iu',
);
/** An aftershock's or another quake's magnitude is not the event's. */
const AFTERSHOCK_BEFORE = /(?:r[ée]pliques?|aftershocks?|secousses? secondaires?)\s+(?:\S+\s+){0,3}$/iu;

/** "à 4 h 17", "vers 4h30", "peu après 16 heures", "at 4:17 a.m.", "around 4.30am", "shortly after 9pm". */
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\d])(à|a|vers|aux alentours de|autour de|peu avant|peu après|at|around|about|shortly before|shortly after|just before|just after)\s+` +
    String.raw`(?:(\d{1,2})\s*(?:h|heures?)\s*(\d{2})?|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|(\d{1,2})[:](\d{2}))(?![\p{L}\d])` +
    // The closing bracket with the space before it only when it is there: the text ends on the zone's last letter.
    String.raw`(\s*(?:\(?\s*(?:heure locale|heure de paris|local time|GMT|UTC|HL)(?:\s*\))?))?`,
  'giu',
);

const BEARINGS: Record<string, number> = {
  nord: 0,
  'nord-est': 45,
  est: 90,
  'sud-est': 135,
  sud: 180,
  'sud-ouest': 225,
  ouest: 270,
  'nord-ouest': 315,
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};
const BEARING_WORDS = Object.keys(BEARINGS)
  .flatMap((w) => (/^(?:north|south)(?:east|west)$/.test(w) ? [w, w.replace(/^(north|south)/, '$1-')] : [w]))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "(à) 30 km au nord-est de Valdore", "au sud de la capitale", "20 miles south-east of Valdore". */
const BEARING = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:à\s+)?(?:(${QUAL})\s+)?(${NUM})\s*(km|kilomètres|kilometres|kilometers|miles)\s+)?(?:(?:au|à l['’]|a l['’])\s*)?(${BEARING_WORDS})\s+(?:de la|du|de|d['’]|des|of)\s*((?:the|la|le|l['’])?\s*[\p{L}][\p{L}'’-]*)`,
  'giu',
);

/** A sentence's length in prison ("à dix ans de prison", "eight years in jail", "a five-year prison term"). */
const PENALTY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${QUAL})\s+)?(${NUM}|${NUMBER_WORD_PATTERN})[\s-]+(ans?|mois|years?|months?)(?:\s+(?:de|d['’]|in|of))?\s*(prison|réclusion|emprisonnement|détention|jail|imprisonment|ferme|(?:prison|jail) (?:sentence|term))?(\s+(?:avec sursis|suspended))?(?![\p{L}])`,
  'giu',
);
/** What makes a length in years a sentence handed down: the verdict's verb before it. */
const SENTENCED_BEFORE = /(?:condamn[ée]e?s?|sentenced|jailed|écop[ée]e?s?|écope|peine)(?:\s+[^\s.;]+){0,8}\s+(?:à|to|for|de)\s+(?:une peine de\s+)?$/iu;
/** A sentence asked for or risked is not the one handed down. */
const NOT_HANDED_DOWN = /(?:requis|réclam|demand|encour|risqu|passible|sought|request|asked|faces?|faced|facing|could get|maximum)(?:\s+[^\s.;]+){0,8}\s*$/iu;
const LIFE = /(?<![\p{L}])(?:(?:prison|réclusion criminelle|réclusion) à perpétuité|life (?:in prison|imprisonment|sentence))(?![\p{L}])/giu;

/** Speeds, depths and areas with their unit. */
const UNIT_MEASURE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${QUAL})\s+)?(${NUM})\s*(km\/h|km\/heure|kilomètres[- ]heure|kmh|mph|miles per hour|nœuds|knots|hectares|ha|acres|km²|km2|km|kilomètres|kilometres|kilometers|miles|mètres|metres|meters)(?![\p{L}\d\/])`,
  'giu',
);
const DEPTH_NEAR = /profondeur|depth|deep|profond/iu;
const SPEED_LIMIT_BEFORE = /(?:limit[ée]e?s?|limitation|limit|autoris[ée]e?|maximum|maximale)\s+(?:\S+\s+){0,3}$/iu;

function num(raw: string): number {
  const digits = raw.replace(/[  ](?=\d{3})/g, '');
  const v = parseNumber(digits);
  return Number.isFinite(v) ? v : NaN;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:the|la|le|l['’])\s*/, '')
    .replace(/['’]/g, '');
}

type Found = Omit<MeasureClaim, 'start' | 'end' | 'text'> & { s: number; e: number };

/**
 * `lead` and `trail`: the text right before and after the sentence (a sentence split may cut "6. 1" after its
 * "6."): read with the sentence, and only magnitudes that start in it are kept.
 */
function magnitudes(part: string, lead: string, trail: string): Found[] {
  const out: Found[] = [];
  const all = lead + part + trail;
  for (const m of all.matchAll(MAGNITUDE)) {
    const at = m.index - lead.length;
    if (at < 0 || at >= part.length) continue;
    const before = all.slice(Math.max(0, m.index - 40), m.index);
    // "6.1-magnitude" written "6. 1 - magnitude": the figure read is the tenth of another one.
    if (AFTERSHOCK_BEFORE.test(before) || /\d\s?[.,]\s?$/.test(before)) continue;
    const raw = (m[2] ?? m[3] ?? m[4]).replace(/\s/g, '');
    const value = num(raw);
    if (!(value >= 1 && value <= 10)) continue;
    const e = Math.min(part.length, at + m[0].length);
    const found: Found = { s: at, e, attribute: 'magnitude', key: 'magnitude', value, unit: '', qualifier: countQualifier(m[1], false) };
    out.push(found);
    sourcedAlternatives(part, found, out);
  }
  return out;
}

/**
 * The source named right after a magnitude (`first`), and the other sources' values that follow it ("6,0
 * selon l'USGS, 6,2 selon l'AFAD"), each with its source: one article giving two sources that disagree.
 */
function sourcedAlternatives(part: string, first: Found, out: Found[]): void {
  let at = first.e;
  let src = SOURCE_AFTER.exec(part.slice(at));
  if (!src) return;
  first.source = src[1].trim();
  at += src[0].length;
  for (let alt = ALTERNATIVE_AFTER.exec(part.slice(at)); alt; alt = ALTERNATIVE_AFTER.exec(part.slice(at))) {
    const value = num(alt[2].replace(/\s/g, ''));
    const vEnd = at + alt[0].length;
    src = SOURCE_AFTER.exec(part.slice(vEnd));
    if (!src || !(value >= 1 && value <= 10)) return;
    const vStart = vEnd - alt[2].length;
    out.push({ ...first, s: vStart, e: vEnd, value, qualifier: countQualifier(alt[1], false), source: src[1].trim() });
    at = vEnd + src[0].length;
  }
}

/**
 * A clock time marked as universal time needs no "à" before it: "mardi 4h17 GMT", "(0417 GMT)", "at 04:17 UTC".
 * Hours and minutes in groups 1 and 2, or written together (agency style) in 3 and 4.
 */
const ZONED_CLOCK = /(?<![\p{L}\d:.,])(?:(\d{1,2})\s*(?:h|:)\s*(\d{2})|([01]\d|2[0-3])([0-5]\d))\s*(?:GMT|UTC)(?![\p{L}\d])/gu;

function clockTimes(part: string): Found[] {
  const out: Found[] = [];
  if (part.includes('GMT') || part.includes('UTC')) zonedClockTimes(part, out);
  for (const m of part.matchAll(CLOCK)) {
    // "16h20 (14h20 en Suisse)": the time in brackets after another one is the same moment elsewhere.
    if (/\(\s*$/.test(part.slice(Math.max(0, m.index - 3), m.index))) continue;
    let h = Number(m[2] ?? m[4] ?? m[7]);
    const min = Number(m[3] ?? m[5] ?? m[8] ?? 0);
    const ampm = (m[6] ?? '').toLowerCase();
    if (ampm.startsWith('p') && h < 12) h += 12;
    if (ampm.startsWith('a') && h === 12) h = 0;
    if (h > 23 || min > 59) continue;
    const intro = m[1].toLowerCase();
    // "à 4 h" with no minute is on the hour, but said roughly.
    const qualifier: MeasureClaim['qualifier'] = /avant|before/.test(intro)
      ? 'less-than'
      : /après|after/.test(intro)
        ? 'more-than'
        : /^(?:à|a|at)$/.test(intro) && (m[3] || m[5] || m[8])
          ? 'exact'
          : 'about';
    const zone = /gmt|utc/i.test(m[9] ?? '') ? 'utc' : 'local';
    out.push({ s: m.index, e: m.index + m[0].length, attribute: 'time', key: `time:${zone}`, value: h * 60 + min, unit: zone, qualifier });
  }
  return out;
}

/** ZONED_CLOCK's times, unless CLOCK reads the same words (with their "à", "vers"…). */
function zonedClockTimes(part: string, out: Found[]): void {
  for (const m of part.matchAll(ZONED_CLOCK)) {
    const h = Number(m[1] ?? m[3]);
    const min = Number(m[2] ?? m[4]);
    if (h > 23 || min > 59) continue;
    const introduced = [...part.slice(Math.max(0, m.index - 30), m.index + m[0].length).matchAll(CLOCK)].some(
      (c) => c.index + c[0].length >= Math.min(30, m.index) + m[0].length,
    );
    if (introduced) continue;
    out.push({ s: m.index, e: m.index + m[0].length, attribute: 'time', key: 'time:utc', value: h * 60 + min, unit: 'utc', qualifier: 'exact' });
  }
}

function bearings(part: string): Found[] {
  const out: Found[] = [];
  for (const m of part.matchAll(BEARING)) {
    const word = m[4].toLowerCase().replace(/^(north|south)-/, '$1');
    const bearing = BEARINGS[word];
    const ref = fold(m[5]);
    // "l'est du pays" is a region, not a bearing from a named place; an English bearing needs "of".
    if (bearing === undefined || !/^\p{Lu}/u.test(m[5].replace(/^(?:the|la|le|l['’])\s*/i, ''))) continue;
    if (!m[3] && !/(?:au|à l|a l)/i.test(m[0]) && !/of/i.test(m[0])) continue;
    const e = m.index + m[0].length;
    out.push({ s: m.index, e, attribute: 'direction', key: `direction:${ref}`, value: bearing, unit: 'deg', qualifier: 'exact' });
    if (m[2]) {
      const miles = /^mi/i.test(m[3]);
      const km = num(m[2]) * (miles ? 1.609 : 1);
      if (Number.isFinite(km))
        out.push({ s: m.index, e, attribute: 'distance', key: `distance:${ref}`, value: km, unit: 'km', qualifier: countQualifier(m[1], false) });
    }
  }
  return out;
}

function penalties(part: string): Found[] {
  const out: Found[] = [];
  for (const m of part.matchAll(PENALTY)) {
    const before = part.slice(Math.max(0, m.index - 80), m.index);
    if (!m[4] && !SENTENCED_BEFORE.test(before)) continue;
    if (NOT_HANDED_DOWN.test(before) || /jusqu|up to/i.test(m[1] ?? '')) continue;
    const n = num(m[2]) || (/^une?$/i.test(m[2]) ? 1 : NaN);
    if (!(n > 0)) continue;
    const months = /^(?:mois|month)/i.test(m[3]) ? n : n * 12;
    const key = m[5] ? 'penalty:suspended' : 'penalty';
    out.push({ s: m.index, e: m.index + m[0].length, attribute: 'penalty', key, value: months, unit: 'month', qualifier: countQualifier(m[1], false) });
  }
  for (const m of part.matchAll(LIFE)) {
    out.push({ s: m.index, e: m.index + m[0].length, attribute: 'penalty', key: 'penalty', value: Infinity, unit: 'month', qualifier: 'exact' });
  }
  return out;
}

function unitMeasures(part: string): Found[] {
  const out: Found[] = [];
  for (const m of part.matchAll(UNIT_MEASURE)) {
    const unit = m[3].toLowerCase();
    let value = num(m[2]);
    if (!Number.isFinite(value)) continue;
    const around = part.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20);
    let key: string;
    if (/\/h|heure|kmh|mph|per hour|nœuds|knots/.test(unit)) {
      if (SPEED_LIMIT_BEFORE.test(part.slice(Math.max(0, m.index - 30), m.index))) continue;
      value *= unit === 'mph' || unit === 'miles per hour' ? 1.609 : /nœuds|knots/.test(unit) ? 1.852 : 1;
      key = 'speed';
    } else if (/hectare|^ha$|acre|km²|km2/.test(unit)) {
      value *= unit === 'acres' ? 0.4047 : /km/.test(unit) ? 100 : 1;
      key = 'area';
    } else if (DEPTH_NEAR.test(around)) {
      value *= /^mi/.test(unit) ? 1.609 : /^m[èe]/.test(unit) ? 0.001 : 1;
      key = 'depth';
    } else continue; // a bare distance is compared only with its bearing and place (see bearings)
    out.push({
      s: m.index,
      e: m.index + m[0].length,
      attribute: key,
      key,
      value,
      unit: key === 'speed' ? 'km/h' : key === 'area' ? 'ha' : 'km',
      qualifier: countQualifier(m[1], false),
    });
  }
  return out;
}

const QUICK = /\d|magnitude|perpétuité|life|ans|years/iu;

/** The measures of one sentence (UTF-16 offsets in `text`), before they are given to a mention. */
function measuresIn(text: string, sent: SentenceRange): Found[] {
  const part = text.slice(sent.start, sent.end);
  if (!QUICK.test(part)) return [];
  const found = [
    ...magnitudes(part, text.slice(Math.max(0, sent.start - 4), sent.start), text.slice(sent.end, sent.end + 4)),
    ...clockTimes(part),
    ...bearings(part),
    ...penalties(part),
    ...unitMeasures(part),
  ];
  for (const f of found) {
    f.s += sent.start;
    f.e += sent.start;
  }
  return found;
}

/**
 * Gives each measure of a sentence to the event mention that owns its clause (`ownerOf`, as counts are
 * given) when that event is of a kind the measure describes, else to the nearest mention of such a kind before
 * it in the article (else the first after it). A clock time goes only to an event that happens at one moment (a
 * quake, a crash, a fire): the hour talks ended or a delegation left is no claim about when they took place.
 */
export function attachMeasures(
  text: string,
  idx: TextIndex,
  sentences: readonly SentenceRange[],
  mentions: readonly MentionAnalysis[],
  ownerOf: (s: number, e: number) => MentionAnalysis | undefined,
  people: readonly Pick<PersonMention, 'id' | 'start' | 'end'>[] = [],
): void {
  if (!mentions.some((m) => KINDS_OF.time.has(m.kind) || KINDS_OF.penalty.has(m.kind))) return;
  let magnitude: number | undefined;
  let magnitudeSentence: SentenceRange | undefined;
  for (const sent of sentences) {
    for (const f of measuresIn(text, sent)) {
      // An article gives its quake's magnitude first; another value further on is another quake's (a past one,
      // one nearby), which the article does not contradict itself about. Values the first one's sentence gives
      // each with its own source are that quake's, as each source measured it.
      if (f.attribute === 'magnitude') {
        magnitudeSentence ??= sent;
        if ((magnitude ??= f.value) !== f.value && !(f.source && magnitudeSentence === sent)) continue;
      }
      const kinds = KINDS_OF[f.attribute];
      const own = ownerOf(f.s, f.e);
      const cp = idx.toCodePoint(f.s);
      const m =
        own && kinds.has(own.kind) ? own : mayFollowArticle(f.attribute, text.slice(sent.start, sent.end)) ? nearestOfKind(mentions, kinds, cp) : undefined;
      if (!m) continue;
      if (f.attribute === 'penalty') f.key = defendantKey(f.key, text, idx, sent.start, f.s, people);
      const { s, e, ...claim } = f;
      (m.measures ??= []).push({ start: cp, end: idx.toCodePoint(e), text: text.slice(s, e), ...claim });
    }
  }
  dropSeveralSentences(mentions);
}

/**
 * A prison sentence's key with its defendant: the person named last before it in its sentence ("a condamné
 * Karim Bensaïd à 18 ans", "Son complice, Julien Marchal, a été condamné à six ans"), so that an accomplice's
 * sentence is not compared with the main defendant's. No one named: the key as it was.
 */
function defendantKey(
  key: string,
  text: string,
  idx: TextIndex,
  from: number,
  at: number,
  people: readonly Pick<PersonMention, 'id' | 'start' | 'end'>[],
): string {
  let who: string | undefined;
  for (const p of people) {
    const e = idx.toUtf16(p.end);
    if (e > at) break;
    if (idx.toUtf16(p.start) >= from && !/[«»"“”]/.test(text.slice(e, at))) who = p.id;
  }
  return who ? `${key}:${who}` : key;
}

/**
 * An article that gives two lengths of one kind of prison sentence ("X à dix ans, son complice à huit ans") sentences
 * several people, and which length is whose is not read: none of them is compared (another article naming only
 * X's would disagree with the accomplice's).
 */
function dropSeveralSentences(mentions: readonly MentionAnalysis[]): void {
  const values = new Map<string, number>();
  const several = new Set<string>();
  for (const m of mentions)
    for (const x of m.measures ?? []) {
      if (x.attribute !== 'penalty') continue;
      if (values.has(x.key) && values.get(x.key) !== x.value) several.add(x.key);
      values.set(x.key, x.value);
    }
  if (!several.size) return;
  for (const m of mentions) {
    if (!m.measures) continue;
    const kept = m.measures.filter((x) => !several.has(x.key));
    if (kept.length) m.measures = kept;
    else delete m.measures;
  }
}

/**
 * Whether a measure in a sentence that names no event of its kind is still said of the article's event. A clock
 * time only with a verb saying that something happened then (a story tells many moments: when the fire was put
 * out, when a suspect was arrested, when a minister spoke); a bearing or distance only of an epicentre (else it places a town, a port, a suspect's home).
 */
function mayFollowArticle(attribute: string, sentence: string): boolean {
  if (attribute === 'time') return OCCURRED.test(sentence);
  if (attribute === 'direction' || attribute === 'distance') return EPICENTRE.test(sentence);
  return true;
}
/** A verb saying when something happened ("La secousse s'est produite à 4 h 17", "the tremor struck at 4:17 a.m."). */
const OCCURRED =
  /(?<![\p{L}])(?:s['’]est produite?|a eu lieu|est survenue?|a frappé|a éclaté|s['’]est déclarée?|a été ressentie?|a retenti|struck|hit|occurred|happened|broke out|erupted|took place|was felt)(?![\p{L}])/iu;
const EPICENTRE = /[ée]picentre|epicent(?:er|re)|hypocent|centr[ée]d?\s/iu;

/** The interval a measure stands for (bearings in degrees, compared on the circle by the caller). */
export function measureRange(c: Pick<MeasureClaim, 'attribute' | 'value' | 'qualifier'> & { text?: string }): { lo: number; hi: number } {
  const v = c.value;
  if (!Number.isFinite(v)) return { lo: 1e9, hi: 1e9 };
  // How precisely each measure is given when given exactly: a magnitude to a tenth ("6,0" too), a whole one
  // ("magnitude 6") roughly, a time to a couple of minutes.
  const exact =
    c.attribute === 'magnitude'
      ? Number.isInteger(v) && !(c.text && TENTHS.test(c.text))
        ? 0.25
        : 0.04
      : c.attribute === 'time'
        ? 2
        : c.attribute === 'direction'
          ? 22.5
          : Math.max(0.05 * v, 0.01);
  const loose = c.attribute === 'magnitude' ? 0.3 : c.attribute === 'time' ? 10 : c.attribute === 'direction' ? 22.5 : Math.max(0.1 * v, 0.01);
  const wide = c.attribute === 'time' ? 30 : 0.5 * v;
  switch (c.qualifier) {
    case 'about':
      return { lo: v - loose, hi: v + loose };
    case 'almost':
      return { lo: v - loose, hi: v };
    case 'more-than':
      return { lo: v, hi: v + wide };
    case 'less-than':
      return { lo: v - wide, hi: v };
    default:
      return { lo: v - exact, hi: v + exact };
  }
}

/** A figure written to its tenth: "6,0", "7.0". */
const TENTHS = /\d\s?[.,]\s?\d/;

/** The value a measure shows: "6.8", "04:17", "north-east", "10 years", "120 km/h". */
export function measureValue(c: Pick<MeasureClaim, 'attribute' | 'value' | 'unit'> & { text?: string }): string {
  const v = c.value;
  switch (c.attribute) {
    case 'time':
      return `${String(Math.floor(v / 60)).padStart(2, '0')}:${String(v % 60).padStart(2, '0')}${c.unit === 'utc' ? ' UTC' : ''}`;
    case 'direction':
      return Object.keys(BEARINGS).find((k) => BEARINGS[k] === v && /^[a-z]+$/.test(k) && !/^(?:nord|sud|est|ouest)/.test(k)) ?? String(v);
    case 'penalty':
      return Number.isFinite(v) ? (v % 12 === 0 ? `P${v / 12}Y` : `P${v}M`) : 'life';
    case 'magnitude':
      return Number.isInteger(v) && c.text && TENTHS.test(c.text) ? v.toFixed(1) : String(v);
    default:
      return `${Math.round(v * 10) / 10} ${c.unit}`;
  }
}

/** Whether two bearings (degrees) are within 45° of each other: "nord" and "nord-est" agree, "nord" and "sud-est" do not. */
export function bearingsAgree(a: number, b: number): boolean {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d) <= 45;
}

const BEARING_FR: Record<string, string> = {
  north: 'nord',
  northeast: 'nord-est',
  east: 'est',
  southeast: 'sud-est',
  south: 'sud',
  southwest: 'sud-ouest',
  west: 'ouest',
  northwest: 'nord-ouest',
};

/**
 * A claim's value in the report's words where the value alone would mislead: a bearing in French ("sud-est"), a
 * vague count as the range it stands for ("des dizaines": 20–99). Undefined: the value as it is.
 */
export function claimValueWords(attribute: string, value: string, qualifier: string | undefined, lang: 'fr' | 'en'): string | undefined {
  if (attribute === 'direction') return lang === 'fr' ? (BEARING_FR[value] ?? value) : value;
  if (qualifier === 'several' && /^\d+$/.test(value)) return `${value}–${5 * Number(value) - 1}`;
  return undefined;
}
