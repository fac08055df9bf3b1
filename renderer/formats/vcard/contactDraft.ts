import type { Contact } from '../../../shared/domain/contact';
import type { EntityFields } from '../../data/writes';

/** Where an imported contact came from: a vCard's card or a CSV's data row. */
export interface DraftOrigin {
  kind: 'card' | 'row';
  /** 1-based card number, or 1-based data row (the header not counted). */
  number: number;
  /** Physical line of the file it starts on. */
  line: number;
}

/**
 * An affiliation as a file states it: by organisation name, matched to an
 * existing organisation (or a new one) only when the import is planned.
 */
export interface DraftAffiliation {
  organisationName: string;
  role: string;
  from?: string;
  to?: string;
}

/** Something the reader left out of a contact and the user should know. */
export interface DraftNotice {
  code: 'photoLeftOut';
}

/**
 * One contact read from a vCard or CSV file, not yet written. Shared by both
 * readers, the duplicate check and the import.
 */
export interface ContactDraft {
  origin: DraftOrigin;
  /** The id the file gave the contact (a vCard `UID:urn:uuid:…`), if any. */
  id?: string;
  fields: Omit<EntityFields<Contact>, 'affiliations'>;
  affiliations: DraftAffiliation[];
  notices: DraftNotice[];
}

/** A contact's fields with nothing known yet but the required empty lists. */
export function emptyDraftFields(): ContactDraft['fields'] {
  return {
    tags: [],
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first',
    languages: [],
    emails: [],
    phones: [],
    // A public body's usual basis (GDPR Art. 6(1)(e)); a file may say otherwise.
    lawfulBasis: 'public-task',
  };
}
