/**
 * People in English sentences of our own: the classes of errors issue #13 measured on wikigold (dev), each
 * pinned by a sentence written for the test.
 */
import assert from 'node:assert/strict';
import { detect } from '../../../src/core/detect/index';

const names = (text: string): string[] => detect(text, { language: 'en' }).people.map((p) => p.text);

describe('people: a role written with a capital names no one', () => {
  it('leaves capitalised occupations in a list of credits out, and keeps the person they describe', () => {
    assert.deepEqual(names('Marisol Quenby is a Writer, Producer, Director and Actor based in Leeds.'), ['Marisol Quenby']);
    assert.deepEqual(names('Event Manager, Business Developer and Model since 2004.'), []);
  });
  it('reads a plural of a role opening a sentence as the role', () => {
    assert.deepEqual(names('Researchers announced that the cave held new species.'), []);
  });
  it('still takes a role word after a title, and a role word that is a common family name', () => {
    assert.deepEqual(names('The complaint named Dr Marshal, a surgeon.'), ['Marshal']);
    assert.deepEqual(names('Stephen King said the novel was finished.'), ['Stephen King']);
  });
});

describe('people: an adverb or an imperative before a name is not part of it', () => {
  it('starts the name after a sentence-opening adverb in -ly or "See"', () => {
    assert.deepEqual(names("Apparently Vantrell's first experiment failed."), ['Vantrell']);
    assert.deepEqual(names("(See Harold Quimby's essay on the subject.)"), ['Harold Quimby']);
  });
  it('keeps given and family names that end in -ly', () => {
    assert.deepEqual(names('Beverly Connolly was elected in 1990.'), ['Beverly Connolly']);
  });
});

describe('people: what a surname alone does in its own sentence', () => {
  it('reads past any adverb in -ly, or "however," between the name and a verb only people do', () => {
    assert.deepEqual(names('Vantrell was widely criticized after the fight.'), ['Vantrell']);
    assert.deepEqual(names('Okonkwer was greatly influenced by jazz.'), ['Okonkwer']);
    assert.deepEqual(names('Vantrell however, refused to testify.'), ['Vantrell']);
  });
  it('takes a person verb or participle of life and career (slept, noticed, injured, hired)', () => {
    assert.deepEqual(names('Later Okonkwer noticed that the wire was hot.'), ['Okonkwer']);
    assert.deepEqual(names('In 2004 Vantrell was hired as a scout.'), ['Vantrell']);
  });
  it('takes "he" or "she" later in the clause for the person the name is', () => {
    assert.deepEqual(names('The siege went on until Vantrell recognized he was losing.'), ['Vantrell']);
  });
  it('does not take a number word or an adverb opening a sentence for a name', () => {
    assert.deepEqual(names('Ten years later she moved to Leeds.'), []);
    assert.deepEqual(names('Exactly what she planned is unclear.'), []);
  });
});

describe('people: marks around a name that only a person carries', () => {
  it('takes the surname of "the X family" or "the X brothers", not "the Royal family", and does not carry it to the firm', () => {
    assert.deepEqual(names('The firm was run by the Quenby family until 1999.'), ['Quenby']);
    assert.deepEqual(names('Quenby makes bicycles; the Quenby brothers sold it.'), ['Quenby']);
    assert.deepEqual(names('She met the Royal family in 1990.'), []);
  });
  it('takes a band member named with the instrument in parentheses', () => {
    assert.deepEqual(names('The band was formed in 1994 with Quentor (guitar), Ralvik (lead vocals) and Osko (drums).'), ['Quentor', 'Ralvik', 'Osko']);
  });
  it('takes a name followed by a life span or a birth in parentheses, even after a comma', () => {
    assert.deepEqual(names('The chapel holds works by Veskander (1793 -- 1866) and others.'), ['Veskander']);
    assert.deepEqual(names('He was known as Quentor, (born 2 May 1980) and played in midfield.'), ['Quentor']);
  });
  it('takes the first party of a case name', () => {
    assert.deepEqual(names('The ruling in Quenby v. Marlow County Hospital came in 1990.'), ['Quenby']);
  });
  it('takes every name of a list that a plural role opens with "such as", "including" or "like"', () => {
    assert.deepEqual(names('He played with guitarists such as Quentor, Ralvik and Osko Brandlin.'), ['Quentor', 'Ralvik', 'Osko Brandlin']);
  });
  it('takes a possessive that owns a house or a part of the body', () => {
    assert.deepEqual(names('Later he arrives at Quenby’s house after work.'), ['Quenby']);
    assert.deepEqual(names('A hard punch landed on Vantrell’s jaw.'), ['Vantrell']);
  });
});

describe('people: a rare given name alone', () => {
  it('does not take a rare given name that goes on as a place or a thing (a preposition, "and", "are" after it)', () => {
    assert.deepEqual(names('The first train left Harrison at dawn.'), []);
    assert.deepEqual(names('The line ran between Hiram and the town of Sebrook.'), []);
  });
  it('takes a rare given name that goes on as a person (a verb, a possessive, the end of the sentence)', () => {
    assert.deepEqual(names('Later Hayley gets into an argument.'), ['Hayley']);
    assert.deepEqual(names('He discovers that Bullard slept with Hayley.'), ['Bullard', 'Hayley']);
  });
  it('does not take a rare given name as a shop (a possessive that owns nothing) or before a noun of a thing', () => {
    assert.deepEqual(names('The store became Hayley’s in 2006.'), []);
    assert.deepEqual(names('A driving Jazz band played at the fair.'), []);
    assert.deepEqual(names('Jeff gets away with Hayley’s SUV.'), ['Jeff', 'Hayley']);
  });
  it('keeps a common given name alone whatever follows', () => {
    assert.deepEqual(names('At noon Thomas and the others left.'), ['Thomas']);
  });
});

describe('people: a role after "as", kin before the name', () => {
  it('takes a surname whose clause goes on to "as a <person noun>"', () => {
    assert.deepEqual(names('Vantrell has also performed as a tenor in Milan.'), ['Vantrell']);
    assert.deepEqual(names('Okonkwer had improved enough as a boxer to fight for the title.'), ['Okonkwer']);
  });
  it('takes a name after a noun of kin with "of" or after "married to", not a longer capitalised run', () => {
    assert.deepEqual(names('She is the sister of Quellan Brandt, a drummer.'), ['Quellan Brandt']);
    assert.deepEqual(names('He was married to Zvetana Orlova after 1990.'), ['Zvetana Orlova']);
    assert.deepEqual(names('He was the father of North Marlow player Tomasz Wirek.'), ['Tomasz Wirek']);
  });
});

describe('people: a name inside a title-cased quotation', () => {
  it('reads a name in a quoted title as part of the work, not a person', () => {
    assert.deepEqual(names('The demos of " Letters for Mary " and " Blue Sky " were released.'), []);
  });
  it('keeps a name in quoted speech', () => {
    assert.deepEqual(names('" We will wait for Mary Quenby here, " he said.'), ['Mary Quenby']);
  });
});
