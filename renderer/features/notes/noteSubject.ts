import type { NoteLinks } from '../../../shared/domain/note';
import { mergeLinks } from './useLinkedNames';

/**
 * The record whose notes are shown: one contact, organisation, visit or
 * agenda item, and optionally more records whose notes belong there too
 * (a partnership shows the notes of its visits and partner organisations).
 */
export interface NoteSubject {
  contactId?: string;
  organisationId?: string;
  visitId?: string;
  agendaItemId?: string;
  alsoLinks?: Partial<NoteLinks>;
}

const asList = (id: string | undefined) => (id ? [id] : []);

/** The links a note needs (any one of) to belong to `subject`. */
export function subjectLinks(subject: NoteSubject): NoteLinks {
  return mergeLinks([captureLinksFor(subject), subject.alsoLinks ?? {}]);
}

/** The links a note captured on `subject`'s page gets: the record itself. */
export function captureLinksFor(subject: NoteSubject): Partial<NoteLinks> {
  return {
    contactIds: asList(subject.contactId),
    organisationIds: asList(subject.organisationId),
    visitIds: asList(subject.visitId),
    agendaItemIds: asList(subject.agendaItemId),
  };
}

/** Whether some list of `links` holds an id. */
export function hasAnyLink(links: Partial<NoteLinks>): boolean {
  return Object.values(links).some((ids) => ids.length > 0);
}
