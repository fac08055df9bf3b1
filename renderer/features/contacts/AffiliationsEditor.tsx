import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation';
import { createNameCollator } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';
import type { AffiliationFormValues } from './contactFormModel';

export interface AffiliationsEditorProps {
  value: AffiliationFormValues[];
  onChange: (value: AffiliationFormValues[]) => void;
  /** A message about the rows as a whole, e.g. an end date before its start. */
  error?: string;
}

const emptyRow: AffiliationFormValues = { organisationId: '', role: '', from: '', to: '' };

/** The organisations a person works for, with role and dates: rows to add and remove. */
export function AffiliationsEditor({ value, onChange, error }: AffiliationsEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { documents } = useLiveQuery('organisations', {});
  const organisations = useMemo(() => {
    const collator = createNameCollator(i18n.language);
    return documents
      .map((document) => document.toJSON() as Organisation)
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [documents, i18n.language]);

  const update = (index: number, change: Partial<AffiliationFormValues>) =>
    onChange(value.map((row, position) => (position === index ? { ...row, ...change } : row)));

  return (
    <div className="affiliations" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="field-label">
        {t('contacts.fields.affiliations')}
      </p>
      {value.map((row, index) => {
        const rowLabel = t('contacts.fields.affiliationNumber', { number: index + 1 });
        return (
          <div key={index} className="affiliation-row" role="group" aria-label={rowLabel}>
            <select
              aria-label={t('contacts.fields.organisation')}
              value={row.organisationId}
              onChange={(event) => update(index, { organisationId: event.target.value })}
            >
              <option value="">{t('contacts.fields.chooseOrganisation')}</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
            <input
              aria-label={t('contacts.fields.role')}
              placeholder={t('contacts.fields.role')}
              value={row.role}
              onChange={(event) => update(index, { role: event.target.value })}
            />
            <input
              type="date"
              aria-label={t('contacts.fields.from')}
              value={row.from}
              onChange={(event) => update(index, { from: event.target.value })}
            />
            <input
              type="date"
              aria-label={t('contacts.fields.to')}
              value={row.to}
              onChange={(event) => update(index, { to: event.target.value })}
            />
            <button
              type="button"
              className="button quiet"
              aria-label={t('contacts.fields.removeAffiliation', { number: index + 1 })}
              onClick={() => onChange(value.filter((_, position) => position !== index))}
            >
              ×
            </button>
          </div>
        );
      })}
      {error && <p className="field-error">{error}</p>}
      <button type="button" className="button" onClick={() => onChange([...value, emptyRow])}>
        {t('contacts.fields.addAffiliation')}
      </button>
    </div>
  );
}
