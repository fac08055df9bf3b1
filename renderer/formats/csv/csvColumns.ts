import {
  SENSITIVE_CONTACT_FIELDS,
  type Contact,
  type ContactEmail,
  type ContactPhone,
  type LawfulBasis,
} from '../../../shared/domain/contact';
import type { ContactDraft } from '../vcard/contactDraft';
import { DEFAULT_CONTACT_POINT_LABEL } from '../vcard/vcardProperties';

/** Every contact column a CSV file can have, in the order offered and written. */
export const CSV_COLUMN_IDS = [
  'honorific',
  'titlesBefore',
  'givenNames',
  'familyName',
  'titlesAfter',
  'nameOrder',
  'organisations',
  'roles',
  'officeTitle',
  'officeFormalStyle',
  'officeSpokenForm',
  'salutation',
  'pronunciation',
  'emails',
  'phones',
  'languages',
  'tags',
  'notes',
  'lawfulBasis',
  'consentNote',
  'reviewDate',
  'dietaryNeeds',
  'accessibilityNeeds',
] as const;

/** One of `CSV_COLUMN_IDS`. */
export type CsvColumnId = (typeof CSV_COLUMN_IDS)[number];

/** Columns holding special-category data: only exported when the user ticks them. */
export const SENSITIVE_CSV_COLUMNS: readonly CsvColumnId[] = SENSITIVE_CONTACT_FIELDS;

/** The columns ticked when the export dialog opens. */
export const DEFAULT_CSV_COLUMNS: readonly CsvColumnId[] = [
  'honorific',
  'titlesBefore',
  'givenNames',
  'familyName',
  'titlesAfter',
  'organisations',
  'roles',
  'emails',
  'phones',
  'languages',
];

/** Separates the values of a multi-valued field (emails, phones, languages…) in one cell. */
export const MULTI_VALUE_SEPARATOR = '; ';

/**
 * Separates organisations (and their roles) in one cell: a line break, as
 * names such as "Kreatives Leipzig; Büro Plagwitz" may hold a semicolon.
 */
export const ORGANISATION_SEPARATOR = '\n';

/** Whether a column is special-category data. */
export function isSensitiveColumn(id: CsvColumnId): boolean {
  return SENSITIVE_CSV_COLUMNS.includes(id);
}

function joinValues(values: readonly string[]): string {
  return values.filter((value) => value !== '').join(MULTI_VALUE_SEPARATOR);
}

/** Splits a multi-valued cell; `,` is accepted too where values never contain one. */
export function splitValues(cell: string, alsoComma = false): string[] {
  return cell
    .split(alsoComma ? /[;,]/ : /;/)
    .map((value) => value.trim())
    .filter(Boolean);
}

function lines(cell: string): string[] {
  return cell.split(/\r\n|\n|\r/).map((line) => line.trim());
}

/** "address (label)": the label in brackets at the end, as the importer reads it back. */
function withLabel(value: string, label: string): string {
  return label ? `${value} (${label})` : value;
}

const LABELLED = /^(.*?)\s*\(([^()]*)\)$/;

function readLabelled(item: string): { value: string; label: string } {
  const match = LABELLED.exec(item);
  if (match?.[1]) return { value: match[1].trim(), label: match[2]?.trim() ?? '' };
  return { value: item, label: '' };
}

/** The current affiliations' organisation names and roles, paired by position. */
export interface CsvContext {
  organisationName: (id: string) => string | undefined;
  today: string;
}

function currentAffiliations(contact: Contact, context: CsvContext) {
  return contact.affiliations
    .filter((affiliation) => affiliation.to === undefined || affiliation.to >= context.today)
    .map((affiliation) => ({
      name: context.organisationName(affiliation.organisationId) ?? '',
      role: affiliation.role,
    }))
    .filter((affiliation) => affiliation.name !== '');
}

/** A contact's value for one column, as the cell text. */
export function cellValue(contact: Contact, id: CsvColumnId, context: CsvContext): string {
  switch (id) {
    case 'organisations':
      return currentAffiliations(contact, context)
        .map((entry) => entry.name)
        .join(ORGANISATION_SEPARATOR);
    case 'roles':
      // Roles line up with organisations, so an empty role keeps its place.
      return currentAffiliations(contact, context)
        .map((entry) => entry.role)
        .join(ORGANISATION_SEPARATOR);
    case 'officeTitle':
      return contact.office?.title ?? '';
    case 'officeFormalStyle':
      return contact.office?.formalStyle ?? '';
    case 'officeSpokenForm':
      return contact.office?.spokenForm ?? '';
    case 'emails':
      return joinValues(contact.emails.map((email) => withLabel(email.address, email.label)));
    case 'phones':
      return joinValues(contact.phones.map((phone) => withLabel(phone.number, phone.label)));
    case 'languages':
    case 'tags':
      return joinValues(contact[id]);
    default:
      return contact[id] ?? '';
  }
}

/** What a CSV import has gathered for one row before it becomes a draft. */
export interface RowValues {
  fields: ContactDraft['fields'];
  organisations: string[];
  roles: string[];
}

function contactPoints(cell: string): { value: string; label: string }[] {
  return splitValues(cell).map(readLabelled);
}

/**
 * Puts one cell into a row's values. Several columns may feed one target:
 * list targets gather all of them, text targets join with a space (so an
 * Outlook "Middle Name" mapped to given names follows the first name).
 */
export function applyCell(values: RowValues, id: CsvColumnId, cell: string): void {
  const text = cell.trim();
  if (text === '') return;
  const { fields } = values;
  const appendText = (current: string | undefined) => (current ? `${current} ${text}` : text);
  switch (id) {
    case 'organisations':
      values.organisations.push(...lines(text).filter(Boolean));
      return;
    case 'roles':
      values.roles.push(...lines(text));
      return;
    case 'emails':
      fields.emails.push(
        ...contactPoints(text).map(({ value, label }): ContactEmail => ({
          address: value,
          label: label || DEFAULT_CONTACT_POINT_LABEL,
        })),
      );
      return;
    case 'phones':
      fields.phones.push(
        ...contactPoints(text).map(({ value, label }): ContactPhone => ({
          number: value,
          label: label || DEFAULT_CONTACT_POINT_LABEL,
        })),
      );
      return;
    case 'languages':
      fields.languages.push(...splitValues(text, true));
      return;
    case 'tags':
      fields.tags.push(...splitValues(text));
      return;
    case 'nameOrder':
      fields.nameOrder = text === 'family-first' ? 'family-first' : 'given-first';
      return;
    case 'lawfulBasis':
      // Kept as written: validation names the row if it is not a known basis.
      fields.lawfulBasis = text as LawfulBasis;
      return;
    case 'officeTitle':
      fields.office = { ...fields.office, title: appendText(fields.office?.title) };
      return;
    case 'officeFormalStyle':
      fields.office = { ...fields.office, title: fields.office?.title ?? '', formalStyle: text };
      return;
    case 'officeSpokenForm':
      fields.office = { ...fields.office, title: fields.office?.title ?? '', spokenForm: text };
      return;
    default:
      fields[id] = appendText(fields[id]);
  }
}
