import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSettings } from '../../app/settings/SettingsProvider';
import { useDatabase, useLiveDocument } from '../../data/useLiveQuery';
import { insertEntity, LOCAL_AUTHOR, replaceEntityFields } from '../../data/writes';
import { VisitForm } from './VisitForm';
import { emptyVisitForm, formToVisitFields, visitToForm } from './visitFormModel';

export interface VisitEditorProps {
  /** The visit to edit; without it a new visit is created. */
  visitId?: string;
}

/** Loads a visit (or starts a new one) and saves the form to the local store. */
export function VisitEditor({ visitId }: VisitEditorProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const { settings } = useSettings();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('visits', visitId);

  if (visitId !== undefined && loading) return null;
  if (visitId !== undefined && !document) {
    return <p className="empty-state">{t('visits.notFound')}</p>;
  }
  const existing = document?.toMutableJSON();
  const title = existing
    ? t('visits.form.titleEdit', { title: existing.title || t('visits.untitled') })
    : t('visits.form.titleNew');

  return (
    <VisitForm
      // A new form state per visit, so switching visits never mixes values.
      key={visitId ?? 'new'}
      title={title}
      initialValues={existing ? visitToForm(existing) : emptyVisitForm(settings.homeTimeZone)}
      onCancel={() => navigate(visitId ? `/${visitId}` : '/')}
      onSubmit={async (values) => {
        const fields = formToVisitFields(values, existing);
        const saved = document
          ? await replaceEntityFields(document, fields, LOCAL_AUTHOR)
          : await insertEntity(database.visits, fields, LOCAL_AUTHOR);
        navigate(`/${saved.id}`);
      }}
    />
  );
}
