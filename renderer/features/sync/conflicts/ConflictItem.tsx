import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/domain/conflict';
import { errorMessage } from '../../../../shared/text/errorMessage';
import { useFormat } from '../../../format/useFormat';
import {
  DELETED_PATH,
  fieldLabel,
  showConflictValue,
  type FieldLabels,
  type ShownValue,
} from './conflictValues';

/** Whether the record the conflict is in can still take a choice. */
export type RecordState = 'loading' | 'present' | 'missing';

export interface ConflictItemProps {
  conflict: Conflict;
  record: RecordState;
  labels: FieldLabels;
  onKeepMine: () => Promise<void>;
  onKeepTheirs: () => Promise<void>;
  onDismiss: () => Promise<void>;
}

function ValueText({ value }: { value: ShownValue }) {
  const { t } = useTranslation();
  if (value.kind !== 'text') {
    return <span className="conflict-value-word">{t(`conflicts.values.${value.kind}`)}</span>;
  }
  if (value.lines.length === 1)
    return <span className="conflict-value-text">{value.lines[0]}</span>;
  return (
    <ul className="conflict-value-lines">
      {value.lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

/** One conflicting field: both values side by side and the choice between them. */
export function ConflictItem({
  conflict,
  record,
  labels,
  onKeepMine,
  onKeepTheirs,
  onDismiss,
}: ConflictItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      // Resolved: the live list drops this item.
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
  };

  const label =
    conflict.fieldPath === DELETED_PATH
      ? t('conflicts.deletedField')
      : fieldLabel(conflict.fieldPath, labels);

  return (
    <li className="conflict-item" aria-labelledby={labelId}>
      <h3 className="conflict-field" id={labelId}>
        {label}
      </h3>
      <dl className="conflict-values">
        <div className="conflict-side mine">
          <dt>{t('conflicts.yours')}</dt>
          <dd>
            <ValueText value={showConflictValue(conflict.localValue, conflict.fieldPath, labels)} />
          </dd>
        </div>
        <div className="conflict-side theirs">
          <dt>{t('conflicts.theirs')}</dt>
          <dd>
            <ValueText
              value={showConflictValue(conflict.serverValue, conflict.fieldPath, labels)}
            />
          </dd>
        </div>
      </dl>
      {conflict.kept === 'local' ? (
        <p className="conflict-kept">{t('conflicts.keptMine')}</p>
      ) : null}
      {conflict.serverUpdatedBy ? (
        <p className="conflict-by">
          {t('conflicts.madeBy', {
            who: conflict.serverUpdatedBy,
            time: conflict.serverUpdatedAt ? format.instant(conflict.serverUpdatedAt) : '',
          })}
        </p>
      ) : null}
      <p className="conflict-detected">
        {t('conflicts.detected', { time: format.instant(conflict.detectedAt) })}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {t('conflicts.resolveFailed', { message: error })}
        </p>
      ) : null}
      <div className="conflict-actions">
        {record === 'present' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void choose(onKeepMine)}
            >
              {t('conflicts.keepMine')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void choose(onKeepTheirs)}
            >
              {t('conflicts.keepTheirs')}
            </button>
          </>
        ) : record === 'missing' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void choose(onDismiss)}
          >
            {t('conflicts.dismiss')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
