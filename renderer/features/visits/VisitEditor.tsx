import { useTranslation } from 'react-i18next';
import { useSettings } from '../../services/settings/SettingsProvider';
import { useEntityEditor } from '../../data/useEntityEditor';
import { useAuthor } from '../../data/author';
import { ChangedMeanwhileNotice } from '../sync';
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
  const author = useAuthor();
  const { state, existing, latest, save, cancel } = useEntityEditor('visits', visitId);

  if (state === 'loading') return null;
  if (state === 'missing') return <p className="empty-state">{t('visits.notFound')}</p>;
  const title = existing
    ? t('visits.form.titleEdit', { title: existing.title || t('visits.untitled') })
    : t('visits.form.titleNew');

  const initialValues = existing ? visitToForm(existing) : emptyVisitForm(settings.homeTimeZone);

  return (
    <>
      <ChangedMeanwhileNotice opened={existing} latest={latest} author={author} />
      <VisitForm
        // A new form state per visit, so switching visits never mixes values.
        key={visitId ?? 'new'}
        title={title}
        initialValues={initialValues}
        onCancel={cancel}
        onSubmit={(values) =>
          save(formToVisitFields(values, existing), formToVisitFields(initialValues, existing))
        }
      />
    </>
  );
}
