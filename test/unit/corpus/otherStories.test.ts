/**
 * News beyond quakes (issue #14): verdicts, acquisitions, train crashes, fires and a quake's tsunami, on small
 * texts of our own. Each test pins a class of error the report made on such stories.
 */
import { strict as assert } from 'node:assert';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import { buildReport } from '../../../src/core/corpus/report';
import { indexOfArticles as index, detectMemo } from './fixtures';

const counts = (text: string, published = '2026-05-20') =>
  analyseDocument('a.txt', text, detectMemo(text, { published })).mentions.flatMap((m) => m.counts.map((c) => [c.text, c.value, c.qualifier]));
/** The report's events, each as its kind and its files. */
const eventsOf = (docs: Record<string, [string, string]>) =>
  buildReport(index(docs))
    .events.map((e) => `${e.kind}: ${[...new Set(e.mentions.filter((m) => !m.support).map((m) => m.file))].sort().join(' ')}`)
    .filter((e) => !e.endsWith(': '))
    .sort();

describe('Other stories: figures', () => {
  it('reads no count in the decimals of a figure: "magnitude 7,2 provoque", "$4.2 billion"', () => {
    assert.deepEqual(counts('Un séisme de magnitude 7,2 provoque un tsunami sur la côte.'), []);
    assert.deepEqual(counts('The group agreed to buy its rival for $4.2 billion people said.', '2026-09-14'), []);
    assert.deepEqual(
      counts('Un séisme de magnitude 6,4 a fait 12 morts.').map((c) => c[1]),
      [12],
    );
  });

  it('reads "une cinquantaine", "une quarantaine", "une soixantaine" as about 50, 40, 60', () => {
    assert.deepEqual(counts('La collision a fait une cinquantaine de blessés mardi.'), [['une cinquantaine de blessés', 50, 'about']]);
    assert.deepEqual(counts('Le déraillement a fait une quarantaine de blessés.'), [['une quarantaine de blessés', 40, 'about']]);
    assert.deepEqual(counts('Une soixantaine de pompiers luttent contre l’incendie.'), [['Une soixantaine de pompiers', 60, 'about']]);
  });

  it('finds "une cinquantaine de blessés" against "80 blessés" in two reports of one crash', () => {
    const idx = index({
      'a.txt': ['Deux trains sont entrés en collision mardi près de Munich, faisant une cinquantaine de blessés.', '2026-05-20'],
      'b.txt': ['La collision entre deux trains survenue mardi près de Munich a fait 80 blessés.', '2026-05-20'],
    });
    const found = idx
      .contradictions()
      .filter((c) => c.attribute === 'count')
      .map((c) => c.sides.map((s) => `${s.file}:${s.value}`).sort());
    assert.deepEqual(found, [['a.txt:50', 'b.txt:80']]);
  });
});

describe('Other stories: a quake and its tsunami', () => {
  it('joins the flooding of the tsunami to the quake, with the toll told after it', () => {
    const text =
      'Un séisme de magnitude 7,1 a frappé mardi la côte du Japon, provoquant un tsunami. Le tsunami a inondé plusieurs ports. Au moins quatre personnes ont été tuées.';
    const a = analyseDocument('a.txt', text, detectMemo(text, { published: '2026-02-03' }));
    assert.deepEqual(
      a.mentions.filter((m) => !m.support).map((m) => m.kind),
      a.mentions.filter((m) => !m.support).map(() => 'earthquake'),
    );
    assert.ok(a.mentions.some((m) => m.counts.some((c) => c.value === 4)));
    assert.deepEqual(eventsOf({ 'a.txt': [text, '2026-02-03'] }), ['earthquake: a.txt']);
  });

  it('keeps a flood an event of its own in a flood story that recalls an earlier quake', () => {
    const text = 'Des inondations ont coupé mardi plusieurs villages de la vallée. La région se remettait à peine du séisme de 2023.';
    const a = analyseDocument('a.txt', text, detectMemo(text, { published: '2026-02-03' }));
    assert.ok(
      a.mentions.some((m) => m.kind === 'flood' && !m.support),
      JSON.stringify(a.mentions.map((m) => [m.text, m.kind])),
    );
  });
});

describe('Other stories: look-alikes told apart by who', () => {
  it('keeps two verdicts of the same day apart when they sentence different people', () => {
    const events = eventsOf({
      'a.txt': [
        'Le tribunal correctionnel a condamné mercredi l’ancien maire Gérard Lemoine à huit ans de prison pour corruption. Son avocat va faire appel.',
        '2026-04-15',
      ],
      'b.txt': [
        'L’ancien maire Gérard Lemoine a été condamné mercredi à dix ans de prison pour corruption par le tribunal correctionnel. Il va faire appel.',
        '2026-04-15',
      ],
      'c.txt': [
        'Le tribunal correctionnel a condamné mercredi l’ancien député Marc Fabre à deux ans de prison pour fraude. Son avocat va faire appel.',
        '2026-04-15',
      ],
    });
    assert.ok(events.includes('verdict: a.txt b.txt'), JSON.stringify(events));
    assert.ok(events.includes('verdict: c.txt'), JSON.stringify(events));
  });

  it('keeps two acquisitions of the same day apart when different companies buy', () => {
    const events = eventsOf({
      'a.txt': ['Northwind Systems said on Monday it had agreed to acquire Calder Robotics for $4 billion in cash.', '2026-09-14'],
      'b.txt': ['Northwind Systems agreed on Monday to acquire the robot maker Calder Robotics, the companies said.', '2026-09-14'],
      'c.txt': ['Halberg Foods said on Monday it had agreed to acquire the snack maker Pinecrest for $900 million.', '2026-09-14'],
    });
    assert.ok(events.includes('acquisition: a.txt b.txt'), JSON.stringify(events));
    assert.ok(events.includes('acquisition: c.txt'), JSON.stringify(events));
  });
});

describe('Other stories: a figure for another subject', () => {
  const countSides = (docs: Record<string, [string, string]>) =>
    index(docs)
      .contradictions()
      .filter((c) => c.attribute === 'count')
      .map((c) => c.sides.map((s) => `${s.file}:${s.text}`).sort());

  it('does not set the firefighters injured against the firefighters sent', () => {
    const found = countSides({
      'a.txt': ['Un incendie a parcouru mardi 800 hectares dans le Var. Sept pompiers ont été légèrement blessés.', '2026-07-28'],
      'b.txt': ['Un incendie a parcouru mardi 800 hectares dans le Var. Environ 600 pompiers luttaient contre les flammes.', '2026-07-28'],
    });
    assert.deepEqual(found, []);
  });

  it('makes the injured of "sept pompiers ont été légèrement blessés" the fire’s toll, not an event of their own', () => {
    const text = 'Un incendie a parcouru mardi 800 hectares dans le Var. Sept pompiers ont été légèrement blessés.';
    assert.deepEqual(eventsOf({ 'a.txt': [text, '2026-07-28'] }), ['fire: a.txt']);
  });

  it('compares a burnt area once, as an area, not again as a count of hectares', () => {
    const idx = index({
      'a.txt': ['Un incendie a parcouru mardi 1 200 hectares de forêt dans le Var, selon la préfecture.', '2026-07-28'],
      'b.txt': ['Un incendie a brûlé mardi 1 500 hectares de forêt dans le Var, selon les pompiers.', '2026-07-28'],
    });
    assert.deepEqual(
      idx
        .contradictions()
        .map((c) => c.attribute)
        .sort(),
      ['area'],
    );
  });
});

describe('Other stories: sources', () => {
  it('names no source cut short by a long sentence’s snippet ("selon le pa")', () => {
    const long = (years: string) =>
      `L’ancien maire de la commune, Gérard Lemoine, a été condamné mercredi soir à ${years} ans de prison ferme par le tribunal correctionnel pour corruption, favoritisme et détournement de fonds publics entre 2015 et 2021, a-t-on appris auprès du parquet.`;
    assert.ok(long('huit').length > 240);
    const idx = index({ 'a.txt': [long('huit'), '2026-04-15'], 'b.txt': [long('dix'), '2026-04-15'] });
    const sources = idx
      .contradictions()
      .flatMap((c) => c.sides.map((s) => s.source))
      .filter((s) => s !== undefined);
    assert.ok(
      sources.every((s) => s === 'le parquet'),
      JSON.stringify(sources),
    );
  });
});

describe('Other stories: who announced it', () => {
  const kinds = (text: string) =>
    analyseDocument('a.txt', text, detectMemo(text, { published: '2026-05-20' }))
      .mentions.filter((m) => !m.support)
      .map((m) => m.kind);

  it('makes "…, a annoncé la police" and "…, police announced" a word of the event they report, not an announcement', () => {
    assert.ok(!kinds('Le bilan de la collision entre deux trains s’est alourdi à 11 morts, a annoncé la police bavaroise.').includes('announcement'));
    assert.ok(!kinds('Un train a déraillé mercredi près de Milan, faisant deux morts, ont annoncé les pompiers.').includes('announcement'));
    assert.ok(!kinds('A fire destroyed a warehouse near the port on Tuesday, police announced.').includes('announcement'));
  });

  it('keeps an announcement that has its own object', () => {
    assert.ok(kinds('Après le verdict, son avocate a annoncé qu’elle allait faire appel.').includes('announcement'));
    assert.ok(kinds('The company announced a new logo for its stores on Monday.').includes('announcement'));
  });
});

describe('Other stories: words that are no event here', () => {
  const kinds = (text: string) =>
    analyseDocument('a.txt', text, detectMemo(text, { published: '2026-10-05' }))
      .mentions.filter((m) => !m.support)
      .map((m) => `${m.text}:${m.kind}`);

  it('reads no attack in "l’attaquant lyonnais" and no election in "l’ancien élu", "les élus locaux"', () => {
    assert.deepEqual(kinds('Lyon a battu Marseille dimanche. L’attaquant lyonnais a inscrit un doublé.'), ['battu:sports']);
    assert.deepEqual(kinds('Selon l’accusation, l’ancien élu a perçu des pots-de-vin. Les élus locaux ont réagi.'), []);
    // The verb stays an event.
    assert.deepEqual(kinds('Les électeurs ont élu dimanche un nouveau maire.'), ['élu:election']);
    assert.deepEqual(kinds('Des hommes armés ont attaqué un poste de police.'), ['attaqué:attack']);
  });

  it('reads "selon le jugement" as who tells the facts, not a second verdict dated by them', () => {
    assert.deepEqual(kinds('Selon le jugement, l’accusé a perçu deux millions d’euros entre 2015 et 2021.'), []);
    assert.deepEqual(kinds('Le jugement sera rendu mardi.'), ['jugement:verdict']);
  });
});

describe('Other stories: the firefighters sent, far from the fire word', () => {
  it('gives "Quelque 800 pompiers étaient mobilisés … contre les flammes" to the fire', () => {
    const text = 'Un incendie a parcouru 1 200 hectares mardi dans le Var. Quelque 800 pompiers étaient mobilisés mardi soir pour lutter contre les flammes.';
    assert.deepEqual(
      counts(text, '2026-07-28').filter((c) => c[1] === 800),
      [['Quelque 800 pompiers', 800, 'about']],
    );
  });
});

describe('Other stories: a court’s seat', () => {
  const placeOf = (text: string) => analyseDocument('a.txt', text, detectMemo(text, { published: '2026-04-15' })).mentions.map((m) => m.place?.id ?? null);

  it('places a verdict at the seat of its court: "le tribunal correctionnel de Rennes", "la cour d’appel de Lyon"', () => {
    assert.ok(placeOf('L’ancien maire a été condamné mercredi à huit ans de prison ferme par le tribunal correctionnel de Rennes.').includes('rennes'));
    assert.ok(placeOf('Le chauffeur a été condamné mardi à deux ans de prison par la cour d’appel de Lyon pour homicide.').includes('lyon'));
  });

  it('does not place an event at a station named after another city ("la gare de Lyon")', () => {
    assert.ok(!placeOf('Un incendie s’est déclaré mardi dans un commerce près de la gare de Lyon.').includes('lyon'));
  });
});

describe('Other stories: an election and its look-alike', () => {
  const portugal1 =
    ' date 2026-06-08\nPrésidentielle au Portugal : Ana Ribeiro élue avec 52,4 % des voix\n\nLa candidate socialiste Ana Ribeiro a remporté dimanche le second tour de l’élection présidentielle avec 52,4 % des voix, selon les résultats officiels.';
  const portugal2 =
    ' date 2026-06-08\nVictoire d’Ana Ribeiro à la présidentielle\n\nAna Ribeiro a été élue dimanche présidente avec 51,9 % des suffrages. Son adversaire Rui Costa a reconnu sa défaite.';
  const croatia =
    ' date 2026-06-08\nLégislatives en Croatie : les conservateurs en tête\n\nLes conservateurs sont arrivés en tête dimanche des élections législatives avec 34 % des voix, selon des résultats partiels.';

  it('reads "a remporté … des voix", "victoire", "défaite" in an election story as the election, not a match', () => {
    const kinds = (text: string) => analyseDocument('a.txt', text, detectMemo(text, {})).mentions.map((m) => m.kind);
    assert.ok(!kinds(portugal1).includes('sports'), JSON.stringify(kinds(portugal1)));
    assert.ok(!kinds(portugal2).includes('sports'), JSON.stringify(kinds(portugal2)));
    // A match stays a match.
    assert.ok(kinds(' date 2026-10-05\nLyon a battu Marseille 3-1 dimanche lors de la 8e journée.').includes('sports'));
  });

  it('dates the headline’s placed election with its lead’s day, so that one story is one event and the other country’s vote another', () => {
    const events = eventsOf({ 'a.txt': [portugal1, ''], 'b.txt': [portugal2, ''], 'c.txt': [croatia, ''] });
    assert.deepEqual(events, ['election: a.txt b.txt', 'election: c.txt']);
  });
});

describe('Other stories: a takeover told as a deal', () => {
  it('makes "the deal" and "announced the acquisition" words of the takeover, one event per takeover', () => {
    const events = eventsOf({
      'a.txt': [
        'Northwind Systems said on Monday it had agreed to acquire Calder Robotics for $4 billion in cash. The deal is expected to close in 2027.',
        '2026-09-14',
      ],
      'b.txt': ['Northwind Systems announced on Monday the acquisition of Calder Robotics in a deal worth $4 billion, the companies said.', '2026-09-14'],
    });
    assert.deepEqual(events, ['acquisition: a.txt b.txt']);
  });

  it('keeps a treaty an agreement, and an announcement of no takeover an announcement', () => {
    const kinds = (text: string) =>
      analyseDocument('a.txt', text, detectMemo(text, { published: '2026-09-14' }))
        .mentions.filter((m) => !m.support)
        .map((m) => m.kind);
    assert.ok(kinds('The bank agreed to buy its rival. The two countries signed a peace treaty on Monday.').includes('agreement'));
    assert.ok(kinds('The bank agreed to buy its rival. Separately, the bank announced a new chief executive.').includes('announcement'));
  });
});

describe('Other stories: the crime charged', () => {
  it('gives the day of "acquitted of manslaughter on Wednesday" to the acquittal, not to the death charged', () => {
    const text = 'A Bristol doctor was acquitted of manslaughter on Wednesday over the death of a patient in 2023.';
    const a = analyseDocument('a.txt', text, detectMemo(text, { published: '2026-03-04' }));
    const dayOf = (kind: string) => a.mentions.filter((m) => m.kind === kind && !m.support).map((m) => m.date?.day ?? m.date?.approx ?? null);
    assert.deepEqual(dayOf('verdict'), ['2026-03-04']);
    assert.ok(!dayOf('death').includes('2026-03-04'), JSON.stringify(dayOf('death')));
  });

  it('leaves a crime with its determiner its own day ("arrested on Monday for the murder")', () => {
    const text = 'Police arrested a man on Monday for the murder of a shopkeeper.';
    const a = analyseDocument('a.txt', text, detectMemo(text, { published: '2026-03-04' }));
    assert.ok(a.mentions.some((m) => m.kind === 'arrest' && m.date?.day === '2026-03-02'));
  });
});

describe('Other stories: "Monday’s collision"', () => {
  it('dates the collision with its possessive day, not with the day its toll rose', () => {
    const text = 'The death toll from Monday’s train collision in Odisha rose to 52 on Tuesday, officials said.';
    const a = analyseDocument('a.txt', text, detectMemo(text, { published: '2026-01-21' }));
    const collision = a.mentions.find((m) => m.text === 'collision')!;
    assert.equal(collision.date?.day, '2026-01-19');
  });

  it('finds no date disagreement between "Monday evening" and "Monday’s collision … rose on Tuesday"', () => {
    const idx = index({
      'a.txt': ['A passenger train collided with a freight train in Odisha on Monday evening, killing at least 40 people.', '2026-01-20'],
      'b.txt': ['The death toll from Monday’s collision between a passenger train and a freight train in Odisha rose to 52 on Tuesday.', '2026-01-21'],
    });
    assert.deepEqual(
      idx.contradictions().filter((c) => c.attribute === 'date'),
      [],
    );
  });
});

describe('Other stories: a wildfire and its look-alike abroad', () => {
  const california =
    'Wildfire forces 5,000 to flee in southern California\n\nA fast-moving wildfire has burned more than 8,000 acres on Tuesday, fire officials said. Two firefighters suffered minor injuries, officials said.';
  const california2 =
    'A wildfire burning near Santa Clarita grew to 11,000 acres on Tuesday, fire officials said. About 900 firefighters were fighting the blaze.';
  const greece =
    'A wildfire swept through pine forests near Athens on Tuesday, forcing the evacuation of several villages. About 300 firefighters were fighting the flames.';

  it('makes "forces 5,000 to flee", "fighting the flames" and "suffered minor injuries" words of the fire', () => {
    const kinds = (text: string) =>
      analyseDocument('a.txt', text, detectMemo(text, { published: '2026-08-11' }))
        .mentions.filter((m) => !m.support)
        .map((m) => m.kind);
    assert.deepEqual([...new Set(kinds(california))], ['fire']);
    assert.deepEqual([...new Set(kinds(greece))], ['fire']);
  });

  it('keeps the Californian fire apart from the Greek one the same day, and sets no injured firefighters against those sent', () => {
    const docs: Record<string, [string, string]> = {
      'a.txt': [california, '2026-08-11'],
      'b.txt': [california2, '2026-08-11'],
      'c.txt': [greece, '2026-08-11'],
    };
    assert.deepEqual(eventsOf(docs), ['fire: a.txt b.txt', 'fire: c.txt']);
    assert.deepEqual(
      index(docs)
        .contradictions()
        .filter((c) => c.attribute === 'count'),
      [],
    );
  });
});

describe('Other stories: English figures', () => {
  it('reads "1,200 firefighters" as 1200 (not 200), and "10 percent" as no count', () => {
    const found = counts('More than 1,200 firefighters were battling the wildfire, which was 10 percent contained.', '2026-08-11');
    assert.deepEqual(found, [['More than 1,200 firefighters', 1200, 'more-than']]);
  });

  it('finds "more than 1,200 firefighters" against "about 900 firefighters" in two reports of one fire', () => {
    const idx = index({
      'a.txt': ['A wildfire burned 8,000 acres near Santa Clarita on Tuesday. More than 1,200 firefighters were battling the blaze.', '2026-08-11'],
      'b.txt': ['A wildfire near Santa Clarita grew to 11,000 acres on Tuesday. About 900 firefighters were assigned to the fire.', '2026-08-11'],
    });
    const found = idx
      .contradictions()
      .filter((c) => c.attribute === 'count')
      .map((c) => c.sides.map((s) => `${s.file}:${s.text}`).sort());
    assert.deepEqual(found, [['a.txt:More than 1,200 firefighters', 'b.txt:About 900 firefighters']]);
  });
});
