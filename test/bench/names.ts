/**
 * Name and place pools for the benchmark data. Mixed on purpose: German
 * umlauts and ß, Polish ł/ż/ą, Czech háčeks and female -ová forms, Hungarian
 * family-first names, so that sorting and search folding work on real text.
 */

/** A culture the generator draws a person or an organisation from. */
export interface Culture {
  country: string;
  timeZone: string;
  languages: string[];
  nameOrder: 'given-first' | 'family-first';
  /** Courtesy honorifics for men and women. */
  honorifics: { male: string; female: string } | null;
  titles: string[];
  givenMale: string[];
  givenFemale: string[];
  /** Family names as [male form, female form]; identical where the language has one form. */
  families: [string, string][];
  cities: string[];
  /** Street address for a house number, street and city. */
  address: (number: number, street: string, city: string) => string;
  streets: string[];
  orgWords: string[];
}

const same = (names: string): [string, string][] =>
  names.split(' ').map((name) => [name, name] as [string, string]);

const GERMAN: Culture = {
  country: 'DE',
  timeZone: 'Europe/Berlin',
  languages: ['de', 'en'],
  nameOrder: 'given-first',
  honorifics: { male: 'Herr', female: 'Frau' },
  titles: ['Dr.', 'Prof. Dr.', 'Dipl.-Ing.', 'Dr.-Ing.'],
  givenMale:
    'Jürgen Jörg Björn Günther Hans Sören Uwe Maximilian Lukas Felix Jonas Tobias Matthias Thomas Stefan Klaus-Dieter Jens Dirk Frank Henrik'.split(
      ' ',
    ),
  givenFemale:
    'Käthe Lena Anja Ines Manuela Antje Sophie Anna Marie Lea Franziska Ursula Dörte Heike Katrin Jördis Bärbel Grete Mareike Annegret'.split(
      ' ',
    ),
  families: same(
    'Müller Mueller Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler Groß Weiß Strauß Straßer Großmann Fuß Nußbaum Jäger Böhm Löwe Müller-Lüdenscheidt Gößwein Dietrich Nolting Blum',
  ),
  cities: 'Leipzig Dresden Chemnitz Berlin München Köln Düsseldorf Nürnberg Görlitz Würzburg'.split(
    ' ',
  ),
  address: (n, street, city) => `${street} ${n}, ${city}`,
  streets: [
    'Karl-Liebknecht-Straße',
    'Grimmaische Straße',
    'Hauptstraße',
    'Goethestraße',
    'Schillerstraße',
    'Bahnhofstraße',
    'Weißenfelser Straße',
    'Am Marktplatz',
    'Lindenauer Weg',
  ],
  orgWords: [
    'Kreativagentur',
    'Medienhaus',
    'Stiftung',
    'Kulturzentrum',
    'Technologiepark',
    'Designbüro',
    'Filmproduktion',
    'Hochschule',
  ],
};

const ENGLISH: Culture = {
  country: 'GB',
  timeZone: 'Europe/London',
  languages: ['en-GB'],
  nameOrder: 'given-first',
  honorifics: { male: 'Mr', female: 'Ms' },
  titles: ['Dr', 'Professor', 'Cllr'],
  givenMale:
    'Oliver George Harry Jack James William Thomas Daniel Rhys Arjun Mohammed Ken Ed Mike Anthony'.split(
      ' ',
    ),
  givenFemale:
    'Amelia Olivia Charlotte Emily Sophie Grace Zoë Chloë Siobhan Aoife Niamh Priya Fatima Aisha Fiona'.split(
      ' ',
    ),
  families: same(
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall O'Brien McAllister Khan Patel Singh Ahmed Begum Ali Wood Caine Turner Latter",
  ),
  cities: 'Birmingham Coventry Wolverhampton Manchester London Leeds'.split(' '),
  address: (n, street, city) => `${n} ${street}, ${city}`,
  streets: [
    'Broad Street',
    'Victoria Square',
    'Digbeth High Street',
    'New Street',
    'Corporation Street',
  ],
  orgWords: ['Studios', 'Media', 'Arts Trust', 'Creative Hub', 'Design Works', 'Film Collective'],
};

const POLISH: Culture = {
  country: 'PL',
  timeZone: 'Europe/Warsaw',
  languages: ['pl', 'en'],
  nameOrder: 'given-first',
  honorifics: { male: 'Pan', female: 'Pani' },
  titles: ['dr', 'prof. dr hab.', 'mgr inż.'],
  givenMale:
    'Łukasz Paweł Krzysztof Wojciech Grzegorz Michał Jędrzej Piotr Bartłomiej Zbigniew'.split(' '),
  givenFemale:
    'Małgorzata Agnieszka Żaneta Katarzyna Zofia Bożena Ewa Jadwiga Urszula Ludwika'.split(' '),
  families: [
    ['Nowak', 'Nowak'],
    ['Kowalski', 'Kowalska'],
    ['Wiśniewski', 'Wiśniewska'],
    ['Wójcik', 'Wójcik'],
    ['Kamiński', 'Kamińska'],
    ['Lewandowski', 'Lewandowska'],
    ['Zieliński', 'Zielińska'],
    ['Woźniak', 'Woźniak'],
    ['Dąbrowski', 'Dąbrowska'],
    ['Kozłowski', 'Kozłowska'],
    ['Piątek', 'Piątek'],
    ['Żółkiewski', 'Żółkiewska'],
    ['Błaszczykowski', 'Błaszczykowska'],
    ['Łuczak', 'Łuczak'],
  ],
  cities: 'Kraków Wrocław Łódź Gdańsk Poznań'.split(' '),
  address: (n, street, city) => `ul. ${street} ${n}, ${city}`,
  streets: ['Piotrkowska', 'Świętokrzyska', 'Długa', 'Żeromskiego', 'Mickiewicza'],
  orgWords: ['Fundacja', 'Studio', 'Centrum Kultury', 'Agencja Kreatywna'],
};

const CZECH: Culture = {
  country: 'CZ',
  timeZone: 'Europe/Prague',
  languages: ['cs', 'de'],
  nameOrder: 'given-first',
  honorifics: { male: 'pan', female: 'paní' },
  titles: ['Ing.', 'Mgr.', 'PhDr.', 'doc. Ing.'],
  givenMale: 'Jiří Jan Petr Tomáš Lukáš Zdeněk Ondřej Vojtěch Přemysl'.split(' '),
  givenFemale: 'Jana Marie Eva Hana Lenka Kateřina Věra Tereza Růžena'.split(' '),
  families: [
    ['Novák', 'Nováková'],
    ['Svoboda', 'Svobodová'],
    ['Novotný', 'Novotná'],
    ['Dvořák', 'Dvořáková'],
    ['Černý', 'Černá'],
    ['Procházka', 'Procházková'],
    ['Kučera', 'Kučerová'],
    ['Veselý', 'Veselá'],
    ['Němec', 'Němcová'],
    ['Růžička', 'Růžičková'],
    ['Beneš', 'Benešová'],
    ['Šťastný', 'Šťastná'],
  ],
  cities: 'Praha Brno Plzeň Ostrava'.split(' '),
  address: (n, street, city) => `${street} ${n}, ${city}`,
  streets: ['Václavské náměstí', 'Národní třída', 'Křižíkova', 'Dlouhá'],
  orgWords: ['Nadace', 'Kreativní studio', 'Kulturní centrum'],
};

const HUNGARIAN: Culture = {
  country: 'HU',
  timeZone: 'Europe/Budapest',
  languages: ['hu', 'en'],
  nameOrder: 'family-first',
  honorifics: null,
  titles: ['dr.', 'Prof. dr.'],
  givenMale: 'Zoltán László István József Ferenc Gábor Péter Bence Dániel'.split(' '),
  givenFemale: 'Ágnes Erzsébet Katalin Zsófia Éva Réka Krisztina Ildikó'.split(' '),
  families: same(
    'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Takács Juhász Mészáros Szűcs Győri',
  ),
  cities: 'Budapest Pécs Győr Debrecen Szeged'.split(' '),
  address: (n, street, city) => `${street} ${n}, ${city}`,
  streets: ['Andrássy út', 'Váci utca', 'Király utca', 'Szent István körút'],
  orgWords: ['Alapítvány', 'Kreatív Műhely', 'Kulturális Központ'],
};

/** Cultures with weights: the team works mostly with German and British contacts. */
export const CULTURES: readonly [Culture, number][] = [
  [GERMAN, 40],
  [ENGLISH, 35],
  [POLISH, 10],
  [CZECH, 8],
  [HUNGARIAN, 7],
];

/** Roles held at organisations. */
export const ROLES = [
  'Head of International Affairs',
  'Programme manager',
  'Director',
  'Project officer',
  'Creative director',
  'Referentin für Internationales',
  'Amtsleiter',
  'Chief Marketing Officer',
  'Co-director',
  'Research Services',
];

/** Agenda item titles, by kind. */
export const AGENDA_TITLES = {
  meeting: ['Meeting on creative industries', 'Working session: Horizon Europe', 'Arbeitstreffen'],
  'round-table': ['Round table: digital media', 'Round table: public health', 'Podiumsgespräch'],
  'site-visit': ['Site visit', 'Studio tour', 'Besichtigung', 'Campus tour'],
  reception: ['Civic reception', 'Empfang im Rathaus'],
  meal: ['Working lunch', 'Dinner', 'Mittagessen'],
  travel: ['Transfer to the next venue', 'Fahrt zum Hotel'],
  performance: ['Concert', 'Opera performance', 'Festival showcase'],
  'free-time': ['Free time', 'Zeit zur freien Verfügung'],
} as const;
