import { useTranslation } from 'react-i18next';

export interface AgendaWarningsProps {
  /** Translated sentences, one per clash. */
  warnings: readonly string[];
}

/**
 * Clashes on one day, under its heading. An alert, so a clash caused by an
 * edit is announced at once, not only seen.
 */
export function AgendaWarnings({ warnings }: AgendaWarningsProps) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div
      className="warning agenda-warnings"
      role="alert"
      aria-label={t('visits.agenda.warningsLabel')}
    >
      {warnings.map((warning) => (
        <p key={warning}>{warning}</p>
      ))}
    </div>
  );
}
