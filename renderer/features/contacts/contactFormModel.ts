import type { Contact, LawfulBasis, NameOrder } from '../../../shared/domain/contact';
import type { ContactIssue } from '../../../shared/domain/contactValidation';
import { optionalText, withoutUndefined } from '../../components/form/formValues';

/** What the contact form edits: every field as the text the user typed. */
/** One organisation the person works for, as typed in the form. */
export interface AffiliationFormValues {
  organisationId: string;
  role: string;
  from: string;
  to: string;
}

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
  email: string;
  phone: string;
  languages: string;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  lawfulBasis: LawfulBasis;
  reviewDate: string;
  consentNote: string;
  notes: string;
  affiliations: AffiliationFormValues[];
}

/** The form's text fields (affiliations are edited as rows of their own). */
export type ContactFormField = Exclude<keyof ContactFormValues, 'affiliations'>;

/** The stored fields of a contact, without the document metadata. */
export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

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
    email: '',
    phone: '',
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
    email: contact.emails[0]?.address ?? '',
    phone: contact.phones[0]?.number ?? '',
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

/**
 * The stored fields for the form's values. Fields the form does not show
 * (photo, further emails and phones, tags) are kept from `base`. Affiliation
 * rows without an organisation chosen are dropped.
 */
export function formToContactFields(values: ContactFormValues, base?: Contact): ContactFields {
  const email = optionalText(values.email);
  const phone = optionalText(values.phone);
  const officeForms = withoutUndefined({
    formalStyle: optionalText(values.formalStyle),
    spokenForm: optionalText(values.spokenForm),
  });
  const officeTitle = optionalText(values.officeTitle);
  const firstEmail = base?.emails[0];
  const firstPhone = base?.phones[0];
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
    emails: [
      ...(email ? [{ label: firstEmail?.label ?? 'work', address: email }] : []),
      ...(base?.emails.slice(1) ?? []),
    ],
    phones: [
      ...(phone ? [{ label: firstPhone?.label ?? 'work', number: phone }] : []),
      ...(base?.phones.slice(1) ?? []),
    ],
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

/** Which form field shows a validation issue about a stored field path ('emails.0.address'). */
export function formFieldForIssue(issue: ContactIssue): ContactFormField | 'affiliations' {
  const [head = '', second = ''] = issue.field.split('.');
  if (head === 'emails') return 'email';
  if (head === 'phones') return 'phone';
  if (head === 'office') return officeFormFields[second] ?? 'officeTitle';
  if (head === 'affiliations') return 'affiliations';
  return head in emptyContactForm() ? (head as ContactFormField) : 'familyName';
}
