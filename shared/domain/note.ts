import type { BaseDocument } from './common';

/** What a note is about; every list may be empty. */
export interface NoteLinks {
  contactIds: string[];
  organisationIds: string[];
  visitIds: string[];
  agendaItemIds: string[];
}

/** A dated record of a meeting or conversation. */
export interface Note extends BaseDocument {
  /** ISO instant of the meeting or conversation (not of writing the note). */
  date: string;
  /** Who wrote it: a user id or a name. */
  author: string;
  body: string;
  links: NoteLinks;
}

/** Links with every list empty, for a new note. */
export function emptyNoteLinks(): NoteLinks {
  return { contactIds: [], organisationIds: [], visitIds: [], agendaItemIds: [] };
}
