import type { SyncedCollectionName } from '../../../../shared/domain/collectionNames';
import { titledName } from '../../../../shared/domain/formsOfAddress';
import { partnershipTitle } from '../../../../shared/domain/partnershipValidation';
import type { EntityByCollection } from '../../../../shared/domain/schemas';

/** Which record a conflict is in: its name as lists show it, and the page that shows it. */
export interface ConflictSubject {
  /** Empty when the record has no name yet. */
  title: string;
  /** An absolute app path; absent for a note linked to nothing. */
  path?: string;
}

/** The title and page of a record of any synced collection. */
export function conflictSubject<Name extends SyncedCollectionName>(
  collectionName: Name,
  document: EntityByCollection[Name],
): ConflictSubject {
  switch (collectionName) {
    case 'contacts': {
      const contact = document as EntityByCollection['contacts'];
      return { title: titledName(contact), path: `/contacts/${contact.id}` };
    }
    case 'organisations': {
      const organisation = document as EntityByCollection['organisations'];
      return { title: organisation.name, path: `/organisations/${organisation.id}` };
    }
    case 'partnerships': {
      const partnership = document as EntityByCollection['partnerships'];
      return { title: partnershipTitle(partnership), path: `/partnerships/${partnership.id}` };
    }
    case 'visits': {
      const visit = document as EntityByCollection['visits'];
      return { title: visit.title, path: `/visits/${visit.id}` };
    }
    case 'agendaItems': {
      // An agenda item has no page of its own: its visit's page shows it.
      const item = document as EntityByCollection['agendaItems'];
      return { title: item.title, path: `/visits/${item.visitId}` };
    }
    case 'followUps': {
      const followUp = document as EntityByCollection['followUps'];
      return { title: followUp.title, path: '/follow-ups' };
    }
    default: {
      // A note shows on the pages of what it is about; the first of those leads there.
      const note = document as EntityByCollection['notes'];
      const [about] = [
        ...note.links.visitIds.map((id) => `/visits/${id}`),
        ...note.links.contactIds.map((id) => `/contacts/${id}`),
        ...note.links.organisationIds.map((id) => `/organisations/${id}`),
      ];
      const firstLine = (note.body.split('\n')[0] ?? '').trim();
      const title = firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
      return about ? { title, path: about } : { title };
    }
  }
}
