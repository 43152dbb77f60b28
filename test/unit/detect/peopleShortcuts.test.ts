/**
 * The cheap early answers of people detection (issue #13's speed work): each must turn down only what the full
 * evidence would turn down, so each is pinned by what it still lets through, on sentences of our own.
 */
import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';
import type { RawPerson } from '../../../src/core/detect/people';
import { sortMentions } from '../../../src/core/detect/peopleOrder';
import { segmentsOf } from '../../../src/core/detect/nameSegments';
import { bornAfter, clausePronounAfter } from '../../../src/core/detect/personCues';
import { partyDesignation } from '../../../src/core/detect/thingCues';
import { roleBefore } from '../../../src/core/detect/personRoles';
import { widenOverName } from '../../../src/core/detect/peopleExtent';
import { isFirstNameToken, keyOfToken, tokenize } from '../../../src/core/detect/nameTokens';
import { personKey } from '../../../src/core/detect/personKey';
import { foldName, isFirstName } from '../../../src/core/lexicon/firstNames';
import { mayStartOrganisationName } from '../../../src/core/lexicon/organisations';
import { mayStartPlacePhrase } from '../../../src/core/lexicon/places';
import { mayStartRegionName } from '../../../src/core/lexicon/regions';

/** Each segment of `text` as its text and its prefix's words with their kinds. */
const segments = (text: string): string[] => segmentsOf(text, tokenize(text)).map((s) => [s.text, ...s.prefix.map((t) => `${t.text}:${t.kind}`)].join(' | '));

describe('people: the first word of a multi-word organisation or place', () => {
  it('answers true for the first word of a listed name of two words or more, false for a given name', () => {
    assert.equal(mayStartOrganisationName(foldName('Maison')), true);
    assert.equal(mayStartOrganisationName(foldName('Médecins')), true);
    assert.equal(mayStartOrganisationName(foldName('Marisol')), false);
    assert.equal(mayStartRegionName(foldName('Nova')), true);
    assert.equal(mayStartRegionName(foldName('Caroline')), true);
    assert.equal(mayStartRegionName(foldName('Ontario')), false);
    assert.equal(mayStartPlacePhrase('Saudi'), true);
    assert.equal(mayStartPlacePhrase('Nouvelle-Écosse'), true);
    assert.equal(mayStartPlacePhrase('Marisol'), false);
  });
  it('still cuts a run at an organisation, a region or a place of several words before a name', () => {
    assert.deepEqual(segments('Hier, Maison Blanche Jean Dupont a dit.'), ['Jean Dupont | Maison:org | Blanche:org']);
    assert.deepEqual(segments('In Nova Scotia Marisol Quenby said.'), ['Marisol Quenby | In:stop | Nova:place | Scotia:place']);
    assert.deepEqual(segments('Our reporter Saudi Arabia Marisol Quenby said.'), ['Marisol Quenby | Saudi:place | Arabia:place']);
    assert.deepEqual(segments('The New York Times Marisol Quenby said.'), ['Marisol Quenby | The:stop | New:org | York:org | Times:org']);
  });
  it('keeps a name whose words start no listed phrase whole, initials and particles included', () => {
    assert.deepEqual(segments('Marisol J. Quenby said.'), ['Marisol J. Quenby']);
    assert.deepEqual(segments('Monsieur Jean-Yves Le Vantrell a dit.'), ['Jean-Yves Le Vantrell | Monsieur:title']);
  });
});

const names = (text: string): string[] => detect(text, { language: 'en' }).people.map((p) => p.text);

describe('people: quotation marks and pronouns read unit by unit', () => {
  it('reads a name in a title-cased quotation as a work, whichever marks open and close it', () => {
    assert.deepEqual(names('Her album “Songs of Marisol Quenby” sold well.'), []);
    assert.deepEqual(names('Her album "Songs for Marisol Quenby" sold well.'), []);
    assert.deepEqual(names('Her album ‘Songs of Marisol Quenby’ sold well.'), []);
    assert.deepEqual(names('The film « Vantrell » opened.'), []);
  });
  it('keeps a name whose quotation a sentence end interrupts, or that only speaks before one', () => {
    assert.deepEqual(names('He wrote “Marisol Quenby said no. She left” later.'), ['Marisol Quenby']);
    assert.deepEqual(names('Marisol Quenby said “yes” to the jury.'), ['Marisol Quenby']);
  });
  it('finds the pronoun of the clause after a name, and none after a capital or a conjunction', () => {
    const text =
      'Vantrell made his debut. Kestrel won its first title. Vantrell and her. Vantrell himself came. Vantrell Made His debut. Vantrell éleva her son.';
    const after = (phrase: string): string | undefined => clausePronounAfter(text, text.indexOf(phrase) + phrase.indexOf(' '));
    assert.equal(after('Vantrell made'), 'person');
    assert.equal(after('Kestrel won'), 'thing');
    assert.equal(after('Vantrell and'), undefined);
    assert.equal(after('Vantrell himself'), 'person');
    assert.equal(after('Vantrell Made'), undefined);
    assert.equal(after('Vantrell éleva'), 'person');
  });
});

describe('people: a surname alone widened over the words of the full name before it, read in place', () => {
  /** The mention `word` in `text` (its first occurrence) widened over `name`'s words: the text from the new start. */
  const widened = (text: string, word: string, name: string): string => {
    const start = text.indexOf(word);
    return text.slice(widenOverName(text, start, start + word.length, name), start + word.length);
  };
  it('takes the particles and given names written before the surname, whatever their case', () => {
    assert.equal(widened('Hier, Le Vantrell a dit non.', 'Vantrell', 'Marine Le Vantrell'), 'Le Vantrell');
    assert.equal(widened('De Vantrell a dit non.', 'Vantrell', 'Charles de Vantrell'), 'De Vantrell');
    assert.equal(widened('Selon émile Quenby, non.', 'Quenby', 'Émile Quenby'), 'émile Quenby');
  });
  it("widens an elided particle's name over the particle and the word before it", () => {
    assert.equal(widened("Plus tard, Giscard d'Vantrell a dit non.", 'Vantrell', "Valéry Giscard d'Vantrell"), "Giscard d'Vantrell");
  });
  it('stops at a word that differs, at a letter glued before the word, and leaves a word of no name alone', () => {
    assert.equal(widened('Hier, La Vantrell a dit non.', 'Vantrell', 'Marine Le Vantrell'), 'Vantrell');
    assert.equal(widened('Hier, OLe Vantrell a dit non.', 'Vantrell', 'Marine Le Vantrell'), 'Vantrell');
    assert.equal(widened('Hier, Le Quenby a dit non.', 'Quenby', 'Marine Le Vantrell'), 'Quenby');
  });
});

describe('people: attributions, thing nouns and propagation after the cheap first tests', () => {
  const fr = (text: string): string[] => detect(text, { language: 'fr' }).people.map((p) => p.text);
  it('still reads a name after an attribution in either language and either apostrophe', () => {
    assert.deepEqual(names('According to Vantrell, the plan failed.'), ['Vantrell']);
    assert.deepEqual(fr('Selon Vantrell, le plan a échoué.'), ['Vantrell']);
    assert.deepEqual(fr('D’après Vantrell, le plan a échoué.'), ['Vantrell']);
  });
  it('still reads a name set off after a thing noun as the thing', () => {
    assert.deepEqual(names('His band, Ashgrove, was famous.'), []);
  });
  it('carries a surname to its later mentions, but not into a club or an "X of Y" name', () => {
    assert.deepEqual(names('Marisol Quenby arrived on Monday. Later Quenby left.'), ['Marisol Quenby', 'Quenby']);
    assert.deepEqual(names('Marisol Quenby arrived. The Quenby Hockey Club won. The Bank of Quenby closed.'), ['Marisol Quenby']);
    assert.deepEqual(names('William "Cowboy" Reyes rode. Reyes won.'), ['William "Cowboy" Reyes', 'Reyes']);
  });
});

describe("people: a word's answers asked once and shared by its tokens", () => {
  it('gives every token of a word the answers the word itself gets, the first time and again', () => {
    const text = 'Marisol Quenby met Iouri Ouchakov in Paris. Later Marisol told Yuri Ushakov and Quenby that Paris was far.';
    for (let round = 0; round < 2; round++) {
      for (const t of tokenize(text)) {
        assert.equal(isFirstNameToken(t), isFirstName(t.text), t.text);
        assert.equal(keyOfToken(t), personKey(t.text), t.text);
      }
    }
    const [first, again] = tokenize(text).filter((t) => t.text === 'Marisol');
    assert.equal(first.facts, again.facts);
    assert.equal(keyOfToken(tokenize('Yuri')[0]), keyOfToken(tokenize('Iouri')[0]));
  });
});

describe('people: the role phrase of an apposition, its words looked up in place', () => {
  /** roleBefore of the segment `name` in `text`. */
  const role = (text: string, name: string): string | undefined => {
    const seg = segmentsOf(text, tokenize(text)).find((s) => s.text === name);
    assert.ok(seg, name);
    return roleBefore(text, seg);
  };
  it('reads back from the comma to the earliest role word, its elision and particles kept as written', () => {
    assert.equal(role("Selon l'assistant du président Vantrell, Iouri Quenby, le plan a échoué.", 'Iouri Quenby'), 'assistant du président Vantrell');
    assert.equal(role('Le porte-parole du Kremlin, Dmitri Quenby, a dit non.', 'Dmitri Quenby'), 'porte-parole du Kremlin');
    assert.equal(role("La cheffe d'équipe, Marisol Quenby, a dit.", 'Marisol Quenby'), "cheffe d'équipe");
    assert.equal(role('The spokesman for the ministry, Marisol Quenby, said no.', 'Marisol Quenby'), 'spokesman for the ministry');
    assert.equal(role('The Spokesman, Marisol Quenby. Then', 'Marisol Quenby'), 'Spokesman');
  });
  it('stops at a clause word, a mark or an earlier comma', () => {
    assert.equal(role('He said that the coach, Marisol Quenby, was fired.', 'Marisol Quenby'), 'coach');
    assert.equal(role('the spokesman, the coach, Marisol Quenby said', 'Marisol Quenby'), 'coach');
    assert.equal(role("L'ancien ministre (et avocat), Marisol Quenby, a dit.", 'Marisol Quenby'), undefined);
  });
});

describe('people: a text in which no cue accepts a name', () => {
  const found = (text: string, options: Parameters<typeof detect>[1]): string[][] => detect(text, options).people.map((p) => [p.text, p.name, p.id]);
  it('finds no one in a text without a capitalised run, unless the workspace knows a name its capitals spell', () => {
    assert.deepEqual(found('il a dit que tout allait bien, à 9 h.', { language: 'fr' }), []);
    assert.deepEqual(found('Plus tard, QUENBY a signé.', { language: 'fr' }), []);
    assert.deepEqual(found('Plus tard, QUENBY a signé.', { language: 'fr', knownNames: ['Marisol QUENBY'] }), [['QUENBY', 'Marisol QUENBY', 'marisol-quenby']]);
  });
  it('finds no one when neither the registry nor the workspace knows a name', () => {
    assert.deepEqual(found('Plus tard, Varenko a signé le décret et Quenby aussi.', { language: 'fr' }), []);
  });
  it("still reads a surname alone as the registry's person, and as the workspace's", () => {
    const registry = [{ id: 'oleg', name: 'Oleg Varenko', aliases: [] }];
    assert.deepEqual(found('Plus tard, Varenko a signé le décret.', { language: 'fr', registry }), [['Varenko', 'Oleg Varenko', 'oleg']]);
    assert.deepEqual(found('Plus tard, Varenko a signé le décret.', { language: 'fr', knownNames: ['Oleg Varenko'] }), [
      ['Varenko', 'Oleg Varenko', 'oleg-varenko'],
    ]);
  });
});

describe('people: the word before a name, asked by several tests in turn', () => {
  it("answers at the same position in another text with that text's word", () => {
    const roleOf = (text: string): string | undefined => roleBefore(text, segmentsOf(text, tokenize(text))[0]);
    // The name starts at 12 in each; the word before does not.
    assert.equal(roleOf('Le ministre Quenby a dit.'), 'ministre');
    assert.equal(roleOf('Hier, maire Quenby a dit.'), 'maire');
    assert.equal(roleOf('Le sinistre Quenby a dit.'), undefined);
    assert.equal(roleOf('Le ministre Quenby a dit.'), 'ministre');
  });
});

describe("people: a place's name, turned down unless initials, a title or a role come before it", () => {
  const cues = (text: string, language: 'fr' | 'en'): string[][] => detect(text, { language }).people.map((p) => [p.text, p.cue ?? '']);
  it('takes it for a person after a title, a role in apposition or initials', () => {
    assert.deepEqual(cues('Le président Hollande a signé.', 'fr'), [['Hollande', 'role']]);
    assert.deepEqual(cues('Le porte-parole de la mairie, Lorraine, a dit non.', 'fr'), [['Lorraine', 'role']]);
    assert.deepEqual(cues('The novel is by J. Paris, who lives here.', 'en'), [['J. Paris', 'first-name']]);
  });
  it('turns it down alone, after a preposition or after a speech verb', () => {
    assert.deepEqual(cues('Hollande a signé. Il est parti en Hollande.', 'fr'), []);
    assert.deepEqual(cues('They flew to Paris, said Lorraine officials.', 'en'), []);
  });
});

describe("people: a full name's family name, read from its last token", () => {
  const mentions = (text: string, language: 'fr' | 'en'): string[][] => detect(text, { language }).people.map((p) => [p.text, p.name]);
  it('gives the word alone the full name, after initials, a particle or a no-break space', () => {
    assert.deepEqual(mentions('C. H. Quenby said no. Quenby left.', 'en'), [
      ['C. H. Quenby', 'C. H. Quenby'],
      ['Quenby', 'C. H. Quenby'],
    ]);
    assert.deepEqual(mentions('Jean-Yves Le Vantrell a dit. Vantrell est parti.', 'fr'), [
      ['Jean-Yves Le Vantrell', 'Jean-Yves Le Vantrell'],
      ['Vantrell', 'Jean-Yves Le Vantrell'],
    ]);
    assert.deepEqual(mentions('Marisol\u00a0Quenby said no. Quenby left.', 'en'), [
      ['Marisol\u00a0Quenby', 'Marisol\u00a0Quenby'],
      ['Quenby', 'Marisol\u00a0Quenby'],
    ]);
  });
  it("reads the family name glued to an elided particle, and the one before a generational suffix, from the name's text", () => {
    assert.deepEqual(mentions("Valéry Vantrell d'Estaing a parlé. Plus tard, Vantrell d'Estaing a signé. Estaing aussi.", 'fr'), [
      ["Valéry Vantrell d'Estaing", "Valéry Vantrell d'Estaing"],
      ["Vantrell d'Estaing", "Valéry Vantrell d'Estaing"],
      ['Estaing', "Valéry Vantrell d'Estaing"],
    ]);
    assert.deepEqual(mentions('Colonel Dwight Quenby Jr. spoke. Quenby left.', 'en'), [
      ['Dwight Quenby Jr.', 'Dwight Quenby Jr'],
      ['Quenby', 'Dwight Quenby Jr'],
    ]);
  });
});

describe("people: the mentions' order, merged from the accepted names and the words alone", () => {
  const m = (start: number, end: number, name: string): RawPerson => ({ start, end, name, cue: 'propagation', id: '' });
  /** sortMentions of a copy, against the stable sort it stands for. */
  const both = (out: RawPerson[], split: number): [string[], string[]] => {
    const merged = [...out];
    sortMentions(merged, split);
    const sorted = [...out].sort((a, b) => a.start - b.start || b.end - a.end);
    return [merged.map((p) => p.name), sorted.map((p) => p.name)];
  };
  it('interleaves two runs in order, the accepted name first on a tie, the longer first at one start', () => {
    const [merged, sorted] = both([m(0, 5, 'a'), m(10, 15, 'b'), m(30, 35, 'c'), m(5, 8, 'x'), m(10, 15, 'y'), m(10, 20, 'z'), m(40, 45, 'w')], 3);
    assert.deepEqual(merged, ['a', 'x', 'z', 'b', 'y', 'c', 'w']);
    assert.deepEqual(merged, sorted);
  });
  it('sorts a part that is out of order (a list accepted after the names around it), and leaves one run as it is', () => {
    const [merged, sorted] = both([m(20, 25, 'b'), m(0, 5, 'a'), m(10, 12, 'x')], 2);
    assert.deepEqual(merged, ['a', 'x', 'b']);
    assert.deepEqual(merged, sorted);
    assert.deepEqual(both([m(0, 5, 'a'), m(9, 12, 'b')], 2)[0], ['a', 'b']);
    assert.deepEqual(both([m(9, 12, 'b'), m(0, 5, 'a')], 0)[0], ['a', 'b']);
  });
});

describe('people: marks after a name, turned down at their first units', () => {
  it('reads a party designation only as a party initial, a hyphen and a capital', () => {
    const party = (text: string, word: string): boolean => partyDesignation(text, { start: text.indexOf(word), text: word, tokens: [word] });
    assert.equal(party('Sen. Quenby, D-Mass., said', 'D-Mass'), true);
    assert.equal(party('(R-Ohio)', 'R-Ohio'), true);
    assert.equal(party('Sen. Quenby, I-Vt, said', 'I-Vt'), true);
    assert.equal(party('Sen. Quenby, D-mass, said', 'D-mass'), false);
    assert.equal(party('Sen. Quenby, Ingrid, said', 'Ingrid'), false);
    assert.equal(party('Sen. Quenby, DR-Mass, said', 'DR-Mass'), false);
  });
  it('finds a birth after a space only in parentheses', () => {
    const born = (text: string): boolean => bornAfter(text, text.indexOf('Quenby') + 'Quenby'.length);
    assert.equal(born('Marisol Quenby (born 1950) sang.'), true);
    assert.equal(born('Marisol Quenby, born in 1950, sang.'), true);
    assert.equal(born('Marisol Quenby (née Vantrell) sang.'), true);
    assert.equal(born('Marisol Quenby born in 1950 sang.'), false);
    assert.equal(born('Marisol Quenby  (born 1950) sang.'), false);
  });
  it('joins a single word to a list only by a coordination', () => {
    assert.deepEqual(names('Vantrell and Marisol Quenby left.'), ['Vantrell', 'Marisol Quenby']);
    assert.deepEqual(names('Vantrell & Marisol Quenby left.'), ['Vantrell', 'Marisol Quenby']);
    assert.deepEqual(names('Vantrell met Marisol Quenby.'), ['Marisol Quenby']);
    // The gaps a list takes are one to six units long: ", ", ", and ".
    assert.deepEqual(names('Vantrell, Marisol Quenby left.'), ['Vantrell', 'Marisol Quenby']);
    assert.deepEqual(names('Vantrell, and Marisol Quenby left.'), ['Vantrell', 'Marisol Quenby']);
    assert.deepEqual(names('Vantrell ,and Marisol Quenby left.'), ['Marisol Quenby']);
  });
});

describe('people: a speech verb before a name, read back a word at a time', () => {
  const cues = (text: string): string[][] => detect(text, { language: 'fr' }).people.map((p) => [p.text, p.cue ?? '']);
  it('finds the verb right before the name or up to three words before it, as a whole word', () => {
    assert.deepEqual(cues('Le plan est mort, a déclaré Vantrell.'), [['Vantrell', 'speech-verb']]);
    assert.deepEqual(cues('Le plan est mort, a déclaré hier soir Vantrell.'), [['Vantrell', 'speech-verb']]);
    assert.deepEqual(cues('The plan is dead, said late on Monday Vantrell.'), [['Vantrell', 'speech-verb']]);
  });
  it('turns down a verb four words back, and a word that only ends like a verb', () => {
    assert.deepEqual(cues('Le plan est mort, a déclaré hier soir très tard Vantrell.'), []);
    assert.deepEqual(cues('Le plan est mort, a redéclaré Vantrell.'), []);
  });
});
