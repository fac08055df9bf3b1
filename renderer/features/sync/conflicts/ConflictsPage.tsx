import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../data/useLiveQuery';
import { ConflictRecord } from './ConflictRecord';
import { groupConflicts, type FieldLabels } from './conflictValues';
import { SyncProblems } from './SyncProblems';
import './conflicts.css';

/**
 * The review screen: every open conflict, grouped by record, newest first,
 * with the local and the server's value side by side.
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const { documents, loading } = useLiveQuery('conflicts', { selector: { status: 'open' } });
  const groups = useMemo(() => groupConflicts(documents), [documents]);
  const labels = t('conflicts.fields', { returnObjects: true }) as FieldLabels;

  return (
    <section className="page conflicts-page" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('conflicts.title')}</h1>
      </div>
      <SyncProblems labels={labels} />
      {loading ? null : groups.length === 0 ? (
        <p className="empty-state">{t('conflicts.empty')}</p>
      ) : (
        <>
          <p className="conflicts-intro">{t('conflicts.intro')}</p>
          <ol className="conflict-records" aria-label={t('conflicts.listLabel')}>
            {groups.map((group) => (
              <ConflictRecord key={group.key} group={group} labels={labels} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
