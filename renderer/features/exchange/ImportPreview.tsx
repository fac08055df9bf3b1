import { useTranslation } from 'react-i18next';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { ContactDraft } from '../../formats/vcard/contactDraft';
import type { ContactImportPlan, ImportEntry } from './contactImportPlan';

export interface ImportPreviewProps {
  plan: ContactImportPlan;
  selection: ReadonlySet<number>;
  /** The name of a stored contact, for "likely duplicate of …". */
  storedName: (id: string) => string;
  onToggle: (index: number) => void;
  onBack: () => void;
  onImport: () => void;
  busy: boolean;
}

/** What an import would write: each contact's status, likely duplicates, new organisations, problems. */
export function ImportPreview({
  plan,
  selection,
  storedName,
  onToggle,
  onBack,
  onImport,
  busy,
}: ImportPreviewProps) {
  const { t } = useTranslation();
  const where = (draft: ContactDraft) =>
    t(`exchange.import.${draft.origin.kind}`, {
      number: draft.origin.number,
      line: draft.origin.line,
    });
  const nameOf = (entry: ImportEntry | undefined) =>
    entry ? titledName(entry.contact) || where(entry.draft) : '';
  const chosen = plan.entries.filter((_, index) => selection.has(index));
  const problems = chosen.flatMap((entry) =>
    entry.issues.map((issue) =>
      t('exchange.import.problem', {
        where: where(entry.draft),
        field: issue.field,
        issue: t(`exchange.import.issues.${issue.code}`),
      }),
    ),
  );
  const notices = chosen.flatMap((entry) =>
    entry.draft.notices.map((notice) =>
      t(`exchange.import.${notice.code}`, { where: where(entry.draft) }),
    ),
  );
  const needed = new Set(
    chosen.flatMap((entry) => entry.contact.affiliations.map((a) => a.organisationId)),
  );
  const newOrganisations = plan.newOrganisations.filter((entry) =>
    needed.has(entry.organisation.id),
  );

  const status = (entry: ImportEntry, index: number) => {
    const { duplicate } = entry;
    if (!duplicate) return t('exchange.import.willImport');
    const reason = t(`exchange.import.reasons.${duplicate.reason}`);
    const text =
      duplicate.existingId !== undefined
        ? t('exchange.import.duplicateOfStored', { name: storedName(duplicate.existingId), reason })
        : t('exchange.import.duplicateInFile', {
            name: nameOf(plan.entries[duplicate.earlierIndex ?? -1]),
            reason,
          });
    return (
      <>
        {text}{' '}
        <label>
          <input type="checkbox" checked={selection.has(index)} onChange={() => onToggle(index)} />{' '}
          {t('exchange.import.importAnyway', { name: nameOf(entry) })}
        </label>
      </>
    );
  };

  return (
    <section aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('exchange.import.previewTitle')}</h3>
      <p>{t('exchange.import.summary', { total: plan.entries.length, selected: chosen.length })}</p>
      {problems.length > 0 && (
        <div role="alert" aria-labelledby="import-problems-title">
          <h4 id="import-problems-title">{t('exchange.import.problems')}</h4>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <ul className="hint">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <table className="import-preview">
        <caption>{t('exchange.import.previewTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.import.name')}</th>
            <th scope="col">{t('exchange.columns.emails')}</th>
            <th scope="col">{t('exchange.columns.organisations')}</th>
            <th scope="col">{t('exchange.import.status')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.entries.map((entry, index) => (
            <tr key={index}>
              <th scope="row">{nameOf(entry)}</th>
              <td>{entry.contact.emails.map((email) => email.address).join(', ')}</td>
              <td>{entry.draft.affiliations.map((a) => a.organisationName).join(', ')}</td>
              <td>{status(entry, index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {newOrganisations.length > 0 && (
        <section aria-labelledby="import-new-organisations">
          <h4 id="import-new-organisations">{t('exchange.import.newOrganisations')}</h4>
          <p className="hint">{t('exchange.import.newOrganisationsHint')}</p>
          <ul>
            {newOrganisations.map((entry) => (
              <li key={entry.organisation.id}>{entry.organisation.name}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {t('exchange.import.back')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={onImport}
          disabled={busy || chosen.length === 0 || problems.length > 0}
        >
          {t('exchange.import.submit', { count: chosen.length })}
        </button>
      </div>
    </section>
  );
}
