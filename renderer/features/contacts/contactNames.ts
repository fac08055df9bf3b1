import type { Contact } from '../../../shared/domain/contact';

/** The name shown in lists: titles and name in the person's own order ("Nagy Zoltán"). */
export function contactListName(
  contact: Pick<Contact, 'givenNames' | 'familyName' | 'nameOrder' | 'titlesBefore'>,
): string {
  const names =
    contact.nameOrder === 'family-first'
      ? [contact.familyName, contact.givenNames]
      : [contact.givenNames, contact.familyName];
  return [contact.titlesBefore, ...names].filter((part) => part && part.trim()).join(' ');
}
