import { strict as assert } from 'node:assert';
import { indexOfArticles as index } from './fixtures';
import { buildReport, renderMarkdown } from '../../../src/core/corpus/report';
import type { Contradiction } from '../../../src/core/model';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import { detectMemo } from './fixtures';

// Small article pairs written for these tests: two agencies telling the same quake, crash, fire or verdict
// with different figures. Places are invented (Valdore, Brenmoor) so no gazetteer decides for us.

/** The disagreements of a corpus as attribute -> sides [file, value, qualifier, outlet, source], sides sorted. */
function disagreements(docs: Record<string, [string, string]>): Map<string, Array<Array<string | undefined>>> {
  const report = buildReport(index(docs));
  const out = new Map<string, Array<Array<string | undefined>>>();
  for (const c of report.contradictions as Contradiction[]) {
    const key = out.has(c.attribute) ? `${c.attribute}#${[...out.keys()].filter((k) => k.startsWith(c.attribute)).length}` : c.attribute;
    out.set(
      key,
      c.sides.map((s) => [s.file, s.value, s.qualifier, s.outlet, s.source]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  }
  return out;
}

const QUAKE_AFP = `Séisme dans la province de Valdore : au moins 12 morts
VALDORE, 3 mars 2025 (AFP) - Un violent séisme de magnitude 6,8 a frappé lundi la province de Valdore, faisant 12 morts et une trentaine de blessés, selon la protection civile.
La secousse s'est produite à 4 h 17 heure locale, l'épicentre étant situé à 30 km au nord de Valdore, à une profondeur de 10 km.
Des dizaines de personnes sont portées disparues et 300 habitants ont été évacués.`;

const QUAKE_REUTERS = `Valdore : le tremblement de terre a fait 15 morts
VALDORE, 3 mars 2025 (Reuters) - Le tremblement de terre, de 6,9 sur l'échelle de Richter, a frappé lundi la province de Valdore et fait 15 morts et plus d'une centaine de blessés, selon le ministère de l'Intérieur.
Le séisme s'est produit vers 4 h 30, avec un épicentre à 25 km au sud-est de Valdore.
Cinq personnes sont portées disparues et 300 habitants ont été évacués.`;

describe('news claims: magnitudes, times, bearings, sentences, speeds and tolls compared across agencies', () => {
  it('groups two agencies’ reports of one quake and finds each figure they disagree on, with both sides, outlets and sources', () => {
    const found = disagreements({ 'afp.txt': [QUAKE_AFP, '2025-03-03'], 'reuters.txt': [QUAKE_REUTERS, '2025-03-03'] });
    const report = buildReport(index({ 'afp.txt': [QUAKE_AFP, '2025-03-03'], 'reuters.txt': [QUAKE_REUTERS, '2025-03-03'] }));
    const quakes = report.events.filter((e) => e.kind === 'earthquake');
    assert.equal(quakes.length, 1, JSON.stringify(report.events.map((e) => [e.id, e.kind])));
    assert.deepEqual(found.get('magnitude'), [
      ['afp.txt', '6.8', 'exact', 'AFP', 'la protection civile'],
      ['reuters.txt', '6.9', 'exact', 'Reuters', "le ministère de l'Intérieur"],
    ]);
    assert.deepEqual(found.get('time'), [
      ['afp.txt', '04:17', 'exact', 'AFP', undefined],
      ['reuters.txt', '04:30', 'about', 'Reuters', undefined],
    ]);
    assert.deepEqual(found.get('direction'), [
      ['afp.txt', 'north', 'exact', 'AFP', undefined],
      ['reuters.txt', 'southeast', 'exact', 'Reuters', undefined],
    ]);
    assert.deepEqual(found.get('distance'), [
      ['afp.txt', '30 km', 'exact', 'AFP', undefined],
      ['reuters.txt', '25 km', 'exact', 'Reuters', undefined],
    ]);
    // The dead: "12" against "15"; the injured: "une trentaine" against "plus d'une centaine"; the missing: "des
    // dizaines" (tens of) against five. The evacuated agree (300 both), and none is compared with another toll.
    const counts = [...found].filter(([k]) => k.startsWith('count')).map(([, sides]) => sides.map((s) => [s[0], s[1], s[2]]));
    assert.deepEqual(counts.sort(), [
      [
        ['afp.txt', '12', 'exact'],
        ['reuters.txt', '15', 'exact'],
      ],
      [
        ['afp.txt', '20', 'several'],
        ['reuters.txt', '5', 'exact'],
      ],
      [
        ['afp.txt', '30', 'about'],
        ['reuters.txt', '100', 'more-than'],
      ],
    ]);
    assert.ok(
      report.agreements.some((a) => a.attribute === 'count' && a.sides.every((s) => s.value === '300')),
      JSON.stringify(report.agreements),
    );
  });

  it('finds no disagreement where the figures agree: a toll that grew past "at least", a bearing next to the other, an approximate time', () => {
    const found = disagreements({
      'a.txt': [
        'A strong earthquake of magnitude 6.8 struck Brenmoor on 3 March 2025 at around 4:15 a.m., killing at least 12 people, the agency said. The epicentre was 30 km north of Brenmoor.',
        '2025-03-03',
      ],
      'b.txt': [
        'The magnitude-6.8 earthquake that struck Brenmoor on 3 March 2025 at 4:17 a.m. left 15 dead, police said. Its epicentre lay 31 km north-east of Brenmoor.',
        '2025-03-03',
      ],
    });
    assert.deepEqual([...found.keys()], []);
  });

  it('does not compare an aftershock’s magnitude, a time in brackets for another time zone or a speed limit with the event’s own', () => {
    const found = disagreements({
      'a.txt': [
        'Un séisme de magnitude 6,1 a frappé Brenmoor le 3 mars 2025 à 16 h 20 (à 15 h 20 à Paris). Une réplique de magnitude 4,9 a suivi. Un train a déraillé à 120 km/h sur une voie limitée à 80 km/h près de Brenmoor le 4 mars 2025.',
        '2025-03-04',
      ],
      'b.txt': [
        'Le séisme de magnitude 6,1 qui a frappé Brenmoor le 3 mars 2025 à 16 h 20 a été ressenti loin. Le déraillement du train près de Brenmoor le 4 mars 2025 a eu lieu à 120 km/h.',
        '2025-03-04',
      ],
    });
    assert.deepEqual([...found.keys()], []);
  });

  it('takes an article’s first magnitude as its quake’s, not that of a past quake it recalls', () => {
    const found = disagreements({
      'a.txt': [
        'A magnitude 6.1 earthquake struck Brenmoor on 10 September 2008, killing 7 people. A 6.4-magnitude quake hit the same region in February.',
        '2008-09-10',
      ],
      'b.txt': ['The 6.1-magnitude earthquake that struck Brenmoor on 10 September 2008 killed 7 people.', '2008-09-10'],
    });
    assert.deepEqual([...found.keys()], []);
  });

  it('reads tolls in compound number words, after a colon, and with no noun but a verb, each under what it counts', () => {
    const counts = (text: string) => {
      const a = analyseDocument('a.txt', text, detectMemo(text, { published: '2025-05-06' }));
      return a.mentions.flatMap((m) => m.counts.map((c) => [c.value, c.qualifier, c.noun]));
    };
    assert.deepEqual(counts('Un incendie a ravagé un immeuble à Lyon le 5 mai 2025, faisant vingt-trois morts.'), [[23, 'exact', 'dead']]);
    assert.deepEqual(counts('A fire destroyed a hotel in Lyon on 5 May 2025; twenty-three people were killed.'), [[23, 'exact', 'dead']]);
    assert.deepEqual(counts('Un incendie a ravagé un immeuble à Lyon le 5 mai 2025 : deux cents habitants ont été évacués.'), [[200, 'exact', 'evacuated']]);
    assert.deepEqual(counts('A fire destroyed a hotel in Lyon on 5 May 2025; three hundred people were evacuated.'), [[300, 'exact', 'evacuated']]);
    assert.deepEqual(counts('Un incendie a ravagé un immeuble à Lyon le 5 mai 2025 : 1 200 personnes ont été évacuées et 4 ont disparu.'), [
      [1200, 'exact', 'evacuated'],
      [4, 'exact', 'missing'],
    ]);
    assert.deepEqual(counts('A fire destroyed a hotel in Lyon on 5 May 2025. Dozens of people were injured and hundreds were evacuated.'), [
      [24, 'several', 'injured'],
      [200, 'several', 'evacuated'],
    ]);
  });

  it('keeps two quakes on different days apart: their magnitudes and tolls do not disagree', () => {
    const report = buildReport(
      index({
        'a.txt': ['Un séisme de magnitude 5,2 a frappé la province de Valdore le 2 mars 2025, faisant 3 morts.', '2025-03-02'],
        'b.txt': ['Un séisme de magnitude 6,7 a frappé la province de Valdore le 20 avril 2025, faisant 40 morts.', '2025-04-20'],
      }),
    );
    assert.equal(report.events.filter((e) => e.kind === 'earthquake').length, 2, JSON.stringify(report.events.map((e) => e.id)));
    assert.deepEqual(report.contradictions, []);
  });

  it('finds a train crash’s speed and the clock time of the crash told in English, in mph or km/h', () => {
    const found = disagreements({
      'ap.txt': [
        'Brenmoor train collision\nBRENMOOR, May 6, 2025 (AP) - Two trains collided near Brenmoor on Tuesday at 8:15 a.m., killing 7 people, officials said. The passenger train was travelling at 120 km/h.',
        '2025-05-06',
      ],
      'reuters.txt': [
        'Brenmoor rail crash\nBRENMOOR, May 6, 2025 (Reuters) - The collision near Brenmoor on Tuesday happened at 9:40 a.m. and killed 7 people. The train was going at about 55 mph.',
        '2025-05-06',
      ],
    });
    assert.deepEqual(found.get('speed'), [
      ['ap.txt', '120 km/h', 'exact', 'AP', undefined],
      ['reuters.txt', '88.5 km/h', 'about', 'Reuters', undefined],
    ]);
    assert.deepEqual(
      found.get('time')?.map((s) => s.slice(0, 2)),
      [
        ['ap.txt', '08:15'],
        ['reuters.txt', '09:40'],
      ],
    );
    assert.equal(found.has('count'), false);
  });

  it('finds two lengths of one prison sentence, in French and in English, but not a sentence risked or a suspended one', () => {
    const fr = disagreements({
      'a.txt': ['Le tribunal de Valdore a condamné mardi 6 mai 2025 l’ancien maire Paul Armand à dix ans de prison pour corruption.', '2025-05-06'],
      'b.txt': [
        'L’ancien maire de Valdore Paul Armand a été condamné mardi 6 mai 2025 à huit ans de prison ferme pour corruption, selon son avocat. Son adjoint a été condamné à deux ans avec sursis.',
        '2025-05-06',
      ],
    });
    assert.equal(fr.size, 1, JSON.stringify([...fr]));
    // An article sentencing two people gives two lengths: which is whose is not read, so neither is compared.
    const two = disagreements({
      'a.txt': ['Le tribunal de Valdore a condamné le 6 mai 2025 Paul Armand à dix ans de prison.', '2025-05-06'],
      'b.txt': ['Le 6 mai 2025, le tribunal de Valdore a condamné Paul Armand à dix ans de prison et son complice à huit ans.', '2025-05-06'],
    });
    assert.deepEqual([...two.keys()], []);
    assert.deepEqual(fr.get('penalty'), [
      ['a.txt', 'P10Y', 'exact', undefined, undefined],
      ['b.txt', 'P8Y', 'exact', undefined, 'son avocat'],
    ]);
    const en = disagreements({
      'a.txt': ['Former Valdore mayor Paul Armand was sentenced on May 6, 2025 to ten years in prison for corruption.', '2025-05-06'],
      'b.txt': [
        'Former Valdore mayor Paul Armand was jailed for eight years on May 6, 2025 for corruption. He had faced up to twelve years in prison.',
        '2025-05-06',
      ],
    });
    assert.deepEqual(
      en.get('penalty')?.map((s) => s.slice(0, 2)),
      [
        ['a.txt', 'P10Y'],
        ['b.txt', 'P8Y'],
      ],
    );
  });

  it('reads "un mort" as a toll of one and a fire’s burnt area, and compares them', () => {
    const found = disagreements({
      'a.txt': [
        'Un incendie a ravagé 2 000 hectares de forêt près de Valdore le 12 juillet 2025. L’incendie a fait un mort, selon les pompiers.',
        '2025-07-12',
      ],
      'b.txt': ['L’incendie de forêt près de Valdore le 12 juillet 2025 a détruit 800 hectares et fait deux morts.', '2025-07-12'],
    });
    assert.deepEqual(
      found.get('area')?.map((s) => s.slice(0, 2)),
      [
        ['a.txt', '2000 ha'],
        ['b.txt', '800 ha'],
      ],
    );
    assert.deepEqual(
      found.get('count')?.map((s) => s.slice(0, 2)),
      [
        ['a.txt', '1'],
        ['b.txt', '2'],
      ],
    );
  });

  it('names each new attribute in the report’s language', () => {
    const docs: Record<string, [string, string]> = { 'afp.txt': [QUAKE_AFP, '2025-03-03'], 'reuters.txt': [QUAKE_REUTERS, '2025-03-03'] };
    const fr = renderMarkdown(buildReport(index(docs)), 'fr');
    const en = renderMarkdown(buildReport(index(docs)), 'en');
    for (const word of ['magnitude', 'heure', 'direction', 'distance']) assert.ok(fr.includes(`### ${word} — `), word);
    for (const word of ['magnitude', 'time', 'bearing', 'distance']) assert.ok(en.includes(`### ${word} — `), word);
    // A bearing in the report's language, a vague count as its range, a prison term in words.
    assert.ok(fr.includes('→ sud-est') && en.includes('→ southeast'), fr);
    assert.ok(fr.includes('→ 20–99'), fr);
    const verdict = renderMarkdown(
      buildReport(
        index({
          'a.txt': ['Le tribunal de Valdore a condamné le 6 mai 2025 Paul Armand à dix ans de prison.', '2025-05-06'],
          'b.txt': ['Paul Armand a été condamné le 6 mai 2025 à huit ans de prison par le tribunal de Valdore.', '2025-05-06'],
        }),
      ),
      'fr',
    );
    assert.ok(verdict.includes('### peine prononcée — ') && verdict.includes('→ 10 ans') && verdict.includes('→ 8 ans'), verdict);
  });
});
