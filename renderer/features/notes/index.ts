// What other features embed: a record's notes, or their parts on their own.
export { EntityNotes, type EntityNotesProps } from './EntityNotes';
export { NotesTimeline, type NotesTimelineProps } from './NotesTimeline';
export { QuickNote, type QuickNoteProps } from './QuickNote';
export type { NoteSubject } from './noteSubject';
export { LinkedEntities } from './LinkedEntities';
export { useLinkedNames, type LinkedNames } from './useLinkedNames';
