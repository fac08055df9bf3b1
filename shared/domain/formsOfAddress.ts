import type { Contact } from './contact';

/** Languages Liaison writes letters and briefings in. */
export type AddressLocale = 'en' | 'de';

/** The contact fields that forms of address read; drafts qualify too. */
export type AddressableContact = Pick<Contact, 'givenNames' | 'familyName' | 'nameOrder'> &
  Partial<Pick<Contact, 'titlesBefore' | 'titlesAfter' | 'honorific' | 'office' | 'salutation'>>;

/**
 * Academic titles Liaison knows, highest rank first. Only the highest one is
 * used in salutations and speech ("Prof. Dr." → "Professor"); titles with
 * rank 0 (diplomas, Master's) are written in full names but never spoken.
 * The feminine German form is chosen from the stored honorific "Frau", never
 * guessed from a given name.
 */
const ACADEMIC_TITLES: readonly {
  pattern: RegExp;
  rank: number;
  en: { written: string; spoken: string };
  de: { written: string; spoken: string; writtenFeminine: string; spokenFeminine: string };
}[] = [
  {
    pattern: /^(prof\.?|professor|professorin|univ\.-prof\.?)$/i,
    rank: 2,
    en: { written: 'Professor', spoken: 'Professor' },
    de: {
      written: 'Professor',
      spoken: 'Professor',
      writtenFeminine: 'Professorin',
      spokenFeminine: 'Professorin',
    },
  },
  {
    // Dr., Dr.-Ing., Dr. med., Dr. h.c., Dr. rer. nat. all become plain "Dr.".
    pattern: /^(dr\.?|dr\.-[a-z]+\.?|doctor|doktor)$/i,
    rank: 1,
    en: { written: 'Dr', spoken: 'Dr' },
    de: { written: 'Dr.', spoken: 'Doktor', writtenFeminine: 'Dr.', spokenFeminine: 'Doktor' },
  },
];

/** Honorifics that only say "Mr/Ms" and give way to an academic title in English. */
const COURTESY_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'herr', 'frau']);

/** Honorifics with a longer spoken form ("Cllr Smith" is said "Councillor Smith"). */
const SPOKEN_HONORIFICS: Readonly<Record<string, string>> = { cllr: 'Councillor' };

type Gendered = 'herr' | 'frau' | undefined;

function clean(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ');
}

function join(...parts: (string | undefined)[]): string {
  return parts.map(clean).filter(Boolean).join(' ');
}

function honorificKey(contact: AddressableContact): string {
  return clean(contact.honorific).toLowerCase().replace(/\.$/, '');
}

function germanForm(contact: AddressableContact): Gendered {
  const key = honorificKey(contact);
  return key === 'herr' || key === 'frau' ? key : undefined;
}

/** Splits "Prof. Dr.-Ing. Dipl.-Kfm." into tokens; unknown tokens are simply not ranked. */
function splitTitles(titles: string): string[] {
  return clean(titles).split(' ').filter(Boolean);
}

/** The highest academic title in the titles before the name or the honorific. */
function highestTitle(contact: AddressableContact) {
  const tokens = [...splitTitles(contact.titlesBefore ?? ''), clean(contact.honorific)];
  let best: (typeof ACADEMIC_TITLES)[number] | undefined;
  for (const token of tokens) {
    const title = ACADEMIC_TITLES.find((entry) => entry.pattern.test(token));
    if (title && (!best || title.rank > best.rank)) best = title;
  }
  return best;
}

function academicWord(
  contact: AddressableContact,
  locale: AddressLocale,
  mode: 'written' | 'spoken',
): string | undefined {
  const title = highestTitle(contact);
  if (!title) return undefined;
  if (locale === 'en') return title.en[mode];
  const feminine = germanForm(contact) === 'frau';
  if (mode === 'written') return feminine ? title.de.writtenFeminine : title.de.written;
  return feminine ? title.de.spokenFeminine : title.de.spoken;
}

/** Given and family names in the contact's own order ("Nagy Zoltán"). */
export function fullName(contact: AddressableContact): string {
  return contact.nameOrder === 'family-first'
    ? join(contact.familyName, contact.givenNames)
    : join(contact.givenNames, contact.familyName);
}

/** The name as lists show it: titles before the name, then the names in order ("Prof. Dr. Hans Schmidt"). */
export function titledName(contact: AddressableContact): string {
  return join(contact.titlesBefore, fullName(contact));
}

/** Honorifics used with the first given name: "Sir John", "Dame Judi". */
const GIVEN_NAME_HONORIFICS = new Set(['sir', 'dame']);

/**
 * The name used after a title: the family name ("Dr Jones"), the first given
 * name after Sir or Dame, or the whole name if there is no family name.
 */
function surname(contact: AddressableContact): string {
  if (GIVEN_NAME_HONORIFICS.has(honorificKey(contact))) {
    const first = clean(contact.givenNames).split(' ')[0];
    if (first) return first;
  }
  return clean(contact.familyName) || clean(contact.givenNames);
}

/**
 * The English prefix before a surname: the honorific, except that a courtesy
 * honorific (Mr, Herr, Mx…) gives way to an academic title ("Dr Jones"), while a
 * rank such as Cllr keeps it ("Cllr Dr Smith").
 */
function englishPrefix(contact: AddressableContact, mode: 'written' | 'spoken'): string {
  const key = honorificKey(contact);
  const academic = academicWord(contact, 'en', mode);
  const honorificIsAcademic = ACADEMIC_TITLES.some((t) => t.pattern.test(clean(contact.honorific)));
  const honorific = honorificIsAcademic
    ? ''
    : mode === 'spoken'
      ? (SPOKEN_HONORIFICS[key] ?? clean(contact.honorific))
      : clean(contact.honorific);
  if (academic && (COURTESY_HONORIFICS.has(key) || honorific === '')) return academic;
  return join(honorific, academic);
}

/**
 * The form for print (name badges, place cards, the briefing pack): the
 * office's formal style if one is stored, else honorific, titles, name and
 * post-nominals as stored ("Herr Prof. Dr. Hans Schmidt", "Cllr Jane Smith OBE").
 */
export function formalStyle(contact: AddressableContact, locale: AddressLocale = 'en'): string {
  const style = clean(contact.office?.formalStyle);
  if (style) return style;
  const honorificIsAcademic = ACADEMIC_TITLES.some((t) => t.pattern.test(clean(contact.honorific)));
  const honorific = honorificIsAcademic && clean(contact.titlesBefore) ? '' : contact.honorific;
  const name = join(honorific, contact.titlesBefore, fullName(contact));
  const after = clean(contact.titlesAfter);
  if (!after) return name;
  // German sets post-nominals off with a comma ("Dr. Anna Weber, M.A."); British usage does not.
  return locale === 'de' ? `${name}, ${after}` : `${name} ${after}`;
}

/**
 * How to address the person in speech: the office's spoken form if stored
 * ("Lord Mayor"), else e.g. "Herr Professor Schmidt", "Councillor Smith",
 * "Dr Jones", or the full name when nothing else is known.
 */
export function spokenForm(contact: AddressableContact, locale: AddressLocale = 'en'): string {
  const office = clean(contact.office?.spokenForm);
  if (office) return office;
  if (locale === 'de') {
    const gendered = germanForm(contact);
    const academic = academicWord(contact, 'de', 'spoken');
    if (gendered) return join(gendered === 'herr' ? 'Herr' : 'Frau', academic, surname(contact));
    const prefix = englishPrefix(contact, 'spoken');
    return prefix ? join(prefix, surname(contact)) : fullName(contact);
  }
  const prefix = englishPrefix(contact, 'spoken');
  return prefix ? join(prefix, surname(contact)) : fullName(contact);
}

/**
 * The salutation of a letter, without the trailing comma. A stored salutation
 * always wins. German: "Sehr geehrter Herr Professor Schmidt", "Sehr geehrte
 * Frau Dr. Müller" (highest title only), otherwise "Guten Tag Vorname Name".
 * English: "Dear Lord Mayor", "Dear Cllr Smith", "Dear Dr Jones", otherwise
 * "Dear Given Family".
 */
export function letterSalutation(contact: AddressableContact, locale: AddressLocale): string {
  const stored = clean(contact.salutation);
  if (stored) return stored;
  const office = clean(contact.office?.spokenForm);

  if (locale === 'de') {
    const gendered = germanForm(contact);
    if (gendered) {
      const opening = gendered === 'herr' ? 'Sehr geehrter' : 'Sehr geehrte';
      const honorific = gendered === 'herr' ? 'Herr' : 'Frau';
      // "Sehr geehrter Herr Oberbürgermeister": with an office, the title replaces the name.
      if (office) {
        const alreadyAddressed = office.toLowerCase().startsWith(`${gendered} `);
        return join(opening, alreadyAddressed ? '' : honorific, office);
      }
      return join(opening, honorific, academicWord(contact, 'de', 'written'), surname(contact));
    }
    return join('Guten Tag', academicWord(contact, 'de', 'written'), fullName(contact));
  }

  if (office) return `Dear ${office}`;
  const prefix = englishPrefix(contact, 'written');
  return prefix ? join('Dear', prefix, surname(contact)) : join('Dear', fullName(contact));
}
