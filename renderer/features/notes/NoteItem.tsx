import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { Note } from '../../../shared/domain/note';
import { DeleteButton } from '../../components/DeleteButton';
import { editEntity } from '../../data/editEntity';
import { goneMessage } from '../../data/useEntityEditor';
import { LOCAL_AUTHOR } from '../../data/writes';
import { useLiveDocument } from '../../data/useLiveQuery';
import { useAuthor } from '../../data/author';
import { ChangedMeanwhileNotice } from '../sync';
import { useFormat } from '../../format/useFormat';
import { LinkedEntities } from './LinkedEntities';
import { NoteForm } from './NoteForm';
import type { LinkedNames } from './useLinkedNames';

export interface NoteItemProps {
  note: RxDocument<Note>;
  names: LinkedNames;
  /** The ids of the record whose timeline this is, not repeated under "Also about". */
  subjectIds: readonly string[];
}

/** One note in a timeline: when, who, what, what else it concerns; editable in place. */
export function NoteItem({ note, names, subjectIds }: NoteItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The note as its edit began (undefined when not editing): the save is a change against it.
  const [editing, setEditing] = useState<Note | undefined>(undefined);
  const when = format.instant(note.date);
  const author = note.author === LOCAL_AUTHOR ? t('notes.localAuthor') : note.author;
  const editor = useAuthor();
  // The note as stored now, so an open edit can say what a colleague changed meanwhile.
  const { document: current, loading } = useLiveDocument('notes', editing?.id);

  if (editing) {
    return (
      <li className="note-item">
        <ChangedMeanwhileNotice
          opened={editing}
          latest={loading ? undefined : (current?.toJSON() ?? null)}
          author={editor}
        />
        <NoteForm
          title={t('notes.editTitle')}
          initialBody={note.body}
          initialDate={note.date}
          submitLabel={t('notes.save')}
          onCancel={() => setEditing(undefined)}
          onSubmit={async (body, date) => {
            const outcome = await editEntity(
              note.collection,
              editing,
              // Unchanged text or date keeps whatever is stored now.
              { body, date },
              { author: editor, now: new Date() },
            );
            if (outcome.status !== 'saved') throw new Error(goneMessage(outcome, t));
            setEditing(undefined);
          }}
        />
      </li>
    );
  }
  return (
    <li className="note-item">
      <article aria-label={when}>
        <p className="note-meta">
          <time dateTime={note.date}>{when}</time> · {t('notes.byAuthor', { author })}
        </p>
        <p className="note-body">{note.body}</p>
        <LinkedEntities
          links={note.links}
          names={names}
          exclude={subjectIds}
          label={t('notes.alsoAbout')}
        />
        <div className="note-actions">
          <button type="button" className="button" onClick={() => setEditing(note.toMutableJSON())}>
            {t('notes.edit')}
          </button>
          <DeleteButton
            label={t('notes.delete')}
            confirmTitle={t('notes.deleteTitle')}
            confirmMessage={t('notes.deleteMessage', { date: when })}
            deletedMessage={t('notes.deleted', { date: when })}
            collect={() => [note]}
          />
        </div>
      </article>
    </li>
  );
}
