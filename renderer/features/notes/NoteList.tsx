import { useTranslation } from 'react-i18next';
import type { MangoQuery } from 'rxdb';
import type { Note } from '../../../shared/domain/note';
import { useLiveQuery } from '../../data/useLiveQuery';
import { NoteItem } from './NoteItem';
import { mergeLinks, useLinkedNames } from './useLinkedNames';

export interface NoteListProps {
  /**
   * The notes to show. Give the component a new `key` when the query changes:
   * RxDB's query hook keeps `loading` true after a change of query.
   */
  query: MangoQuery<Note>;
  /** The ids of the record whose timeline this is, not repeated under "Also about". */
  subjectIds: readonly string[];
}

/** The notes a query finds, as a timeline. */
export function NoteList({ query, subjectIds }: NoteListProps) {
  const { t, i18n } = useTranslation();
  const { documents, loading } = useLiveQuery('notes', query);
  const names = useLinkedNames(mergeLinks(documents.map((note) => note.links)));

  if (loading) return null;
  if (documents.length === 0) return <p className="empty-state">{t('notes.empty')}</p>;
  return (
    <ol className="notes-timeline" aria-label={t('notes.listLabel')} lang={i18n.language}>
      {documents.map((note) => (
        <NoteItem key={note.id} note={note} names={names} subjectIds={subjectIds} />
      ))}
    </ol>
  );
}
