import { strict as assert } from 'node:assert';
import { analyseDocument } from '../../../src/core/corpus/analyze';
import { buildReport } from '../../../src/core/corpus/report';
import { indexOfArticles as index, detectMemo } from './fixtures';

const analyse = (text: string, published = '2025-03-04') => analyseDocument('a.txt', text, detectMemo(text, { published }));
/** The report's events of one article: kind and mention texts. */
const eventsOf = (text: string, published = '2025-03-04') =>
  buildReport(index({ 'a.txt': [text, published] })).events.map((e) => ({ kind: e.kind, words: e.mentions.map((m) => m.text) }));

describe('tolls: a death or injury word that gives the toll of an event is a mention of that event', () => {
  it('makes "12 dead" in the sentence naming the quake a mention of the quake, with the count on it', () => {
    const text = 'Northvale quake\nThe quake that struck Northvale county on 3 March 2025 left 12 dead, officials said.';
    const events = eventsOf(text);
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].kind, 'earthquake');
    assert.ok(events[0].words.includes('dead'), JSON.stringify(events));
    const dead = analyse(text).mentions.find((m) => m.text === 'dead')!;
    assert.equal(dead.kind, 'earthquake');
    const host = analyse(text).mentions[dead.antecedent!];
    assert.equal(host.text, 'quake');
    assert.deepEqual(
      analyse(text).mentions.flatMap((m) => m.counts.map((c) => c.value)),
      [12],
    );
  });

  it('reads a toll written in words with every number word detection knows, and an approximate one as about', () => {
    const counts = (text: string) => analyse(text).mentions.flatMap((m) => m.counts.map((c) => [c.value, c.qualifier]));
    assert.deepEqual(counts('A fire destroyed a hotel in Lyon on 5 May 2025, and thirteen people were killed.'), [[13, 'exact']]);
    assert.deepEqual(counts('Un incendie a détruit un hôtel à Lyon le 5 mai 2025 : une quinzaine de morts.'), [[15, 'about']]);
  });

  it('joins a toll told in the next sentence to the fire the article reports', () => {
    const text = 'A fire destroyed a hotel in Lyon on 5 May 2025. At least 30 people were killed and 8 injured, the prefecture said.';
    const events = eventsOf(text, '2025-05-06');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].kind, 'fire');
    assert.ok(events[0].words.includes('killed'), JSON.stringify(events));
  });

  it('joins French tolls ("au moins 6 morts", "le bilan des morts") to the crash', () => {
    const text = 'Un accident de car a eu lieu près de Nantes le 2 avril 2025. Il a fait au moins 6 morts. Le bilan des morts pourrait encore s’alourdir.';
    const events = eventsOf(text, '2025-04-03');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].kind, 'accident');
    assert.deepEqual(
      events[0].words.filter((w) => /^morts?$/.test(w)),
      ['morts', 'morts'],
    );
  });

  it('reads a figure with no counted noun as a toll ("killing at least 10", "600 were killed")', () => {
    const text =
      'A powerful earthquake hit Northvale on 3 March 2025, killing at least 10. In 2019 another quake there left a town in ruins and 600 were killed.';
    const { mentions } = analyse(text);
    assert.deepEqual(
      mentions.filter((m) => /^kill/.test(m.text)).map((m) => [m.text, m.kind, mentions[m.antecedent!]?.text]),
      [
        ['killing', 'earthquake', 'earthquake'],
        ['killed', 'earthquake', 'quake'],
      ],
    );
  });

  it('reads no toll in an age or a time after the word ("killed 10-year-old X", "died about 11am")', () => {
    const text = 'A gunman opened fire in Westport on 6 May 2025. He killed 12-year-old Ann Brody. Her grandfather died about 11am.';
    const { mentions } = analyse(text, '2025-05-07');
    assert.deepEqual(
      mentions.filter((m) => /^(?:killed|died)$/.test(m.text)).map((m) => m.kind),
      ['death', 'death'],
    );
  });

  it('keeps a death that is the story itself a death event, in English and in French', () => {
    for (const [text, published] of [
      ['The novelist Jane Orwin died on Monday at her home, her publisher said. She was 91.', '2025-06-03'],
      ['La mort de l’écrivain Paul Verdane, lundi, a ému ses lecteurs.', '2025-06-03'],
    ]) {
      const kinds = eventsOf(text, published).map((e) => e.kind);
      assert.deepEqual(kinds, ['death'], text);
    }
  });

  it("keeps one named person's death a death even in a sentence that gives a toll of the attack", () => {
    const text = 'Rioters attacked shops in Westport on 6 May 2025. The attacks since the death of 17-year-old Tom Ardley have left 40 people injured.';
    const { mentions } = analyse(text, '2025-05-07');
    assert.equal(mentions.find((m) => m.text === 'death')?.kind, 'death');
    assert.equal(mentions.find((m) => m.text === 'injured')?.kind, 'attack');
  });

  it('keeps a death event when the article names no disaster or attack, even with a count', () => {
    const text = 'Three climbers died on the north face on 4 June 2025, the rescue service said.';
    assert.deepEqual(
      eventsOf(text, '2025-06-05').map((e) => e.kind),
      ['death'],
    );
  });
});
