import type { RxJsonSchema } from 'rxdb';
import { contactCollationKey } from '../text/collation';
import type { Contact } from './contact';
import { titledName } from './formsOfAddress';
import { LIMITS } from './schemaParts';

/**
 * One row of the Contacts list, kept beside each contact on the device: the
 * contact's place in German collation order and the name the row shows. A
 * local-only projection (never synced, never validated by the server) that
 * lets the list read one page in order through an index, instead of loading
 * and sorting every contact.
 */
export interface ContactOrderEntry {
  /** The contact's id. */
  id: string;
  /** `contactCollationKey(contact)`: its code-unit order is the list's order. */
  key: string;
  /** `titledName(contact)`: what the row shows ('' when the contact has no name). */
  name: string;
}

/** Long enough for the key of two 200-character names: three levels each, ß as ss. */
const KEY_LIMIT = 4 * 1024;

/**
 * RxDB schema of the local-only `contactOrder` collection. Rebuilt from the
 * contacts whenever it is missing or behind (renderer/data/contactOrder.ts),
 * so a new version needs no migration of its own: bump the version and the
 * device builds it afresh.
 */
export const contactOrderSchema: RxJsonSchema<ContactOrderEntry> = {
  title: 'contact list order',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: LIMITS.id },
    key: { type: 'string', maxLength: KEY_LIMIT },
    // Titles before the name, given and family names: three short texts and spaces.
    name: { type: 'string', maxLength: 3 * LIMITS.shortText + 2 },
  },
  required: ['id', 'key', 'name'],
  indexes: ['key'],
};

/** A contact's row in the Contacts list. */
export function toContactOrderEntry(
  contact: Pick<Contact, 'id' | 'givenNames' | 'familyName' | 'nameOrder'> &
    Partial<Pick<Contact, 'titlesBefore'>>,
): ContactOrderEntry {
  return { id: contact.id, key: contactCollationKey(contact), name: titledName(contact) };
}
