import type { CollectionName, EntityByCollection } from '../domain/schemas';
import { titledName } from '../domain/formsOfAddress';

/** The collections global search looks in. */
export const SEARCHED_COLLECTIONS = [
  'contacts',
  'organisations',
  'visits',
  'agendaItems',
  'notes',
  'followUps',
] as const satisfies readonly CollectionName[];

/** One of `SEARCHED_COLLECTIONS`. */
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number];

/** Collections with a page of their own, which a search result can open. */
export type OpenableCollection = Exclude<SearchedCollection, 'agendaItems' | 'notes'>;

/** What the index holds for one document: its text, and what a result row shows. */
export interface SearchEntry {
  /** `collection:id`, unique across collections. */
  key: string;
  collection: SearchedCollection;
  id: string;
  /** The row's main line: a name or title. */
  title: string;
  /** Everything else worth finding the document by. */
  text: string;
  /**
   * The page a result opens: the document itself, or for an agenda item its
   * visit, for a note the first visit, contact or organisation it is about.
   */
  opens: { collection: OpenableCollection; id: string } | null;
}

const joined = (...parts: (string | undefined | readonly string[])[]) =>
  parts
    .flat()
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' \n ');

/** The search entry for a document of one of the searched collections. */
export function toSearchEntry<Name extends SearchedCollection>(
  collection: Name,
  entity: EntityByCollection[Name],
): SearchEntry {
  const opensItself =
    collection === 'agendaItems' || collection === 'notes'
      ? null
      : { collection: collection as OpenableCollection, id: entity.id };
  const entry = (
    title: string,
    text: string,
    opens: SearchEntry['opens'] = opensItself,
  ): SearchEntry => ({
    key: `${collection}:${entity.id}`,
    collection,
    id: entity.id,
    title,
    text,
    opens,
  });
  switch (collection) {
    case 'contacts': {
      const contact = entity as EntityByCollection['contacts'];
      return entry(
        titledName(contact),
        joined(
          contact.honorific,
          contact.titlesAfter,
          contact.office?.title,
          contact.office?.formalStyle,
          contact.office?.spokenForm,
          contact.emails.map((email) => email.address),
          contact.pronunciation,
          contact.notes,
          contact.tags,
        ),
      );
    }
    case 'organisations': {
      const organisation = entity as EntityByCollection['organisations'];
      return entry(
        organisation.name,
        joined(
          organisation.city,
          organisation.country,
          organisation.address,
          organisation.sectors,
          organisation.description,
          organisation.tags,
        ),
      );
    }
    case 'visits': {
      const visit = entity as EntityByCollection['visits'];
      return entry(
        visit.title,
        joined(visit.destinationCity, visit.objectives, visit.keyMessages, visit.tags),
      );
    }
    case 'agendaItems': {
      const item = entity as EntityByCollection['agendaItems'];
      return entry(
        item.title,
        joined(item.venueName, item.venueAddress, item.purpose, item.briefingNotes, item.tags),
        { collection: 'visits', id: item.visitId },
      );
    }
    case 'notes': {
      const note = entity as EntityByCollection['notes'];
      const firstLine = note.body.split('\n')[0] ?? '';
      const [about] = [
        ...note.links.visitIds.map((id) => ({ collection: 'visits' as const, id })),
        ...note.links.contactIds.map((id) => ({ collection: 'contacts' as const, id })),
        ...note.links.organisationIds.map((id) => ({ collection: 'organisations' as const, id })),
      ];
      return entry(firstLine.slice(0, 120), joined(note.body, note.tags), about ?? null);
    }
    default: {
      const followUp = entity as EntityByCollection['followUps'];
      return entry(followUp.title, joined(followUp.notes, followUp.owner, followUp.tags));
    }
  }
}
