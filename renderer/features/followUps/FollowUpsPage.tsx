import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterFollowUps,
  followUpOwners,
  type FollowUpFilter,
} from '../../../shared/domain/followUpList';
import { useLiveQuery } from '../../data/useLiveQuery';
import { FollowUpCreateButton } from './FollowUpCreateButton';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpList } from './FollowUpList';
import { useToday } from './useToday';
import './followUps.css';

/** Everything to follow up, still-to-do first by due date, filtered by status, owner and due. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const today = useToday();
  const [filter, setFilter] = useState<FollowUpFilter>({ status: 'active', due: 'any' });
  const { documents, loading } = useLiveQuery('followUps', {});
  const owners = useMemo(() => followUpOwners(documents), [documents]);
  const shown = useMemo(
    () => filterFollowUps(documents, filter, today),
    [documents, filter, today],
  );

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('followUps.title')}</h1>
        <FollowUpCreateButton />
      </div>
      {loading ? null : documents.length === 0 ? (
        <p className="empty-state">{t('followUps.empty')}</p>
      ) : (
        <>
          <FollowUpFilters filter={filter} owners={owners} onChange={setFilter} />
          <p className="list-count" role="status">
            {t('followUps.count', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty-state">{t('followUps.emptyFiltered')}</p>
          ) : (
            <FollowUpList followUps={shown} />
          )}
        </>
      )}
    </section>
  );
}
