import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { useLocation } from 'wouter';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { newId } from '../../../shared/domain/common';
import type { Visit } from '../../../shared/domain/visit';
import { duplicateVisitAsTemplate } from '../../../shared/domain/visitTemplate';
import { errorMessage } from '../../../shared/text/errorMessage';
import { isValidIsoDate } from '../../../shared/time/isoDate';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/form/FormActions';
import { SelectControl } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import { useDatabase } from '../../data/useLiveQuery';
import { useAuthor } from '../../data/author';
import { writeVisitCopy } from './writeVisitCopy';

export interface DuplicateVisitButtonProps {
  visit: Visit;
  items: readonly RxDocument<AgendaItem>[];
}

/** "Duplicate as template": asks for the new start date, copies the visit and its programme. */
export function DuplicateVisitButton({ visit, items }: DuplicateVisitButtonProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [startDate, setStartDate] = useState(visit.startDate);
  const [status, setStatus] = useState<'idea' | 'planned'>('planned');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidIsoDate(startDate)) {
      setError(t('visits.issues.date'));
      return;
    }
    try {
      const stamp = { author, now: new Date() };
      const copy = duplicateVisitAsTemplate(
        visit,
        items.map((item) => item.toJSON() as AgendaItem),
        startDate,
        {
          newId,
          now: stamp.now.toISOString(),
          author,
          status,
          title: t('visits.duplicate.copyTitle', { title: visit.title }),
        },
      );
      const saved = await writeVisitCopy(database, copy, stamp);
      setOpen(false);
      navigate(`/${saved.id}`);
    } catch (failure) {
      setError(
        t('visits.form.saveFailed', {
          message: errorMessage(failure),
        }),
      );
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('visits.duplicate.button')}
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t('visits.duplicate.title')}
        description={t('visits.duplicate.description')}
      >
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextControl
            name="startDate"
            type="date"
            label={t('visits.duplicate.newStart')}
            value={startDate}
            error={error ?? undefined}
            onChange={(value) => {
              setStartDate(value);
              setError(null);
            }}
          />
          <SelectControl
            name="status"
            label={t('visits.duplicate.status')}
            value={status}
            options={[
              ['planned', t('visits.statuses.planned')],
              ['idea', t('visits.statuses.idea')],
            ]}
            onChange={(value) => setStatus(value as 'idea' | 'planned')}
          />
          <FormActions
            submitLabel={t('visits.duplicate.create')}
            cancelLabel={t('visits.form.cancel')}
            onCancel={() => setOpen(false)}
            placement="dialog"
          />
        </form>
      </Dialog>
    </>
  );
}
