/**
 * The event vocabulary of general news, French and English: nouns and verbs (with their inflections) that
 * report something that happened — an attack, an earthquake, an arrest, a verdict, an acquisition… Written by
 * us from ordinary news usage (no word list copied from any corpus). The diplomatic kinds (call, talks,
 * meeting, summit, visit) keep their hand-made patterns in `triggers.ts`: they need context rules this
 * plain word list does not.
 */
import { escapeRegExp } from '../text/regexp';

/** The news event kinds this vocabulary names. */
export type NewsKind =
  | 'conflict'
  | 'attack'
  | 'strike'
  | 'protest'
  | 'arrest'
  | 'trial'
  | 'verdict'
  | 'death'
  | 'earthquake'
  | 'flood'
  | 'storm'
  | 'accident'
  | 'fire'
  | 'explosion'
  | 'election'
  | 'appointment'
  | 'resignation'
  | 'agreement'
  | 'sanction'
  | 'acquisition'
  | 'announcement'
  | 'launch'
  | 'award'
  | 'sports'
  | 'injury'
  | 'robbery'
  | 'investigation'
  | 'escape'
  | 'outage';

interface KindWords {
  /** English nouns, singular and plural spelled out ("attack attacks"). */
  enNouns?: string;
  /**
   * English verbs: a base form ("arrest"), "base:past[:participle[:ing]]" when irregular, or "=forms…" (to the
   * end) when some forms are too often something else ("sign", "signs" are mostly nouns: "=signed signing").
   */
  enVerbs?: string;
  /** French nouns, every form spelled out. */
  frNouns?: string;
  /** French verbs, comma-separated: an -er infinitive (inflected here), or "infinitive=every form…" when irregular. */
  frVerbs?: string;
}

const WORDS: Record<NewsKind, KindWords> = {
  conflict: {
    enNouns: 'war wars fighting clashes offensive offensives invasion invasions hostilities uprising insurgency',
    enVerbs: 'invade clash',
    frNouns: 'guerre guerres combats affrontements offensive offensives invasion invasions hostilités insurrection',
    frVerbs: 'envahir=envahi envahie envahit envahissent, affronter',
  },
  attack: {
    enNouns:
      'attack attacks bombing bombings shooting shootings stabbing stabbings airstrike airstrikes air-strike assault assaults ambush raid raids massacre shelling hijacking hijackings rampage gunfire',
    enVerbs: 'attack bomb shoot:shot:shot:shooting stab:stabbed:stabbed:stabbing ambush raid assault hijack',
    frNouns:
      'attaque attaques attentat attentats fusillade fusillades frappe frappes bombardement bombardements agression agressions embuscade raid raids massacre tuerie tueries',
    frVerbs: 'attaquer, bombarder, agresser, poignarder, mitrailler',
  },
  strike: {
    enNouns: 'walkout walkouts strikers',
    frNouns: 'grève grèves grévistes débrayage',
    frVerbs: 'débrayer',
  },
  protest: {
    enNouns: 'protest protests demonstration demonstrations riot riots rally rallies unrest vigil vigils',
    enVerbs: 'protest riot rally:rallied:rallied:rallying',
    frNouns: 'manifestation manifestations émeute émeutes rassemblement rassemblements veillée veillées',
    frVerbs: 'manifester',
  },
  arrest: {
    enNouns: 'arrest arrests detention capture manhunt custody',
    enVerbs: 'arrest detain apprehend capture',
    frNouns: 'arrestation arrestations interpellation interpellations garde-à-vue capture',
    frVerbs: 'arrêter, interpeller, appréhender, capturer',
  },
  trial: {
    enNouns: 'trial trials hearing hearings indictment indictments lawsuit prosecution',
    enVerbs: 'indict prosecute charge sue:sued:sued:suing',
    frNouns: 'procès inculpation inculpations poursuites',
    frVerbs: 'inculper, juger=jugé jugée jugés jugées jugera jugeront, poursuivre=poursuivi poursuivie poursuivis poursuit poursuivent',
  },
  verdict: {
    enNouns: 'verdict verdicts conviction convictions acquittal acquittals sentencing guilty',
    enVerbs: 'convict acquit:acquitted:acquitted:acquitting sentence jail imprison',
    frNouns: 'verdict verdicts condamnation condamnations acquittement jugement jugements coupable coupables',
    frVerbs: 'condamner, acquitter, emprisonner, incarcérer',
  },
  death: {
    enNouns: 'dead death deaths murder murders killing killings homicide homicides assassination manslaughter slaying slayings suicide suicides overdose',
    enVerbs: 'die:died:died:dying kill murder assassinate slay:slew:slain:slaying',
    frNouns: 'mort morts décès meurtre meurtres assassinat assassinats homicide homicides suicide suicides overdose',
    frVerbs: 'tuer, assassiner, décéder, mourir=meurt meurent mourir mourra mourront mourait mouraient',
  },
  earthquake: {
    enNouns: 'earthquake earthquakes quake quakes tremor tremors aftershock aftershocks tsunami tsunamis',
    frNouns: 'séisme séismes tremblement tremblements tsunami tsunamis',
  },
  flood: {
    enNouns: 'flood floods flooding floodwaters landslide landslides mudslide',
    enVerbs: 'flood',
    frNouns: 'inondation inondations crue crues glissement glissements coulée',
    frVerbs: 'inonder, submerger',
  },
  storm: {
    enNouns: 'storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes blizzard',
    frNouns: 'tempête tempêtes ouragan ouragans typhon typhons cyclone cyclones tornade tornades',
  },
  accident: {
    enNouns: 'accident accidents crash crashes collision collisions derailment derailments shipwreck pileup',
    enVerbs: 'crash collide derail capsize',
    frNouns: 'accident accidents collision collisions déraillement déraillements naufrage naufrages carambolage crash',
    frVerbs: 'percuter, dérailler, chavirer',
  },
  fire: {
    enNouns: 'fire fires blaze blazes wildfire wildfires arson inferno',
    enVerbs: 'burn',
    // "feu", "feux" and "sinistre" are fire only in some contexts: triggers.ts (fireReading) checks them.
    frNouns: 'incendie incendies brasier feu feux flammes sinistre',
    frVerbs: 'incendier, brûler',
  },
  explosion: {
    enNouns: 'explosion explosions blast blasts',
    enVerbs: 'explode',
    frNouns: 'explosion explosions déflagration',
    frVerbs: 'exploser',
  },
  election: {
    enNouns: 'election elections vote votes referendum referendums ballot primaries runoff',
    enVerbs: 'elect vote re-elect',
    frNouns: 'élection élections scrutin scrutins vote votes référendum présidentielle législatives primaire',
    frVerbs: 'voter, élire=élu élue élus élues élit élisent réélu réélue',
  },
  appointment: {
    enNouns: 'appointment appointments nomination nominations',
    enVerbs: 'appoint nominate hire',
    frNouns: 'nomination nominations investiture',
    frVerbs: 'nommer, embaucher, recruter',
  },
  resignation: {
    enNouns: 'resignation resignations dismissal ouster',
    enVerbs: 'resign oust quit:quit:quit:quitting',
    frNouns: 'démission démissions limogeage destitution',
    frVerbs: 'démissionner, limoger, destituer',
  },
  agreement: {
    enNouns: 'agreement agreements treaty treaties accord accords ceasefire truce deal deals',
    enVerbs: 'ratify:ratified:ratified:ratifying =signed signing',
    frNouns: 'accord accords traité traités cessez-le-feu trêve',
    frVerbs: 'signer=signé signée signés signées signera signeront signant, ratifier',
  },
  sanction: {
    enNouns: 'sanction sanctions embargo embargoes',
    enVerbs: 'sanction',
    frNouns: 'sanction sanctions embargo',
    frVerbs: 'sanctionner',
  },
  acquisition: {
    enNouns: 'acquisition acquisitions takeover takeovers merger mergers buyout buyouts purchase purchases',
    enVerbs: 'acquire buy:bought:bought:buying merge purchase',
    frNouns: 'acquisition acquisitions rachat rachats fusion fusions OPA',
    frVerbs: 'racheter=rachète rachètent racheter racheté rachetée rachetés rachetait, acquérir=acquiert acquièrent acquis acquise, fusionner',
  },
  announcement: {
    enNouns: 'announcement announcements',
    enVerbs: 'announce',
    frNouns: 'annonce annonces',
    frVerbs: 'annoncer=annonce annoncent annoncé annoncée annoncés annoncées annonçait annonçaient annoncera annonceront annonçant',
  },
  launch: {
    enNouns: 'launch launches unveiling rollout',
    enVerbs: 'launch unveil',
    frNouns: 'lancement lancements inauguration',
    frVerbs: 'lancer=lancent lancé lancée lancés lancées lançait lançaient lancera lanceront, inaugurer, dévoiler',
  },
  award: {
    enNouns: 'award awards prize prizes Oscar Oscars Grammy Grammys Emmy Emmys Nobel',
    enVerbs: 'award',
    frNouns: 'récompense récompenses César Césars Oscar Oscars Nobel',
    frVerbs: 'récompenser, décerner',
  },
  sports: {
    enNouns: 'victory victories defeat defeats championship championships playoff playoffs tournament finals game games match matches',
    enVerbs: 'beat:beat:beaten:beating defeat win:won:won:winning score',
    frNouns: 'victoire victoires défaite défaites championnat finale finales tournoi match matchs',
    frVerbs: 'remporter, battre=battent battu battue battus battues, gagner',
  },
  injury: {
    enNouns: 'injury injuries',
    enVerbs: 'injure wound',
    frNouns: 'blessure blessures',
    frVerbs: 'blesser',
  },
  robbery: {
    enNouns: 'robbery robberies heist heists theft thefts burglary burglaries',
    enVerbs: 'rob:robbed:robbed:robbing steal:stole:stolen:stealing',
    frNouns: 'braquage braquages cambriolage cambriolages',
    frVerbs: 'braquer, cambrioler',
  },
  investigation: {
    enNouns: 'investigation investigations inquiry inquiries probe',
    enVerbs: 'investigate',
    frNouns: 'enquête enquêtes',
    frVerbs: 'enquêter',
  },
  escape: {
    enNouns: 'escape escapes jailbreak',
    enVerbs: 'escape flee:fled:fled:fleeing',
    frNouns: 'évasion évasions',
    frVerbs: 'évader',
  },
  outage: {
    enNouns: 'outage outages blackout blackouts downtime',
    frNouns: 'panne pannes coupure coupures',
  },
};

/** Event kinds that are one event seen from two sides: a trial and its verdict. */
const FAMILY: Partial<Record<NewsKind, string>> = { verdict: 'trial' };

/** The family of a news kind: kinds of one family may be the same event. */
export function newsFamily(kind: NewsKind): string {
  return FAMILY[kind] ?? kind;
}

/** English verb forms: base, -s, past, participle, -ing ("die:died:died:dying" for irregular verbs). */
export function englishVerbForms(spec: string): string[] {
  const [base, past, participle, ing] = spec.split(':');
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = past ?? (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  const ingForm = ing ?? (/[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`);
  return [...new Set([base, s, ed, participle ?? ed, ingForm])];
}

/** French forms of a regular -er verb (present, participle, imperfect, future, present participle). */
export function frenchVerbForms(spec: string): string[] {
  const eq = spec.indexOf('=');
  if (eq >= 0) return spec.slice(eq + 1).split(' ');
  if (!spec.endsWith('er')) return [spec];
  const stem = spec.slice(0, -2);
  // "arrêter" -> arrête, arrêté… ; "juger" keeps its e before a and o (jugeait, jugeant).
  const soft = stem.endsWith('g') ? `${stem}e` : stem;
  return [
    spec,
    `${stem}e`,
    `${stem}ent`,
    `${stem}é`,
    `${stem}ée`,
    `${stem}és`,
    `${stem}ées`,
    `${soft}ait`,
    `${soft}aient`,
    `${stem}era`,
    `${stem}eront`,
    `${stem}erait`,
    `${soft}ant`,
  ];
}

/** One entry of the compiled vocabulary. */
export interface EventWord {
  kind: NewsKind;
  verb: boolean;
}

let lexicon: Map<string, EventWord> | undefined;

/**
 * Generated forms that are mostly another word in the other language or in names ("Tue" for Tuesday, "tue"
 * from tuer), kept out: one list is matched over French and English text alike.
 */
const NOT_EVENTS = new Set(['tue', 'lance', 'bat', 'audience', 'juge', 'signe', 'manifeste']);

/** Every form of the vocabulary, lower-cased, with its kind (built on first use). */
export function eventLexicon(): Map<string, EventWord> {
  if (lexicon) return lexicon;
  const out = new Map<string, EventWord>();
  const add = (w: string, kind: NewsKind, verb: boolean) => {
    const k = w.toLowerCase();
    // A noun reading wins over a verb of the same spelling ("attack", "murder"): both are the same event.
    if (!out.has(k) && !NOT_EVENTS.has(k)) out.set(k, { kind, verb });
  };
  for (const [kind, w] of Object.entries(WORDS) as Array<[NewsKind, KindWords]>) {
    for (const n of (w.enNouns ?? '').split(' ').filter(Boolean)) add(n, kind, false);
    for (const n of (w.frNouns ?? '').split(' ').filter(Boolean)) add(n, kind, false);
    for (const f of englishVerbList(w.enVerbs ?? '')) add(f, kind, true);
    for (const v of (w.frVerbs ?? '').split(/,\s*/).filter(Boolean)) for (const f of frenchVerbForms(v)) add(f, kind, true);
  }
  return (lexicon = out);
}

/** Every form of a list of English verb specs (see `KindWords.enVerbs`). */
function englishVerbList(specs: string): string[] {
  const eq = specs.indexOf('=');
  const listed =
    eq >= 0
      ? specs
          .slice(eq + 1)
          .split(' ')
          .filter(Boolean)
      : [];
  const regular = (eq >= 0 ? specs.slice(0, eq) : specs).split(' ').filter(Boolean);
  return [...regular.flatMap(englishVerbForms), ...listed];
}

const L = '\\p{L}\\p{M}';

/**
 * One pattern for every noun (or every verb) of the vocabulary, longest first, as a word: its matches are
 * looked up in `eventLexicon()` for their kind.
 */
export function newsWordPattern(verbs: boolean): RegExp {
  const words = [...eventLexicon()].filter(([, w]) => w.verb === verbs).map(([k]) => k);
  words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alt = words.map(escapeRegExp).join('|');
  return new RegExp(`(?<![${L}])(?:${alt})(?![${L}])`, 'giu');
}
