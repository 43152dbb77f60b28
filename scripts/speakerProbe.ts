/**
 * Quote speakers on passages written for issue #13 (French and English news: incises, "selon", "a-t-il dit",
 * "said X", "X said", a quote opening a paragraph after the sentence naming its speaker, curly and straight
 * quotes, English-style quotes in French, firms and places as subjects). No dev corpus measures speakers: this
 * probe does, on text written by us, never copied from a corpus. Each case lists the speaker a careful reader
 * gives each quote, null where the text does not say (or where a quote of three words or fewer is a term).
 *
 *   npx tsx scripts/speakerProbe.ts [--src DIR] [--verbose]
 *
 * `--src` reads detection from another checkout's `src` (for a before/after: `git archive main src | tar -x -C DIR`).
 * Prints quotes, the speakers expected (non-null), found (non-null), right, wrong (a person other than the
 * expected one: the costly error) and missed (null where a person was expected), then precision and recall.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CASES: Array<[string, Array<string | null>]> = [
  // probe
  // continuation across sentence with pronoun verb
  [
    'Le maire de Lyon, Grégoire Vasseur, a annoncé mardi la fermeture du pont. « Les travaux dureront deux ans. » « Nous n’avions pas le choix », a-t-il ajouté.',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  [
    'Grégoire Vasseur a annoncé mardi la fermeture du pont.\n« Nous n’avions pas le choix. Les travaux dureront deux ans », a-t-il ajouté.',
    ['Grégoire Vasseur'],
  ],
  ['The mayor, Linda Okafor, announced the closure on Tuesday. "We had no choice. The works will take two years," she added.', ['Linda Okafor']],
  ['Linda Okafor announced the closure on Tuesday.\n"We had no choice. The works will take two years," he added.', [null]],
  [
    '"We had no choice," Linda Okafor said. "The works will take two years."\n"It is a hard decision for everyone here," she added.',
    ['Linda Okafor', 'Linda Okafor', 'Linda Okafor'],
  ],
  [
    '« Nous n’avions pas le choix », a déclaré Grégoire Vasseur. « Les travaux dureront deux ans. »\n« C’est une décision difficile pour tout le monde », a-t-il ajouté.',
    ['Grégoire Vasseur', 'Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  // organisations
  ['« Les vols reprendront dès jeudi matin », a indiqué la compagnie dans un communiqué.', [null]],
  ['"Flights will resume on Thursday morning," Meridian Airways said in a statement.', [null]],
  ['« Les vols reprendront dès jeudi matin », a indiqué Air Austral dans un communiqué.', [null]],
  ['"We are cooperating fully with the investigators," Halvorsen Group said.', [null]],
  ['"We are cooperating fully with the investigators," said a spokesman for Halvorsen Holdings.', [null]],
  // places
  ['Un séisme de magnitude 6,1 a frappé Van mardi. « Tout s’est effondré en quelques secondes », a raconté Mehmet Yilmaz, un habitant.', ['Mehmet Yilmaz']],
  ['Van, une ville de l’est de la Turquie, a été durement touchée. « Nous dormons dehors », a raconté Ayse Demir.', ['Ayse Demir']],
  // English given names not in table
  ['"The river rose faster than anyone expected," said Thandiwe Mbeki, a local farmer.', ['Thandiwe Mbeki']],
  ['"The river rose faster than anyone expected," Oluwaseun Adeyemi told reporters.', ['Oluwaseun Adeyemi']],
  ['"We need more pumps," said Mr. Adeyemi.', ['Adeyemi']],
  ['"We need more pumps," said M. Adeyemi.', ['M. Adeyemi']],
  // selon
  ['Selon Grégoire Vasseur, « les travaux dureront deux ans au minimum ».', ['Grégoire Vasseur']],
  ['According to Linda Okafor, "the works will take at least two years".', ['Linda Okafor']],
  // straight quotes in French
  ['"Nous ne lâcherons rien sur les salaires", a prévenu Sophie Binet devant la presse.', ['Sophie Binet']],
  ['“Nous ne lâcherons rien sur les salaires”, a prévenu Sophie Binet devant la presse.', ['Sophie Binet']],
  // lone surname later
  ['Le ministre Grégoire Vasseur était à Lyon mardi. « Ce pont est une priorité », a affirmé Vasseur.', ['Grégoire Vasseur']],
  ['Linda Okafor visited the site on Tuesday. "This bridge is a priority," Okafor said.', ['Linda Okafor']],
  // "X said" with colon
  ['Grégoire Vasseur a déclaré : « Les travaux dureront deux ans au minimum. »', ['Grégoire Vasseur']],
  ['Linda Okafor said: "The works will take at least two years."', ['Linda Okafor']],
  // "a-t-il dit" inside quote
  ['« Les travaux, a-t-il dit, dureront deux ans au minimum. »', [null]],
  ['Grégoire Vasseur était à Lyon. « Les travaux, a-t-il dit, dureront deux ans au minimum. »', ['Grégoire Vasseur']],
  // he added w/ previous sentence naming
  ['Linda Okafor said the bridge would close. "It is a hard decision," she added.', ['Linda Okafor']],
  ['Grégoire Vasseur a annoncé la fermeture du pont. « C’est une décision difficile », a-t-il ajouté.', ['Grégoire Vasseur']],
  [
    'Grégoire Vasseur a annoncé la fermeture du pont. « C’est une décision difficile pour nous. » « Mais nécessaire pour tous », a-t-il ajouté.',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  ['Grégoire Vasseur et Marie Lenoir ont visité le pont. « C’est une décision difficile pour nous », a-t-il ajouté.', ['Grégoire Vasseur']],
  ['La préfète a reçu Marie Lenoir. « C’est une décision difficile pour nous », a-t-il ajouté.', [null]],
  // probe2
  ['Linda Okafor announced the closure on Tuesday.\n"We had no choice. The works will take two years," she added.', ['Linda Okafor']],
  ['Linda Okafor announced the closure on Tuesday. "We had no choice."\n"The works will take two years," she added.', ['Linda Okafor', 'Linda Okafor']],
  [
    'Grégoire Vasseur a annoncé la fermeture du pont. « Nous n’avions pas le choix. »\n« Les travaux dureront deux ans », a-t-il ajouté.',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  [
    '« Nous n’avions pas le choix », a expliqué Grégoire Vasseur.\nLes travaux dureront deux ans. « C’est long, mais nécessaire », a-t-il ajouté.',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  [
    '"We had no choice," said Linda Okafor, the mayor.\nThe works will take two years. "It is long, but necessary," she added.',
    ['Linda Okafor', 'Linda Okafor'],
  ],
  ['Le maire, Grégoire Vasseur, s’est rendu sur place. Il a qualifié la situation de « très préoccupante pour les riverains ».', ['Grégoire Vasseur']],
  ['Grégoire Vasseur s’est rendu sur place. « C’est très préoccupant pour les riverains », a-t-il estimé.', ['Grégoire Vasseur']],
  ['Grégoire Vasseur s’est rendu sur place.\n« C’est très préoccupant pour les riverains », a-t-il estimé.', ['Grégoire Vasseur']],
  ['Linda Okafor visited the site.\n"This is very worrying for residents," she said.', ['Linda Okafor']],
  ['Linda Okafor visited the site with Peter Brandt.\n"This is very worrying for residents," she said.', ['Linda Okafor']],
  ['Linda Okafor visited the site with Peter Brandt.\n"This is very worrying for residents," he said.', ['Peter Brandt']],
  // he said with quote before
  ['"This is very worrying for residents," Peter Brandt said. "We will act."\n"Nobody will be left behind," he said.', ['Peter Brandt', null, 'Peter Brandt']],
  // organisations
  ['« Les vols reprendront dès jeudi matin », a indiqué Air Austral dans un communiqué.', [null]],
  ['« Aucun passager n’a été blessé », a précisé Air Caraïbes.', [null]],
  ['"No passenger was hurt," Air Tanzania said.', [null]],
  ['« Aucun passager n’a été blessé », a précisé le groupe Veolor dans un communiqué.', [null]],
  ['« Aucun passager n’a été blessé », a précisé la SNCF.', [null]],
  ['"No passenger was hurt," Norrland Airlines said in a statement.', [null]],
  ['"No passenger was hurt," a spokesperson for Norrland Airlines said.', [null]],
  ['"No passenger was hurt," said Kestrel Rail, the operator.', [null]],
  ['"Nobody was hurt," Brightwater Energy said on Monday.', [null]],
  ['"Nobody was hurt," Brightwater Energy Inc said on Monday.', [null]],
  ['"Nobody was hurt," the Ministry of Health said on Monday.', [null]],
  ['« Personne n’a été blessé », a indiqué Médecins sans frontières.', [null]],
  ['« Personne n’a été blessé », a indiqué Amnesty International.', [null]],
  ['"Nobody was hurt," Human Rights Watch said.', [null]],
  ['"Nobody was hurt," the Red Cross said.', [null]],
  ['« Personne n’a été blessé », a indiqué la Croix-Rouge.', [null]],
  // place
  ['"Everything collapsed in seconds," said Mehmet Yilmaz, a resident of Van.', ['Mehmet Yilmaz']],
  ['« Tout s’est effondré », a raconté un habitant de Van.', [null]],
  ['Le séisme a frappé Van mardi. « Tout s’est effondré », a raconté un habitant.', [null]],
  ['The earthquake struck Van on Tuesday. "Everything collapsed," a resident said.', [null]],
  // probe4
  ['Grégoire Vasseur a reconnu des erreurs. Il a ajouté : « Nous aurions dû agir bien plus tôt. »', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a reconnu des erreurs.\nIl a ajouté : « Nous aurions dû agir bien plus tôt. »', ['Grégoire Vasseur']],
  ['Linda Okafor admitted mistakes. She added: "We should have acted much sooner."', ['Linda Okafor']],
  ['Linda Okafor admitted mistakes.\nShe added: "We should have acted much sooner."', ['Linda Okafor']],
  ['Linda Okafor admitted mistakes. She said the works would be "long but necessary for everyone".', ['Linda Okafor']],
  [
    '"We should have acted much sooner," Linda Okafor said on Tuesday.\nShe added: "Nobody will be left behind in this town."',
    ['Linda Okafor', 'Linda Okafor'],
  ],
  [
    '« Nous aurions dû agir bien plus tôt », a reconnu Grégoire Vasseur mardi.\nIl a ajouté : « Personne ne sera laissé de côté ici. »',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  [
    '« Nous aurions dû agir bien plus tôt », a reconnu Grégoire Vasseur mardi.\nEt d’ajouter : « Personne ne sera laissé de côté ici. »',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  [
    '« Nous aurions dû agir bien plus tôt », a reconnu Grégoire Vasseur mardi. Avant d’ajouter : « Personne ne sera laissé de côté ici. »',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  ['« Nous aurions dû agir bien plus tôt. Personne ne sera laissé de côté », a reconnu le maire, Grégoire Vasseur.', ['Grégoire Vasseur']],
  ['Pour Grégoire Vasseur, « personne ne sera laissé de côté dans cette ville ».', ['Grégoire Vasseur']],
  ['D’après Grégoire Vasseur, « personne ne sera laissé de côté dans cette ville ».', ['Grégoire Vasseur']],
  ['Selon le maire, Grégoire Vasseur, « personne ne sera laissé de côté dans cette ville ».', ['Grégoire Vasseur']],
  ['« Personne ne sera laissé de côté dans cette ville », selon Grégoire Vasseur.', ['Grégoire Vasseur']],
  ['“Personne ne sera laissé de côté dans cette ville”, selon Grégoire Vasseur.', ['Grégoire Vasseur']],
  ['"Personne ne sera laissé de côté dans cette ville", assure Grégoire Vasseur.', ['Grégoire Vasseur']],
  ['Grégoire Vasseur assure que « personne ne sera laissé de côté dans cette ville ».', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a assuré mardi que « personne ne sera laissé de côté dans cette ville ».', ['Grégoire Vasseur']],
  ['Le maire Grégoire Vasseur, qui a visité le site mardi, assure que « personne ne sera laissé de côté ».', ['Grégoire Vasseur']],
  ['Grégoire Vasseur, 54 ans, raconte : « On a tout perdu en une seule nuit. »', ['Grégoire Vasseur']],
  ['« On a tout perdu en une seule nuit », témoigne Grégoire Vasseur, 54 ans, agriculteur à Vienne.', ['Grégoire Vasseur']],
  ['« On a tout perdu en une seule nuit », confie Nadia, 34 ans.', ['Nadia']],
  ['"We lost everything in a single night," said Amara, 34, a nurse.', ['Amara']],
  ['"We lost everything in a single night," said Mrs. Okafor, who has lived here for 30 years.', ['Okafor']],
  ['Linda Okafor and her husband lost their home. "We lost everything in a single night," Okafor said.', ['Linda Okafor']],
  ['Linda Okafor and her husband lost their home. "We lost everything in a single night," Ms. Okafor said.', ['Linda Okafor']],
  ['« On a tout perdu en une seule nuit », explique-t-elle.', [null]],
  ['Mme Vasseur a tout perdu. « On a tout perdu en une seule nuit », explique-t-elle.', ['Vasseur']],
  ['Interrogé par l’AFP, Grégoire Vasseur a déclaré : « Nous reconstruirons chaque maison. »', ['Grégoire Vasseur']],
  ['Speaking to reporters, Linda Okafor said: "We will rebuild every single home."', ['Linda Okafor']],
  ['"We will rebuild every single home," the mayor said.', [null]],
  ['"We will rebuild every single home," said the mayor, Linda Okafor.', ['Linda Okafor']],
  ['"We will rebuild every single home," Mayor Linda Okafor said.', ['Linda Okafor']],
  ['"We will rebuild every single home," said Okafor, the mayor.', ['Okafor']],
  // probe5
  ['Grégoire Vasseur a reconnu des erreurs devant le conseil municipal. Et d’ajouter : « Nous aurions dû agir bien plus tôt. »', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a reconnu des erreurs devant le conseil.\nAvant de conclure : « Nous aurions dû agir bien plus tôt. »', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a reconnu des erreurs devant le conseil.\n\nEt d’ajouter : « Nous aurions dû agir bien plus tôt. »', [null]],
  ['La colère monte contre Grégoire Vasseur. Et d’ajouter : « Nous aurions dû agir bien plus tôt. »', [null]],
  ['Grégoire Vasseur et Marie Lenoir ont reconnu des erreurs. Et d’ajouter : « Nous aurions dû agir bien plus tôt. »', [null]],
  ['« Nous aurions dû agir plus tôt », a reconnu un élu. Et d’ajouter : « Personne ne sera laissé de côté ici. »', [null, null]],
  [
    '« Nous aurions dû agir plus tôt », a reconnu Grégoire Vasseur devant Marie Lenoir. Et d’ajouter : « Personne ne sera laissé de côté ici. »',
    ['Grégoire Vasseur', null],
  ],
  ['Et d’ajouter : « Personne ne sera laissé de côté ici. »', [null]],
  // probe6
  ['Jean-Marc Delorme, 58 ans, élève des vaches depuis trente ans. « On ne s’en sortira pas cette fois », lâche ce père de famille.', ['Jean-Marc Delorme']],
  ['Sandrine Kowalczyk vit à Arles depuis vingt ans. « L’eau est montée en quelques minutes », raconte cette mère de trois enfants.', ['Sandrine Kowalczyk']],
  ['Sandrine Kowalczyk vit à Arles depuis vingt ans. « L’eau est montée en quelques minutes », raconte la quadragénaire.', ['Sandrine Kowalczyk']],
  ['Le maire Grégoire Vasseur a visité les lieux. « Nous reconstruirons chaque maison », a promis l’élu.', ['Grégoire Vasseur']],
  ['Grégoire Vasseur, maire de Lyon, a visité les lieux. « Nous reconstruirons chaque maison », a promis l’édile.', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a visité les lieux avec Sandrine Kowalczyk. « Nous reconstruirons chaque maison », a promis ce dernier.', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a visité les lieux avec Sandrine Kowalczyk. « Nous reconstruirons chaque maison », a promis cette dernière.', ['Sandrine Kowalczyk']],
  ['Grégoire Vasseur a visité les lieux. « Nous reconstruirons chaque maison », poursuit-il.', ['Grégoire Vasseur']],
  ['« Nous reconstruirons chaque maison », promet Grégoire Vasseur. « Il faudra du temps », poursuit-il.', ['Grégoire Vasseur', 'Grégoire Vasseur']],
  ['Linda Okafor has lived in the town for twenty years. "The water rose in minutes," the mother of three said.', ['Linda Okafor']],
  ['Linda Okafor visited the site. "We will rebuild every home," the mayor said.', [null]],
  ['Mayor Linda Okafor visited the site. "We will rebuild every home," the mayor said.', ['Linda Okafor']],
  ['Grégoire Vasseur a été interrogé par les enquêteurs. « Je n’ai rien à me reprocher », a-t-il assuré à sa sortie.', ['Grégoire Vasseur']],
  ['« Je n’ai rien à me reprocher », a assuré à sa sortie Grégoire Vasseur, entendu pendant six heures.', ['Grégoire Vasseur']],
  ['« Je n’ai rien à me reprocher », a assuré l’ancien ministre Grégoire Vasseur à sa sortie.', ['Grégoire Vasseur']],
  ['Interrogée sur France Inter, Sandrine Kowalczyk a estimé que « le gouvernement a perdu le contrôle ».', ['Sandrine Kowalczyk']],
  ['« Le gouvernement a perdu le contrôle », a estimé sur France Inter Sandrine Kowalczyk.', ['Sandrine Kowalczyk']],
  ['« Le gouvernement a perdu le contrôle », a estimé Sandrine Kowalczyk sur France Inter.', ['Sandrine Kowalczyk']],
  ['« Le gouvernement a perdu le contrôle », a tweeté Sandrine Kowalczyk.', ['Sandrine Kowalczyk']],
  ['« Le gouvernement a perdu le contrôle », écrit Sandrine Kowalczyk sur X.', ['Sandrine Kowalczyk']],
  ['Sur X, Sandrine Kowalczyk a dénoncé « un scandale d’État sans précédent ».', ['Sandrine Kowalczyk']],
  ['Sandrine Kowalczyk dénonce « un scandale d’État sans précédent ».', ['Sandrine Kowalczyk']],
  ['La députée Sandrine Kowalczyk dénonce « un scandale d’État sans précédent ».', ['Sandrine Kowalczyk']],
  ['Pour la députée Sandrine Kowalczyk, il s’agit d’« un scandale d’État sans précédent ».', ['Sandrine Kowalczyk']],
  ['La députée LFI Sandrine Kowalczyk a dénoncé « un scandale d’État sans précédent ».', ['Sandrine Kowalczyk']],
  ['« C’est un scandale d’État sans précédent », s’est emportée la députée LFI Sandrine Kowalczyk.', ['Sandrine Kowalczyk']],
  ['« C’est un scandale d’État sans précédent », fustige Sandrine Kowalczyk (LFI).', ['Sandrine Kowalczyk']],
  ['« C’est un scandale d’État sans précédent », fustige Sandrine Kowalczyk, députée (LFI) de Seine-Saint-Denis.', ['Sandrine Kowalczyk']],
  ['Emmanuel Macron a reçu Keir Starmer à l’Élysée. « Nous partageons les mêmes valeurs », a déclaré le chef de l’État.', ['Emmanuel Macron']],
  ['Le président Emmanuel Macron a reçu Keir Starmer à l’Élysée. « Nous partageons les mêmes valeurs », a déclaré le chef de l’État.', ['Emmanuel Macron']],
  ['Keir Starmer a été reçu par Emmanuel Macron. « Nous partageons les mêmes valeurs », a déclaré le Premier ministre britannique.', ['Keir Starmer']],
  // probe8
  ['Grégoire Vasseur : « Nous ne reculerons devant aucune menace »', ['Grégoire Vasseur']],
  ['« Nous ne reculerons devant aucune menace » – Grégoire Vasseur', ['Grégoire Vasseur']],
  ['"We will not retreat in the face of any threat," says Linda Okafor, a nurse at the clinic.', ['Linda Okafor']],
  ['Linda Okafor: "We will not retreat in the face of any threat."', ['Linda Okafor']],
  ['Grégoire Vasseur a déclaré à la presse que « la situation est sous contrôle depuis ce matin ».', ['Grégoire Vasseur']],
  ['Grégoire Vasseur a déclaré à la presse : « La situation est sous contrôle depuis ce matin. »', ['Grégoire Vasseur']],
  ['« La situation est sous contrôle depuis ce matin », a-t-il déclaré, cité par Le Monde.', [null]],
  ['Grégoire Vasseur, cité par Le Monde, affirme que « la situation est sous contrôle depuis ce matin ».', ['Grégoire Vasseur']],
  ['« La situation est “sous contrôle” depuis ce matin », a assuré Grégoire Vasseur.', ['Grégoire Vasseur']],
  [
    '« La situation est sous contrôle », assure Grégoire Vasseur. « Aucun blessé n’est à déplorer. Les secours sont sur place. »',
    ['Grégoire Vasseur', 'Grégoire Vasseur'],
  ],
  ['Dans un entretien au Parisien, Grégoire Vasseur assure que « la situation est sous contrôle ».', ['Grégoire Vasseur']],
  ['Dans un communiqué, la préfecture a indiqué que « la situation est sous contrôle depuis ce matin ».', [null]],
  ['« La situation est sous contrôle depuis ce matin », a indiqué la préfecture dans un communiqué.', [null]],
  ['« La situation est sous contrôle depuis ce matin », indique le parquet de Paris.', [null]],
  ['« La situation est sous contrôle depuis ce matin », a indiqué l’Élysée.', [null]],
  ['« La situation est sous contrôle depuis ce matin », a indiqué Matignon.', [null]],
  ['"The situation has been under control since this morning," the White House said.', [null]],
  ['"The situation has been under control since this morning," Downing Street said.', [null]],
  ['"The situation has been under control since this morning," the Kremlin said.', [null]],
  ['« La situation est sous contrôle depuis ce matin », a indiqué le Kremlin.', [null]],
  ['Le Kremlin a indiqué que « la situation est sous contrôle depuis ce matin ».', [null]],
  ['Interrogé, Grégoire Vasseur n’a pas souhaité commenter. « Nous verrons bien ce que décidera la justice », a glissé un proche.', [null]],
  // Two whole articles (a flood in the Gard, a refinery fire), several speakers each.
  [
    'Inondations dans le Gard : les sinistrés attendent toujours les aides\n\nTrois semaines après la crue qui a ravagé Sommières, les habitants dénoncent la lenteur des indemnisations. « On nous a promis des aides en quarante-huit heures, on attend toujours », s’agace Josiane Ferrandi, 67 ans, dont la maison a été envahie par un mètre d’eau.\n\nLa retraitée dit avoir tout perdu. « Les meubles, les photos, les papiers… Il ne reste rien. » Son voisin, Karim Bensaïd, partage sa colère : « Personne n’est venu nous voir depuis la visite du préfet. »\n\nLe préfet du Gard, Thierry Lambertin, assure de son côté que « les dossiers sont traités au plus vite ». Interrogé mardi, il a reconnu « des retards dans certains cas », avant d’ajouter : « Nous avons renforcé les équipes. »\n\nPour la maire de la commune, Nadège Roussel, « l’urgence est de reloger les familles avant l’hiver ». Elle a annoncé l’ouverture d’un centre d’accueil. « Nous ne laisserons personne dehors », a-t-elle promis.\n\nSelon les assureurs, le coût des dégâts dépasse 40 millions d’euros. « C’est l’un des sinistres les plus lourds de la décennie dans la région », estime un expert.\n\n« On se sent abandonnés », résume Karim Bensaïd.',
    [
      'Josiane Ferrandi',
      'Josiane Ferrandi',
      'Karim Bensaïd',
      'Thierry Lambertin',
      'Thierry Lambertin',
      'Thierry Lambertin',
      'Nadège Roussel',
      'Nadège Roussel',
      null,
      'Karim Bensaïd',
    ],
  ],
  [
    'Residents demand answers after refinery fire\n\nResidents of Port Carvel demanded answers on Thursday after a fire at the Harlow refinery sent a plume of black smoke over the town for two days.\n\n"My kids couldn\'t breathe," said Tamsin Okoro, 38, who lives two streets from the plant. "Nobody told us to stay inside until the second morning."\n\nHarlow Petroleum said in a statement that the fire had been "fully contained" and that air quality readings were "within safe limits." The company did not respond to questions about the delay in alerting residents.\n\nMayor Dev Raman, who toured the site on Wednesday, said he had asked state regulators to investigate. "People deserve to know what they were breathing," Raman said.\n\nHe added: "If the company failed to warn us, there will be consequences."\n\nState Sen. Maria Lindqvist, D-Carvel, called the response "unacceptable." "This is the third incident in five years," she said.\n\nOkoro said she had kept her children home from school. "I don\'t trust their numbers anymore," she said.',
    ['Tamsin Okoro', 'Tamsin Okoro', null, null, 'Dev Raman', 'Dev Raman', null, 'Maria Lindqvist', 'Tamsin Okoro'],
  ],
];

const arg = (name: string): string | undefined => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
};
const src = resolve(arg('--src') ?? resolve(__dirname, '..', 'src'));
const verbose = process.argv.includes('--verbose');

async function main(): Promise<void> {
  const { detect } = (await import(pathToFileURL(resolve(src, 'core/detect/index.ts')).href)) as typeof import('../src/core/detect/index');
  let quotes = 0;
  let expected = 0;
  let found = 0;
  let right = 0;
  let wrong = 0;
  let missed = 0;
  for (const [text, gold] of CASES) {
    const got = detect(text).quotes.map((q) => q.speakerName ?? null);
    quotes += gold.length;
    if (got.length !== gold.length) {
      console.log(`quote count ${got.length} instead of ${gold.length}: ${text.replace(/\n/g, '⏎')}`);
      continue;
    }
    gold.forEach((g, k) => {
      const s = got[k];
      if (g) expected++;
      if (s) found++;
      if (g && s === g) right++;
      else if (s) wrong++;
      else if (g) missed++;
      if (verbose && s !== g) console.log(`${s === null ? 'missed' : 'wrong'} ${JSON.stringify(s)} for ${JSON.stringify(g)}: ${text.replace(/\n/g, '⏎')}`);
    });
  }
  const p = found ? right / found : 1;
  const r = expected ? right / expected : 1;
  console.log(`${CASES.length} passages, ${quotes} quotes: expected ${expected}, found ${found}, right ${right}, wrong ${wrong}, missed ${missed}`);
  console.log(`speakers P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
}

void main();
