import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import { Dialog } from '../../../components/Dialog';
import { useDatabase, useLiveDocument } from '../../../data/useLiveQuery';
import { saveFormEdit } from '../../../data/editEntity';
import { goneMessage } from '../../../data/useEntityEditor';
import { insertEntity } from '../../../data/writes';
import { AgendaItemForm } from './AgendaItemForm';
import {
  agendaItemToForm,
  emptyAgendaItemForm,
  formToAgendaItemFields,
} from './agendaItemFormModel';
import type { VisitLookups } from '../useVisitLookups';
import { useAuthor } from '../../../data/author';
import { ChangedMeanwhileNotice } from '../../sync';

export interface AgendaItemDialogProps {
  visitId: string;
  /** The item to edit; without it a new one is added on `date`. */
  item?: RxDocument<AgendaItem>;
  /** Day of a new item (ISO date). */
  date: string;
  /** Zone of a new item: the venue's. */
  timeZone: string;
  lookups: VisitLookups;
  onClose: () => void;
}

/** Adds or edits one agenda item in a dialog. */
export function AgendaItemDialog({
  visitId,
  item,
  date,
  timeZone,
  lookups,
  onClose,
}: AgendaItemDialogProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const database = useDatabase();
  // The item as the dialog opened: the form's values and the save's three-way change are against it.
  const [existing] = useState(() => item?.toMutableJSON());
  const initialValues = existing ? agendaItemToForm(existing) : emptyAgendaItemForm(date, timeZone);
  // The item as stored now, so the dialog can say what a colleague changed while it is open.
  const { document: current, loading } = useLiveDocument('agendaItems', existing?.id);
  // The hosts, chairs and attendees to choose from, if the page has not read them yet.
  const { requestChoices } = lookups;
  useEffect(() => requestChoices(), [requestChoices]);

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={
        existing
          ? t('visits.agenda.form.titleEdit', { title: existing.title })
          : t('visits.agenda.form.titleNew')
      }
      className="agenda-dialog"
    >
      <ChangedMeanwhileNotice
        opened={existing}
        latest={loading ? undefined : (current?.toJSON() ?? null)}
        author={author}
      />
      <AgendaItemForm
        visitId={visitId}
        initialValues={initialValues}
        initialAttendees={existing?.attendeeIds ?? []}
        lookups={lookups}
        onCancel={onClose}
        onSubmit={async (values, attendeeIds) => {
          const fields = formToAgendaItemFields(values, visitId, attendeeIds, existing);
          if (!existing) {
            await insertEntity(database.agendaItems, fields, author);
            return onClose();
          }
          const atOpen = formToAgendaItemFields(
            initialValues,
            visitId,
            existing.attendeeIds,
            existing,
          );
          const outcome = await saveFormEdit(
            database.agendaItems,
            existing,
            { atOpen, submitted: fields },
            { author, now: new Date() },
          );
          if (outcome.status !== 'saved') throw new Error(goneMessage(outcome, t));
          onClose();
        }}
      />
    </Dialog>
  );
}
