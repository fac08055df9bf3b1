import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Contact } from '../../../shared/domain/contact';
import { titledName } from '../../../shared/domain/formsOfAddress';
import { errorMessage } from '../../../shared/text/errorMessage';
import { useUndo } from '../../services/undo/UndoProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useEraseContact } from '../../erasure/ErasureProvider';
import { useDatabase } from '../../data/useLiveQuery';
import { collectPersonData } from '../../formats/personData';
import { useAuthor } from '../../data/author';
import { PersonDataDialog } from './PersonDataDialog';

export interface PersonDataActionsProps {
  contact: Contact;
}

type Counts = { visits: number; agendaItems: number; followUps: number; notes: number };

type Step = { kind: 'closed' } | { kind: 'data' } | { kind: 'confirm'; counts: Counts };

/** Right of access and erasure for one person: export all held about them, or erase them. */
export function PersonDataActions({ contact }: PersonDataActionsProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const author = useAuthor();
  const eraseContact = useEraseContact();
  const notify = useUndo();
  const [, navigate] = useLocation();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [failure, setFailure] = useState<string | null>(null);
  const name = titledName(contact) || t('contacts.unnamed');

  const askToErase = async () => {
    const data = await collectPersonData(database, contact.id);
    setStep({
      kind: 'confirm',
      counts: {
        visits: data?.visits.length ?? 0,
        agendaItems: data?.agendaItems.length ?? 0,
        followUps: data?.followUps.length ?? 0,
        notes: data?.notes.length ?? 0,
      },
    });
  };

  const erase = async () => {
    setStep({ kind: 'closed' });
    try {
      const summary = await eraseContact(contact.id, { author, now: new Date() });
      navigate('/');
      notify({ message: t('personData.erased', { name, ...summary }) });
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setStep({ kind: 'data' })}>
        {t('personData.open')}
      </button>
      {failure && (
        <p role="alert" className="form-error">
          {t('personData.eraseFailed', { message: failure })}
        </p>
      )}
      <PersonDataDialog
        open={step.kind === 'data'}
        contact={contact}
        name={name}
        onErase={() => void askToErase()}
        onClose={() => setStep({ kind: 'closed' })}
      />
      <ConfirmDialog
        open={step.kind === 'confirm'}
        title={t('personData.confirmTitle', { name })}
        message={
          step.kind === 'confirm' ? t('personData.confirmMessage', { name, ...step.counts }) : ''
        }
        confirmLabel={t('personData.confirm')}
        onConfirm={() => void erase()}
        onCancel={() => setStep({ kind: 'closed' })}
      />
    </>
  );
}
