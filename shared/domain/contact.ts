import type { BaseDocument } from './common';

/** Whether the family name is written first (Hungarian "Nagy Zoltán") or last. */
export const NAME_ORDERS = ['given-first', 'family-first'] as const;

/** One of `NAME_ORDERS`. */
export type NameOrder = (typeof NAME_ORDERS)[number];

/** GDPR Art. 6 lawful bases; a public body usually relies on `public-task`. */
export const LAWFUL_BASES = [
  'public-task',
  'consent',
  'legitimate-interests',
  'contract',
  'legal-obligation',
  'vital-interests',
] as const;

/** One of `LAWFUL_BASES`. */
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/**
 * An office a person holds, with the forms of address that go with it. These
 * are stored as given by the office-holder's staff, never composed by us.
 */
export interface ContactOffice {
  /** e.g. "Lord Mayor of Birmingham", "Oberbürgermeister". */
  title: string;
  /** Print form: "The Right Worshipful, The Lord Mayor of Birmingham". */
  formalStyle?: string;
  /** Speech (and "Dear …") form: "Lord Mayor". */
  spokenForm?: string;
}

/** A role at an organisation, optionally dated. */
export interface Affiliation {
  organisationId: string;
  /** Job title or role, e.g. "Head of International Affairs". */
  role: string;
  /** ISO date the role began. */
  from?: string;
  /** ISO date the role ended; absent while current. */
  to?: string;
}

/** An e-mail address with a label (`work`, `home`, `assistant`, … free text). */
export interface ContactEmail {
  label: string;
  address: string;
}

/** A phone number with a label (`work`, `mobile`, … free text). */
export interface ContactPhone {
  label: string;
  number: string;
}

/**
 * A person. At least one of `givenNames` / `familyName` is non-empty; both are
 * always present (possibly `''`) because `familyName` is indexed for sorting.
 * Optional fields are left out when unknown.
 */
export interface Contact extends BaseDocument {
  givenNames: string;
  familyName: string;
  nameOrder: NameOrder;
  /** Titles before the name as written: "Prof. Dr.", "Dr.", "Dipl.-Ing.". */
  titlesBefore?: string;
  /** Post-nominals: "OBE", "MdB", "PhD". */
  titlesAfter?: string;
  /** Free text: Cllr, Herr, Frau, Mx, Ms, Mr, Dr. */
  honorific?: string;
  office?: ContactOffice;
  /** Letter salutation override; used verbatim when set. */
  salutation?: string;
  /** How to say the name, e.g. "NOLL-ting". */
  pronunciation?: string;
  /** BCP-47 language tags: `de`, `en-GB`. */
  languages: string[];
  affiliations: Affiliation[];
  emails: ContactEmail[];
  phones: ContactPhone[];
  /** `data:image/…;base64,…` URL, downscaled by the UI. */
  photo?: string;
  /** Special-category data (health): see `SENSITIVE_CONTACT_FIELDS`. */
  dietaryNeeds?: string;
  /** Special-category data (health): see `SENSITIVE_CONTACT_FIELDS`. */
  accessibilityNeeds?: string;
  notes?: string;
  lawfulBasis: LawfulBasis;
  /** What was agreed and when, if the basis is consent. */
  consentNote?: string;
  /** ISO date by which keeping this record must be reviewed. */
  reviewDate?: string;
  /**
   * Set only on the tombstone of an erased person (`eraseContact`): the ISO
   * instant of the erasure. An erasure beats every concurrent edit in sync.
   */
  erasedAt?: string;
}

/**
 * Contact fields holding special-category (health) data under GDPR Art. 9:
 * left out of exports and briefing packs unless the user asks for them.
 */
export const SENSITIVE_CONTACT_FIELDS = [
  'dietaryNeeds',
  'accessibilityNeeds',
] as const satisfies readonly (keyof Contact)[];

/** One of `SENSITIVE_CONTACT_FIELDS`. */
export type SensitiveContactField = (typeof SENSITIVE_CONTACT_FIELDS)[number];

/** A copy of `contact` without the sensitive fields, for exports. */
export function withoutSensitiveFields<T extends Partial<Contact>>(
  contact: T,
): Omit<T, SensitiveContactField> {
  const copy: Partial<T> = { ...contact };
  for (const field of SENSITIVE_CONTACT_FIELDS) delete copy[field];
  return copy as Omit<T, SensitiveContactField>;
}

/**
 * What is left of a person after erasure (GDPR Art. 17): the id, so the
 * erasure can sync as a tombstone, and nothing that identifies them. The
 * fields the schema requires are kept at their empty values.
 */
export function erasedContact(
  contact: Pick<Contact, 'id' | 'createdAt'>,
  erasedAt: string,
  author: string,
): Contact {
  return {
    id: contact.id,
    createdAt: contact.createdAt,
    updatedAt: erasedAt,
    updatedBy: author,
    tags: [],
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first',
    languages: [],
    affiliations: [],
    emails: [],
    phones: [],
    lawfulBasis: 'public-task',
    erasedAt,
  };
}
