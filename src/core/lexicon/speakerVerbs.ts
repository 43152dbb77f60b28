/**
 * The verbs that give a quotation its speaker, in every form news copy uses them: French reporting verbs
 * written as lemmas and conjugated here (past participle in all four agreements, present, imperfect, simple
 * past: "a déploré", "s'est indignée", "déplore", "regrettait", "lança"), plus English verbs that qualify
 * what is quoted ("called the deal “…”", "dismissed it as "…"", "branded"). Written by us.
 *
 * A wider set than `SPEECH_VERBS`, which people detection also reads as a cue for a name: these forms only
 * decide who speaks a quote, where the quote itself already says that someone speaks ("le juge", "une
 * note" are nouns too; next to a quote and a name they are the verb).
 */
import { SPEECH_VERBS } from './speech';

/**
 * Regular French verbs in -er, by infinitive. "rappeler:rappelle" gives the present stem where it differs
 * from the infinitive's ("martèle", "répète", "inquiète").
 */
const FR_ER = `
déclarer ajouter affirmer souligner expliquer indiquer préciser estimer assurer insister confier noter résumer
commenter confirmer annoncer mentionner tweeter observer déplorer dénoncer regretter ironiser plaider raconter lâcher
avancer nuancer fustiger critiquer saluer trancher détailler arguer argumenter signaler témoigner protester exhorter
demander interroger réclamer revendiquer nier rétorquer objecter glisser souffler murmurer crier clamer proclamer
qualifier surnommer évoquer parler féliciter indigner insurger agacer étonner emporter exclamer alarmer justifier
désoler analyser enchaîner continuer constater remarquer lamenter pester fulminer tonner railler moquer alerter
conseiller recommander jurer certifier confesser avouer reprocher accuser relater narrer condamner marteler:martèle
rappeler:rappelle appeler:appelle répéter:répète réitérer:réitère concéder:concède inquiéter:inquiète
suggérer:suggère tempérer:tempère relever:relève lancer prôner rapporter juger répliquer riposter espérer:espère
considérer:considère compléter:complète asséner:assène abonder corriger soupirer tempêter redouter penser menacer
`;

/** Other French verbs, every form written out. */
const FR_OTHER = `
dit dite dits disait disaient disent dira écrit écrite écrivait écrivent décrit décrite décrivait dépeint dépeinte
conclu conclue conclut concluait reconnu reconnue reconnaît reconnait reconnaissait admis admise admet admettait
promis promise promet promettait prédit prédite soutenu soutenue soutient soutenait démenti démentie dément démentait
prévenu prévenue prévient prévenait répondu répondue répond répondait poursuivi poursuivie poursuit poursuivait
défendu défendue défend défendait plaint plainte plaignait maintenu maintenue maintient maintenait averti avertie
avertit avertissait réagi réagie réagit réagissait garanti garantie garantit garantissait réjoui réjouie réjouit
réjouissait renchéri renchérie renchérit renchérissait valoir savoir reprend reprenait craint craignait sourit souriait
souvient souvenait croit croyait
`;

/** English verbs that qualify or report what is quoted, beyond `SPEECH_VERBS`. */
const EN = `
called calls labelled labeled branded dubbed termed hailed dismissed slammed blasted praised denounced criticised
criticized lamented recounted explains adds notes insists recalls writes warns argues admits concedes acknowledges
tells describes adding saying noting explaining insisting asserted asserts quipped joked mused boasted retorted
scoffed sighed pleaded begged demanded disclosed revealed promised threatened accused characterized characterised
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** The forms of a regular -er verb (with its present stem when that differs). */
function erForms(entry: string): string[] {
  const [infinitive, present] = entry.split(':');
  const stem = infinitive.slice(0, -2);
  // "annonça", "jugea": the stem keeps its soft c or g before a and o.
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  const presentStem = present ? present.slice(0, -1) : stem;
  return [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`, `${presentStem}e`, `${presentStem}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`];
}

/** Every form of every speech verb that may stand next to a quote and its speaker (lowercase). */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...words(FR_ER).flatMap(erForms), ...words(FR_OTHER), ...words(EN)]);
