import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { moveAgendaTimes } from '../../../../shared/domain/agendaMove';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import { isValidIsoDate } from '../../../../shared/time/isoDate';
import { isNonexistentLocalTime } from '../../../../shared/time/zonedTime';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { TextControl } from '../../../components/form/TextControl';
import { useFormat } from '../../../format/useFormat';
import { editEntity } from '../../../data/editEntity';
import { goneMessage } from '../../../data/useEntityEditor';
import type { FieldIssue } from '../fieldIssue';
import { useAuthor } from '../../../data/author';

export interface MoveAgendaItemDialogProps {
  item: RxDocument<AgendaItem>;
  onClose: () => void;
}

const TIME = /^\d{2}:\d{2}$/;

/** Moves an item to another day or time, keeping its length; a time the clocks skip is refused. */
export function MoveAgendaItemDialog({ item: shown, onClose }: MoveAgendaItemDialogProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const format = useFormat();
  // The item as the dialog opened: the move is a change against it, applied to the latest revision.
  const [item] = useState(() => shown.toMutableJSON());
  const [failure, setFailure] = useState<string | null>(null);
  const [date, setDate] = useState(item.start.slice(0, 10));
  const [time, setTime] = useState(item.start.slice(11));
  const [issue, setIssue] = useState<{ field: 'date' | 'time'; problem: FieldIssue } | null>(null);

  const newStart = `${date}T${time}`;
  const readable = isValidIsoDate(date) && TIME.test(time);
  const gap = readable && isNonexistentLocalTime(newStart, item.timeZone);
  const preview = readable && !gap ? moveAgendaTimes(item, newStart) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidIsoDate(date)) return setIssue({ field: 'date', problem: { code: 'date' } });
    if (!TIME.test(time)) return setIssue({ field: 'time', problem: { code: 'dateTime' } });
    if (gap || !preview) return setIssue({ field: 'time', problem: { code: 'nonexistentTime' } });
    const outcome = await editEntity(
      shown.collection,
      item,
      // A confirmed slot that moves is flagged `changed`, so the briefing addendum lists it.
      { ...preview, status: item.status === 'confirmed' ? 'changed' : item.status },
      { author, now: new Date() },
    );
    if (outcome.status !== 'saved') return setFailure(goneMessage(outcome, t));
    onClose();
  };

  const field = (name: 'date' | 'time', label: string, value: string, set: (v: string) => void) => (
    <TextControl
      name={name}
      type={name}
      label={label}
      value={value}
      error={issue?.field === name ? t(`visits.issues.${issue.problem.code}`) : undefined}
      onChange={(next) => {
        set(next);
        setIssue(null);
      }}
    />
  );

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('visits.agenda.moveDialog.title', { title: item.title })}
      description={t('visits.agenda.moveDialog.description')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        {field('date', t('visits.agenda.moveDialog.date'), date, setDate)}
        {field('time', t('visits.agenda.moveDialog.time'), time, setTime)}
        {preview && (
          <p className="hint" aria-live="polite">
            {t('visits.agenda.moveDialog.endsAt', { time: format.time(preview.end) })}
          </p>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <FormActions
          submitLabel={t('visits.agenda.moveDialog.submit')}
          cancelLabel={t('visits.form.cancel')}
          onCancel={onClose}
          placement="dialog"
        />
      </form>
    </Dialog>
  );
}
