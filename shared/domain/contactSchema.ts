import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { baseRequired, baseSchemaProperties } from './common';
import { LAWFUL_BASES, NAME_ORDERS, type Contact } from './contact';
import {
  LIMITS,
  enumOf,
  idRef,
  isoDate,
  isoInstant,
  longText,
  shortText,
  stringArray,
} from './schemaParts';

/** The label given to the address and number carried over from version 0. */
export const MIGRATED_CONTACT_POINT_LABEL = 'work';

/** Contact fields common to every schema version. */
const stableProperties = {
  ...baseSchemaProperties,
  givenNames: shortText(),
  familyName: shortText(),
  nameOrder: enumOf(NAME_ORDERS),
  titlesBefore: shortText(),
  titlesAfter: shortText(),
  honorific: shortText(),
  office: {
    type: 'object',
    additionalProperties: false,
    properties: {
      title: shortText(),
      formalStyle: shortText(LIMITS.mediumText),
      spokenForm: shortText(),
    },
    required: ['title'],
  },
  salutation: shortText(),
  pronunciation: shortText(),
  languages: stringArray(LIMITS.languageTag),
  affiliations: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      properties: {
        organisationId: idRef(),
        role: shortText(),
        from: isoDate(),
        to: isoDate(),
      },
      required: ['organisationId', 'role'],
    },
  },
  photo: shortText(LIMITS.photo),
  dietaryNeeds: shortText(LIMITS.mediumText),
  accessibilityNeeds: shortText(LIMITS.mediumText),
  notes: longText(),
  lawfulBasis: enumOf(LAWFUL_BASES),
  consentNote: shortText(LIMITS.mediumText),
  reviewDate: isoDate(),
} as const;

const stableRequired = [
  ...baseRequired,
  'givenNames',
  'familyName',
  'nameOrder',
  'languages',
  'affiliations',
  'lawfulBasis',
] as const;

/** A contact as stored by schema version 0: one e-mail and one phone. */
export type ContactV0 = Omit<Contact, 'emails' | 'phones' | 'erasedAt'> & {
  email?: string;
  phone?: string;
};

/**
 * Version 0 of the contacts schema, kept so the migration can be tested
 * against the real thing. Never use it for new data.
 */
export const contactSchemaV0: RxJsonSchema<ContactV0> = {
  title: 'contact',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...stableProperties,
    email: shortText(),
    phone: shortText(),
  },
  required: [...stableRequired],
  indexes: ['familyName'],
};

/**
 * RxDB schema of the `contacts` collection. Version 1: several e-mails and
 * phones. Version 2: `erasedAt` on the tombstone of an erased person.
 */
export const contactSchema: RxJsonSchema<Contact> = {
  title: 'contact',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...stableProperties,
    emails: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { label: shortText(LIMITS.tag), address: shortText() },
        required: ['label', 'address'],
      },
    },
    phones: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { label: shortText(LIMITS.tag), number: shortText(LIMITS.tag) },
        required: ['label', 'number'],
      },
    },
    erasedAt: isoInstant(),
  },
  required: [...stableRequired, 'emails', 'phones'],
  indexes: ['familyName'],
};

/**
 * Version 0 → 1: the single `email` / `phone` become one-element lists
 * (empty when the old value was blank). Everything else, including RxDB's own
 * `_meta`/`_rev`/`_attachments` fields, passes through untouched.
 */
export function migrateContactV0ToV1<T extends ContactV0>(
  oldDoc: T,
): Omit<T, 'email' | 'phone'> & Pick<Contact, 'emails' | 'phones'> {
  const { email, phone, ...rest } = oldDoc;
  const address = email?.trim() ?? '';
  const number = phone?.trim() ?? '';
  return {
    ...rest,
    emails: address ? [{ label: MIGRATED_CONTACT_POINT_LABEL, address }] : [],
    phones: number ? [{ label: MIGRATED_CONTACT_POINT_LABEL, number }] : [],
  };
}

/** RxDB `migrationStrategies` for the `contacts` collection. */
export const contactMigrationStrategies: MigrationStrategies = {
  1: (oldDoc: ContactV0) => migrateContactV0ToV1(oldDoc),
  // Version 2 only adds the optional `erasedAt`: stored documents are valid as they are.
  2: (oldDoc: Contact) => oldDoc,
};
