/**
 * Supporting words, French and English: the verbs and a few nouns a news story tells its event with — who
 * said what ("said", "told", "according to", "a déclaré", "selon") and what was done ("struck", "destroyed",
 * "were evacuated", "a frappé", "ont été évacués"). Each is a mention of the event its sentence names (see
 * analyzeSupport.ts) and never an event of its own: "said" is no event to list in the Events tree, and
 * "hit" tells of an earthquake only beside "earthquake". Written by us from ordinary news usage (no word
 * list copied from any corpus); the words that name an event themselves are in eventWords.ts and win.
 */
import { englishVerbForms, eventLexicon } from './eventWords';

/** English verbs: base forms, or "base:past:participle[:ing]" when irregular. */
const EN_VERBS = [
  // Who said what.
  'say:said:said tell:told:told report confirm state add explain reveal admit:admitted:admitted:admitting deny:denied:denied',
  'claim note warn ask describe insist tweet quote cite comment respond reply:replied:replied acknowledge urge declare',
  'testify:testified:testified allege write:wrote:written:writing speak:spoke:spoken:speaking',
  // What was done: movements, damage, help, decisions, custody, play.
  'take:took:taken:taking make:made:made:making give:gave:given:giving go:went:gone come:came:come:coming',
  'leave:left:left:leaving hold:held:held lead:led:led lose:lost:lost:losing put:put:put:putting cut:cut:cut:cutting',
  'hit:hit:hit:hitting strike:struck:struck:striking fall:fell:fallen break:broke:broken throw:threw:thrown',
  'run:ran:run:running send:sent:sent bring:brought:brought find:found:found keep:kept:kept begin:began:begun:beginning',
  'become:became:become:becoming seek:sought:sought fight:fought:fought shake:shook:shaken:shaking stand:stood:stood',
  'pay:paid:paid sell:sold:sold drive:drove:driven:driving ride:rode:ridden:riding swim:swam:swum:swimming see:saw:seen',
  'hurt:hurt:hurt:hurting shut:shut:shut:shutting rise:rose:risen:rising hang:hanged:hanged',
  'enter place release cause suffer damage destroy accuse suspect fire stop:stopped:stopped:stopping turn move play host',
  'face receive remain continue decide try:tried:tried attempt offer serve follow reach open close check walk seize',
  'survive discover restore affect disrupt threaten approach escort deploy search rescue evacuate block',
  'ban:banned:banned:banning order approve reject file miss plan:planned:planned:planning return join replace treat',
  'hospitalize plead appeal land collapse erupt spark trigger drop:dropped:dropped:dropping jump climb',
  'slip:slipped:slipped:slipping hack foil thwart chase confiscate smash ram:rammed:rammed:ramming sever sprain',
  'retain clinch defend overturn rule vow pledge expect schedule',
].join(' ');

/** English nouns that tell of an event without naming its kind. */
const EN_NOUNS = 'statement statements remarks incident incidents damage emergency aftermath rescue rescuers according';

/**
 * French verbs: an -er infinitive (its participles, third persons, imperfect and future are made here; not
 * the bare "-e" present, too often another word: "place", "entre", "porte", "reste"), or "infinitive=forms".
 */
const FR_VERBS = [
  // Qui a dit quoi.
  'déclarer, affirmer, indiquer, préciser, confirmer, expliquer, ajouter, souligner, assurer, rapporter, raconter, nier, témoigner, signaler, révéler',
  'dire=dit dire disent disait disaient dira diront, démentir=démenti démentent démentait, reconnaître=reconnu reconnue reconnaît reconnaissent',
  'avertir=averti avertit avertissent, répondre=répondu répond répondent, écrire=écrit écrivent écrivait',
  // Ce qui a été fait.
  'frapper, tomber, casser, envoyer, trouver, garder, commencer, aider, placer, libérer, causer, provoquer, endommager, accuser, soupçonner',
  'renvoyer, licencier, tourner, jouer, rester, continuer, décider, tenter, essayer, terminer, utiliser, fermer, marcher, révéler, toucher',
  'perturber, menacer, évacuer, sauver, bloquer, ordonner, approuver, déposer, déployer, hospitaliser, transporter, retrouver, rechercher',
  'plaider, remplacer, déclencher, dérouler, secouer, entrer, porter, passer',
  'prendre=pris prise prises prend prennent prenait, tenir=tenu tenue tenus tient tiennent, perdre=perdu perdue perdus perd perdent perdait',
  'devenir=devenu devenue devient deviennent, revenir=revenu revenue revient reviennent, subir=subi subie subis subit subissent',
  'détruire=détruit détruite détruits détruites détruisent, accueillir=accueilli accueillie accueille accueillent',
  'recevoir=reçu reçue reçus reçoit reçoivent, offrir=offert offerte offrent, servir=servi servie servent',
  'suivre=suivi suivie suivis suivent, atteindre=atteint atteinte atteints atteignent, ouvrir=ouvert ouverte ouvrent',
  'conduire=conduit conduite conduisent, fuir=fui fuient, saisir=saisi saisie saisis saisissent, survivre=survécu survécus survivent',
  'découvrir=découvert découverte découvrent, rétablir=rétabli rétablie rétablit, secourir=secouru secourue secourus',
  'interdire=interdit interdite interdisent, rejeter=rejeté rejetée rejettent, sortir=sorti sortis sortent',
  'survenir=survenu survenue survenus survient surviennent, effondrer=effondré effondrée effondrés effondrées effondrent',
  'éclater=éclaté éclatée éclatent éclatait',
].join(', ');

/** French nouns that tell of an event without naming its kind. */
const FR_NOUNS = 'déclaration déclarations communiqué communiqués selon propos témoignage témoignages incident incidents drame dégâts secours bilan';

/** Forms of a French support verb spec (see FR_VERBS). */
function frenchSupportForms(spec: string): string[] {
  const eq = spec.indexOf('=');
  if (eq >= 0) return spec.slice(eq + 1).split(' ');
  if (!spec.endsWith('er')) return [spec];
  const stem = spec.slice(0, -2);
  // "placer" -> plaçait; "endommager" -> endommageait.
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  return [spec, `${stem}ent`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`, `${soft}ait`, `${soft}aient`, `${stem}era`, `${stem}eront`, `${soft}ant`];
}

/** Forms too often something else (a noun, a direction, an auxiliary of news prose). */
const NOT_SUPPORT = new Set([
  'pays',
  'see',
  'sees',
  'saw',
  'come',
  'comes',
  'go',
  'goes',
  'make',
  'makes',
  'take',
  'takes',
  'give',
  'gives',
  'put',
  'puts',
  'run',
  'state',
  'states',
  'note',
  'notes',
  'add',
  'ask',
  'file',
  'files',
  'rule',
  'rules',
  'order',
  'close',
  'land',
  'lands',
  'open',
  'stand',
  'fall',
  'check',
  'plan',
  'plans',
  'play',
  'face',
  'faces',
  'host',
  'offer',
  'return',
  'block',
  'blocks',
  'fire',
  'fires',
  'place',
  'places',
  'damage',
  'lead',
  'left',
  'dire',
  'porter',
  'passer',
  'passé',
  'passée',
  'passés',
  'passées',
  'porté',
  'portée',
  'portés',
  'portées',
  'tenue',
  'prise',
  'prises',
  'suivi',
  'sortie',
  'conduite',
  'atteinte',
  'ouvert',
  'propos',
  'cause',
  'causes',
  'approach',
  'release',
  'appeal',
  'search',
  'rescue',
  'trigger',
  'schedule',
  'drop',
  'jump',
  'climb',
  'turn',
  'move',
  'stop',
  'break',
  'reach',
  'treat',
  'walk',
  'chase',
]);

const lexicons: Partial<Record<'en' | 'fr', Set<string>>> = {};

/** Every supporting form of a language, lower-cased: none of them an event word of its own (built on first use). */
export function supportLexicon(language: 'en' | 'fr'): Set<string> {
  const known = lexicons[language];
  if (known) return known;
  const events = eventLexicon();
  const out = new Set<string>();
  const add = (w: string) => {
    const k = w.toLowerCase();
    if (k && !events.has(k) && !NOT_SUPPORT.has(k)) out.add(k);
  };
  if (language === 'en') {
    for (const spec of EN_VERBS.split(' ').filter(Boolean)) for (const f of englishVerbForms(spec)) add(f);
    for (const n of EN_NOUNS.split(' ')) add(n);
  } else {
    for (const spec of FR_VERBS.split(/,\s*/).filter(Boolean)) for (const f of frenchSupportForms(spec)) add(f);
    for (const n of FR_NOUNS.split(' ')) add(n);
  }
  return (lexicons[language] = out);
}
