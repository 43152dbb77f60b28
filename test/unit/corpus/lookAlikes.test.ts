import { strict as assert } from 'node:assert';
import { indexOfArticles as index } from './fixtures';
import { buildReport } from '../../../src/core/corpus/report';
import { attributionIn } from '../../../src/core/corpus/claimWords';
import { storyConflict } from '../../../src/core/corpus/storyGroup';
import type { Cluster } from '../../../src/core/corpus/group';
import type { MentionAnalysis } from '../../../src/core/corpus/analyze';

// Small articles written for these tests. Places are invented (Valdore, Brenmoor) so that no gazetteer entry
// decides for us: what keeps two look-alikes apart must be their date, magnitude or kind.

/** Each article's main event id, in the order of the files given. */
function mainEvents(docs: Record<string, [string, string]>): Array<string | null> {
  const report = buildReport(index(docs));
  return Object.keys(docs).map((f) => report.documents.find((d) => d.file === f)?.mainEvent ?? null);
}

const QUAKE_MARCH_3 = `Séisme de magnitude 6,4 dans la province de Valdore : au moins 9 morts
Un séisme de magnitude 6,4 a frappé lundi la province de Valdore, faisant au moins 9 morts, selon la protection civile. Des immeubles se sont effondrés dans plusieurs villages de la province.`;
const QUAKE_MARCH_3_BIS = `Valdore : le tremblement de terre de lundi a fait 11 morts
Le tremblement de terre de magnitude 6,3 qui a frappé lundi la province de Valdore a fait 11 morts, selon le ministère de l'Intérieur. Des villages de la province sont privés d'électricité.`;
const QUAKE_MARCH_17 = `Nouveau séisme de magnitude 5,0 dans la province de Valdore
Un séisme de magnitude 5,0 a frappé lundi la province de Valdore, faisant deux blessés, selon la protection civile. Des habitants des villages de la province ont dormi dehors.`;

describe('look-alike disasters stay apart', () => {
  it('keeps two quakes in one province two weeks apart as two events, and two reports of the first as one', () => {
    const [a, b, c] = mainEvents({
      'first.txt': [QUAKE_MARCH_3, '2025-03-03'],
      'first-bis.txt': [QUAKE_MARCH_3_BIS, '2025-03-04'],
      'second.txt': [QUAKE_MARCH_17, '2025-03-17'],
    });
    assert.ok(a && c);
    assert.equal(b, a, 'two reports of the quake of 3 March are one event');
    assert.notEqual(c, a, 'the quake of 17 March is another quake');
  });

  it('keeps a follow-up a few days later in the quake’s story, dated by "le séisme de mardi" and placed in a town the gazetteer lacks', () => {
    const follow = `Les rescapés du séisme de Valdore racontent
Samedi, près de Valdore, les rescapés du séisme de lundi racontaient la nuit où leurs immeubles se sont effondrés dans les villages de la province. Le tremblement de terre a fait 11 morts.`;
    const [a, b] = mainEvents({ 'first.txt': [QUAKE_MARCH_3, '2025-03-03'], 'follow.txt': [follow, '2025-03-08'] });
    assert.ok(a);
    assert.equal(b, a);
  });

  it('keeps two undated quakes apart when their magnitudes are far apart, and together when agencies differ by a few tenths', () => {
    const strong =
      'Séisme dans la province de Valdore\nUn séisme de magnitude 6,4 a secoué la province de Valdore, selon la protection civile. Des immeubles se sont effondrés dans plusieurs villages.';
    const weak =
      'Séisme dans la province de Valdore\nUn séisme de magnitude 4,1 a secoué la province de Valdore, selon la protection civile. Des immeubles se sont effondrés dans plusieurs villages.';
    const near =
      'Séisme dans la province de Valdore\nUn séisme de magnitude 6,2 a secoué la province de Valdore, selon la protection civile. Des immeubles se sont effondrés dans plusieurs villages.';
    const [a, b] = mainEvents({ 'strong.txt': [strong, '2025-05-02'], 'weak.txt': [weak, '2025-05-02'] });
    assert.ok(a && b);
    assert.notEqual(a, b);
    const [c, d] = mainEvents({ 'strong.txt': [strong, '2025-05-02'], 'near.txt': [near, '2025-05-02'] });
    assert.equal(c, d);
  });

  it('keeps a train collision a month after a quake apart from it, even when the stories share their words', () => {
    const quake =
      'Brenmoor: quake kills 14\nA magnitude 6.0 earthquake struck Brenmoor on Tuesday, killing 14 people and injuring dozens, police said. Rescuers searched the rubble of the station.';
    const crash =
      'Brenmoor: train crash kills 14\nTwo trains collided near Brenmoor on Tuesday, killing 14 people and injuring dozens, police said. Rescuers searched the wreckage near the station.';
    const [a, b] = mainEvents({ 'quake.txt': [quake, '2025-03-04'], 'crash.txt': [crash, '2025-04-08'] });
    assert.ok(a && b);
    assert.notEqual(a, b);
  });
});

/** An undated quake event of the given articles, with places as given. */
function quake(placeId: string | undefined, ...files: string[]): Cluster {
  const mentions = files.map((file) => ({ file, start: 0, end: 6, text: 'séisme', kind: 'earthquake' }) as MentionAnalysis);
  return { key: 'k', family: 'earthquake', mentions, reasoning: [], ...(placeId ? { placeId } : {}) };
}

describe('look-alike evidence between two events', () => {
  it('reads an article’s magnitude for its event when the event’s own mentions give none (a headline beside the lead)', () => {
    const magnitudes = new Map([
      ['first.txt', 6.4],
      ['second.txt', 5.0],
      ['first-bis.txt', 6.3],
    ]);
    assert.match(storyConflict(quake(undefined, 'first.txt'), quake(undefined, 'second.txt'), magnitudes)!, /magnitude/);
    assert.equal(storyConflict(quake(undefined, 'first.txt'), quake(undefined, 'first-bis.txt'), magnitudes), undefined);
  });

  it('lets a town only its cue placed lie in a known country, but not be another known city', () => {
    const at = (placeId: string, file: string) => ({ ...quake(placeId, file), day: '2025-03-03' });
    assert.equal(storyConflict(at('turkey', 'a.txt'), at('valdore', 'b.txt')), undefined);
    assert.match(storyConflict(at('ankara', 'a.txt'), at('valdore', 'b.txt'))!, /is not/);
    assert.match(storyConflict(at('ankara', 'a.txt'), at('lyon', 'b.txt'))!, /is not/);
  });
});

describe('claims of disasters and verdicts', () => {
  it('compares no place only its cue found (a town in two spellings, "near Brenmoor" and "près de Brenmor")', () => {
    const report = buildReport(
      index({
        'a.txt': ['Train collision near Brenmoor kills 21\nTwo trains collided on Tuesday near Brenmoor, killing 21 people, police said.', '2025-04-08'],
        'b.txt': [
          'Collision de trains près de Brenmor : 21 morts\nDeux trains sont entrés en collision mardi près de Brenmor, faisant 21 morts.',
          '2025-04-08',
        ],
      }),
    );
    assert.equal(new Set(report.documents.map((d) => d.mainEvent)).size, 1, JSON.stringify(report.documents));
    assert.equal(report.contradictions.filter((c) => c.attribute === 'place').length, 0, JSON.stringify(report.contradictions));
  });

  it('keeps a source named in a long phrase whole, and never ends it on a linking word', () => {
    assert.equal(
      attributionIn("Au moins 9 morts, selon l'agence nationale de gestion des catastrophes (ANGC)."),
      "l'agence nationale de gestion des catastrophes",
    );
    assert.equal(attributionIn('Nine people died, according to the national agency for the management of'), 'the national agency for the management');
  });

  it('takes the subject that reports a figure for its source ("The operator said…", "La police a fait état de…"), never a pronoun', () => {
    assert.equal(attributionIn('The regional operator said 18 people had died.'), 'The regional operator');
    assert.equal(attributionIn('La police italienne a fait état de 21 morts.'), 'La police italienne');
    assert.equal(attributionIn('He said 18 people had died.'), undefined);
    assert.equal(attributionIn('Two trains collided, killing 21 people.'), undefined);
  });

  it('gives a crash toll told by police and by the operator a disagreement with both sources', () => {
    const report = buildReport(
      index({
        'a.txt': ['Two trains collided near Brenmoor on Tuesday, killing at least 21 people, according to police.', '2025-04-08'],
        'b.txt': ['Deux trains sont entrés en collision mardi près de Brenmoor. L’opérateur ferroviaire a fait état de 18 morts.', '2025-04-08'],
      }),
    );
    const c = report.contradictions.find((x) => x.attribute === 'count');
    assert.ok(c, JSON.stringify(report.contradictions));
    assert.deepEqual(c.sides.map((s) => [s.file, s.value, s.source]).sort(), [
      ['a.txt', '21', 'police'],
      ['b.txt', '18', 'L’opérateur ferroviaire'],
    ]);
  });

  it('compares the prison terms of a verdict, and reads no count in "dont deux avec sursis"', () => {
    const report = buildReport(
      index({
        'a.txt': ['Le tribunal de Valdore a condamné jeudi l’ancien maire à quatre ans de prison, dont deux avec sursis, pour corruption.', '2025-06-06'],
        'b.txt': ['L’ancien maire de Valdore a été condamné jeudi à cinq ans de prison, dont trois avec sursis, a indiqué le parquet.', '2025-06-06'],
      }),
    );
    assert.deepEqual(
      report.contradictions.map((c) => c.attribute),
      ['penalty'],
      JSON.stringify(report.contradictions.map((c) => c.sides.map((s) => s.text))),
    );
  });
});
