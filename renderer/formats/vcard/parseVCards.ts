import ICAL from 'ical.js';
import { LAWFUL_BASES, type LawfulBasis } from '../../../shared/domain/contact';
import { LIMITS } from '../../../shared/domain/schemaParts';
import { errorMessage } from '../../../shared/text/errorMessage';
import { emptyDraftFields, type ContactDraft, type DraftAffiliation } from './contactDraft';
import { readContactPoints } from './vcardContactPoints';
import { byPreference, groupOf, listOf, textOf } from './vcardValues';
import { LIAISON_X } from './vcardProperties';
import { splitCards, VCardImportError, type RawCard } from './vcardText';

type Property = ICAL.Property;

/** Honorifics (as opposed to academic titles) found among N's prefixes in other programs' cards. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'herr',
  'frau',
  'cllr',
  'sir',
  'dame',
  'lord',
  'lady',
]);

const PHOTO_DATA_URL = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/;

class Card {
  readonly properties: Property[];

  constructor(component: ICAL.Component) {
    this.properties = component.getAllProperties();
  }

  all(name: string): Property[] {
    return this.properties.filter((property) => property.name === name);
  }

  first(name: string, group?: string | null): string {
    const found = this.all(name).find(
      (property) => group === null || group === undefined || groupOf(property) === group,
    );
    return found ? textOf(found.getFirstValue()) : '';
  }

  inGroup(name: string, group: string | undefined): string {
    const found = this.all(name).find((property) => groupOf(property) === group);
    return found ? textOf(found.getFirstValue()) : '';
  }
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function readNames(card: Card, fields: ContactDraft['fields']): void {
  const formatted = card.first('fn');
  const n = card.all('n')[0]?.getFirstValue();
  const parts: unknown[] = Array.isArray(n) ? n : n === undefined ? [] : [n];
  let family = textOf(parts[0]);
  let given = [...listOf(parts[1]), ...listOf(parts[2])].join(' ');
  if (family === '' && given === '' && formatted !== '') {
    // FN alone (allowed in vCard 4.0): the last word is taken as the family name.
    const words = formatted.split(/\s+/);
    family = words.pop() ?? '';
    given = words.join(' ');
  }
  fields.familyName = family;
  fields.givenNames = given;

  const prefixes = listOf(parts[3]);
  const ownHonorific = card.first(LIAISON_X.honorific);
  let honorific = ownHonorific;
  let titles: string[];
  if (ownHonorific !== '') {
    titles = prefixes.filter((prefix, index) => !(index === 0 && prefix === ownHonorific));
  } else {
    const found = prefixes.find((prefix) =>
      HONORIFICS.has(prefix.toLowerCase().replace(/\.$/, '')),
    );
    honorific = found ?? '';
    titles = prefixes.filter((prefix) => prefix !== found);
  }
  if (honorific) fields.honorific = honorific;
  if (titles.length > 0) fields.titlesBefore = titles.join(' ');
  const suffixes = listOf(parts[4]);
  if (suffixes.length > 0) fields.titlesAfter = suffixes.join(', ');

  const order = card.first(LIAISON_X.nameOrder);
  const familyFirst =
    order === 'family-first' ||
    (order === '' &&
      family !== '' &&
      given !== '' &&
      formatted.includes(`${family} ${given}`) &&
      !formatted.includes(`${given} ${family}`));
  fields.nameOrder = familyFirst ? 'family-first' : 'given-first';
}

function readAffiliations(card: Card, isOurs: boolean): DraftAffiliation[] {
  const affiliations: DraftAffiliation[] = [];
  const organisations = [
    ...card.all('org').map((property) => ({ property, title: 'title' })),
    ...card
      .all(LIAISON_X.pastOrganisation)
      .map((property) => ({ property, title: LIAISON_X.pastRole })),
  ];
  const single = organisations.length === 1;
  for (const { property, title } of organisations) {
    const group = groupOf(property);
    // ORG is structured (organisation; unit; …): the first part names the organisation.
    const name = listOf(property.getFirstValue())[0];
    if (!name) continue;
    // Without groups, a card's one TITLE goes with its one ORG.
    const lookup = (key: string) => (group || !single ? card.inGroup(key, group) : card.first(key));
    let role = lookup(title);
    if (role === '' && !isOurs) role = lookup('role');
    affiliations.push({
      organisationName: name,
      role,
      ...(optional(lookup(LIAISON_X.affiliationFrom)) && {
        from: lookup(LIAISON_X.affiliationFrom),
      }),
      ...(optional(lookup(LIAISON_X.affiliationTo)) && { to: lookup(LIAISON_X.affiliationTo) }),
    });
  }
  return affiliations;
}

/** PHOTO as a data URL: a vCard 4.0 URI, or vCard 3.0 base64 with a TYPE. */
function readPhoto(card: Card): { photo?: string; leftOut: boolean } {
  const property = card.all('photo')[0];
  if (!property) return { leftOut: false };
  const value = textOf(property.getFirstValue()).replace(/\s+/g, '');
  const encoding = textOf(property.getParameter('encoding')).toLowerCase();
  let photo = value;
  if (encoding === 'b' || encoding === 'base64') {
    const type = textOf(property.getParameter('type'))
      .toLowerCase()
      .replace(/^image\//, '');
    photo = `data:image/${type === 'jpg' ? 'jpeg' : type};base64,${value}`;
  }
  // Only what the contact form accepts: no SVG, no links to elsewhere, nothing huge.
  if (PHOTO_DATA_URL.test(photo) && photo.length <= LIMITS.photo) return { photo, leftOut: false };
  return { leftOut: true };
}

function cardToDraft(raw: RawCard, component: ICAL.Component): ContactDraft {
  const card = new Card(component);
  const fields = emptyDraftFields();
  const isOurs = card.properties.some((property) => property.name.startsWith('x-liaison-'));
  readNames(card, fields);
  const { emails, phones } = readContactPoints(card.properties);
  fields.emails = emails;
  fields.phones = phones;
  fields.languages = [
    ...new Set(
      byPreference(card.all('lang'))
        .map((property) => textOf(property.getFirstValue()))
        .filter(Boolean),
    ),
  ];
  fields.tags = card.all('categories').flatMap((property) => listOf(property.getValues()));

  const office = card.first(LIAISON_X.office);
  if (office) {
    fields.office = {
      title: office,
      ...(optional(card.first(LIAISON_X.officeStyle)) && {
        formalStyle: card.first(LIAISON_X.officeStyle),
      }),
      ...(optional(card.first(LIAISON_X.officeSpoken)) && {
        spokenForm: card.first(LIAISON_X.officeSpoken),
      }),
    };
  }
  const optionalFields = {
    salutation: card.first(LIAISON_X.salutation),
    pronunciation: card.first(LIAISON_X.pronunciation),
    notes: card
      .all('note')
      .map((property) => textOf(property.getFirstValue()))
      .join('\n\n'),
    consentNote: card.first(LIAISON_X.consentNote),
    reviewDate: card.first(LIAISON_X.reviewDate),
    dietaryNeeds: card.first(LIAISON_X.dietaryNeeds),
    accessibilityNeeds: card.first(LIAISON_X.accessibilityNeeds),
  } as const;
  for (const [key, value] of Object.entries(optionalFields)) {
    if (value !== '') fields[key as keyof typeof optionalFields] = value;
  }
  const basis = card.first(LIAISON_X.lawfulBasis);
  // An unknown basis is kept, so that validation names the card instead of guessing.
  if (basis) fields.lawfulBasis = basis as LawfulBasis;
  else if (!LAWFUL_BASES.includes(fields.lawfulBasis)) fields.lawfulBasis = 'public-task';

  const { photo, leftOut } = readPhoto(card);
  if (photo) fields.photo = photo;
  const uid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(card.first('uid'))?.[1]?.toLowerCase();
  return {
    origin: { kind: 'card', number: raw.number, line: raw.line },
    ...(uid && { id: uid }),
    fields,
    affiliations: readAffiliations(card, isOurs),
    notices: leftOut ? [{ code: 'photoLeftOut' }] : [],
  };
}

/**
 * Reads a vCard file with one card or many, 3.0 and 4.0 mixed, CRLF or LF,
 * folded lines, into contact drafts in file order.
 *
 * @throws {VCardImportError} naming the card and line of the first problem.
 */
export function parseVCards(text: string): ContactDraft[] {
  return splitCards(text).map((raw) => {
    let component: ICAL.Component;
    try {
      component = new ICAL.Component(ICAL.parse(raw.text) as unknown[]);
    } catch (error) {
      const reason = errorMessage(error);
      throw new VCardImportError(
        'unreadableCard',
        `the card cannot be read (${reason}).`,
        raw.line,
        raw.number,
      );
    }
    return cardToDraft(raw, component);
  });
}
