/**
 * Speech verbs that attribute words to a speaker, French and English, as the stems/forms found in news
 * copy ("a déclaré", "a-t-il ajouté", "selon", "said", "told", "according to").
 */

/** French past participles and present forms of reporting verbs (lowercase). */
const FR = `
déclaré dit ajouté affirmé souligné expliqué indiqué précisé estimé assuré insisté poursuivi relevé martelé lancé confié noté
rappelé averti prévenu répondu résumé reconnu jugé commenté confirmé annoncé mentionné réagi écrit tweeté conclu observé
déploré dénoncé regretté ironisé plaidé raconté lâché avancé admis concédé nuancé fustigé critiqué salué prédit promis martelé
réitéré répété insisté tranché détaillé argué argumenté prévenu signalé témoigné protesté exhorté appelé demandé interrogé
réclamé revendiqué soutenu démenti nié rétorqué objecté glissé souffle soufflé murmuré crié clamé proclamé garanti jugé déclare
dit affirme souligne explique indique précise estime assure insiste poursuit ajoute déclarait disait affirmait ajoutait
expliquait estimait soulignait déclarera qualifié décrit dépeint surnommé
`;

/** English reporting verbs (lowercase). */
const EN = `
said says say told tells added noted stressed explained insisted warned wrote argued declared asked replied tweeted posted
confirmed announced acknowledged admitted claimed continued cautioned emphasized emphasised observed remarked recalled
responded suggested urged vowed pledged predicted reiterated repeated stated testified maintained conceded countered
complained mentioned commented concluded described
`;

export const SPEECH_VERBS: ReadonlySet<string> = new Set(`${FR} ${EN}`.split(/\s+/).filter(Boolean));

/** Words that mark an attribution without a verb ("selon Marco Rubio", "according to Rubio"). */
export const ATTRIBUTION_PREPOSITIONS: readonly string[] = ['selon', "d'après", 'd’après', 'pour', 'according to'];
