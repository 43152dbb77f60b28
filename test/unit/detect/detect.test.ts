import assert from 'node:assert/strict';
import { detect, findPublicationDate, personKey } from '../../../src/core/detect/index';
import { parseNumber } from '../../../src/core/detect/numbers';

const FEB26 = '2025-02-26'; // a Wednesday
const dateOf = (text: string, published?: string) => detect(text, { published }).dates.map((d) => [d.text, d.value]);
const durOf = (text: string) => detect(text).durations.map((d) => [d.text, d.minutes, d.qualifier]);

describe('publication date', () => {
  it('prefers the sidecar value over a header and a dateline', () => {
    assert.equal(findPublicationDate(' date 2025-02 x\n26/02/2025 à 15:16', '2025-03-01')?.value, '2025-03-01');
  });
  it('reads a " date 2025-02" header line as a month', () => {
    assert.deepEqual(findPublicationDate(' date 2025-02 Américains et Russes'), { value: '2025-02', precision: 'month', source: 'header' });
  });
  it('reads a Reuters dateline "26/02/2025 à 15:16" as a datetime', () => {
    assert.equal(findPublicationDate('titre\ninformation fournie par Reuters\u00a026/02/2025 à 15:16\n')?.value, '2025-02-26T15:16');
  });
  it('reads an English dateline "February 26, 2025"', () => {
    assert.equal(findPublicationDate('MOSCOW, February 26, 2025 (Reuters) - x')?.value, '2025-02-26');
  });
  it('returns null when nothing dates the article', () => {
    assert.equal(findPublicationDate('Poutine évoque un espoir.'), null);
  });
  it('reads a dateline whose year is the first four digits of the head, and none whose year lies past it', () => {
    assert.equal(findPublicationDate('Publié le 3/4/25 puis le 26/02/2025 à 9h05')?.value, '2025-02-26T09:05');
    assert.equal(findPublicationDate('Le 3 mars à 12 h, 26 février 2024')?.value, '2024-02-26');
    assert.equal(findPublicationDate('x'.repeat(590) + ' 26/02/2025'), null);
    assert.equal(findPublicationDate('Le 26/02/25 à 15:16, 123 personnes'), null);
    assert.equal(findPublicationDate(' date 2025-13\nLe 4 mai 2024')?.value, '2024-05-04');
  });
});

describe('personKey', () => {
  it('links transliteration variants of one person', () => {
    assert.equal(personKey('Iouri Ouchakov'), personKey('Yuri Ushakov'));
    assert.equal(personKey('Dmitri Peskov'), personKey('Dmitry Peskov'));
    assert.equal(personKey('Sergueï Lavrov'), personKey('Sergei Lavrov'));
    assert.equal(personKey('Vladimir Poutine'), personKey('Vladimir Putin'));
    assert.equal(personKey('ZELENSKYY'), personKey('Zelensky'));
  });
  it('keeps different people apart', () => {
    assert.notEqual(personKey('Anatoly Antonov'), personKey('Dmitry Antonov'));
  });
});

describe('language', () => {
  it('tells French from English by function words', () => {
    assert.equal(detect('Les pourparlers se sont achevés jeudi à Istanbul et la délégation est partie.').language, 'fr');
    assert.equal(detect('The talks ended on Thursday in Istanbul and the delegation left.').language, 'en');
  });
});

describe('dates', () => {
  it('normalises partial dates against the publication year', () => {
    assert.deepEqual(dateOf('après une première le 18 février en Arabie saoudite', FEB26), [['le 18 février', '2025-02-18']]);
    assert.deepEqual(dateOf('l’appel du 12 février', FEB26), [['12 février', '2025-02-12']]);
  });
  it('reads "26/02/2025 à 15:16" as the day and the clock time, the time keeping its day (TimeML)', () => {
    assert.deepEqual(dateOf('fournie par Reuters 26/02/2025 à 15:16'), [
      ['26/02/2025', '2025-02-26'],
      ['15:16', '2025-02-26T15:16'],
    ]);
  });
  it('reads months and years in context, not every 4-digit number', () => {
    assert.deepEqual(dateOf('depuis le début de l’offensive en février 2022.'), [['février 2022', '2022-02']]);
    assert.deepEqual(dateOf('au sommet d’Osaka en 2019, depuis 2014.'), [
      ['2019', '2019'],
      ['2014', '2014'],
    ]);
    assert.deepEqual(dateOf('une aide de 2000 soldats et 1500 euros'), []);
  });
  it('reads a month shortly after publication as the coming one, unless the clause says it is past', () => {
    const MARCH3 = '2025-03-03';
    assert.deepEqual(dateOf('Une échéance est fixée à fin avril.', MARCH3), [['fin avril', '2025-04']]);
    assert.deepEqual(dateOf('La conférence du 12 mai réunira les ministres.', MARCH3), [['12 mai', '2025-05-12']]);
    assert.deepEqual(dateOf('Le sommet a eu lieu le 5 avril à Paris.', MARCH3), [['le 5 avril', '2024-04-05']]);
    assert.deepEqual(dateOf('Le vote du 14 septembre a été annulé.', MARCH3), [['14 septembre', '2024-09-14']]);
    assert.deepEqual(dateOf('The meeting was held on April 5.', MARCH3), [['April 5', '2024-04-05']]);
  });
  it('counts back from publication: "il y a deux semaines", "three days ago", "a year ago", "last night"', () => {
    const MARCH3 = '2025-03-03'; // a Monday
    assert.deepEqual(dateOf('Il y a deux semaines, un appel a eu lieu. Il y a un an, rien.', MARCH3), [
      ['Il y a deux semaines', '2025-W08'],
      ['Il y a un an', '2024'],
    ]);
    assert.deepEqual(dateOf('Three days ago, talks failed; twenty-one months ago they began.', MARCH3), [
      ['Three days ago', '2025-02-28'],
      ['twenty-one months ago', '2023-06'],
    ]);
    assert.deepEqual(dateOf('The summit opened last night in Brussels.', MARCH3), [['last night', '2025-03-02']]);
    // A vague count is a vague duration (TimeML PXD), not a day counted back; 300 years is beyond the rule.
    assert.deepEqual(dateOf('Il y a quelques jours, il y a 300 ans.', MARCH3), [['quelques jours', 'PXD']]);
    assert.deepEqual(dateOf('Le vote aura lieu dans deux semaines. Dans un an, tout sera fini.', MARCH3), [
      ['dans deux semaines', '2025-W12'],
      ['Dans un an', '2026'],
    ]);
    assert.deepEqual(durOf('Il partira dans deux heures, après avoir négocié pendant deux jours.'), [
      ['deux heures', 120, 'exact'],
      ['deux jours', 2880, 'exact'],
    ]);
  });
  it('reads "mid-March", "end of April", "early April" in English', () => {
    assert.deepEqual(dateOf('Talks resume in mid-March, before a deadline at the end of April.', '2025-03-03'), [
      ['mid-March', '2025-03'],
      ['the end of April', '2025-04'],
    ]);
  });
  it('puts "en octobre dernier" in the last October before publication', () => {
    assert.deepEqual(dateOf('le départ de l’émissaire en octobre dernier.', FEB26), [['octobre dernier', '2024-10']]);
  });
  it('takes the nearest past weekday, or the next one with a future cue', () => {
    assert.deepEqual(dateOf('a déclaré mercredi le ministre', FEB26), [['mercredi', '2025-02-26']]);
    assert.deepEqual(dateOf('Les délégations vont se rencontrer à Istanbul jeudi.', FEB26), [['jeudi', '2025-02-27']]);
    assert.deepEqual(dateOf('Ils se sont réunis mardi.', FEB26), [['mardi', '2025-02-25']]);
    assert.deepEqual(dateOf('talks ended on Thursday', FEB26), [['Thursday', '2025-02-20']]);
  });
  it('lists candidate days for a weekday against a month-only publication date', () => {
    const d = detect('Les pourparlers ont commencé ce jeudi matin.', { published: '2025-02' }).dates[0];
    assert.equal(d.text, 'ce jeudi matin');
    assert.equal(d.value, '2025-02');
    assert.deepEqual(d.candidates, ['2025-02-06', '2025-02-13', '2025-02-20', '2025-02-27']);
  });
  it('keeps unknown parts as X without a publication date', () => {
    assert.deepEqual(dateOf('Ils se sont réunis jeudi.'), [['jeudi', 'XXXX-WXX-4']]);
  });
  it('resolves relative days, weeks, months and years', () => {
    assert.deepEqual(dateOf("aujourd'hui, aujourd’hui, hier, demain", FEB26), [
      ["aujourd'hui", FEB26],
      ['aujourd’hui', FEB26],
      ['hier', '2025-02-25'],
      ['demain', '2025-02-27'],
    ]);
    assert.deepEqual(dateOf('la semaine dernière', FEB26), [['la semaine dernière', '2025-W08']]);
    assert.deepEqual(dateOf('le mois dernier', FEB26), [['le mois dernier', '2025-01']]);
    assert.deepEqual(dateOf("l'an dernier", FEB26), [["l'an dernier", '2024']]);
    assert.deepEqual(dateOf('yesterday, last week', FEB26), [
      ['yesterday', '2025-02-25'],
      ['last week', '2025-W08'],
    ]);
  });
  it('gives "le 12 du même mois" the month of the previous date', () => {
    assert.deepEqual(
      dateOf('le 18 février, après l’appel du 12 du même mois', FEB26).map((x) => x[1]),
      ['2025-02-18', '2025-02-12'],
    );
    assert.deepEqual(
      dateOf('une première le 18 février. Un entretien le 12 du même mois.', FEB26).map((x) => x[1]),
      ['2025-02-18', '2025-02-12'],
    );
  });
  it('reads times "16h20", "14h20", "15:16", "16 h 20", "4:20 p.m."', () => {
    assert.deepEqual(
      dateOf('à 16h20 (14h20 en Suisse), 15:16, à 16 h 20, at 4:20 p.m.').map((x) => x[1]),
      ['T16:20', 'T14:20', 'T15:16', 'T16:20', 'T16:20'],
    );
  });
  it('reads English dates "on February 18" and "Feb. 18, 2025"', () => {
    assert.deepEqual(
      dateOf('on February 18 and on Feb. 18, 2025', FEB26).map((x) => x[1]),
      ['2025-02-18', '2025-02-18'],
    );
  });
  it('does not read "mer" or "lun" as weekdays', () => {
    assert.deepEqual(dateOf('la mer Noire et la lun', FEB26), []);
  });
});

describe('durations', () => {
  it('reads a time-looking token after "causé" as a duration', () => {
    assert.deepEqual(durOf('Américains et Russes ont causé 6h30 à Istanbul'), [['6h30', 390, 'exact']]);
    assert.deepEqual(detect('Américains et Russes ont causé 6h30 à Istanbul').dates, []);
  });
  it('keeps "à 16h20" a time', () => {
    assert.deepEqual(durOf('a quitté la résidence à 16h20'), []);
  });
  it('reads numbers in words with qualifiers', () => {
    assert.deepEqual(durOf("à l'issue de presque six heures et demie d'échanges"), [['presque six heures et demie', 390, 'almost']]);
    assert.deepEqual(durOf('Après plus de quatre heures de discussion'), [['plus de quatre heures', 240, 'more-than']]);
    assert.deepEqual(durOf('a duré quatre heures et demie'), [['quatre heures et demie', 270, 'exact']]);
    assert.deepEqual(durOf('une heure et demie de discussions'), [['une heure et demie', 90, 'exact']]);
    assert.deepEqual(durOf('pendant 90 minutes, depuis trois ans, en deux semaines'), [
      ['90 minutes', 90, 'exact'],
      ['trois ans', 1576800, 'exact'],
      ['deux semaines', 20160, 'exact'],
    ]);
    assert.deepEqual(durOf('more than four hours, nearly six and a half hours'), [
      ['more than four hours', 240, 'more-than'],
      ['nearly six and a half hours', 390, 'almost'],
    ]);
    assert.deepEqual(durOf('environ deux heures, moins de trois jours, about 90 minutes'), [
      ['environ deux heures', 120, 'about'],
      ['moins de trois jours', 4320, 'less-than'],
      ['about 90 minutes', 90, 'about'],
    ]);
  });
  it('parses compound number words in French and English', () => {
    assert.equal(parseNumber('vingt-et-un'), 21);
    assert.equal(parseNumber('soixante-dix'), 70);
    assert.equal(parseNumber('quatre-vingts'), 80);
    assert.equal(parseNumber('quatre-vingt-dix'), 90);
    assert.equal(parseNumber('cent'), 100);
    assert.equal(parseNumber('twenty-one'), 21);
    assert.equal(parseNumber('one hundred'), 100);
  });
});

describe('people', () => {
  const people = (text: string, registry = [] as { id: string; name: string; aliases: string[] }[]) =>
    detect(text, { registry }).people.map((p) => [p.text, p.name]);
  it('finds names after roles and propagates the surname', () => {
    assert.deepEqual(people('Le porte-parole du Kremlin, Dmitri Peskov, a réaffirmé mercredi. Peskov a ajouté.'), [
      ['Dmitri Peskov', 'Dmitri Peskov'],
      ['Peskov', 'Dmitri Peskov'],
    ]);
    assert.deepEqual(people('Le président russe, Vladimir Poutine, a déclaré. Poutine évoque un espoir.'), [
      ['Vladimir Poutine', 'Vladimir Poutine'],
      ['Poutine', 'Vladimir Poutine'],
    ]);
  });
  it('recognises titles: "M.", "Mme", "President", "Secretary of State"', () => {
    assert.deepEqual(
      people('M. Stiell a rappelé que Mme Pannier-Runacher doit venir.').map((x) => x[0]),
      ['Stiell', 'Pannier-Runacher'],
    );
    assert.deepEqual(
      people('Secretary of State Marco Rubio met President Trump.').map((x) => x[0]),
      ['Marco Rubio', 'Trump'],
    );
  });
  it('keeps places, organisations, nationalities and months out', () => {
    assert.deepEqual(
      people(
        'Russes et Américains ont causé à Istanbul, à Riyad et à Moscou. Washington et Kiev. Le Kremlin, l’AFP, Reuters, l’Otan et le FSB. Jeudi, en Arabie saoudite.',
      ),
      [],
    );
  });
  it('recognises every alias of a registry person with the registry id', () => {
    const reg = [{ id: 'putin', name: 'Vladimir Poutine', aliases: ['Vladimir Putin', 'le maître du Kremlin'] }];
    const d = detect('Putin spoke. Vladimir Putin said so.', { registry: reg }).people;
    assert.deepEqual(
      d.map((p) => [p.text, p.id]),
      [
        ['Putin', 'putin'],
        ['Vladimir Putin', 'putin'],
      ],
    );
  });
  it('keeps a hyphenated Arabic article in the family name after given names, not in a place', () => {
    assert.deepEqual(
      people(
        "Le président syrien Bachar al-Assad a fui. Selon Abdel Fattah el-Sissi, rien ne change. L'émir Tamim ben Hamad al-Thani a reçu Mohammed ben Salmane.",
      ).map((x) => x[0]),
      ['Bachar al-Assad', 'Abdel Fattah el-Sissi', 'Tamim ben Hamad al-Thani', 'Mohammed ben Salmane'],
    );
    assert.deepEqual(people('Trois otages ont été remis à Deir el-Balah, dans le centre de la bande de Gaza, a annoncé l’armée.'), []);
  });
  it('reads English possessives, middle initials and sentence adverbs', () => {
    const d = detect("Donald J. Trump spoke. Later Trump said more. Mr. Putin's envoy, Kirill Dmitriev, met Emmanuel Macron's adviser.").people;
    assert.deepEqual(
      d.map((p) => [p.text, p.id]),
      [
        ['Donald J. Trump', 'donald-trump'],
        ['Trump', 'donald-trump'],
        ['Putin', 'putin'],
        ['Kirill Dmitriev', 'kirill-dmitriev'],
        ['Emmanuel Macron', 'emmanuel-macron'],
      ],
    );
  });
  it('finds a full name followed by a role in apposition', () => {
    assert.deepEqual(
      people('Kaja Kallas, la cheffe de la diplomatie européenne, est arrivée. Mette Frederiksen, the Danish prime minister, agreed.').map((x) => x[0]),
      ['Kaja Kallas', 'Mette Frederiksen'],
    );
    assert.deepEqual(people('Place Vendôme, la police a bouclé le quartier.'), []);
  });
  it('finds a surname glued by a hyphen once the full name is known', () => {
    assert.deepEqual(
      people('Rencontre à Istanbul-Lavrov\nSergueï Lavrov a précisé.').map((x) => x[0]),
      ['Lavrov', 'Sergueï Lavrov'],
    );
  });
});

describe('quotes', () => {
  const quotes = (text: string) => detect(text).quotes.map((q) => [q.text, q.speakerName ?? null]);
  it('attributes "according to" with a role between, and not across a comma without one', () => {
    assert.deepEqual(quotes('According to Kremlin spokesman Dmitry Peskov, "no dates have been set for a summit".'), [
      ['no dates have been set for a summit', 'Dmitry Peskov'],
    ]);
    assert.deepEqual(quotes('Selon le porte-parole du Kremlin, Dmitri Peskov, « aucune date n’a été fixée pour le sommet ».'), [
      ['aucune date n’a été fixée pour le sommet', 'Dmitri Peskov'],
    ]);
    assert.deepEqual(quotes('Selon le ministère, Sergueï Lavrov « a tout fait pour la paix et la sécurité ».'), [
      ['a tout fait pour la paix et la sécurité', null],
    ]);
    // "according to" an agency after the quote names the source of the report; the speaker is named before.
    assert.deepEqual(quotes('Kremlin spokesman Dmitry Peskov said the decision "could really contribute to peace," according to the Interfax news agency.'), [
      ['could really contribute to peace,', 'Dmitry Peskov'],
    ]);
  });
  it('attributes "Pour Dmitri Peskov, « … »" to the person the clause is given to, and only then', () => {
    assert.deepEqual(quotes('Pour Dmitri Peskov, « il est trop tôt pour parler d’un sommet entre les deux présidents ».'), [
      ['il est trop tôt pour parler d’un sommet entre les deux présidents', 'Dmitri Peskov'],
    ]);
    assert.deepEqual(quotes('Un geste pour Volodymyr Zelensky, « qui attend toujours une réponse de Washington ».'), [
      ['qui attend toujours une réponse de Washington', null],
    ]);
  });
  it('attributes a quote to the person named in its incise, and "selon lui" to the person last named', () => {
    assert.deepEqual(
      quotes('« Nous avons discuté de tout, a expliqué Sergueï Lavrov. Les Américains ont compris notre position. »').map((x) => x[1]),
      ['Sergueï Lavrov'],
    );
    assert.deepEqual(quotes('Marco Rubio est arrivé jeudi. Selon lui, « les deux pays ont beaucoup à gagner à la paix ».'), [
      ['les deux pays ont beaucoup à gagner à la paix', 'Marco Rubio'],
    ]);
    // A name inside the quote that no incise introduces is not its speaker.
    assert.deepEqual(
      quotes('« Nous avons parlé avec Sergueï Lavrov pendant des heures sans avancer », regrette un diplomate.').map((x) => x[1]),
      [null],
    );
  });
  it('attributes a quote whose subject is a role to the person introduced with that role, or to nobody', () => {
    const text =
      'Le président américain, Donald Trump, et le chef de la diplomatie russe, Sergueï Lavrov, se sont parlé. ' +
      'Le chef de la diplomatie russe a ajouté : « Il n’y aura pas de troupes européennes en Ukraine. » ' +
      'Le porte-parole du Kremlin a estimé que « ces discussions étaient une première étape ». ' +
      'Le président russe a déclaré : « Nous verrons bien ce qui se passera ensuite. »';
    assert.deepEqual(
      quotes(text).map((x) => x[1]),
      ['Sergueï Lavrov', null, null],
    );
  });
  it('reads "il" as the subject of the sentence that last named someone, not its object', () => {
    assert.deepEqual(
      quotes('Jeudi, Emmanuel Macron a reçu Keir Starmer à l’Élysée. « L’Europe doit prendre sa part du fardeau », a-t-il déclaré.').map((x) => x[1]),
      ['Emmanuel Macron'],
    );
    assert.deepEqual(
      quotes('Keir Starmer a été reçu jeudi par Emmanuel Macron. « Nous sommes prêts à envoyer des troupes », a-t-il déclaré.').map((x) => x[1]),
      ['Keir Starmer'],
    );
  });
  it('names the speaker after whom the quote was told to ("a déclaré à l’AFP Kaja Kallas, la cheffe de la diplomatie européenne")', () => {
    assert.deepEqual(quotes('« Il faut une paix juste et durable », a déclaré à l’AFP Kaja Kallas, la cheffe de la diplomatie européenne.'), [
      ['Il faut une paix juste et durable', 'Kaja Kallas'],
    ]);
    assert.deepEqual(
      quotes('« Nous avons parlé de la paix en Ukraine », a déclaré à Emmanuel Macron un diplomate.').map((x) => x[1]),
      [null],
    );
  });
  it('keeps the speaker of a quote carried over paragraphs the French way (left open, « again)', () => {
    const text =
      'Sergueï Lavrov a poursuivi : « Il n’y aura pas de troupes européennes en Ukraine.\n\n« Cela serait inacceptable pour Moscou. »\n\nAutre chose. « Une phrase sans auteur connu ici. »';
    assert.deepEqual(
      quotes(text).map((x) => x[1]),
      ['Sergueï Lavrov', 'Sergueï Lavrov', null],
    );
  });
  it('gives a quote opening the next sentence the speaker of the quote just before it', () => {
    assert.deepEqual(quotes('"We listened and we heard each other," Sergei Lavrov added. "There is a will to move forward."'), [
      ['We listened and we heard each other,', 'Sergei Lavrov'],
      ['There is a will to move forward.', 'Sergei Lavrov'],
    ]);
    assert.deepEqual(quotes('"We listened and we heard each other," Sergei Lavrov added.\n\n"There is a will to move forward," a diplomat said.'), [
      ['We listened and we heard each other,', 'Sergei Lavrov'],
      ['There is a will to move forward,', null],
    ]);
  });
  it('attributes a speech verb after the quote', () => {
    assert.deepEqual(quotes('«Personne ne s’attend à ce que ce soit facile», a souligné Dmitri Peskov.'), [
      ['Personne ne s’attend à ce que ce soit facile', 'Dmitri Peskov'],
    ]);
  });
  it('resolves "a-t-il ajouté" to the last person named outside quotes', () => {
    assert.deepEqual(quotes('Sergueï Lavrov est venu. «Nous sommes prêts à discuter de tout», a-t-il ajouté.')[0][1], 'Sergueï Lavrov');
  });
  it('attributes "selon Marco Rubio" and "Marco Rubio a déclaré : «"', () => {
    assert.deepEqual(quotes('Selon Marco Rubio, « les Européens devront être associés »')[0][1], 'Marco Rubio');
    assert.deepEqual(quotes('Marco Rubio a déclaré : « Il doit s’agir d’une fin permanente. »')[0][1], 'Marco Rubio');
  });
  it('takes a caption name printed right after the quote', () => {
    assert.deepEqual(quotes('«Les Américains doivent désigner leurs représentants» Iouri Ouchakov')[0][1], 'Iouri Ouchakov');
  });
  it('gives short terms and organisations no speaker', () => {
    assert.deepEqual(quotes('Marco Rubio a convenu d’un «mécanisme de consultation».'), [['mécanisme de consultation', null]]);
    assert.deepEqual(quotes('Il faut « poser les bases d’une future coopération durable », selon un communiqué du département d’Etat.')[0][1], null);
  });
  it('repairs a closing mark printed as an opener', () => {
    const d = detect("il a précisé qu' »on ne peut pas garantir la sécurité de certains. »");
    assert.equal(d.quotes[0].text, 'on ne peut pas garantir la sécurité de certains.');
  });
  it('handles “…”, "…", ‹…› and nested quotes, over several sentences', () => {
    assert.deepEqual(
      detect('He said “we will. We must.” Then "go now," and ‹ ok ›.').quotes.map((q) => q.text),
      ['we will. We must.', 'go now,', 'ok'],
    );
    assert.deepEqual(
      detect('« Il a parlé d’une “opération spéciale” hier », dit-il.').quotes.map((q) => q.text),
      ['Il a parlé d’une “opération spéciale” hier'],
    );
  });
  it('ends an unclosed quote at the end of the paragraph', () => {
    const d = detect('« Nous ne céderons pas, a-t-il dit\nAutre paragraphe.');
    assert.equal(d.quotes[0].text, 'Nous ne céderons pas, a-t-il dit');
  });
  it('gives code-point offsets with marks in outerStart/outerEnd', () => {
    const text = '😀 «Bonjour à tous ici» fin';
    const q = detect(text).quotes[0];
    assert.deepEqual([q.start, q.end, q.outerStart, q.outerEnd], [3, 21, 2, 22]);
  });
});

describe('pathological input', () => {
  it('completes on a 1 MB line without spaces, and on thousands of quote marks', () => {
    const noSpaces = 'a1«"h:'.repeat(170000);
    const d1 = detect(noSpaces);
    assert.ok(Array.isArray(d1.quotes));
    const marks = '« » " “ ” ‹ › '.repeat(20000) + 'le 18 février '.repeat(1000) + ' '.repeat(200000) + 'plus de';
    const d2 = detect(marks, { published: '2025-02-26' });
    assert.ok(d2.dates.length >= 1000);
    const letters = 'É'.repeat(300000) + ' Dmitri' + 'x'.repeat(300000);
    assert.ok(Array.isArray(detect(letters).people));
  });
  it('completes on 150,000 openers followed by 150,000 closers of another kind (was quadratic: minutes)', () => {
    // Each "”" looked for an open "“" down the whole stack of "«"; it is now found at once, or not at all.
    const d = detect('«'.repeat(150000) + '”'.repeat(150000));
    assert.equal(d.quotes.length, 1);
    assert.equal(d.quotes[0].outerEnd, 300000);
  });
});
