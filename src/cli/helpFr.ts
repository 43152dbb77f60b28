/**
 * French for the CLI's help (`newsmark --help`, `newsmark <command> --help`, usage lines, parse errors), keyed by
 * the English as the command modules write it; test/unit/l10n/cliHelp.test.ts checks that every summary,
 * description and option of COMMANDS has its French with the same placeholders.
 */
export const HELP_FRENCH: Readonly<Record<string, string>> = {
  // The frame (command.ts, main.ts).
  'usage: newsmark {0} {1} [options]  (newsmark {0} --help for the options)': 'usage : newsmark {0} {1} [options]  (newsmark {0} --help pour les options)',
  'usage: newsmark {0} {1} [options]': 'usage : newsmark {0} {1} [options]',
  'Options:': 'Options :',
  'this help': 'cette aide',
  'newsmark {0}: annotate news sources from the command line': 'newsmark {0} : annoter des sources d’information en ligne de commande',
  'Usage:': 'Usage :',
  'This help, or the version.': 'Cette aide, ou la version.',
  'newsmark <command> --help lists the options of a command.': 'newsmark <commande> --help liste les options d’une commande.',
  "unknown command '{0}'": 'commande inconnue « {0} »',
  "unknown option '{0}'": 'option inconnue « {0} »',
  "option '{0}' needs a value": "l'option « {0} » demande une valeur",
  "option '{0}' takes no value": "l'option « {0} » ne prend pas de valeur",
  'the language of the messages (default: from LANG, else English)': 'la langue des messages (par défaut : selon LANG, sinon l’anglais)',
  // The arguments, as the usage lines name them.
  '<file>': '<fichier>',
  '<folder>': '<dossier>',
  '[<folder>]': '[<dossier>]',
  '<file-or-dir>': '<fichier-ou-dossier>',
  '<folder> --between <A> <B>': '<dossier> --between <A> <B>',
  '<base> <ours> <theirs> [<path>]': '<base> <nôtre> <leur> [<chemin>]',
  // detect
  'People, dates, durations and quotes found in one article (code-point offsets).':
    'Personnes, dates, durées et citations trouvées dans un article (positions en points de code).',
  "People, dates, durations and quotes found in one article, with code-point offsets (end exclusive; a\nquote's text without its marks). A readable list, or JSON with --json.":
    'Personnes, dates, durées et citations trouvées dans un article, avec leurs positions en points de code (fin\nexclue ; le texte d’une citation sans ses guillemets). Une liste lisible, ou du JSON avec --json.',
  'the publication date, which relative dates are read against': 'la date de publication, par rapport à laquelle les dates relatives sont lues',
  'JSON instead of a readable list': 'du JSON au lieu d’une liste lisible',
  'the largest file read as one article, in MB (default {0})': 'le plus gros fichier lu comme un seul article, en Mo (par défaut {0})',
  "the articles' folder: a surname alone here is the person another of its articles names in full (as in the editor)":
    'le dossier des articles : un nom de famille seul ici désigne la personne qu’un autre de ses articles nomme en entier (comme dans l’éditeur)',
  // check
  'Validate every sidecar and newsmark.yaml and re-anchor every annotation; exit 1 on errors or orphans.':
    'Valide chaque fichier annexe et newsmark.yaml et réancre chaque annotation ; sort avec 1 en cas d’erreur ou d’orpheline.',
  "Validates every sidecar and newsmark.yaml under a folder and re-anchors every annotation against its\narticle's current text; exits 1 on errors or orphans. Writes nothing unless --fix.":
    'Valide chaque fichier annexe et newsmark.yaml d’un dossier et réancre chaque annotation sur le texte\nactuel de son article ; sort avec 1 en cas d’erreur ou d’orpheline. N’écrit rien sans --fix.',
  'the findings as JSON': 'les constats en JSON',
  'write the re-anchored positions (atomically, comments kept)': 'écrire les positions réancrées (de façon atomique, commentaires conservés)',
  // report
  'Events, contradictions, agreements and people across the articles of a folder.':
    'Événements, contradictions, accords et personnes à travers les articles d’un dossier.',
  "Events, contradictions, agreements and people across the articles of a folder (with their sidecars and\nthe folder's newsmark.yaml). A large folder is analysed in worker threads; the report is the same either way.":
    'Événements, contradictions, accords et personnes à travers les articles d’un dossier (avec leurs fichiers\nannexes et le newsmark.yaml du dossier). Un gros dossier est analysé dans des threads ; le rapport est le même.',
  'the report as JSON (same as --format json)': 'le rapport en JSON (comme --format json)',
  'Markdown (default) or JSON': 'Markdown (par défaut) ou JSON',
  'the language of the Markdown (default: that of most articles)': 'la langue du Markdown (par défaut : celle de la plupart des articles)',
  'worker threads for the analysis (0: none; default: one per core for large folders)':
    'threads d’analyse (0 : aucun ; par défaut : un par cœur pour les gros dossiers)',
  "one event's sources side by side: a column per article, a row per attribute (ids in --json)":
    'les sources d’un événement côte à côte : une colonne par article, une ligne par attribut (identifiants dans --json)',
  'which files are articles, relative to the folder (default: {0}, as the setting newsmark.articles)':
    'quels fichiers sont des articles, relativement au dossier (par défaut : {0}, comme le réglage newsmark.articles)',
  // export
  'Annotations, events and contradictions in a standard format (W3C, brat, CSV, TimelineJS, …).':
    'Annotations, événements et contradictions dans un format standard (W3C, brat, CSV, TimelineJS, …).',
  'The annotations, events and contradictions of a folder in a standard format, on standard output\n(brat: a .txt and an .ann per article into --out). Formats: w3c (Web Annotation JSON-LD), brat (standoff),\ncsv, timelinejs (events), claimreview (schema.org, confirmed or dismissed contradictions), conll (BIO\ntokens), ndjson (every article with its detections, then events and contradictions, streamed).':
    'Les annotations, événements et contradictions d’un dossier dans un format standard, sur la sortie standard\n(brat : un .txt et un .ann par article dans --out). Formats : w3c (Web Annotation JSON-LD), brat (standoff),\ncsv, timelinejs (événements), claimreview (schema.org, contradictions confirmées ou écartées), conll (jetons\nBIO), ndjson (chaque article avec ses détections, puis événements et contradictions, en flux).',
  'the format (required)': 'le format (obligatoire)',
  'the output folder, for brat': 'le dossier de sortie, pour brat',
  "the ClaimReviews' datePublished (default: today)": 'le datePublished des ClaimReview (par défaut : aujourd’hui)',
  "conll: tag the detectors' findings instead of the sidecars' annotations":
    'conll : étiqueter les trouvailles des détecteurs au lieu des annotations des fichiers annexes',
  'which files are articles (default: {0})': 'quels fichiers sont des articles (par défaut : {0})',
  // import
  "W3C / Hypothesis annotations or a brat project into a folder's sidecars (merged by id).":
    'Des annotations W3C / Hypothesis ou un projet brat dans les fichiers annexes d’un dossier (fusionnées par identifiant).',
  "W3C Web Annotations (Newsmark's export, Hypothesis JSON-LD or API rows) or a brat project into the sidecars of\nthe articles of --into: anchored by Newsmark's anchoring (orphans kept), merged by id with the sidecars there,\nsaved atomically; a sidecar that cannot be read is never overwritten. A brat article the folder lacks is copied in.":
    'Des W3C Web Annotations (export de Newsmark, JSON-LD ou lignes d’API Hypothesis) ou un projet brat dans les\nfichiers annexes des articles de --into : ancrées par Newsmark (orphelines gardées), fusionnées par identifiant,\nenregistrées de façon atomique ; un fichier annexe illisible n’est jamais écrasé. Un article brat absent du dossier y est copié.',
  'the format of the input (required)': 'le format de l’entrée (obligatoire)',
  'the folder of the articles (required)': 'le dossier des articles (obligatoire)',
  // agreement
  "Span F1 and Cohen's kappa between two annotators (each annotation's author), per kind.":
    'F1 des passages et kappa de Cohen entre deux annotateurs (l’auteur de chaque annotation), par type.',
  'Agreement between two annotators over the sidecars of <folder>: per kind, span F1 (same kind, start and\nend; relaxed: overlapping) and Cohen\'s kappa on the kinds of overlapping spans, then the disagreements\nwith links to article:line. An annotation is an annotator\'s by its "author" field. Markdown, or --json.':
    'Accord entre deux annotateurs sur les fichiers annexes de <dossier> : par type, F1 des passages (même type, début\net fin ; au sens large : qui se chevauchent) et kappa de Cohen sur les types des passages qui se chevauchent, puis\nles désaccords avec des liens vers article:ligne. Une annotation est à un annotateur par son champ « author ». Markdown, ou --json.',
  'the two annotators, as the sidecars name them (author)': 'les deux annotateurs, tels que les fichiers annexes les nomment (author)',
  'JSON instead of Markdown': 'du JSON au lieu de Markdown',
  // init-git
  'Make git merge sidecars and newsmark.yaml by annotation id (.gitattributes + git config).':
    'Faire fusionner par git les fichiers annexes et newsmark.yaml par identifiant d’annotation (.gitattributes + git config).',
  'Sets up the git repository holding <folder> (default: here) so that sidecars and newsmark.yaml merge\nby annotation id: adds the .gitattributes lines and the merge.newsmark entries of git config. Run once\nper clone (git config is not shared); commit .gitattributes.':
    'Prépare le dépôt git qui contient <dossier> (par défaut : ici) pour que les fichiers annexes et newsmark.yaml\nfusionnent par identifiant d’annotation : ajoute les lignes de .gitattributes et les entrées merge.newsmark de\ngit config. À lancer une fois par clone (git config n’est pas partagé) ; commitez .gitattributes.',
  'the command git starts (default: this CLI through this Node, or "newsmark")':
    'la commande que git lance (par défaut : ce CLI avec ce Node, ou « newsmark »)',
  // merge-driver
  'The git merge driver init-git installs (%O %A %B %P): merges by id, conflicts kept under "conflicts:".':
    'Le pilote de fusion git qu’installe init-git (%O %A %B %P) : fusion par identifiant, conflits gardés sous « conflicts: ».',
  'The git merge driver for sidecars and newsmark.yaml (git runs it as merge-driver %O %A %B %P).\nMerges by id into <ours>; what it cannot decide is kept in the file under "conflicts:" (newsmark check\nlists it) and the exit code is 1, so git stops the merge. A side that is not a valid Newsmark file is\nmerged line by line by git merge-file instead.':
    'Le pilote de fusion git des fichiers annexes et de newsmark.yaml (git le lance comme merge-driver %O %A %B %P).\nFusionne par identifiant dans <nôtre> ; ce qu’il ne peut trancher est gardé dans le fichier sous « conflicts: »\n(newsmark check le liste) et le code de sortie est 1, pour que git arrête la fusion. Un côté qui n’est pas un\nfichier Newsmark valide est fusionné ligne à ligne par git merge-file à la place.',
};
