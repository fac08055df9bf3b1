import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { Dialog } from '../../components/Dialog';
import { useDatabase } from '../../data/useLiveQuery';
import { insertEntity, replaceEntityFields } from '../../data/writes';
import { AgendaItemForm } from './AgendaItemForm';
import {
  agendaItemToForm,
  emptyAgendaItemForm,
  formToAgendaItemFields,
} from './agendaItemFormModel';
import type { VisitLookups } from './useVisitLookups';
import { useAuthor } from '../../sync/useAuthor';

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
  const existing = item?.toMutableJSON();

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
      <AgendaItemForm
        visitId={visitId}
        initialValues={existing ? agendaItemToForm(existing) : emptyAgendaItemForm(date, timeZone)}
        initialAttendees={existing?.attendeeIds ?? []}
        lookups={lookups}
        onCancel={onClose}
        onSubmit={async (values, attendeeIds) => {
          const fields = formToAgendaItemFields(values, visitId, attendeeIds, existing);
          if (item) await replaceEntityFields(item, fields, author);
          else await insertEntity(database.agendaItems, fields, author);
          onClose();
        }}
      />
    </Dialog>
  );
}
