import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteLinks } from '../../../shared/domain/note';
import { captureLinksFor, hasAnyLink, type NoteSubject } from './noteSubject';
import { NotesTimeline } from './NotesTimeline';
import { QuickNote } from './QuickNote';

export interface EntityNotesProps extends NoteSubject {
  /**
   * What a note captured here links to; by default the record itself. Where
   * there is nothing to link to, capture is left out and a hint says where to
   * add notes instead.
   */
  captureLinks?: Partial<NoteLinks>;
}

/** A record's notes: quick capture above its timeline. */
export function EntityNotes({ captureLinks, ...subject }: EntityNotesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const linksForCapture = captureLinks ?? captureLinksFor(subject);
  return (
    <section className="entity-notes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('notes.title')}</h3>
      {hasAnyLink(linksForCapture) ? (
        <QuickNote links={linksForCapture} />
      ) : (
        <p className="hint">{t('notes.noCaptureHint')}</p>
      )}
      <NotesTimeline {...subject} />
    </section>
  );
}
