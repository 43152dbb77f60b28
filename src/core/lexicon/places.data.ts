/**
 * The gazetteer's data that places.ts reads: the place table and the demonym stems. Apart from the finder,
 * so that a new place or spelling is a change to this data file only.
 */

/*
 * One line per place: `id|kind|country|spelling1|spelling2|…`. The first spelling is the display name.
 * Spellings are matched case-insensitively on letters, but the text must start with a capital letter,
 * so common words ("nice", "reading") are not places.
 */
export const PLACE_TABLE = `
russia|country||Russie|Russia|Fédération de Russie|Russian Federation
united-states|country||États-Unis|Etats-Unis|Etats Unis|États Unis|United States|United States of America|USA|U.S.A.|U.S.|Amérique
ukraine|country||Ukraine
saudi-arabia|country||Arabie saoudite|Arabie Saoudite|Saudi Arabia|Arabie
turkey|country||Turquie|Turkey|Türkiye
switzerland|country||Suisse|Switzerland
france|country||France
germany|country||Allemagne|Germany
united-kingdom|country||Royaume-Uni|Royaume Uni|United Kingdom|Grande-Bretagne|Great Britain|Britain|UK|Angleterre|England
italy|country||Italie|Italy
spain|country||Espagne|Spain
portugal|country||Portugal
belgium|country||Belgique|Belgium
netherlands|country||Pays-Bas|Netherlands|Hollande|Holland
luxembourg|country||Luxembourg
austria|country||Autriche|Austria
poland|country||Pologne|Poland
czechia|country||République tchèque|Tchéquie|Czech Republic|Czechia
slovakia|country||Slovaquie|Slovakia
hungary|country||Hongrie|Hungary
romania|country||Roumanie|Romania
bulgaria|country||Bulgarie|Bulgaria
greece|country||Grèce|Greece
cyprus|country||Chypre|Cyprus
malta|country||Malte|Malta
croatia|country||Croatie|Croatia
slovenia|country||Slovénie|Slovenia
serbia|country||Serbie|Serbia
bosnia|country||Bosnie-Herzégovine|Bosnie|Bosnia and Herzegovina|Bosnia
montenegro|country||Monténégro|Montenegro
albania|country||Albanie|Albania
north-macedonia|country||Macédoine du Nord|Macédoine|North Macedonia|Macedonia
kosovo|country||Kosovo
moldova|country||Moldavie|Moldova
belarus|country||Biélorussie|Bélarus|Belarus
lithuania|country||Lituanie|Lithuania
latvia|country||Lettonie|Latvia
estonia|country||Estonie|Estonia
finland|country||Finlande|Finland
sweden|country||Suède|Sweden
norway|country||Norvège|Norway
denmark|country||Danemark|Denmark
iceland|country||Islande|Iceland
ireland|country||Irlande|Ireland
georgia|country||Géorgie|Georgia
armenia|country||Arménie|Armenia
azerbaijan|country||Azerbaïdjan|Azerbaijan
kazakhstan|country||Kazakhstan
uzbekistan|country||Ouzbékistan|Uzbekistan
turkmenistan|country||Turkménistan|Turkmenistan
kyrgyzstan|country||Kirghizistan|Kyrgyzstan
tajikistan|country||Tadjikistan|Tajikistan
china|country||Chine|China
japan|country||Japon|Japan
south-korea|country||Corée du Sud|South Korea
north-korea|country||Corée du Nord|North Korea
mongolia|country||Mongolie|Mongolia
taiwan|country||Taïwan|Taiwan
india|country||Inde|India
pakistan|country||Pakistan
afghanistan|country||Afghanistan
iran|country||Iran
iraq|country||Irak|Iraq
syria|country||Syrie|Syria
lebanon|country||Liban|Lebanon
israel|country||Israël|Israel
palestine|country||Palestine|Territoires palestiniens
jordan|country||Jordanie|Jordan
egypt|country||Égypte|Egypte|Egypt
libya|country||Libye|Libya
tunisia|country||Tunisie|Tunisia
algeria|country||Algérie|Algeria
morocco|country||Maroc|Morocco
mauritania|country||Mauritanie|Mauritania
sudan|country||Soudan|Sudan
south-sudan|country||Soudan du Sud|South Sudan
ethiopia|country||Éthiopie|Ethiopie|Ethiopia
eritrea|country||Érythrée|Erythrée|Eritrea
somalia|country||Somalie|Somalia
djibouti|country||Djibouti
kenya|country||Kenya
uganda|country||Ouganda|Uganda
tanzania|country||Tanzanie|Tanzania
rwanda|country||Rwanda
burundi|country||Burundi
drc|country||République démocratique du Congo|RDC|RD Congo|Democratic Republic of the Congo|DRC
congo|country||Congo|Congo-Brazzaville|Republic of the Congo
gabon|country||Gabon
cameroon|country||Cameroun|Cameroon
nigeria|country||Nigeria|Nigéria
niger|country||Niger
chad|country||Tchad|Chad
mali|country||Mali
burkina-faso|country||Burkina Faso|Burkina
senegal|country||Sénégal|Senegal
gambia|country||Gambie|Gambia
guinea|country||Guinée|Guinea
guinea-bissau|country||Guinée-Bissau|Guinea-Bissau
sierra-leone|country||Sierra Leone
liberia|country||Liberia|Libéria
ivory-coast|country||Côte d'Ivoire|Côte d’Ivoire|Ivory Coast
ghana|country||Ghana
togo|country||Togo
benin|country||Bénin|Benin
central-african-republic|country||Centrafrique|République centrafricaine|Central African Republic
equatorial-guinea|country||Guinée équatoriale|Equatorial Guinea
angola|country||Angola
zambia|country||Zambie|Zambia
zimbabwe|country||Zimbabwe
mozambique|country||Mozambique
malawi|country||Malawi
madagascar|country||Madagascar
mauritius|country||Île Maurice|Ile Maurice|Mauritius
namibia|country||Namibie|Namibia
botswana|country||Botswana
south-africa|country||Afrique du Sud|South Africa
lesotho|country||Lesotho
eswatini|country||Eswatini|Swaziland
saudi-arabia-gulf|region||Golfe|Gulf|Persian Gulf|golfe Persique
qatar|country||Qatar
united-arab-emirates|country||Émirats arabes unis|Emirats arabes unis|Émirats|Emirats|United Arab Emirates|UAE
kuwait|country||Koweït|Kuwait
bahrain|country||Bahreïn|Bahrain
oman|country||Oman
yemen|country||Yémen|Yemen
bangladesh|country||Bangladesh
sri-lanka|country||Sri Lanka
nepal|country||Népal|Nepal
bhutan|country||Bhoutan|Bhutan
myanmar|country||Birmanie|Myanmar|Burma
thailand|country||Thaïlande|Thailand
laos|country||Laos
cambodia|country||Cambodge|Cambodia
vietnam|country||Vietnam|Viêt Nam|Viet Nam
malaysia|country||Malaisie|Malaysia
singapore-country|country||Singapour|Singapore
indonesia|country||Indonésie|Indonesia
philippines|country||Philippines
east-timor|country||Timor oriental|East Timor|Timor-Leste
australia|country||Australie|Australia
new-zealand|country||Nouvelle-Zélande|New Zealand
papua-new-guinea|country||Papouasie-Nouvelle-Guinée|Papua New Guinea
fiji|country||Fidji|Fiji
canada|country||Canada
mexico-country|country||Mexique|Mexico
guatemala|country||Guatemala
honduras|country||Honduras
el-salvador|country||Salvador|El Salvador
nicaragua|country||Nicaragua
costa-rica|country||Costa Rica
panama|country||Panama
cuba|country||Cuba
haiti|country||Haïti|Haiti
dominican-republic|country||République dominicaine|Dominican Republic
jamaica|country||Jamaïque|Jamaica
venezuela|country||Venezuela
colombia|country||Colombie|Colombia
ecuador|country||Équateur|Equateur|Ecuador
peru|country||Pérou|Peru
bolivia|country||Bolivie|Bolivia
brazil|country||Brésil|Brazil
paraguay|country||Paraguay
uruguay|country||Uruguay
argentina|country||Argentine|Argentina
chile|country||Chili|Chile
greenland|region|denmark|Groenland|Greenland
crimea|region|ukraine|Crimée|Crimea
donbas|region|ukraine|Donbass|Donbas
gaza|region|palestine|Gaza|bande de Gaza|Gaza Strip
west-bank|region|palestine|Cisjordanie|West Bank
kashmir|region||Cachemire|Kashmir
europe|region||Europe
africa|region||Afrique|Africa
asia|region||Asie|Asia
middle-east|region||Moyen-Orient|Proche-Orient|Middle East
moscow|city|russia|Moscou|Moscow|Moskva
saint-petersburg|city|russia|Saint-Pétersbourg|Saint-Petersbourg|St Petersburg|St. Petersburg|Saint Petersburg|Petersburg
sochi|city|russia|Sotchi|Sochi
kazan|city|russia|Kazan
novosibirsk|city|russia|Novossibirsk|Novosibirsk
kaliningrad|city|russia|Kaliningrad
vladivostok|city|russia|Vladivostok
kursk|city|russia|Koursk|Kursk
belgorod|city|russia|Belgorod
washington|city|united-states|Washington|Washington D.C.|Washington DC
new-york|city|united-states|New York|New York City|NYC
los-angeles|city|united-states|Los Angeles
chicago|city|united-states|Chicago
san-francisco|city|united-states|San Francisco
boston|city|united-states|Boston
miami|city|united-states|Miami
houston|city|united-states|Houston
dallas|city|united-states|Dallas
atlanta|city|united-states|Atlanta
seattle|city|united-states|Seattle
philadelphia|city|united-states|Philadelphie|Philadelphia
las-vegas|city|united-states|Las Vegas
new-orleans|city|united-states|La Nouvelle-Orléans|Nouvelle-Orléans|New Orleans
anchorage|city|united-states|Anchorage
alaska|region|united-states|Alaska
hawaii|region|united-states|Hawaï|Hawaii
california|region|united-states|Californie|California
texas|region|united-states|Texas
florida|region|united-states|Floride|Florida
mar-a-lago|city|united-states|Mar-a-Lago
camp-david|city|united-states|Camp David
kyiv|city|ukraine|Kiev|Kyiv|Kiyv|Kyïv
kharkiv|city|ukraine|Kharkiv|Kharkov
odesa|city|ukraine|Odessa|Odesa
lviv|city|ukraine|Lviv|Lvov|Lemberg
dnipro|city|ukraine|Dnipro|Dniepr|Dnipropetrovsk
zaporizhzhia|city|ukraine|Zaporijjia|Zaporijia|Zaporizhzhia|Zaporozhye
kherson|city|ukraine|Kherson
mariupol|city|ukraine|Marioupol|Mariupol
donetsk|city|ukraine|Donetsk
luhansk|city|ukraine|Louhansk|Lougansk|Luhansk|Lugansk
bakhmut|city|ukraine|Bakhmout|Bakhmut
sevastopol|city|ukraine|Sébastopol|Sevastopol
riyadh|city|saudi-arabia|Riyad|Riyadh|Ryad|Riad
jeddah|city|saudi-arabia|Djeddah|Jeddah|Jiddah
mecca|city|saudi-arabia|La Mecque|Mecca
istanbul|city|turkey|Istanbul|Stamboul
ankara|city|turkey|Ankara
antalya|city|turkey|Antalya
izmir|city|turkey|Izmir
geneva|city|switzerland|Genève|Geneve|Geneva
bern|city|switzerland|Berne|Bern
zurich|city|switzerland|Zurich|Zürich
lausanne|city|switzerland|Lausanne
davos|city|switzerland|Davos
basel|city|switzerland|Bâle|Basel
lugano|city|switzerland|Lugano
burgenstock|city|switzerland|Bürgenstock|Burgenstock
paris|city|france|Paris
marseille|city|france|Marseille|Marseilles
lyon|city|france|Lyon|Lyons
toulouse|city|france|Toulouse
bordeaux|city|france|Bordeaux
lille|city|france|Lille
strasbourg|city|france|Strasbourg
nantes|city|france|Nantes
nice|city|france|Nice
montpellier|city|france|Montpellier
rennes|city|france|Rennes
versailles|city|france|Versailles
berlin|city|germany|Berlin
munich|city|germany|Munich|München
hamburg|city|germany|Hambourg|Hamburg
frankfurt|city|germany|Francfort|Frankfurt
cologne|city|germany|Cologne|Köln
bonn|city|germany|Bonn
london|city|united-kingdom|Londres|London
manchester|city|united-kingdom|Manchester
edinburgh|city|united-kingdom|Édimbourg|Edimbourg|Edinburgh
rome|city|italy|Rome|Roma
milan|city|italy|Milan|Milano
naples|city|italy|Naples|Napoli
vatican|city||Vatican|Cité du Vatican|Vatican City
madrid|city|spain|Madrid
barcelona|city|spain|Barcelone|Barcelona
lisbon|city|portugal|Lisbonne|Lisbon|Lisboa
brussels|city|belgium|Bruxelles|Brussels
amsterdam|city|netherlands|Amsterdam
the-hague|city|netherlands|La Haye|The Hague
vienna|city|austria|Vienne|Vienna|Wien
warsaw|city|poland|Varsovie|Warsaw
krakow|city|poland|Cracovie|Kraków|Krakow
rzeszow|city|poland|Rzeszów|Rzeszow
prague|city|czechia|Prague|Praha
bratislava|city|slovakia|Bratislava
budapest|city|hungary|Budapest
bucharest|city|romania|Bucarest|Bucharest
sofia|city|bulgaria|Sofia
athens|city|greece|Athènes|Athens
nicosia|city|cyprus|Nicosie|Nicosia
valletta|city|malta|La Valette|Valletta
zagreb|city|croatia|Zagreb
ljubljana|city|slovenia|Ljubljana
belgrade|city|serbia|Belgrade|Beograd
sarajevo|city|bosnia|Sarajevo
podgorica|city|montenegro|Podgorica
tirana|city|albania|Tirana
skopje|city|north-macedonia|Skopje
pristina|city|kosovo|Pristina|Priština
chisinau|city|moldova|Chisinau|Chișinău|Kichinev
minsk|city|belarus|Minsk
vilnius|city|lithuania|Vilnius
riga|city|latvia|Riga
tallinn|city|estonia|Tallinn
helsinki|city|finland|Helsinki
stockholm|city|sweden|Stockholm
oslo|city|norway|Oslo
copenhagen|city|denmark|Copenhague|Copenhagen
reykjavik|city|iceland|Reykjavik|Reykjavík
dublin|city|ireland|Dublin
tbilisi|city|georgia|Tbilissi|Tbilisi
yerevan|city|armenia|Erevan|Yerevan
baku|city|azerbaijan|Bakou|Baku
astana|city|kazakhstan|Astana|Nour-Soultan|Nur-Sultan
almaty|city|kazakhstan|Almaty|Alma-Ata
tashkent|city|uzbekistan|Tachkent|Tashkent
ashgabat|city|turkmenistan|Achgabat|Ashgabat
bishkek|city|kyrgyzstan|Bichkek|Bishkek
dushanbe|city|tajikistan|Douchanbé|Dushanbe
beijing|city|china|Pékin|Beijing|Peking
shanghai|city|china|Shanghai|Shanghaï
hong-kong|city|china|Hong Kong|Hongkong
tokyo|city|japan|Tokyo
osaka|city|japan|Osaka
hiroshima|city|japan|Hiroshima
seoul|city|south-korea|Séoul|Seoul
pyongyang|city|north-korea|Pyongyang
ulaanbaatar|city|mongolia|Oulan-Bator|Ulaanbaatar|Ulan Bator
taipei|city|taiwan|Taipei|Taïpei
new-delhi|city|india|New Delhi|Delhi|New Dehli
mumbai|city|india|Bombay|Mumbai
islamabad|city|pakistan|Islamabad
karachi|city|pakistan|Karachi
kabul|city|afghanistan|Kaboul|Kabul
tehran|city|iran|Téhéran|Teheran|Tehran
baghdad|city|iraq|Bagdad|Baghdad
damascus|city|syria|Damas|Damascus
aleppo|city|syria|Alep|Aleppo
beirut|city|lebanon|Beyrouth|Beirut
jerusalem|city|israel|Jérusalem|Jerusalem
tel-aviv|city|israel|Tel-Aviv|Tel Aviv
amman|city|jordan|Amman
cairo|city|egypt|Le Caire|Caire|Cairo
sharm-el-sheikh|city|egypt|Charm el-Cheikh|Sharm el-Sheikh
tripoli|city|libya|Tripoli
tunis|city|tunisia|Tunis
algiers|city|algeria|Alger|Algiers
rabat|city|morocco|Rabat
casablanca|city|morocco|Casablanca
khartoum|city|sudan|Khartoum
addis-ababa|city|ethiopia|Addis-Abeba|Addis Abeba|Addis Ababa
mogadishu|city|somalia|Mogadiscio|Mogadishu
nairobi|city|kenya|Nairobi
kampala|city|uganda|Kampala
dodoma|city|tanzania|Dodoma
dar-es-salaam|city|tanzania|Dar es Salaam
kigali|city|rwanda|Kigali
kinshasa|city|drc|Kinshasa
goma|city|drc|Goma
brazzaville|city|congo|Brazzaville
libreville|city|gabon|Libreville
yaounde|city|cameroon|Yaoundé|Yaounde
abuja|city|nigeria|Abuja
lagos|city|nigeria|Lagos
niamey|city|niger|Niamey
ndjamena|city|chad|N'Djamena|Ndjamena
bamako|city|mali|Bamako
ouagadougou|city|burkina-faso|Ouagadougou
dakar|city|senegal|Dakar
conakry|city|guinea|Conakry
abidjan|city|ivory-coast|Abidjan
yamoussoukro|city|ivory-coast|Yamoussoukro
accra|city|ghana|Accra
lome|city|togo|Lomé|Lome
cotonou|city|benin|Cotonou
bangui|city|central-african-republic|Bangui
luanda|city|angola|Luanda
lusaka|city|zambia|Lusaka
harare|city|zimbabwe|Harare
maputo|city|mozambique|Maputo
antananarivo|city|madagascar|Antananarivo|Tananarive
windhoek|city|namibia|Windhoek
pretoria|city|south-africa|Pretoria
johannesburg|city|south-africa|Johannesburg
cape-town|city|south-africa|Le Cap|Cape Town
doha|city|qatar|Doha
abu-dhabi|city|united-arab-emirates|Abou Dhabi|Abu Dhabi
dubai|city|united-arab-emirates|Dubaï|Dubai
kuwait-city|city|kuwait|Koweït City|Kuwait City
manama|city|bahrain|Manama
muscat|city|oman|Mascate|Muscat
sanaa|city|yemen|Sanaa|Sana'a
dhaka|city|bangladesh|Dacca|Dhaka
colombo|city|sri-lanka|Colombo
kathmandu|city|nepal|Katmandou|Kathmandu
naypyidaw|city|myanmar|Naypyidaw|Naypyitaw
yangon|city|myanmar|Rangoun|Yangon
bangkok|city|thailand|Bangkok
vientiane|city|laos|Vientiane
phnom-penh|city|cambodia|Phnom Penh
hanoi|city|vietnam|Hanoï|Hanoi
ho-chi-minh-city|city|vietnam|Hô Chi Minh-Ville|Ho Chi Minh City|Saïgon|Saigon
kuala-lumpur|city|malaysia|Kuala Lumpur
singapore|city|singapore-country|Singapour|Singapore
jakarta|city|indonesia|Jakarta|Djakarta
bali|region|indonesia|Bali
manila|city|philippines|Manille|Manila
canberra|city|australia|Canberra
sydney|city|australia|Sydney
melbourne|city|australia|Melbourne
wellington|city|new-zealand|Wellington
ottawa|city|canada|Ottawa
montreal|city|canada|Montréal|Montreal
toronto|city|canada|Toronto
quebec|city|canada|Québec|Quebec
vancouver|city|canada|Vancouver
mexico|city|mexico-country|Mexico City|Ciudad de México
havana|city|cuba|La Havane|Havana
port-au-prince|city|haiti|Port-au-Prince
caracas|city|venezuela|Caracas
bogota|city|colombia|Bogota|Bogotá
quito|city|ecuador|Quito
lima|city|peru|Lima
la-paz|city|bolivia|La Paz
brasilia|city|brazil|Brasilia|Brasília
rio-de-janeiro|city|brazil|Rio de Janeiro|Rio
sao-paulo|city|brazil|São Paulo|Sao Paulo
asuncion|city|paraguay|Asuncion|Asunción
montevideo|city|uruguay|Montevideo
buenos-aires|city|argentina|Buenos Aires
santiago|city|chile|Santiago
panama-city|city|panama|Panama City
`;

/*
 * Demonyms and relational adjectives (FR, EN) -> country or region id: "russe", "Américains",
 * "ukrainienne", "russo-américain" (each part). Stems take the usual endings (-e, -s, -es, -ne, -nes).
 */
export const DEMONYM_STEMS: Array<[RegExp, string]> = [
  [/^russ(?:e|es|ian|ians|o)$/, 'russia'],
  [/^am[ée]ricain(?:e|s|es)?$|^americans?$|^am[ée]ricano$|^[ée]tats-uniens?$/, 'united-states'],
  [/^ukrainien(?:ne|s|nes)?$|^ukrainians?$|^ukraino$/, 'ukraine'],
  [/^europ[ée]en(?:ne|s|nes)?$|^europeans?$/, 'europe'],
  [/^fran[çc]ais(?:e|es)?$|^french$|^franco$/, 'france'],
  [/^allemand(?:e|s|es)?$|^germans?$/, 'germany'],
  [/^britanniques?$|^british$|^anglais(?:e|es)?$/, 'united-kingdom'],
  [/^chinois(?:e|es)?$|^chinese$|^sino$/, 'china'],
  [/^turc(?:s)?$|^turques?$|^turkish$|^turks?$/, 'turkey'],
  [/^saoudien(?:ne|s|nes)?$|^saudis?$/, 'saudi-arabia'],
  [/^iranien(?:ne|s|nes)?$|^iranians?$/, 'iran'],
  [/^isra[ée]lien(?:ne|s|nes)?$|^israelis?$/, 'israel'],
  [/^palestinien(?:ne|s|nes)?$|^palestinians?$/, 'palestine'],
  [/^syrien(?:ne|s|nes)?$|^syrians?$/, 'syria'],
  [/^qatari(?:e|s|es)?$|^qataris?$/, 'qatar'],
  [/^suisses?$|^swiss$/, 'switzerland'],
  [/^japonais(?:e|es)?$|^japanese$/, 'japan'],
  [/^indien(?:ne|s|nes)?$|^indians?$/, 'india'],
  [/^italien(?:ne|s|nes)?$|^italians?$/, 'italy'],
  [/^espagnol(?:e|s|es)?$|^spanish$/, 'spain'],
  [/^polonais(?:e|es)?$|^polish$/, 'poland'],
  [/^bi[ée]lorusses?$|^belarusians?$/, 'belarus'],
  [/^canadien(?:ne|s|nes)?$|^canadians?$/, 'canada'],
  [/^[ée]gyptien(?:ne|s|nes)?$|^egyptians?$/, 'egypt'],
  [/^cor[ée]en(?:ne|s|nes)?$|^koreans?$/, 'south-korea'],
];
