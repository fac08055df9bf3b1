import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToUtc, utcToLocal } from '../../../shared/time/zonedTime';
import { useClock } from '../../services/clock';
import { useSettings } from '../../services/settings/SettingsProvider';
import { FormActions } from '../../components/form/FormActions';
import { FormErrorSummary } from '../../components/form/FormErrorSummary';
import { TextControl } from '../../components/form/TextControl';
import { useFormState, type FormErrors } from '../../components/form/useFormState';

export interface NoteFormProps {
  /** The form's heading, also its accessible name. */
  title: string;
  initialBody?: string;
  /** ISO instant of the conversation; absent for "now". */
  initialDate?: string;
  submitLabel: string;
  /** Receives the trimmed text and the ISO instant of the date typed in the home zone. */
  onSubmit: (body: string, date: string) => Promise<void>;
  onCancel?: () => void;
}

interface NoteFormValues {
  body: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the user's home zone, as the input shows it. */
  date: string;
}

/** The text and date of a note, for capturing a new one or editing one. */
export function NoteForm({
  title,
  initialBody = '',
  initialDate,
  submitLabel,
  onSubmit,
  onCancel,
}: NoteFormProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const zone = settings.homeTimeZone;
  const clock = useClock();
  const headingId = useId();
  // Read the clock once, when the form opens, not on every render.
  const [initialValues] = useState<NoteFormValues>(() => ({
    body: initialBody,
    date: utcToLocal(initialDate ?? clock().toISOString(), zone),
  }));
  const { bind, saving, saveError, formProps } = useFormState({
    initialValues,
    validate: (values) => {
      const errors: FormErrors = {};
      if (values.body.trim() === '') errors.body = t('notes.required');
      if (toInstant(values.date, zone) === undefined) errors.date = t('notes.dateRequired');
      return errors;
    },
    onSubmit: (values) => onSubmit(values.body.trim(), toInstant(values.date, zone) ?? ''),
  });

  return (
    <form {...formProps} className="note-form" aria-labelledby={headingId}>
      <h4 id={headingId} className="note-form-title">
        {title}
      </h4>
      <TextControl {...bind('body')} label={t('notes.body')} hint={t('notes.bodyHint')} multiline />
      <TextControl {...bind('date')} type="datetime-local" label={t('notes.date')} />
      <FormErrorSummary saveFailure={saveError && t('notes.saveFailed', { message: saveError })} />
      <FormActions
        submitLabel={submitLabel}
        cancelLabel={t('notes.cancel')}
        onCancel={onCancel}
        saving={saving}
      />
    </form>
  );
}

/** The instant of a home-zone wall-clock time, or undefined if it is not one. */
function toInstant(localDateTime: string, zone: string): string | undefined {
  try {
    return localToUtc(localDateTime, zone);
  } catch {
    return undefined;
  }
}
