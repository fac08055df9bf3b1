import type { Contact, LawfulBasis, NameOrder } from '../../../shared/domain/contact';
import type { ContactIssue } from '../../../shared/domain/contactValidation';
import { optionalText, withoutUndefined } from '../../components/form/formValues';
import { DEFAULT_CONTACT_POINT_LABEL } from './contactPointLabels';

/** One organisation the person works for, as typed in the form. */
export interface AffiliationFormValues {
  organisationId: string;
  role: string;
  from: string;
  to: string;
}

/** One e-mail address or phone number as typed, with its label. */
export interface ContactPointFormValues {
  label: string;
  value: string;
}

/** What the contact form edits: every field as the text the user typed. */
export interface ContactFormValues {
  honorific: string;
  titlesBefore: string;
  givenNames: string;
  familyName: string;
  titlesAfter: string;
  nameOrder: NameOrder;
  officeTitle: string;
  formalStyle: string;
  spokenForm: string;
  salutation: string;
  pronunciation: string;
  emails: ContactPointFormValues[];
  phones: ContactPointFormValues[];
  languages: string;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  lawfulBasis: LawfulBasis;
  reviewDate: string;
  consentNote: string;
  notes: string;
  affiliations: AffiliationFormValues[];
}

/** The form's rows: affiliations, e-mail addresses and phone numbers. */
type ContactFormRows = 'affiliations' | 'emails' | 'phones';

/** The form's single fields (the rows have fields of their own, see `contactPointField`). */
export type ContactFormField = Exclude<keyof ContactFormValues, ContactFormRows>;

/** The stored fields of a contact, without the document metadata. */
export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

/** A row for a new address or number. */
export function emptyContactPoint(): ContactPointFormValues {
  return { label: DEFAULT_CONTACT_POINT_LABEL, value: '' };
}

/** The rows for a contact's addresses or numbers: one empty row when there are none yet. */
function contactPointRows(points: readonly ContactPointFormValues[]): ContactPointFormValues[] {
  return points.length > 0 ? points.map((point) => ({ ...point })) : [emptyContactPoint()];
}

export function emptyContactForm(): ContactFormValues {
  return {
    honorific: '',
    titlesBefore: '',
    givenNames: '',
    familyName: '',
    titlesAfter: '',
    nameOrder: 'given-first',
    officeTitle: '',
    formalStyle: '',
    spokenForm: '',
    salutation: '',
    pronunciation: '',
    // One empty row each, so the common case needs no "Add" first; blank rows are dropped.
    emails: [emptyContactPoint()],
    phones: [emptyContactPoint()],
    languages: '',
    dietaryNeeds: '',
    accessibilityNeeds: '',
    lawfulBasis: 'public-task',
    reviewDate: '',
    consentNote: '',
    notes: '',
    affiliations: [],
  };
}

export function contactToForm(contact: Contact): ContactFormValues {
  return {
    honorific: contact.honorific ?? '',
    titlesBefore: contact.titlesBefore ?? '',
    givenNames: contact.givenNames,
    familyName: contact.familyName,
    titlesAfter: contact.titlesAfter ?? '',
    nameOrder: contact.nameOrder,
    officeTitle: contact.office?.title ?? '',
    formalStyle: contact.office?.formalStyle ?? '',
    spokenForm: contact.office?.spokenForm ?? '',
    salutation: contact.salutation ?? '',
    pronunciation: contact.pronunciation ?? '',
    emails: contactPointRows(
      contact.emails.map(({ label, address }) => ({ label, value: address })),
    ),
    phones: contactPointRows(contact.phones.map(({ label, number }) => ({ label, value: number }))),
    languages: contact.languages.join(', '),
    dietaryNeeds: contact.dietaryNeeds ?? '',
    accessibilityNeeds: contact.accessibilityNeeds ?? '',
    lawfulBasis: contact.lawfulBasis,
    reviewDate: contact.reviewDate ?? '',
    consentNote: contact.consentNote ?? '',
    notes: contact.notes ?? '',
    affiliations: contact.affiliations.map((affiliation) => ({
      organisationId: affiliation.organisationId,
      role: affiliation.role,
      from: affiliation.from ?? '',
      to: affiliation.to ?? '',
    })),
  };
}

/** Rows the user typed something into; blank ones are dropped on save. */
function filledRows(rows: readonly ContactPointFormValues[]) {
  return rows.filter((row) => row.value.trim() !== '');
}

/**
 * The stored fields for the form's values. Fields the form does not show
 * (photo, tags) are kept from `base`. Affiliation rows without an
 * organisation chosen, and address or number rows left blank, are dropped.
 */
export function formToContactFields(values: ContactFormValues, base?: Contact): ContactFields {
  const officeForms = withoutUndefined({
    formalStyle: optionalText(values.formalStyle),
    spokenForm: optionalText(values.spokenForm),
  });
  const officeTitle = optionalText(values.officeTitle);
  return withoutUndefined({
    tags: base?.tags ?? [],
    affiliations: values.affiliations
      .filter((affiliation) => affiliation.organisationId !== '')
      .map((affiliation) =>
        withoutUndefined({
          organisationId: affiliation.organisationId,
          role: affiliation.role.trim(),
          from: optionalText(affiliation.from),
          to: optionalText(affiliation.to),
        }),
      ),
    photo: base?.photo,
    honorific: optionalText(values.honorific),
    titlesBefore: optionalText(values.titlesBefore),
    // Both names are always stored ('' when unknown): familyName is the sort index.
    givenNames: values.givenNames.trim(),
    familyName: values.familyName.trim(),
    titlesAfter: optionalText(values.titlesAfter),
    nameOrder: values.nameOrder,
    office:
      officeTitle || Object.keys(officeForms).length > 0
        ? { title: officeTitle ?? '', ...officeForms }
        : undefined,
    salutation: optionalText(values.salutation),
    pronunciation: optionalText(values.pronunciation),
    emails: filledRows(values.emails).map((row) => ({
      label: row.label,
      address: row.value.trim(),
    })),
    phones: filledRows(values.phones).map((row) => ({
      label: row.label,
      number: row.value.trim(),
    })),
    languages: values.languages
      .split(/[,;\s]+/)
      .map((code) => code.trim())
      .filter((code) => code !== ''),
    dietaryNeeds: optionalText(values.dietaryNeeds),
    accessibilityNeeds: optionalText(values.accessibilityNeeds),
    lawfulBasis: values.lawfulBasis,
    reviewDate: optionalText(values.reviewDate),
    consentNote: optionalText(values.consentNote),
    notes: optionalText(values.notes),
  }) as ContactFields;
}

const officeFormFields: Record<string, ContactFormField> = {
  title: 'officeTitle',
  formalStyle: 'formalStyle',
  spokenForm: 'spokenForm',
};

/** The form field of one row's address or number (`value`) or label: `emails.1.address`. */
export function contactPointField(
  list: 'emails' | 'phones',
  index: number,
  part: 'value' | 'label',
): string {
  const valueKey = list === 'emails' ? 'address' : 'number';
  return `${list}.${index}.${part === 'value' ? valueKey : 'label'}`;
}

/**
 * Which form field shows a validation issue about a stored field path
 * (`emails.0.address`). `values` are the form's values the issue was found
 * in: blank rows are not stored, so the n-th stored address is the n-th
 * filled row, which may sit further down the form.
 */
export function formFieldForIssue(issue: ContactIssue, values: ContactFormValues): string {
  const [head = '', second = '', leaf = ''] = issue.field.split('.');
  if (head === 'emails' || head === 'phones') {
    const rows = values[head];
    const row = filledRows(rows)[Number(second)];
    const index = row === undefined ? rows.length - 1 : rows.indexOf(row);
    return contactPointField(head, Math.max(index, 0), leaf === 'label' ? 'label' : 'value');
  }
  if (head === 'office') return officeFormFields[second] ?? 'officeTitle';
  if (head === 'affiliations') return 'affiliations';
  return head in emptyContactForm() ? head : 'familyName';
}
