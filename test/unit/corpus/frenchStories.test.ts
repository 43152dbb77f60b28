/**
 * News beyond the seeds (issue #14): a quake told by three outlets that disagree, and a look-alike quake the
 * same day elsewhere (test/fixtures/quake-fr, our own text); each class of claim with several wordings.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import { buildReport } from '../../../src/core/corpus/report';
import { detect } from '../../../src/core/detect/index';
import { indexOfArticles as index, detectMemo } from './fixtures';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'quake-fr');
/** The count disagreements of a set of articles, each as its sides "file:value". */
const counts = (docs: Record<string, [string, string]>) =>
  index(docs)
    .contradictions()
    .filter((c) => c.attribute === 'count')
    .map((c) => c.sides.map((x) => `${x.file}:${x.value}`).sort());
const measures = (text: string, published = '2026-03-10') =>
  analyseDocument('a.txt', text, detectMemo(text, { published })).mentions.flatMap((m) =>
    (m.measures ?? []).map((x) => [x.attribute, x.value, x.source ?? null]),
  );

describe('French stories: a quake told three ways and a look-alike elsewhere (fixture quake-fr)', () => {
  const files = readdirSync(FIXTURE).filter((f) => f.endsWith('.txt'));
  const docs = Object.fromEntries(files.map((f) => [f, [readFileSync(join(FIXTURE, f), 'utf8'), ''] as [string, string]]));
  const report = buildReport(index(docs));
  const quakes = report.events.filter((e) => e.kind === 'earthquake');
  const filesOf = (e: (typeof quakes)[number]) => [...new Set(e.mentions.map((m) => m.file))].sort();
  const turkey = quakes.find((e) => filesOf(e).includes('agence.txt'))!;
  const disagreements = (attribute: string) =>
    report.contradictions
      .filter((c) => c.event === turkey.id && c.attribute === attribute)
      .map((c) =>
        c.sides
          .map((s) => `${s.file}:${s.value}${s.source ? ` (${s.source})` : ''}`)
          .sort()
          .join(' | '),
      )
      .sort();

  it('groups the three reports of the Turkish quake into one dated, placed event, and keeps the Chilean quake apart', () => {
    assert.deepEqual(filesOf(turkey), ['agence.txt', 'quotidien.txt', 'radio.txt']);
    assert.equal(turkey.date, '2026-03-10');
    const chile = quakes.filter((e) => e !== turkey);
    assert.deepEqual(chile.map(filesOf), [['chili.txt']]);
  });

  it('finds the death tolls that disagree (31 vs 27) and not those given as "au moins"', () => {
    assert.ok(
      disagreements('count').some((d) => d.includes('quotidien.txt:31') && d.includes('radio.txt:27')),
      JSON.stringify(disagreements('count')),
    );
    assert.ok(!disagreements('count').some((d) => d.includes('agence.txt:23')), JSON.stringify(disagreements('count')));
  });

  it('finds the magnitudes that disagree, between outlets and inside one article between two named sources', () => {
    const found = disagreements('magnitude');
    assert.ok(found.includes("quotidien.txt:6.0 (l'institut américain USGS) | quotidien.txt:6.2 (l'AFAD)"), JSON.stringify(found));
    assert.ok(
      found.some((d) => d.includes("agence.txt:6.1 (l'AFAD)") && d.includes("quotidien.txt:6.2 (l'AFAD)")),
      JSON.stringify(found),
    );
  });

  it('finds the epicentre placed north of Van by one outlet and south by another', () => {
    assert.deepEqual(disagreements('direction'), ['agence.txt:north | quotidien.txt:south']);
  });

  it('finds the clock times in universal time agreeing, not set against a local time', () => {
    assert.ok(!report.contradictions.some((c) => c.event === turkey.id && c.attribute === 'time'), JSON.stringify(report.contradictions));
  });
});

describe('French stories: classes of claim', () => {
  it('places an event "dans l’est de la Turquie", "dans le nord du Chili", "in northern Chile", "in the south of France"', () => {
    const placeOf = (text: string) => analyseDocument('a.txt', text, detectMemo(text, { published: '2026-03-10' })).mentions.map((m) => m.place?.id ?? null);
    assert.ok(placeOf('Un séisme a frappé mardi une ville de province, dans l’est de la Turquie.').includes('turkey'));
    assert.ok(placeOf('Un incendie a détruit mardi une usine dans le nord du Chili.').includes('chile'));
    assert.ok(placeOf('An earthquake struck a mining town in northern Chile on Tuesday.').includes('chile'));
    assert.ok(placeOf('A fire destroyed a warehouse in the south of France on Tuesday.').includes('france'));
  });

  it('reads a magnitude for each source an article names, in French and English', () => {
    assert.deepEqual(
      measures('Le séisme, de magnitude 6,0 selon l’USGS, 6,2 selon l’AFAD, a frappé la Turquie mardi.').filter((m) => m[0] === 'magnitude'),
      [
        ['magnitude', 6, 'l’USGS'],
        ['magnitude', 6.2, 'l’AFAD'],
      ],
    );
    assert.deepEqual(
      measures('Un séisme de magnitude 5,8 d’après l’institut chilien et de 6,1 selon l’USGS a frappé le Chili mardi.').filter((m) => m[0] === 'magnitude'),
      [
        ['magnitude', 5.8, 'l’institut chilien'],
        ['magnitude', 6.1, 'l’USGS'],
      ],
    );
    assert.deepEqual(
      measures('The earthquake, of magnitude 6.0 according to the USGS, 6.2 according to AFAD, struck Turkey on Tuesday.').filter((m) => m[0] === 'magnitude'),
      [
        ['magnitude', 6, 'the USGS'],
        ['magnitude', 6.2, 'AFAD'],
      ],
    );
    // A later magnitude in another sentence with no source of its own is another quake's (a past one).
    assert.deepEqual(
      measures('Un séisme de magnitude 6,1 a frappé la Turquie mardi. En 2011, un séisme de magnitude 7,1 avait fait 600 morts.').filter(
        (m) => m[0] === 'magnitude',
      ),
      [['magnitude', 6.1, null]],
    );
  });

  it('keeps "6,0" a tenth apart from "6,1" while "magnitude 6" stays rough', () => {
    const idx = index({
      'a.txt': ['Un séisme de magnitude 6,0 a frappé la Turquie mardi 10 mars 2026, faisant 12 morts.', '2026-03-10'],
      'b.txt': ['Un séisme de magnitude 6,1 a frappé la Turquie mardi 10 mars 2026, faisant 12 morts.', '2026-03-10'],
      'c.txt': ['Un séisme de magnitude 6 a frappé la Turquie mardi 10 mars 2026, faisant 12 morts.', '2026-03-10'],
    });
    const c = idx.contradictions().filter((x) => x.attribute === 'magnitude');
    assert.deepEqual(
      c.map((x) => x.sides.map((s) => `${s.file}:${s.value}`).sort()),
      [['a.txt:6.0', 'b.txt:6.1']],
    );
  });

  it('reads a clock time in universal time without "à": "4h17 GMT", "(0417 GMT)", "04:17 UTC"', () => {
    for (const text of [
      'Un séisme a frappé la Turquie mardi 4h17 GMT, faisant 10 morts.',
      'Un séisme a frappé la Turquie mardi (0417 GMT), faisant 10 morts.',
      'An earthquake struck Turkey on Tuesday at 0417 GMT, killing 10.',
      'An earthquake struck Turkey on Tuesday, 04:17 UTC, killing 10.',
    ])
      assert.deepEqual(
        measures(text).filter((m) => m[0] === 'time'),
        [['time', 257, null]],
        text,
      );
    // A year or a score is no time.
    assert.deepEqual(
      measures('Un séisme a frappé la Turquie en 2017, faisant 10 morts.').filter((m) => m[0] === 'time'),
      [],
    );
  });

  it('ends a clock time’s text on its last word, with or without a zone after it', () => {
    const texts = (text: string) =>
      analyseDocument('a.txt', text, detectMemo(text, { published: '2026-03-10' })).mentions.flatMap((m) =>
        (m.measures ?? []).filter((x) => x.attribute === 'time').map((x) => x.text),
      );
    assert.deepEqual(texts('An earthquake struck Turkey on Tuesday at 04:17 UTC and killed 10.'), ['at 04:17 UTC']);
    assert.deepEqual(texts('Un séisme a frappé la Turquie mardi à 4h17 GMT puis une réplique.'), ['à 4h17 GMT']);
    assert.deepEqual(texts('Un séisme a frappé la Turquie mardi à 6h17 (heure locale) et tué 10 personnes.'), ['à 6h17 (heure locale)']);
    assert.deepEqual(texts('Un séisme a frappé la Turquie mardi vers 6h30 heure locale et tué 10 personnes.'), ['vers 6h30 heure locale']);
  });
});

describe('French stories: verdicts', () => {
  it('ties a prison sentence to the defendant named before it, so an accomplice’s is not compared with it', () => {
    const idx = index({
      'a.txt': [
        'Le tribunal de Nantes a condamné mardi 14 avril 2026 Paul Ferrand à 18 ans de réclusion criminelle pour le meurtre de son associé. Son complice, Marc Vidal, a été condamné à six ans de prison.',
        '2026-04-15',
      ],
      'b.txt': [
        'La cour d’assises a condamné mardi 14 avril 2026 à Nantes Paul Ferrand à 20 ans de réclusion criminelle pour le meurtre de son associé.',
        '2026-04-15',
      ],
    });
    const c = idx.contradictions().filter((x) => x.attribute === 'penalty');
    assert.deepEqual(
      c.map((x) => x.sides.map((s) => `${s.file}:${s.value}`).sort()),
      [['a.txt:P18Y', 'b.txt:P20Y']],
    );
  });

  it('compares sentences given in English to the same defendant', () => {
    const idx = index({
      'a.txt': ['A court in Leeds sentenced John Carver to eight years in prison on Tuesday 14 April 2026 for the killing of a shopkeeper.', '2026-04-15'],
      'b.txt': ['On Tuesday 14 April 2026 a Leeds court sentenced John Carver to ten years in prison for the killing of a shopkeeper.', '2026-04-15'],
    });
    const c = idx.contradictions().filter((x) => x.attribute === 'penalty');
    assert.deepEqual(
      c.map((x) => x.sides.map((s) => `${s.file}:${s.value}`).sort()),
      [['a.txt:P8Y', 'b.txt:P10Y']],
    );
  });

  it('never makes a trial and a quake the same day one event, however few articles tell their words apart', () => {
    const report = buildReport(
      index({
        'a.txt': [
          " date 2026-04-15\nMeurtre d'un commerçant à Villeurbanne : 18 ans de réclusion pour l'accusé\n\nLe tribunal de Lyon a condamné mardi Karim Bensaïd à 18 ans de réclusion criminelle pour le meurtre d'un commerçant de Villeurbanne en 2023, a-t-on appris auprès du parquet. Son complice, Julien Marchal, a été condamné à six ans de prison.",
          '',
        ],
        'b.txt': [
          " date 2026-04-15\nProcès du meurtre de Villeurbanne : Karim Bensaïd condamné à 20 ans\n\nLa cour d'assises du Rhône a condamné mardi à Lyon Karim Bensaïd à 20 ans de réclusion criminelle pour le meurtre d'un commerçant de Villeurbanne. L'avocat général avait requis 25 ans.",
          '',
        ],
        'c.txt': [' date 2026-04-15\nSéisme en Turquie\n\nUn séisme a frappé mardi la province de Van, faisant au moins 12 morts, selon les pompiers.', ''],
      }),
    );
    const withQuake = report.events.filter((e) => e.mentions.some((m) => m.file === 'c.txt'));
    assert.ok(withQuake.length > 0);
    for (const e of withQuake) assert.deepEqual([...new Set(e.mentions.map((m) => m.file))], ['c.txt'], `${e.kind}: ${e.title}`);
  });
});

describe('French stories: a town the gazetteer does not know, in a country it knows', () => {
  const greece1 =
    ' date 2026-05-06\nCollision entre deux trains près de Kalambria : au moins 12 morts\n\nDeux trains sont entrés en collision mardi soir près de Kalambria, dans le nord de la Grèce, faisant au moins 12 morts et 40 blessés, selon les pompiers. L’accident s’est produit vers 23h20 heure locale. Le train de passagers roulait à 140 km/h au moment du choc, selon la compagnie ferroviaire.';
  const greece2 =
    ' date 2026-05-07\nGrèce : le bilan de la collision ferroviaire s’alourdit à 19 morts\n\nLe bilan de la collision entre un train de passagers et un train de marchandises, survenue mardi près de Kalambria, s’élève désormais à 19 morts, a indiqué le ministère grec de la Protection civile. Le train roulait à 160 km/h.';
  const italy =
    ' date 2026-05-06\nItalie : collision entre deux trains régionaux près de Castelvetro\n\nDeux trains régionaux sont entrés en collision mardi près de Castelvetro, dans le sud de l’Italie, faisant 3 morts, selon la protection civile italienne.';

  it('keeps a crash in Greece and one in Italy the same day apart, each with its headline, and finds the speeds that disagree', () => {
    const report = buildReport(index({ 'a.txt': [greece1, ''], 'b.txt': [greece2, ''], 'c.txt': [italy, ''] }));
    const filesOf = (e: (typeof report.events)[number]) => [...new Set(e.mentions.map((m) => m.file))].sort().join(',');
    assert.deepEqual(
      report.events
        .filter((e) => e.kind === 'accident')
        .map(filesOf)
        .sort(),
      ['a.txt,b.txt', 'c.txt'],
    );
    const speed = report.contradictions.filter((c) => c.attribute === 'speed').map((c) => c.sides.map((s) => `${s.file}:${s.value}`).sort());
    assert.deepEqual(speed, [['a.txt:140 km/h', 'b.txt:160 km/h']]);
  });

  it('places the event in the known country, headline included, in French and English', () => {
    const placesOf = (text: string) =>
      analyseDocument('a.txt', text, detectMemo(text, { published: '2026-05-06' }))
        .mentions.filter((m) => !m.support)
        .map((m) => m.place?.id ?? null);
    assert.deepEqual(placesOf(italy).filter(Boolean), ['italy', 'italy']);
    const english = 'Train crash near Kalamburg\n\nTwo trains collided on Tuesday near Kalamburg, in northern Greece, killing 12 people.';
    assert.ok(
      placesOf(english)
        .filter(Boolean)
        .every((p) => p === 'greece'),
      JSON.stringify(placesOf(english)),
    );
  });
});

describe('French stories: what a quake sets off', () => {
  const kinds = (text: string) =>
    buildReport(index({ 'a.txt': [text, '2026-03-10'] }))
      .events.map((e) => e.kind)
      .sort();

  it('takes landslides in a quake article for the quake, in French and English', () => {
    assert.deepEqual(kinds('Un séisme a frappé mardi l’est de la Turquie. Des glissements de terrain ont bloqué plusieurs routes.'), ['earthquake']);
    assert.deepEqual(kinds('Un séisme a frappé mardi l’est de la Turquie, provoquant un glissement de terrain.'), ['earthquake']);
    assert.deepEqual(kinds('An earthquake struck eastern Turkey on Tuesday. Landslides blocked several roads.'), ['earthquake']);
  });

  it('keeps landslides dated apart an event of their own', () => {
    assert.deepEqual(kinds('Un séisme a frappé mardi l’est de la Turquie. Le 2 février, des glissements de terrain avaient déjà frappé la région.'), [
      'earthquake',
      'flood',
    ]);
  });
});

describe('French stories: the people on board', () => {
  it('compares the people on board two outlets give, in a sentence with no event word, in French and English', () => {
    assert.deepEqual(
      counts({
        'a.txt': ['Deux trains sont entrés en collision lundi 20 juillet 2026 près de Larissa, en Grèce. Le train transportait 250 personnes.', '2026-07-21'],
        'b.txt': ['Collision de trains lundi 20 juillet 2026 près de Larissa, en Grèce. Il y avait 350 passagers à bord.', '2026-07-21'],
      }),
      [['a.txt:250', 'b.txt:350']],
    );
    assert.deepEqual(
      counts({
        'a.txt': ['Two trains collided near Larissa, Greece, on Monday 20 July 2026. The train was carrying 250 people.', '2026-07-21'],
        'b.txt': ['A train collision near Larissa, Greece, on Monday 20 July 2026. There were 350 passengers on board.', '2026-07-21'],
      }),
      [['a.txt:250', 'b.txt:350']],
    );
  });

  it('never sets the people on board against the dead', () => {
    assert.deepEqual(
      counts({
        'a.txt': ['Deux trains sont entrés en collision lundi 20 juillet 2026 près de Larissa, en Grèce. Le train transportait 250 personnes.', '2026-07-21'],
        'b.txt': ['Collision de trains lundi 20 juillet 2026 près de Larissa, en Grèce. Au total, 43 personnes ont été tuées.', '2026-07-21'],
      }),
      [],
    );
  });
});

describe('French stories: a fire that broke out', () => {
  it('dates and places a fire that "s’est déclaré lundi près de X", a statement’s day aside', () => {
    const of = (text: string) => {
      const m = analyseDocument('a.txt', text, detectMemo(text, { published: '2026-07-21' })).mentions.find((x) => x.kind === 'fire' && !x.support)!;
      return [m.date?.day ?? null, m.place?.id ?? null];
    };
    assert.deepEqual(of('Un incendie s’est déclaré lundi près de Gonfaron.'), ['2026-07-20', 'gonfaron']);
    assert.deepEqual(of('Un violent incendie s’est déclaré dimanche soir près de Brignoles, au nord de la forêt.'), ['2026-07-19', 'brignoles']);
    assert.deepEqual(of('Le feu s’est déclaré lundi près de Gonfaron.'), ['2026-07-20', 'gonfaron']);
    assert.deepEqual(of('Le sinistre s’est déclaré lundi près de Gonfaron.'), ['2026-07-20', 'gonfaron']);
    // The day a statement was made is not the fire's.
    assert.deepEqual(of('L’incendie a été fixé, a déclaré lundi le préfet.')[0], null);
  });

  it('compares the firefighters two outlets count, whatever each calls them, in French and English', () => {
    assert.deepEqual(
      counts({
        'a.txt': ['Un incendie s’est déclaré lundi 20 juillet 2026 près de Gonfaron. Quelque 500 sapeurs-pompiers sont mobilisés.', '2026-07-21'],
        'b.txt': ['L’incendie de Gonfaron, parti lundi 20 juillet 2026, n’est pas fixé. Plus de 800 pompiers luttent contre les flammes.', '2026-07-21'],
      }),
      [['a.txt:500', 'b.txt:800']],
    );
    assert.deepEqual(
      counts({
        'a.txt': ['A wildfire broke out near Kalamburg on Monday 20 July 2026. Some 300 firefighters were battling the blaze.', '2026-07-21'],
        'b.txt': ['The Kalamburg wildfire started on Monday 20 July 2026. More than 600 firemen have been deployed.', '2026-07-21'],
      }),
      [['a.txt:300', 'b.txt:600']],
    );
  });

  it('takes no person for the town after "près de" or "near" beside a speech verb', () => {
    assert.deepEqual(detect('Un incendie s’est déclaré lundi près de Gonfaron.').people, []);
    assert.deepEqual(detect('The fire broke out on Monday near Kalamburg, officials said.').people, []);
  });
});
