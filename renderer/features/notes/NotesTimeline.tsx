import type { MangoQuery } from 'rxdb';
import type { Note } from '../../../shared/domain/note';
import { NoteList } from './NoteList';
import { subjectLinks, type NoteSubject } from './noteSubject';
import './notes.css';

export type NotesTimelineProps = NoteSubject;

/** The notes about a record, newest first, each editable and deletable with undo. */
export function NotesTimeline(subject: NotesTimelineProps) {
  const links = subjectLinks(subject);
  const clauses = Object.entries(links)
    .filter(([, ids]) => ids.length > 0)
    .map(([key, ids]) => ({ [`links.${key}`]: { $in: [...new Set(ids)].sort() } }));
  const query: MangoQuery<Note> = {
    // No subject, no notes: an empty $or is not a valid query.
    selector: clauses.length > 0 ? { $or: clauses } : { id: { $in: [] } },
    sort: [{ date: 'desc' }],
  };
  // A new list per query: see NoteList on RxDB's loading flag.
  return (
    <NoteList key={JSON.stringify(query)} query={query} subjectIds={Object.values(links).flat()} />
  );
}
