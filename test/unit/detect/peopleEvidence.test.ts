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
