import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyNoteLinks, type NoteLinks } from '../../../shared/domain/note';
import { useDatabase } from '../../data/useLiveQuery';
import { insertEntity, LOCAL_AUTHOR } from '../../data/writes';
import { useSession } from '../../replication/SessionProvider';
import { useAuthor } from '../../data/author';
import { NoteForm } from './NoteForm';
import './notes.css';

export interface QuickNoteProps {
  /** What the new note is about, e.g. `{ contactIds: [id] }`; other lists start empty. */
  links: Partial<NoteLinks>;
}

/** Capture a note in a few keystrokes: text, date (now unless changed), saved as written by you. */
export function QuickNote({ links }: QuickNoteProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const author = useAuthor();
  // A note names its writer; the document's stamp carries their user id.
  const writer = useSession().session?.user.name ?? LOCAL_AUTHOR;
  // A fresh form (empty text, the clock read again) after each saved note.
  const [draft, setDraft] = useState(0);
  return (
    <NoteForm
      // Keyed by the links too: a draft typed for one record never saves onto another.
      key={`${JSON.stringify(links)}:${draft}`}
      title={t('notes.captureTitle')}
      submitLabel={t('notes.add')}
      onSubmit={async (body, date) => {
        await insertEntity(
          database.notes,
          { tags: [], body, date, author: writer, links: { ...emptyNoteLinks(), ...links } },
          author,
        );
        setDraft((current) => current + 1);
      }}
    />
  );
}
