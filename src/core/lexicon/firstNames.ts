/**
 * Given names: a broad table of the first names of every Latin-script locale of @faker-js/faker (MIT,
 * about 13,800 names of some forty languages, prebuilt into `givenNames.data.ts` by
 * scripts/build-given-names.mjs without the names that are also common English or French words), and a
 * short list of our own below for what the table lacks: French and English transliterations of Russian,
 * Ukrainian and Arabic names ("Sergueï", "Dmitri", "Abdelfattah"), and heads of state of news text.
 * A capitalised word from either followed by another capitalised word is the strongest cue that a person
 * is named. Matching is on a folded form (accents removed, lowercase), so "Sergueï" and "Serguei",
 * "Étienne" and "Etienne" are the same entry.
 */
import { GIVEN_NAMES_CODED } from './givenNames.data';

const NAMES = `
aaron abel abdel abdallah abdelaziz abdelkader abdellah abdou abdoulaye abdul abdullah abe abel abraham achille adam adel adele
adeline adil adrian adriana adrien agathe agnes ahmad ahmed aicha aida aidan ailton akira al alain alan alassane albane albert
alberto albin alejandro aleksandr aleksander aleksandra aleksei aleksey alex alexander alexandra alexandre alexandr alexei alexey
alexis alfonso alfred alfredo ali alice alicia alina alisher alison alix allan amadou amanda amar amber ambroise amelia amelie
amin amina amine amir amira amos amy ana anastasia anatole anatoli anatolii anatoly anders andre andrea andreas andrei andrej
andres andrew andrey andreï andri andrii andriy andrzej andy angela angelina angelique angelo angus anis anita ann anna annabelle
anne anne-marie annie anouk anthony antoine anton antonella antonia antonin antonio antony anwar apolline arash ariane ariel
arielle arkadi arkady armand armin arnaud arnold arseni arseniy arseny arthur artur arturo aryan asa ashley ashraf assad assia
astrid aude audrey augustin aurelie aurelien aurore avi avigdor axel aya ayman ayse aziz badr bakary baptiste barack barbara
barnaby barry bart bashar basile bastien beatrice ben benedict benedikt benjamin benoit bernadette bernard bernardo bernie bertrand
beth betty bianca bill billy binyamin bjorn blaise blanche bob bogdan boris boubacar brad bradley brandon brendan brian bridget
brigitte bruce bruno bryan camille candice carl carla carlo carlos carmen carol carole caroline carsten catherine cecile cedric
celine cesar chantal charles charlie charlotte chiara chloe chris christian christiane christina christine christoph christophe
christopher chuck cindy claire clara clarisse claude claudia claudio clement clementine cleo colette colin corinne cristina cyril
cyrille dalia damien dan daniel daniela daniele danielle danny dany daria dario darya dave david davide dawit deborah delphine
denis denise dennis derek diana diane didier diego dimitri dimitris dina djamel dmitri dmitrii dmitriy dmitry dominique donald
dora doris dorothee doug douglas ed eddie edgar edith edmond edouard eduard eduardo edward egor ehud elena eleonore eli elias
elie elif elisa elisabeth elise eliza elizabeth ella ellen elodie eloise elon emanuel emil emile emilie emilio emily emma
emmanuel emmanuelle emine emre enrico enrique eric erica erik erin ernest ernesto esther etienne eugene eugenie eva evan eve
evelyne evgeni evgeny evgueni fabien fabienne fabio fabrice fadi fahad faisal farid fatima fatou fatoumata faustine felix
fernand fernando filip filipe florence florent florian fouad france francesca francesco francis francisco franck francois
francoise frank frantz franz frederic frederick frederique fredrik friedrich gabriel gabriela gabrielle gael gaelle gareth gary
gaston gaspard gavin genevieve geoffrey georg george georges georgi georgia georgina gerald gerard gerhard gert ghislaine giacomo
gianni gilbert gilles gina giorgia giorgio giovanni gisele giulia giuseppe gleb gordon greg gregoire gregory guillaume
gunther gustave guy gwen hadi hafez hakan hamad hamid hamza hana hanna hannah hans harald harold harry hasan hassan hatice
heather hector heidi heinrich helen helena helene henri henrik henry herbert herve hicham hilary hillary hiroshi hossein hugo
hugues humza hussein ian ibrahim idriss igor ilia ilya ines ingrid irina iouri isaac isabel isabella isabelle ismael
ismail issa ivan ivana jack jacob jacqueline jacques jaime jair jake james jamal jan jana jane janet janine jared jason javier
javad jay jean jean-baptiste jean-claude jean-francois jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel jean-paul
jean-pierre jean-yves jeanne jeannine jeff jeffrey jennifer jens jeremy jerome jessica jim jimmy jo joachim joan joanna joao
joe joel johan johann johanna john johnny jon jonas jonathan jordan jorge jose josef joseph josephine josh joshua josiane joyce
juan judith jules julia julian julie julien juliette justin justine kamala kamel karim karin karina karine karl kasper kate
katerina katharina katherine kathleen kathy katia katya keir keith kemal ken kenneth kevin khaled khalid khalil kim kirill
klaus konstantin kostiantyn kristina kurt kyle lara larry laura laure laurence laurent lea leila lena leo leon leonard leonid
leonie liam lili lily lina linda lionel lisa liz lloyd lola lorenzo lothar louis louise luc luca lucas lucia lucie lucien
ludovic luigi luis luisa luiz lukas luke lydia lyudmila madeleine magali magdalena mahmoud maia malik manon manuel manuela marc
marcel marcelo marco marcus margaret margot maria mariam marian marianne marie marie-france marie-christine marie-claude
marina mario marion marius mark marko marta martha martin martina martine mary maryam masha mateo mathias mathieu mathilde
matt matteo matthew matthias matthieu maurice max maxim maxime maximilian mehdi mehmet melania melanie melissa merve michael
michel michele michelle miguel mikhail mikhaïl mikael mike milan milos mirela miriam mohamed mohammad mohammed
mohsen monica monique morgan moussa muhammad murat musa mustafa myriam nabil nadia nadine nadejda nadezhda naftali najib
nancy naomi narendra nasser natalia natalie natalya natacha natasha nathalie nathan nicola nicolae nicolai nicolas nicole
niels nigel nikita nikki nikolai nikolaï nikolay nina noah noam noel noemie nora norbert nour nuri octave odile oksana olaf
olena oleg oleksandr oleksii oleksiy olga olivia olivier omar oscar osman otto pablo paolo pascal pascale patricia patrick
paul paula pauline pavel pedro penelope penny peter petr petro philip philipp philippe phillip pierre pierre-yves piotr pooja
priya rachel rachid rafael rafik rahul raja ralf ralph ramon ramzan raphael raphaelle rashid raul raymond rebecca recep reem
remi remy renaud rene renee reza ricardo riccardo richard rishi rita rob robert roberta roberto robin rodrigo roger roland
roman romain ron ronald rosa rosalie rose rudolf rudy rui ruslan ruth ryan saad sabine sacha sadiq said salah salim salma
salman sam sami samia samir samuel sandra sandrine sanjay sara sarah sasha scott sean sebastian sebastien serge sergei sergey
sergio serguei sergueï sergiy serhiy severine shannon sharon sheikh shimon shinzo shirley siddharth sigrid silvia simon simone
sofia solange sonia sophie stefan stefano stephane stephanie stephen steve steven sultan susan suzanne svetlana sylvain
sylvie tamara tanya tariq tatiana tatiana tatyana ted teresa terry theo theodore theresa thierry thomas tim timothy tina tobias
todd tom tomas tommy toni tony tristan ulrich ursula uwe valentin valentina valentine valeria valerie valery valeri vanessa
vasily vassili vera veronique victor victoria vikram vincent viktor viktoria violaine virginie vitali vitaly vladimir vladislav
volodymyr walid walter wang wei wendy werner wiktor wilfried william willy wladimir wolfgang xavier xi yael yair yann yannick
yaroslav yasmina yasmine yassine yevgeny yevhen yitzhak yoann yoav yolanda yossi youssef youri yulia yuliya yuri yury yusuf
yves yvette yvonne zakaria zeynep zhang zoe zohra
abdelfattah abdelmadjid bachar faycal gamal habib houssein marwan mostafa mousa moustafa naguib osama oussama rami saeed saleh
tamim tarek wael yahya yasser ziad
`;

/** Folds a word the way the list is keyed: accents removed, lowercase, typographic apostrophes unified. */
export function foldName(word: string): string {
  const f = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, "'")
    .toLowerCase();
  // Letters that carry no combining mark to remove: "Stanisław", "Bjørn", "Đorđe", "Işık".
  return NON_DECOMPOSING.test(f) ? f.replace(NON_DECOMPOSING_G, (c) => UNDECOMPOSED[c]) : f;
}

const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };
const NON_DECOMPOSING = /[łøđıæœßþð]/;
const NON_DECOMPOSING_G = /[łøđıæœßþð]/g;

/** The table's entries, front-coded: one base-36 digit, the prefix shared with the entry before, then the rest. */
function decodeFrontCoded(coded: string, into: Set<string>): void {
  let prev = '';
  for (const entry of coded.split(' ')) {
    prev = prev.slice(0, parseInt(entry[0], 36)) + entry.slice(1);
    into.add(prev);
  }
}

/** Our own list: the given names most often met in news text, without the broad table's rarer ones. */
const COMMON_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean).map(foldName));

const FIRST_NAMES: ReadonlySet<string> = (() => {
  const set = new Set(COMMON_NAMES);
  decodeFrontCoded(GIVEN_NAMES_CODED, set);
  return set;
})();

/**
 * True when `word` is in our own list of given names common in news text ("Hayley" is only in the broad
 * table, where many names are also places, brands or words: "Harrison", "Orlando", "Amber", "Jazz").
 */
export function isCommonGivenName(word: string): boolean {
  return COMMON_NAMES.has(foldName(word));
}

/** True when `word` is a common given name in one of the covered languages ("Sergueï", "Dmitry", "Jean-Yves"). */
export function isFirstName(word: string): boolean {
  let r = FIRST_NAME_CACHE.get(word);
  if (r === undefined) {
    r = isFirstNameUncached(word);
    if (FIRST_NAME_CACHE.size > 50000) FIRST_NAME_CACHE.clear();
    FIRST_NAME_CACHE.set(word, r);
  }
  return r;
}

/** Answers of `isFirstName` by word: a large text asks about the same capitalised words many times. */
const FIRST_NAME_CACHE = new Map<string, boolean>();

function isFirstNameUncached(word: string): boolean {
  const f = foldName(word);
  if (FIRST_NAMES.has(f)) return true;
  // Compound French given names not listed as such: "Jean-Noël", "Marie-Hélène", and "Jean-Bedel": a
  // given name and one more word of three letters or more.
  const dash = f.indexOf('-');
  return dash > 0 && FIRST_NAMES.has(f.slice(0, dash)) && (FIRST_NAMES.has(f.slice(dash + 1)) || (f.length - dash > 3 && !f.includes('-', dash + 1)));
}

/** Number of given names in the list (for tests and the quality report). */
export function firstNameCount(): number {
  return FIRST_NAMES.size;
}
