import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/settings/SettingsProvider';
import { useEntityEditor } from '../../data/useEntityEditor';
import { VisitForm } from './VisitForm';
import { emptyVisitForm, formToVisitFields, visitToForm } from './visitFormModel';

export interface VisitEditorProps {
  /** The visit to edit; without it a new visit is created. */
  visitId?: string;
}

/** Loads a visit (or starts a new one) and saves the form to the local store. */
export function VisitEditor({ visitId }: VisitEditorProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { state, existing, save, cancel } = useEntityEditor('visits', visitId);

  if (state === 'loading') return null;
  if (state === 'missing') return <p className="empty-state">{t('visits.notFound')}</p>;
  const title = existing
    ? t('visits.form.titleEdit', { title: existing.title || t('visits.untitled') })
    : t('visits.form.titleNew');

  return (
    <VisitForm
      // A new form state per visit, so switching visits never mixes values.
      key={visitId ?? 'new'}
      title={title}
      initialValues={existing ? visitToForm(existing) : emptyVisitForm(settings.homeTimeZone)}
      onCancel={cancel}
      onSubmit={(values) => save(formToVisitFields(values, existing))}
    />
  );
}
