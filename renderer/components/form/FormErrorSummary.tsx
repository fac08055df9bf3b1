import { useTranslation } from 'react-i18next';

export interface FormErrorSummaryProps {
  /** How many fields show a message; nothing is said while none does. */
  errorCount?: number;
  /** Why the last save failed, in the feature's words; nothing is said while unset. */
  saveFailure?: string | null;
}

/**
 * The alerts a form shows above (or below) its fields: how many fields need
 * fixing, and a save that failed. Alerts, so screen readers announce them
 * the moment a submit finds something.
 */
export function FormErrorSummary({ errorCount = 0, saveFailure }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  return (
    <>
      {errorCount > 0 && (
        <p className="form-error" role="alert">
          {t('app.fixErrors', { count: errorCount })}
        </p>
      )}
      {saveFailure && (
        <p className="form-error" role="alert">
          {saveFailure}
        </p>
      )}
    </>
  );
}
