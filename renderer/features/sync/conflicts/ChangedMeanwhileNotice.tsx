import { useTranslation } from 'react-i18next';
import './conflicts.css';
import { jsonEqual, type Json } from '../../../../shared/sync/json';
import { fieldLabel, showConflictValue, type FieldLabels, type ShownValue } from './conflictValues';

/** What every stored record carries besides its fields. */
const METADATA = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy']);

type Stored = { updatedBy: string };

/** The fields whose stored value differs from the one the form opened with. */
export function fieldsChangedSince(opened: object, latest: object): string[] {
  const a = opened as Record<string, Json | undefined>;
  const b = latest as Record<string, Json | undefined>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !METADATA.has(key) && !key.startsWith('_') && !jsonEqual(a[key], b[key]),
  );
}

export interface ChangedMeanwhileNoticeProps {
  /** The record as the form opened with it. */
  opened: object | undefined;
  /** The record as stored now; null once it was deleted. */
  latest: Stored | null | undefined;
  /** The signed-in user: their own changes elsewhere need no notice. */
  author: string;
}

/**
 * Tells an open form that its record changed underneath (a colleague's edit
 * that synced in), before the user saves: which fields, to what, and by whom.
 * Saving then keeps those changes where the user left the field alone.
 */
export function ChangedMeanwhileNotice({ opened, latest, author }: ChangedMeanwhileNoticeProps) {
  const { t } = useTranslation();
  if (!opened || latest === undefined) return null;
  if (latest === null) {
    return (
      <p className="form-notice" role="status">
        {t('conflicts.meanwhile.deletedNotice')}
      </p>
    );
  }
  if (latest.updatedBy === author) return null;
  const fields = fieldsChangedSince(opened, latest);
  if (fields.length === 0) return null;
  const labels = t('conflicts.fields', { returnObjects: true }) as FieldLabels;
  const word = (value: ShownValue) =>
    value.kind === 'text' ? value.lines.join(', ') : t(`conflicts.values.${value.kind}`);
  const changes = fields
    .map(
      (field) =>
        `${fieldLabel(field, labels)} ${word(showConflictValue((latest as Record<string, unknown>)[field], field, labels))}`,
    )
    .join('; ');
  return (
    <div className="form-notice" role="status">
      <p>
        {t('conflicts.meanwhile.changedBy', {
          who: latest.updatedBy || t('conflicts.meanwhile.someone'),
          changes,
          interpolation: { escapeValue: false },
        })}
      </p>
      <p>{t('conflicts.meanwhile.bothChanged')}</p>
    </div>
  );
}
