import ICAL from 'ical.js';
import type { Affiliation, Contact } from '../../../shared/domain/contact';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { Organisation } from '../../../shared/domain/organisation';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { foldLine } from './vcardText';
import { LABEL_PARAMETER, LIAISON_X, TYPE_FOR_LABEL } from './vcardProperties';

/** What the vCard writer needs besides the contacts. */
export interface VCardExportOptions {
  /** Organisations named by the contacts' affiliations (others are left out). */
  organisations: readonly Pick<Organisation, 'id' | 'name'>[];
  /** Write dietary and accessibility needs (special-category data); off unless asked. */
  includeSensitive?: boolean;
  /** Decides which affiliations are current; today by default. */
  now?: Date;
  /** The zone whose calendar day `now` falls on: the user's home zone; UTC if not given. */
  homeTimeZone?: string;
}

/** The day that decides which affiliations are current; once per file, not per card (~60 µs each). */
function todayOf(options: VCardExportOptions): string {
  return isoDateOf((options.now ?? new Date()).toISOString(), options.homeTimeZone ?? 'UTC');
}

type JCardProperty = [string, Record<string, string | string[]>, string, unknown];

const PRODUCT_ID = '-//Liaison//Liaison contacts//EN';

function text(name: string, value: string | undefined, group?: string): JCardProperty[] {
  if (value === undefined || value === '') return [];
  return [[name, group ? { group } : {}, 'text', value]];
}

function isCurrent(affiliation: Affiliation, today: string): boolean {
  return affiliation.to === undefined || affiliation.to >= today;
}

function affiliationProperties(
  affiliations: readonly Affiliation[],
  names: ReadonlyMap<string, string>,
  today: string,
): JCardProperty[] {
  const properties: JCardProperty[] = [];
  affiliations.forEach((affiliation, index) => {
    const name = names.get(affiliation.organisationId);
    if (name === undefined) return;
    // A group ties each organisation to its title and dates (RFC 6350 §3.3).
    const group = `aff${index + 1}`;
    const current = isCurrent(affiliation, today);
    properties.push(
      [current ? 'org' : LIAISON_X.pastOrganisation, { group }, 'text', current ? [name] : name],
      ...text(current ? 'title' : LIAISON_X.pastRole, affiliation.role, group),
      ...text(LIAISON_X.affiliationFrom, affiliation.from, group),
      ...text(LIAISON_X.affiliationTo, affiliation.to, group),
    );
  });
  return properties;
}

/** TYPE and, for a label TYPE cannot say, our label parameter; PREF keeps the order. */
function pointParameters(label: string, index: number): Record<string, string> {
  const type = TYPE_FOR_LABEL[label];
  const parameters: Record<string, string> = { pref: String(index + 1) };
  if (type) parameters.type = type;
  else if (label !== '') parameters[LABEL_PARAMETER] = label;
  return parameters;
}

function nameProperty(contact: Contact): JCardProperty {
  const prefixes = [contact.honorific, contact.titlesBefore].filter(
    (part): part is string => part !== undefined && part.trim() !== '',
  );
  const suffixes = contact.titlesAfter?.trim() ? [contact.titlesAfter.trim()] : [];
  // N is always family; given; additional; prefixes; suffixes, whatever the
  // written order: FN shows a family-first name as the person writes it.
  return ['n', {}, 'text', [contact.familyName, contact.givenNames, '', prefixes, suffixes]];
}

function cardProperties(
  contact: Contact,
  options: VCardExportOptions,
  today: string,
): JCardProperty[] {
  const names = new Map(options.organisations.map((entry) => [entry.id, entry.name]));
  const properties: JCardProperty[] = [
    ['version', {}, 'text', '4.0'],
    ['prodid', {}, 'unknown', PRODUCT_ID],
    ['uid', {}, 'text', `urn:uuid:${contact.id}`],
    ['kind', {}, 'text', 'individual'],
    ['fn', {}, 'text', titledName(contact) || contact.familyName || contact.givenNames],
    nameProperty(contact),
    ...text(LIAISON_X.honorific, contact.honorific),
    ...(contact.nameOrder === 'family-first' ? text(LIAISON_X.nameOrder, 'family-first') : []),
    ...affiliationProperties(contact.affiliations, names, today),
    ...text('role', contact.office?.title),
    ...text(LIAISON_X.office, contact.office?.title),
    ...text(LIAISON_X.officeStyle, contact.office?.formalStyle),
    ...text(LIAISON_X.officeSpoken, contact.office?.spokenForm),
    ...text(LIAISON_X.salutation, contact.salutation),
    ...text(LIAISON_X.pronunciation, contact.pronunciation),
    ...contact.emails.map((email, index): JCardProperty => [
      'email',
      pointParameters(email.label, index),
      'text',
      email.address,
    ]),
    // TEL is free text for vCard 3 compatibility (RFC 6350 §6.4.1); a tel: URI
    // would lose the spacing people wrote.
    ...contact.phones.map((phone, index): JCardProperty => [
      'tel',
      pointParameters(phone.label, index),
      'text',
      phone.number,
    ]),
    ...contact.languages.map((tag, index): JCardProperty => [
      'lang',
      { pref: String(index + 1) },
      'language-tag',
      tag,
    ]),
    ...text('note', contact.notes),
    ...text(LIAISON_X.lawfulBasis, contact.lawfulBasis),
    ...text(LIAISON_X.consentNote, contact.consentNote),
    ...text(LIAISON_X.reviewDate, contact.reviewDate),
  ];
  if (contact.tags.length > 0) properties.push(['categories', {}, 'text', contact.tags]);
  if (options.includeSensitive) {
    properties.push(
      ...text(LIAISON_X.dietaryNeeds, contact.dietaryNeeds),
      ...text(LIAISON_X.accessibilityNeeds, contact.accessibilityNeeds),
    );
  }
  properties.push(['rev', {}, 'timestamp', contact.updatedAt.replace(/\.\d+Z$/, 'Z')]);
  return properties;
}

/** Categories are multi-valued: ical.js writes each value and escapes commas inside. */
function stringifyProperty(property: JCardProperty): string {
  const [name, parameters, type, value] = property;
  const json =
    Array.isArray(value) && name === 'categories' ? [name, parameters, type, ...value] : property;
  return ICAL.stringify.property(json as never, ICAL.design.vcard, true);
}

/**
 * One contact as a vCard 4.0 (RFC 6350) card, lines ending in CRLF. Values
 * are escaped by ical.js; PHOTO is written here because ical.js escapes the
 * comma of a data: URI, which other readers then keep.
 */
export function contactToVCard(contact: Contact, options: VCardExportOptions): string {
  return cardText(contact, options, todayOf(options));
}

function cardText(contact: Contact, options: VCardExportOptions, today: string): string {
  const lines = cardProperties(contact, options, today).map(stringifyProperty);
  if (contact.photo) lines.push(`PHOTO:${contact.photo}`);
  return ['BEGIN:VCARD', ...lines, 'END:VCARD'].map((line) => `${foldLine(line)}\r\n`).join('');
}

/**
 * Contacts as one vCard 4.0 file (UTF-8 text, CRLF): UID `urn:uuid:<id>`, FN
 * with titles, N, ORG/TITLE for current affiliations, EMAIL/TEL with TYPE,
 * LANG by preference, PHOTO, NOTE, REV, and `X-LIAISON-*` properties for the
 * forms of address and record-keeping fields. Dietary and accessibility
 * needs only with `includeSensitive`.
 */
export function contactsToVCard(contacts: readonly Contact[], options: VCardExportOptions): string {
  const today = todayOf(options);
  return contacts.map((contact) => cardText(contact, options, today)).join('');
}
