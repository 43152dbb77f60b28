/**
 * French for the CLI's messages (check, detect, init-git, merge-driver, agreement, report, export, import), keyed by their English text as the code
 * writes it (`t('…')`); test/unit/l10n/cli.test.ts checks that every message has its French with the same placeholders.
 */
export const FRENCH_MESSAGES: Readonly<Record<string, string>> = {
  'one folder only': 'un seul dossier',
  'which folder?': 'quel dossier ?',
  '{0} is not a folder': "{0} n'est pas un dossier",
  error: 'erreur',
  warning: 'avertissement',
  '1 annotation moved with its text; run with --fix to update its offsets':
    '1 annotation a bougé avec son texte ; lancez avec --fix pour mettre à jour ses positions',
  '{0} annotations moved with their text; run with --fix to update their offsets':
    '{0} annotations ont bougé avec leur texte ; lancez avec --fix pour mettre à jour leurs positions',
  updated: 'mis à jour',
  '{0} file(s) checked: {1} error(s), {2} warning(s); annotations: {3} in place, {4} moved, {5} to review, {6} orphan(s)':
    '{0} fichier(s) vérifié(s) : {1} erreur(s), {2} avertissement(s) ; annotations : {3} en place, {4} déplacée(s), {5} à revoir, {6} orpheline(s)',
  'one file at a time': 'un fichier à la fois',
  'which file?': 'quel fichier ?',
  '--max-mb needs a positive number': '--max-mb demande un nombre positif',
  '--published must be YYYY, YYYY-MM or YYYY-MM-DD, got "{0}"': '--published doit être AAAA, AAAA-MM ou AAAA-MM-JJ, reçu « {0} »',
  'cannot read {0}: {1}': 'impossible de lire {0} : {1}',
  '{0} is not a UTF-8 text file': "{0} n'est pas un fichier texte UTF-8",
  '{0} is {1} MB, above the {2} MB limit for one article; raise it with --max-mb N if it really is one article':
    "{0} fait {1} Mo, au-delà de la limite de {2} Mo pour un article ; relevez-la avec --max-mb N s'il s'agit vraiment d'un seul article",
  'published {0}': 'publié le {0}',
  'publication date unknown': 'date de publication inconnue',
  'speaker unknown': 'locuteur inconnu',
  'one folder at most': 'un dossier au plus',
  '{0} is not inside a git repository ({1}); run "git init" first': "{0} n'est pas dans un dépôt git ({1}) ; lancez d'abord « git init »",
  'added to {0}:': 'ajouté à {0} :',
  '{0} already routes Newsmark files to the newsmark merge driver': '{0} confie déjà les fichiers Newsmark au pilote de fusion newsmark',
  'git config {0} failed: {1}': 'git config {0} a échoué : {1}',
  'commit .gitattributes so that everyone\'s merges use it; each clone runs "newsmark init-git" once (git config is not shared)':
    "commitez .gitattributes pour que les fusions de chacun l'utilisent ; chaque clone lance « newsmark init-git » une fois (git config n'est pas partagé)",
  'three files (base, ours, theirs) and the path': 'trois fichiers (base, nôtre, leur) et le chemin',
  '{0}; merging it line by line instead': '{0} ; fusion ligne à ligne à la place',
  '1 conflict recorded under "conflicts:"; run "newsmark check" to list it, resolve, then "git add"':
    '1 conflit consigné sous « conflicts: » ; lancez « newsmark check » pour le voir, résolvez-le, puis « git add »',
  '{0} conflicts recorded under "conflicts:"; run "newsmark check" to list them, resolve, then "git add"':
    '{0} conflits consignés sous « conflicts: » ; lancez « newsmark check » pour les voir, résolvez-les, puis « git add »',
  'article {0} not found beside the sidecar': 'article {0} introuvable à côté du fichier annexe',
  'article {0} cannot be read: {1}': 'article {0} illisible : {1}',
  'article {0} is binary or not UTF-8: not re-anchored': "l'article {0} est binaire ou n'est pas en UTF-8 : non réancré",
  'orphan: {0} {1} {2} is no longer in {3} (kept at {4}-{5}; re-attach or remove it)':
    "orpheline : {0} {1} {2} n'est plus dans {3} (gardée en {4}-{5} ; rattachez-la ou retirez-la)",
  '{0} {1} {2} re-anchored approximately at {3}-{4} (score {5}): review it': '{0} {1} {2} réancrée approximativement en {3}-{4} (score {5}) : vérifiez-la',
  'not fixed: {0}': 'non corrigé : {0}',
  'not restored: {0}': 'non restauré : {0}',
  '{0} MB is more than the {1} MB Newsmark reads': "{0} Mo, c'est plus que les {1} Mo que lit Newsmark",
  'not found': 'introuvable',
  'link {0}: no sidecar for {1} under {2}': 'lien {0} : aucun fichier annexe pour {1} dans {2}',
  'link {0}: {1} has no annotation {2}': "lien {0} : {1} n'a pas d'annotation {2}",
  'an interrupted save left {0}, which cannot be read ({1}:{2}: {3}); left alone: look at it and delete it by hand':
    'un enregistrement interrompu a laissé {0}, illisible ({1}:{2} : {3}) ; laissé tel quel : examinez-le et supprimez-le à la main',
  'an interrupted save left {0} with {1} annotation(s) not in the sidecar':
    'un enregistrement interrompu a laissé {0} avec {1} annotation(s) absente(s) du fichier annexe',
  'an interrupted save left {0} with nothing the sidecar lacks': 'un enregistrement interrompu a laissé {0}, sans rien qui manque au fichier annexe',
  "{0} annotation(s) differ ({1}): the sidecar's version is kept": '{0} annotation(s) diffèrent ({1}) : la version du fichier annexe est conservée',
  'run with --fix to merge it into the sidecar and remove it': 'lancez avec --fix pour le fusionner dans le fichier annexe et le supprimer',
  '--fix merges it into the sidecar, then removes it unless it holds one of those':
    "--fix le fusionne dans le fichier annexe, puis le supprime sauf s'il contient l'une de celles-ci",
  '--fix merges it into the sidecar, then removes it': '--fix le fusionne dans le fichier annexe, puis le supprime',
  '{0}; {1}': '{0} ; {1}',
  'no sidecar; an interrupted save left {0}, which cannot be read ({1}:{2}: {3}); left alone':
    'pas de fichier annexe ; un enregistrement interrompu a laissé {0}, illisible ({1}:{2} : {3}) ; laissé tel quel',
  'no sidecar; an interrupted first save left {0} with {1} annotation(s); --fix restores the sidecar from it':
    'pas de fichier annexe ; un premier enregistrement interrompu a laissé {0} avec {1} annotation(s) ; --fix restaure le fichier annexe à partir de lui',
  'no sidecar; an interrupted first save left {0} with {1} annotation(s); run with --fix to restore the sidecar from it':
    'pas de fichier annexe ; un premier enregistrement interrompu a laissé {0} avec {1} annotation(s) ; lancez avec --fix pour restaurer le fichier annexe à partir de lui',
  '--lang is fr or en': '--lang vaut fr ou en',
  'one folder only; give the annotators after --between: --between A B': 'un seul dossier ; donnez les annotateurs après --between : --between A B',
  'give two different annotators: --between A B': 'donnez deux annotateurs différents : --between A B',
  '{0}:{1} (left out)': '{0}:{1} (laissé de côté)',
  'no annotation by {0} or {1} under {2} (annotations record their author in the "author" field)':
    'aucune annotation de {0} ni de {1} dans {2} (les annotations consignent leur auteur dans le champ « author »)',
  "unknown format '{0}' (md or json)": 'format inconnu « {0} » (md ou json)',
  '--lang takes fr or en (by default, the language of most articles)': '--lang vaut fr ou en (par défaut, la langue de la plupart des articles)',
  '--workers takes a number of threads (0: none)': '--workers demande un nombre de threads (0 : aucun)',
  '--event takes an event id (see the ids in --json)': "--event demande un identifiant d'événement (voir les identifiants dans --json)",
  "no event '{0}'; the events are:": "pas d'événement « {0} » ; les événements sont :",
  '--format is required': '--format est obligatoire',
  "unknown format '{0}'": 'format inconnu « {0} »',
  '{0} writes a .txt and an .ann per article: give --out <dir>': '{0} écrit un .txt et un .ann par article : donnez --out <dossier>',
  '--date takes a day, YYYY-MM-DD': '--date demande un jour, AAAA-MM-JJ',
  'wrote {0} into {1}': '{0} écrit dans {1}',
  'one file or folder to import': 'un seul fichier ou dossier à importer',
  '--format takes w3c or brat': '--format vaut w3c ou brat',
  '--into <folder> is required': '--into <dossier> est obligatoire',
  'skipping {0}: not UTF-8 text': '{0} sauté : pas du texte UTF-8',
  'ignoring {0}: {1}': '{0} ignoré : {1}',
};
