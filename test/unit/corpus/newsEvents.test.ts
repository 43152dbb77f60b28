import { strict as assert } from 'node:assert';
import { findTriggers, type EventKind } from '../../../src/core/corpus/triggers';
import { indexOfArticles as index } from './fixtures';
import { buildReport } from '../../../src/core/corpus/report';

// One sentence of our own per kind and language: the trigger word and the kind it must give.
const SENTENCES: Array<[EventKind, string, string]> = [
  ['conflict', 'Fighting resumed near the border overnight.', 'Les combats ont repris près de la frontière.'],
  ['attack', 'Gunmen attacked a checkpoint on Sunday.', 'Un attentat a visé la préfecture dimanche.'],
  ['strike', 'Dock workers began a walkout on Monday.', 'La grève des cheminots entre dans sa deuxième semaine.'],
  ['protest', 'Thousands joined the protest in the capital.', 'Une manifestation a réuni des milliers de personnes.'],
  ['arrest', 'Police arrested two men after the robbery.', 'Deux suspects ont été interpellés mardi.'],
  ['trial', 'The trial of the former mayor opens today.', 'Le procès de l’ancien maire s’ouvre lundi.'],
  ['verdict', 'The jury convicted the driver of manslaughter.', 'Le tribunal a condamné le chauffeur à deux ans.'],
  ['death', 'The singer died at his home on Friday.', 'Trois randonneurs ont été tués par une avalanche.'],
  ['earthquake', 'A strong earthquake shook the coast.', 'Un séisme de magnitude 6 a frappé la région.'],
  ['flood', 'Flooding cut off several villages.', 'Des inondations ont coupé plusieurs villages.'],
  ['storm', 'The hurricane made landfall at dawn.', 'La tempête a privé d’électricité 10 000 foyers.'],
  ['accident', 'Two trains collided outside the station.', 'Le déraillement a fait quatre blessés.'],
  ['fire', 'A blaze destroyed the warehouse.', 'Un incendie a ravagé l’entrepôt.'],
  ['explosion', 'An explosion shook the factory.', 'Une explosion a secoué l’usine.'],
  ['election', 'Voters elected a new council.', 'Les électeurs ont élu un nouveau conseil.'],
  ['appointment', 'The board appointed a new chief executive.', 'Le conseil a nommé une nouvelle directrice.'],
  ['resignation', 'The minister resigned on Tuesday.', 'La ministre a démissionné mardi.'],
  ['agreement', 'The two countries signed a treaty.', 'Les deux pays ont signé un accord.'],
  ['sanction', 'New sanctions target the shipping firm.', 'De nouvelles sanctions visent l’armateur.'],
  ['acquisition', 'The bank agreed to acquire its rival.', 'Le groupe a racheté son concurrent.'],
  ['announcement', 'The club announced the signing.', 'Le club a annoncé l’arrivée du joueur.'],
  ['launch', 'The company launched its new phone.', 'Le lancement de la fusée est prévu jeudi.'],
  ['award', 'She won the award for best novel.', 'Le film a été récompensé à Cannes.'],
  ['sports', 'The home side won the final 2-1.', 'Lyon a remporté le match 2-1.'],
  ['injury', 'Four passengers were injured.', 'Quatre passagers ont été blessés.'],
  ['robbery', 'Thieves robbed a jeweller downtown.', 'Le braquage a eu lieu à l’aube.'],
  ['investigation', 'Prosecutors opened an investigation.', 'Le parquet a ouvert une enquête.'],
  ['escape', 'Two inmates escaped overnight.', 'Deux détenus se sont évadés.'],
  ['outage', 'A power outage left the city dark.', 'Une panne géante a privé la ville de courant.'],
];

describe('news event mentions', () => {
  for (const [kind, en, fr] of SENTENCES) {
    it(`finds a ${kind} in English and in French`, () => {
      assert.ok(
        findTriggers(en).some((t) => t.kind === kind),
        `${en} -> ${JSON.stringify(findTriggers(en))}`,
      );
      assert.ok(
        findTriggers(fr).some((t) => t.kind === kind),
        `${fr} -> ${JSON.stringify(findTriggers(fr))}`,
      );
    });
  }

  it('takes "round" and "cycle" as talks only with talks around them', () => {
    assert.deepEqual(
      findTriggers('The champion won in the third round.').map((t) => t.kind),
      ['sports'],
    );
    assert.ok(findTriggers('A new round began in Geneva, where negotiators met again.').some((t) => t.text === 'round'));
    assert.equal(findTriggers('It was an out-of-cycle security update.').filter((t) => t.kind === 'talks').length, 0);
  });

  it('reads "opened fire" as shots and "under fire" or "cease fire" as no fire', () => {
    const kindOf = (s: string, word: string) => findTriggers(s).find((t) => t.text === word)?.kind;
    assert.equal(kindOf('Soldiers opened fire on the crowd.', 'fire'), 'attack');
    assert.equal(kindOf('Police returned fire near the station.', 'fire'), 'attack');
    assert.equal(kindOf('The minister came under fire over the budget.', 'fire'), undefined);
    assert.equal(kindOf('Both sides agreed to cease fire at noon.', 'fire'), undefined);
    assert.equal(kindOf('A fire destroyed the warehouse.', 'fire'), 'fire');
  });

  it('reads "le feu", "les flammes", "le sinistre" as the fire, and not a ceasefire, a gunshot, a traffic light or a sinister man', () => {
    const kinds = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.kind}`);
    assert.deepEqual(kinds('Le feu a parcouru 300 hectares.'), ['feu:fire']);
    assert.deepEqual(kinds('Les pompiers luttent toujours contre le feu.'), ['feu:fire']);
    assert.deepEqual(kinds('Les flammes ont détruit trois maisons.'), ['flammes:fire']);
    assert.deepEqual(kinds('Le sinistre a été maîtrisé dans la nuit.'), ['sinistre:fire']);
    assert.deepEqual(kinds('L’origine du sinistre reste inconnue.'), ['sinistre:fire']);
    assert.deepEqual(kinds('Un cessez-le-feu est entré en vigueur.'), ['cessez-le-feu:agreement']);
    assert.deepEqual(kinds('Les deux camps ont appelé à cesser le feu.'), []);
    assert.deepEqual(kinds('Le conducteur a grillé un feu rouge.'), []);
    assert.deepEqual(kinds('Le ministre est sous le feu des critiques.'), []);
    assert.deepEqual(kinds('Un sinistre personnage est sorti.'), []);
    assert.deepEqual(kinds('Des coups de feu ont retenti.'), []);
    assert.deepEqual(kinds('Une arme à feu a été saisie.'), []);
    assert.deepEqual(kinds('Les soldats ont ouvert le feu sur la foule.'), ['feu:attack']);
    assert.deepEqual(kinds('The blaze spread overnight.'), ['blaze:fire']);
  });

  it('takes no investigation for one named as the source of a finding, in French and English', () => {
    const investigations = (s: string) =>
      findTriggers(s)
        .filter((t) => t.kind === 'investigation')
        .map((t) => t.text);
    assert.deepEqual(investigations('Selon l’enquête, le conducteur roulait trop vite.'), []);
    assert.deepEqual(investigations('D’après les premiers éléments de l’enquête, le train roulait à 130 km/h.'), []);
    assert.deepEqual(investigations('L’enquête a montré que le signal était rouge.'), []);
    assert.deepEqual(investigations('L’enquête préliminaire a révélé une erreur humaine.'), []);
    assert.deepEqual(investigations('According to the investigation, the driver was speeding.'), []);
    assert.deepEqual(investigations('The inquiry found that the signal was red.'), []);
    // An investigation opened or led is one.
    assert.deepEqual(investigations('Une enquête a été ouverte pour homicide involontaire.'), ['enquête']);
    assert.deepEqual(investigations('Police opened an investigation on Monday.'), ['investigation']);
    assert.deepEqual(investigations('Selon le procureur qui a ouvert une enquête le train roulait trop vite.'), ['enquête']);
  });
});

/** The main events of the articles, in file order. */
const mainEventsOf = (docs: Record<string, [string, string]>) => buildReport(index(docs)).documents.map((d) => d.mainEvent);

describe('news events across articles', () => {
  it('groups two reports of one earthquake told in different words and finds their death tolls disagree', () => {
    const idx = index({
      'a.txt': [
        'Earthquake kills dozens in Eastvale province\nA magnitude 6.1 earthquake struck Eastvale province on Monday, 3 March 2025. At least 30 people were killed, according to the civil protection agency.',
        '2025-03-03',
      ],
      'b.txt': [
        'Eastvale province quake: rescuers search rubble\nThe quake that hit Eastvale province on 3 March 2025 left 12 dead, police said.',
        '2025-03-04',
      ],
    });
    const report = buildReport(idx);
    const a = report.documents.find((d) => d.file === 'a.txt')!.mainEvent;
    assert.ok(a);
    assert.equal(report.documents.find((d) => d.file === 'b.txt')!.mainEvent, a);
    assert.equal(report.events.find((e) => e.id === a)!.kind, 'earthquake');
    const c = idx.contradictions().find((x) => x.attribute === 'count');
    assert.ok(c, JSON.stringify(idx.contradictions()));
    assert.deepEqual(c.sides.map((s) => s.value).sort(), ['12', '30']);
    assert.equal(c.sides.find((s) => s.file === 'a.txt')?.qualifier, 'more-than');
  });

  it('groups a shooting and the trial of its gunman three months later as one story', () => {
    const [a, b] = mainEventsOf({
      'a.txt': [
        'Gunman opens fire at Brookfield mall\nA gunman named Ray Dalton shot three shoppers at the Brookfield mall on 9 September 2025, police said.',
        '2025-09-09',
      ],
      'b.txt': [
        'Brookfield mall gunman goes on trial\nThe trial of Ray Dalton opened on 7 December 2025. The jury heard how three shoppers were wounded at the Brookfield mall.',
        '2025-12-07',
      ],
    });
    assert.ok(a);
    assert.equal(b, a);
  });

  it('keeps a takeover apart from an earthquake of the same week: sharing "March 2025" is not a like story', () => {
    const [quakeA, quakeB, takeover] = mainEventsOf({
      'a.txt': ['Earthquake kills dozens in Eastvale province\nA magnitude 6.1 earthquake struck Eastvale province on 3 March 2025.', '2025-03-03'],
      'b.txt': ['Eastvale province quake: rescuers search the rubble\nThe quake that hit Eastvale province on 3 March 2025 left 12 dead.', '2025-03-04'],
      'c.txt': [
        'Brightwell Foods buys the Orchard Lane bakery chain\nBrightwell Foods agreed on 4 March 2025 to acquire the Orchard Lane bakeries, the company said.',
        '2025-03-04',
      ],
    });
    assert.ok(quakeA && takeover);
    assert.equal(quakeB, quakeA);
    assert.notEqual(takeover, quakeA);
  });

  // Look-alikes: the same kind told alike, at another time, elsewhere at the same time, planned vs happened.
  const LOOK_ALIKES: Array<[string, string, string, string, string]> = [
    [
      'two earthquakes in one province months apart',
      'Earthquake shakes Eastvale province\nA strong earthquake struck Eastvale province on 3 March 2025, damaging houses in Eastvale.',
      '2025-03-03',
      'Earthquake shakes Eastvale province\nA strong earthquake struck Eastvale province on 9 October 2025, damaging houses in Eastvale.',
      '2025-10-09',
    ],
    [
      'two fires on one day in two countries',
      'Warehouse fire in Lyon\nA fire destroyed a warehouse in Lyon on 5 May 2025, the fire brigade said.',
      '2025-05-05',
      'Warehouse fire in Porto\nA fire destroyed a warehouse in Porto on 5 May 2025, the fire brigade said.',
      '2025-05-05',
    ],
    [
      'a planned vote and the vote that took place',
      'Harbourview votes on the port plan\nHarbourview residents voted on the port plan on 2 June 2025.',
      '2025-06-02',
      'Harbourview to vote again on the port plan\nHarbourview residents will vote again on the port plan next year, the council said.',
      '2025-06-10',
    ],
  ];
  for (const [name, textA, dayA, textB, dayB] of LOOK_ALIKES) {
    it(`keeps ${name} as two events`, () => {
      const [a, b] = mainEventsOf({ 'a.txt': [textA, dayA], 'b.txt': [textB, dayB] });
      assert.ok(a && b);
      assert.notEqual(a, b);
    });
  }
});

describe('people across articles', () => {
  it('makes a surname alone and the one full name ending with it one participant', () => {
    const idx = index({
      'a.txt': ['Vladimir Poutine a rencontré Donald Trump le 3 mars 2025 à Genève.', '2025-03-04'],
      'b.txt': ['Le Kremlin a indiqué que Poutine rencontrera Trump le 3 mars 2025 à Genève.', '2025-03-02'],
    });
    const ev = idx.events().find((e) => e.date === '2025-03-03');
    assert.ok(ev, JSON.stringify(idx.events().map((e) => e.id)));
    assert.ok(ev.participants.includes('Vladimir Poutine'), ev.participants.join('; '));
    assert.deepEqual([...ev.participants].sort(), ['Donald Trump', 'Vladimir Poutine']);
  });
});
