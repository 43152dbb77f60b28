/**
 * Quote speakers on constructions of real text (issue #13), with sentences written for each; still null
 * rather than a guess.
 */
import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';
import type { RawPerson } from '../../../src/core/detect/people';
import { genderOf } from '../../../src/core/detect/speakerGender';

const speakers = (text: string): Array<string | null> => detect(text).quotes.map((q) => q.speakerName ?? null);

describe('speakers: constructions of real text', () => {
  it('attributes "X a qualifié … de « … »" and "X described … as “…”" to X', () => {
    assert.deepEqual(speakers('Agnès Varenne a qualifié la décision de « faute grave pour toute la région ».'), ['Agnès Varenne']);
    assert.deepEqual(speakers('Paul Marten described the ruling as “a disaster for every tenant in town”.'), ['Paul Marten']);
  });
  it('gives a quote opening a sentence the subject of the sentence just before it, in the same paragraph', () => {
    assert.deepEqual(
      speakers('La ministre Agnès Varenne a défendu sa réforme devant les députés. « Elle protège les plus fragiles, et nous irons au bout. »'),
      ['Agnès Varenne'],
    );
  });
  it('gives no speaker when the sentence before has no person as subject, or the quote opens a new paragraph', () => {
    assert.deepEqual(speakers('Selon des témoins, la foule a applaudi. « Elle protège les plus fragiles, et nous irons au bout. »'), [null]);
    assert.deepEqual(speakers('Agnès Varenne a reçu les maires.\n« Elle protège les plus fragiles, et nous irons au bout. »'), [null]);
  });
  it('finds the speaker named after English-style and curly quotes', () => {
    assert.deepEqual(speakers('“We will not back down on this, whatever it costs,” said Jane Holloway.'), ['Jane Holloway']);
    assert.deepEqual(speakers('"We will not back down on this, whatever it costs," Jane Holloway told reporters.'), ['Jane Holloway']);
  });
  it('gives a group or a company speaking no person ("Critics say", "Boeing said its")', () => {
    assert.deepEqual(speakers('Critics say the plan is “far too late to matter to anyone”.'), [null]);
    assert.deepEqual(speakers('Ardent said its delay was “a temporary setback for the whole programme”.'), [null]);
    assert.deepEqual(detect('Critics say it is late. Ardent said its profit fell.').people, []);
  });
});

describe('speakers: reporting verbs in every tense and voice', () => {
  it('reads French present, reflexive and "faire + infinitive" reporting verbs after the quote', () => {
    assert.deepEqual(speakers('« On ne nous a rien dit avant la coupure », raconte Pierre Lambert, agriculteur.'), ['Pierre Lambert']);
    assert.deepEqual(speakers('« Nous avons enfin été entendus », s’est félicité Jean Moreau à la sortie du tribunal.'), ['Jean Moreau']);
    assert.deepEqual(speakers('« C’est un scandale pour les familles », s’indigne Marie Dubois, mère de trois enfants.'), ['Marie Dubois']);
    assert.deepEqual(speakers('« Il faut tout reprendre depuis le début », fait valoir Thomas Girard.'), ['Thomas Girard']);
    assert.deepEqual(speakers('« Le calendrier sera tenu malgré les retards », a fait savoir Thomas Girard mardi.'), ['Thomas Girard']);
    assert.deepEqual(speakers('« Personne ne nous a prévenus de rien », déplorait Marie Dubois en 2019.'), ['Marie Dubois']);
  });
  it('reads English verbs that qualify what is quoted before it', () => {
    assert.deepEqual(speakers('Michael Evans called the deal “a betrayal of every worker in this state”.'), ['Michael Evans']);
    assert.deepEqual(speakers('Sarah Collins branded the proposal "a gift to the richest families in the country".'), ['Sarah Collins']);
    assert.deepEqual(speakers('Michael Evans dismissed the claims as “complete nonsense from start to finish”.'), ['Michael Evans']);
  });
  it('reads "parle de" and "évoque" before the quote', () => {
    assert.deepEqual(speakers('Thomas Girard parle d’« une catastrophe annoncée depuis des années ».'), ['Thomas Girard']);
    assert.deepEqual(speakers('Marie Dubois a évoqué « une situation humanitaire catastrophique sur place ».'), ['Marie Dubois']);
  });
  it('reads a speaker named with an honorific after the verb ("a déclaré M. Girard")', () => {
    assert.deepEqual(speakers('« Nous ne signerons pas ce texte en l’état », a déclaré M. Girard lors d’un point presse.'), ['Girard']);
  });
  it('gives no speaker to "indique-t-on", even with a name after it', () => {
    assert.deepEqual(speakers('« Rien n’est encore décidé sur ce dossier », indique-t-on dans l’entourage de Thomas Girard.'), [null]);
  });
  it('finds the role-named subject at the end of an incise, behind its circumstances, and no one without a role', () => {
    assert.deepEqual(
      speakers('« Nous ne céderons pas au chantage », a déclaré jeudi soir sur le plateau d’une chaîne publique le Premier ministre Thomas Girard.'),
      ['Thomas Girard'],
    );
    assert.deepEqual(
      speakers('« Nous ne céderons pas au chantage », a affirmé lors d’une conférence de presse à Bruxelles la présidente de la Commission, Marie Dubois.'),
      ['Marie Dubois'],
    );
    assert.deepEqual(speakers('« Nous ne céderons pas au chantage », a déclaré jeudi soir lors d’une réunion publique organisée par Thomas Girard.'), [null]);
  });
  it('finds the speaker of a verb after the quote across an apposition', () => {
    assert.deepEqual(speakers('“We will rebuild every single home,” the mayor, Sarah Collins, told reporters.'), ['Sarah Collins']);
  });
  it('gives no speaker when the verb has a subject of its own, or nobody is named', () => {
    assert.deepEqual(speakers('Pour contrer Thomas Girard, les syndicats ont lancé « une grande marche pour la dignité ».'), [null]);
    assert.deepEqual(speakers('« Nous avons tout perdu dans la nuit », raconte une habitante du quartier.'), [null]);
    assert.deepEqual(speakers('La note évoque « des défaillances graves à tous les niveaux de la chaîne ».'), [null]);
    assert.deepEqual(speakers('The company called the report “misleading and deeply irresponsible in every respect”.'), [null]);
  });
});

describe('speakers: a sentence given to someone, and a quote continuing a sentence about its speaker', () => {
  it('gives "Pour [role,] X, … « … »" to X, and not when the words before the name are no role', () => {
    assert.deepEqual(speakers('Pour le ministre, Thomas Girard, la réforme reste « un progrès social majeur pour tous ».'), ['Thomas Girard']);
    assert.deepEqual(speakers('For Michael Evans, the ruling was “a betrayal of everything the court once stood for”.'), ['Michael Evans']);
    assert.deepEqual(speakers('Pour Thomas Girard, Marie Dubois a commis « une faute lourde et inexcusable ».'), [null]);
  });
  it('continues the subject of the sentence before after an opening adverbial and a role phrase', () => {
    assert.deepEqual(
      speakers(
        'Dans un entretien publié mardi par un quotidien régional, Pierre Lambert revient sur la crise. « Personne ne pouvait prévoir une telle ampleur. »',
      ),
      ['Pierre Lambert'],
    );
    assert.deepEqual(
      speakers(
        'Sur place, la ministre de la Santé Claire Vasseur a rencontré les soignants. « Ils font un travail remarquable dans des conditions difficiles. »',
      ),
      ['Claire Vasseur'],
    );
    assert.deepEqual(speakers('In an interview on Tuesday, Robert Hayes struck a cautious note. “It is far too early to draw any conclusions from this.”'), [
      'Robert Hayes',
    ]);
  });
  it('continues the subject of a clause closed by a colon', () => {
    assert.deepEqual(speakers('Pierre Lambert ne décolère pas : « Personne ne pouvait prévoir une telle ampleur des dégâts. »'), ['Pierre Lambert']);
    assert.deepEqual(speakers('Robert Hayes was blunt: “Nobody in this building expected the vote to go this way.”'), ['Robert Hayes']);
  });
  it('gives nobody when the person before is a complement or one of several subjects', () => {
    assert.deepEqual(speakers('La colère monte contre Pierre Lambert. « Il nous a abandonnés depuis le premier jour de la crue. »'), [null]);
    assert.deepEqual(speakers('Pierre Lambert et Marie Dubois ont visité le chantier. « Tout sera prêt pour la rentrée des classes. »'), [null]);
  });
});

describe('speakers: "il" / "elle" and the gender the article gives', () => {
  it('gives "a-t-elle" to the woman and "a-t-il" to the man when the article marks them by honorific or role', () => {
    assert.deepEqual(
      speakers('Le ministre Thomas Girard a reçu la présidente de la région, Marie Dubois. « Nous avons trouvé un terrain d’entente », a-t-elle déclaré.'),
      ['Marie Dubois'],
    );
    assert.deepEqual(speakers('La présidente Marie Dubois a reçu le ministre Thomas Girard. « Nous avons trouvé un terrain d’entente », a-t-il déclaré.'), [
      'Thomas Girard',
    ]);
    assert.deepEqual(speakers('Mme Vasseur a longuement répondu à M. Lambert. « Nous n’avons rien à cacher », a-t-il assuré.'), ['Lambert']);
  });
  it('gives nobody when the only person named is marked with the other gender', () => {
    assert.deepEqual(speakers('Le ministre Thomas Girard a reçu le maire. « Nous avons trouvé un terrain d’entente », a-t-elle déclaré.'), [null]);
  });
  it('reads a gender from any mention of the person, and none when two mentions disagree', () => {
    // The role is given at the second mention only; "il" still cannot be her.
    assert.deepEqual(
      speakers(
        'Thomas Girard a reçu Marie Dubois. Selon la présidente Marie Dubois, tout va bien. « Nous avons trouvé un terrain d’entente », a-t-il déclaré.',
      ),
      ['Thomas Girard'],
    );
    // "Mme" at one mention and "M." at another: the article gives no gender.
    const text = 'Mme Roux a été reçue par M. Lambert. Plus tard, M. Roux a parlé.';
    const at = (name: string, from = 0): RawPerson => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, id: name.toLowerCase(), name, cue: 'title' };
    };
    const people = [at('Roux'), at('Lambert'), at('Roux', text.indexOf('tard'))];
    assert.equal(genderOf(text, people, 'roux'), undefined);
    assert.equal(genderOf(text, people, 'lambert'), 'm');
    assert.equal(genderOf(text, people.slice(0, 2), 'roux'), 'f');
  });
});

describe('speakers: a name after the verb that is not its subject', () => {
  it('gives nobody when the verb after the quote has a noun phrase of its own as subject', () => {
    assert.deepEqual(speakers('« Ce plan est une provocation », affirme un proche de Thomas Girard.'), [null]);
    assert.deepEqual(speakers('« Ce plan est une provocation », estime l’entourage de Thomas Girard.'), [null]);
    assert.deepEqual(speakers('« Ce plan est une provocation », ont estimé les syndicats, qui ont dénoncé Thomas Girard.'), [null]);
  });
  it('still reads a role, an apposition or a recipient before the name', () => {
    assert.deepEqual(speakers('« Ce plan est une provocation », a souligné le porte-parole du syndicat Thomas Girard.'), ['Thomas Girard']);
    assert.deepEqual(speakers('« Nous avons tout perdu dans la nuit », raconte une habitante, Marie Dubois.'), ['Marie Dubois']);
    assert.deepEqual(speakers('« Ce plan est une provocation », a expliqué à l’AFP Thomas Girard.'), ['Thomas Girard']);
  });
  it('reads the name right after "told" as who was told', () => {
    assert.deepEqual(speakers('"We will not give in to blackmail," the senator told Thomas Girard on Monday.'), [null]);
    assert.deepEqual(speakers('"We will not give in to blackmail," Sarah Collins told Thomas Girard on Monday.'), ['Sarah Collins']);
  });
});

describe('speakers: the person a verb is about', () => {
  it('never takes the object of a qualifying verb for its speaker', () => {
    assert.deepEqual(speakers('The statement described Mr. Hayes as “a generous and tireless leader of this firm”.'), [null]);
    assert.deepEqual(speakers('Sarah Collins described Mr. Hayes as “a generous and tireless leader of this firm”.'), ['Sarah Collins']);
  });
  it('gives nobody the words a passive subject is accused or described with', () => {
    assert.deepEqual(speakers('Robert Hayes and his deputy are accused of acting “against every rule of the association”.'), [null]);
    assert.deepEqual(speakers('Thomas Girard a été qualifié de « ministre le plus dur du gouvernement » par la presse.'), [null]);
    assert.deepEqual(speakers('Jean Moreau s’est dit « profondément choqué par ces images » lundi.'), ['Jean Moreau']);
  });
  it('reads a name followed by "’s" after the verb as the owner of the subject, not the subject', () => {
    assert.deepEqual(speakers('“We deny any improper conduct whatsoever,” said Robert Hayes’s lawyer on Friday.'), [null]);
  });
});

describe('speakers: British single quotation marks ‘…’', () => {
  const quotes = (text: string) => detect(text).quotes.map((q) => [q.text, q.speakerName ?? null]);
  it('reads ‘…’ as a quote and finds the speaker named after it or before it', () => {
    assert.deepEqual(quotes('‘We will rebuild every school in the valley,’ said Helen Marsh.'), [
      ['We will rebuild every school in the valley,', 'Helen Marsh'],
    ]);
    assert.deepEqual(quotes('Helen Marsh said: ‘The valley will have its schools back by spring.’'), [
      ['The valley will have its schools back by spring.', 'Helen Marsh'],
    ]);
  });
  it('does not close a quote at an apostrophe inside a word (‘we don’t agree’)', () => {
    assert.deepEqual(quotes('Owen Pryce told the council: ‘We don’t agree, and we won’t sign it.’'), [['We don’t agree, and we won’t sign it.', 'Owen Pryce']]);
  });
  it('reads no quote in apostrophes, decades, ‘n’ or a ‘ that never closes, and keeps the quotes after a stray ‘', () => {
    assert.deepEqual(quotes('It’s the council’s plan, drawn up in the ‘90s by the mayor’s office.'), []);
    assert.deepEqual(quotes('They played rock ‘n’ roll until dawn in the old hall.'), []);
    assert.deepEqual(quotes('The ‘rock band played. Helen Marsh said “we were never told about it”.'), [['we were never told about it', 'Helen Marsh']]);
  });
  it('keeps a ‘…’ quoted inside a “…” quote nested, not a quote of its own', () => {
    assert.deepEqual(quotes('Helen Marsh said: “They called it ‘a fair deal’ and left.”'), [['They called it ‘a fair deal’ and left.', 'Helen Marsh']]);
  });
});

describe('speakers: a short reply whose speaker is named against it', () => {
  it('gives a quote of three words or fewer the person a verb right against it names', () => {
    assert.deepEqual(speakers('« Non », a répondu Marc Dubreuil.'), ['Marc Dubreuil']);
    assert.deepEqual(speakers('Marc Dubreuil a répondu : « Pas encore. »'), ['Marc Dubreuil']);
    assert.deepEqual(speakers('"Not yet," Anna Berg told reporters.'), ['Anna Berg']);
    assert.deepEqual(speakers('"Never," said Anna Berg.'), ['Anna Berg']);
  });
  it('still gives no speaker to a short term inside a sentence, to a reply given through a pronoun or to an unnamed role', () => {
    assert.deepEqual(speakers('Marc Dubreuil a qualifié la réforme de « brutale ».'), [null]);
    assert.deepEqual(speakers('Anna Berg called the plan "a disaster" and left.'), [null]);
    assert.deepEqual(speakers('Anna Berg est arrivée. « Non », a-t-elle répondu.'), [null]);
    assert.deepEqual(speakers('« Non », a répondu le ministre.'), [null]);
  });
});

describe('speakers: French press incises and roles', () => {
  it('reads an incise verb of judgement or reply after the quote ("juge", "réplique", "reprend", "sourit")', () => {
    assert.deepEqual(speakers('« Le pays doit se préparer à une longue crise », juge Thomas Girard, économiste.'), ['Thomas Girard']);
    assert.deepEqual(speakers('« Nous n’avons jamais reçu ce courrier », réplique Marie Dubois, porte-parole du collectif.'), ['Marie Dubois']);
    assert.deepEqual(speakers('« Rien ne sera plus comme avant », reprend Pierre Lambert, la voix cassée.'), ['Pierre Lambert']);
    assert.deepEqual(speakers('"It is far from over," Jane Holloway replied on Monday.'), ['Jane Holloway']);
  });
  it('reads "selon" followed by an occupation or a prefect, then the name', () => {
    assert.deepEqual(speakers('« La situation est sous contrôle », selon le préfet du Rhône, Pierre Lambert.'), ['Pierre Lambert']);
    assert.deepEqual(speakers('« La terre a tremblé pendant trente secondes », selon la sismologue Marie Dubois.'), ['Marie Dubois']);
    assert.deepEqual(speakers('« Le feu est fixé mais pas éteint », selon les pompiers du Var.'), [null]);
    assert.deepEqual(speakers('« Le feu est fixé mais pas éteint », selon le ministère, Pierre Lambert étant absent.'), [null]);
  });
  it('reads "juge" after a determiner as the judge, not a verb: no speaker from "par le juge X"', () => {
    assert.deepEqual(speakers('Il a été mis en examen pour « recel d’abus de biens sociaux » par le juge Thomas Girard.'), [null]);
    assert.deepEqual(speakers('Marie Dubois est renvoyée par le juge d’instruction pour « complicité de trafic d’influence », selon le parquet.'), [null]);
    assert.deepEqual(speakers('« Les faits sont d’une extrême gravité », a déclaré le juge Thomas Girard à l’audience.'), ['Thomas Girard']);
  });
  it('ends the sentence at a quote closed by its own full stop: the next sentence’s verb speaks the next quote only', () => {
    assert.deepEqual(speakers('Thomas Girard a dit : « Je suis innocent. » Puis Marie Dubois a répondu : « Les preuves disent le contraire. »'), [
      'Thomas Girard',
      'Marie Dubois',
    ]);
    assert.deepEqual(speakers('L’accusé a lu une déclaration : « Je demande pardon aux familles. » Marie Dubois, son avocate, a quitté la salle.'), [null]);
    assert.deepEqual(speakers('« Nous ne lâcherons rien », a lancé Marie Dubois. « Jamais. » Pierre Lambert a approuvé.'), ['Marie Dubois', null]);
  });
  it('keeps the usual press forms: role apposition, "X : « … »", a split quote and a pronoun after a named subject', () => {
    assert.deepEqual(speakers('Le porte-parole du Kremlin, Dmitri Peskov, a affirmé que Moscou restait « ouvert à toute discussion sérieuse ».'), [
      'Dmitri Peskov',
    ]);
    assert.deepEqual(speakers('Thomas Girard : « Nous ne signerons jamais un tel accord. »'), ['Thomas Girard']);
    assert.deepEqual(speakers('« Nous avons beaucoup avancé », a déclaré Thomas Girard, « mais il reste des points à régler ».'), [
      'Thomas Girard',
      'Thomas Girard',
    ]);
    assert.deepEqual(speakers('Marie Dubois a rencontré les familles. « Nous leur devons la vérité », a-t-elle ajouté.'), ['Marie Dubois']);
    assert.deepEqual(speakers('« Le bilan risque encore de s’alourdir », a prévenu un responsable des secours.'), [null]);
  });
});

describe('speakers: portfolios and honorifics', () => {
  it('reads no person in a minister’s portfolio after a speech verb ("le ministre des Transports, X")', () => {
    assert.deepEqual(speakers('« Nous ferons toute la lumière sur cet accident », a promis le ministre des Transports, Clément Beaune, sur place.'), [
      'Clément Beaune',
    ]);
    assert.deepEqual(speakers('« Les secours sont mobilisés », a assuré la ministre de la Santé, Agnès Varenne.'), ['Agnès Varenne']);
    assert.deepEqual(
      detect('« Le réseau sera rétabli demain », a précisé le secrétaire d’État aux Transports.').people.map((p) => p.name),
      [],
    );
  });
  it('gives "Pour Me X, …, « … »" and "For Dr X, « … »" to X', () => {
    assert.deepEqual(speakers('Pour Me Sophie Lemaire, avocate de la famille, « justice a été rendue après des années ».'), ['Sophie Lemaire']);
    assert.deepEqual(speakers('For Dr. Anna Berg, a surgeon at the hospital, “the night was the worst of my career”.'), ['Anna Berg']);
  });
});

describe('speakers: firms and places are no speakers (issue #13)', () => {
  it('gives no speaker to a quote a firm or an airline said', () => {
    assert.deepEqual(speakers('« Les vols reprendront dès jeudi matin », a indiqué Air Austral dans un communiqué.'), [null]);
    assert.deepEqual(speakers('« Aucun poste ne sera supprimé en France », a assuré le groupe Veolor dans un communiqué.'), [null]);
    assert.deepEqual(speakers('"Repairs to the line will take at least a week," said Kestrel Rail, the operator.'), [null]);
    assert.deepEqual(speakers('"It is incredibly rare to lose both cables at once," said a spokesman for Marvaux, the network company.'), [null]);
  });
  it('still finds the person who speaks after a disaster struck a place named like a person', () => {
    assert.deepEqual(speakers('Un séisme a frappé Van mardi. « Tout s’est effondré en quelques secondes », a raconté Mehmet Yilmaz, un habitant.'), [
      'Mehmet Yilmaz',
    ]);
    assert.deepEqual(speakers('Le séisme a frappé Van mardi. « Tout s’est effondré en quelques secondes », a-t-il raconté.'), [null]);
  });
});

describe('speakers: an infinitive of narration goes on with the last speaker (issue #13)', () => {
  it('gives "Et d’ajouter : « … »" the speaker of the quote or the subject of the sentence before', () => {
    assert.deepEqual(
      speakers('« Nous aurions dû agir bien plus tôt », a reconnu Grégoire Vasseur mardi.\nEt d’ajouter : « Personne ne sera laissé de côté ici. »'),
      ['Grégoire Vasseur', 'Grégoire Vasseur'],
    );
    assert.deepEqual(speakers('Grégoire Vasseur a reconnu des erreurs devant le conseil. Avant de conclure : « Nous aurions dû agir bien plus tôt. »'), [
      'Grégoire Vasseur',
    ]);
  });
  it('gives it nobody when the sentence before has no person as subject, names another person, or is a section away', () => {
    assert.deepEqual(speakers('La colère monte contre Grégoire Vasseur. Et d’ajouter : « Nous aurions dû agir bien plus tôt. »'), [null]);
    assert.deepEqual(
      speakers('« Nous aurions dû agir plus tôt », a reconnu Grégoire Vasseur devant Marie Lenoir. Et d’ajouter : « Personne ne sera laissé de côté. »'),
      ['Grégoire Vasseur', null],
    );
    assert.deepEqual(speakers('Grégoire Vasseur a reconnu des erreurs.\n\nEt d’ajouter : « Nous aurions dû agir bien plus tôt. »'), [null]);
  });
});

describe('speakers: "ce dernier", "cette dernière", "the latter" and a titled subject (issue #13)', () => {
  it('gives "ce dernier" / "the latter" the person named last, skipping one the text marks with the other gender', () => {
    assert.deepEqual(speakers('Sandrine Kowalczyk a appelé M. Vasseur. « Nous reconstruirons chaque maison », a promis ce dernier.'), ['Vasseur']);
    assert.deepEqual(speakers('Grégoire Vasseur a reçu Mme Kowalczyk. « Nous reconstruirons chaque maison », a promis ce dernier.'), ['Grégoire Vasseur']);
    assert.deepEqual(speakers('Paul Marten was joined by Peter Brandt. "We will rebuild every single home," the latter said.'), ['Peter Brandt']);
  });
  it('gives it nobody when two people of unmarked gender share the sentence (never the subject by default)', () => {
    assert.deepEqual(speakers('Grégoire Vasseur a visité les lieux avec Sandrine Kowalczyk. « Nous reconstruirons chaque maison », a promis cette dernière.'), [
      null,
    ]);
  });
  it('goes on with a subject named with a title and no article ("Mayor X visited … « … »")', () => {
    assert.deepEqual(speakers('Mayor Linda Okafor visited the flooded streets. "We will rebuild every single home."'), ['Linda Okafor']);
  });
});

describe('speakers: a new subject after a quote closed by its own full stop (issue #13)', () => {
  it('gives the quote after "« … rien. » Son voisin, X, partage sa colère :" to X, not to the speaker before', () => {
    assert.deepEqual(
      speakers(
        '« Nous avons tout perdu en une nuit », raconte Josiane Ferrandi. « Il ne reste rien. » Son voisin, Karim Bensaïd, partage sa colère : « Personne n’est venu nous voir. »',
      ),
      ['Josiane Ferrandi', 'Josiane Ferrandi', 'Karim Bensaïd'],
    );
  });
  it('still lets the speaker go on when nobody new is named after the closed quote', () => {
    assert.deepEqual(
      speakers('Paul Marten says the rivals are “no threat to anyone here.” Other firms “just do not have the culture” to serve such clients, he adds.'),
      ['Paul Marten', 'Paul Marten'],
    );
  });
});

describe('speakers: an English role subject between the quote and its verb (issue #13)', () => {
  it('gives "," the mayor said" to the person introduced as mayor, and to nobody when no one was', () => {
    assert.deepEqual(speakers('Mayor Linda Okafor visited the flooded streets. "We will rebuild every single home," the mayor said.'), ['Linda Okafor']);
    assert.deepEqual(speakers('Linda Okafor visited the flooded streets. "We will rebuild every single home," the mayor said.'), [null]);
    assert.deepEqual(speakers('Linda Okafor visited the flooded streets. "We will rebuild every single home," a spokesman said.'), [null]);
  });
});
