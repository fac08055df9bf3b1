import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface SensitiveChoiceProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The opt-in for special-category data in an export, with the reason to think twice. */
export function SensitiveChoice({ checked, onChange }: SensitiveChoiceProps) {
  const { t } = useTranslation();
  const warningId = useId();
  return (
    <div className="field">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={warningId}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {t('exchange.export.includeSensitive')}
      </label>
      <p className="hint" id={warningId}>
        {t('exchange.export.sensitiveWarning')}
      </p>
    </div>
  );
}
