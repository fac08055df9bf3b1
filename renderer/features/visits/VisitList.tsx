import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  filterVisits,
  sortVisitsUpcomingFirst,
  visitYears,
  type VisitFilter,
} from '../../../shared/domain/visitFilters';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { useSettings } from '../../services/settings/SettingsProvider';
import { PageHeading } from '../../components/PageHeading';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useFormat } from '../../format/useFormat';
import { VisitFilters } from './VisitFilters';
import { useDestination } from './useDestination';

export interface VisitListProps {
  filter: VisitFilter;
  onFilterChange: (filter: VisitFilter) => void;
}

/** Every visit, filtered and with upcoming ones first. */
export function VisitList({ filter, onFilterChange }: VisitListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const destination = useDestination();
  const { settings } = useSettings();
  const { documents, loading } = useLiveQuery('visits', {});
  const today = isoDateOf(new Date().toISOString(), settings.homeTimeZone);
  const visits = useMemo(() => documents.map((document) => document.toJSON()), [documents]);
  const shown = useMemo(
    () => sortVisitsUpcomingFirst(filterVisits(visits, filter), today),
    [visits, filter, today],
  );

  return (
    <>
      <PageHeading title={t('visits.title')} newLabel={t('visits.new')} />
      {loading ? null : visits.length === 0 ? (
        <p className="empty-state">{t('visits.empty')}</p>
      ) : (
        <>
          <VisitFilters filter={filter} years={visitYears(visits)} onChange={onFilterChange} />
          <p className="list-count" aria-live="polite">
            {t('visits.count', { count: shown.length })} · {t('visits.order')}
          </p>
          {shown.length === 0 ? (
            <p className="empty-state">{t('visits.noMatches')}</p>
          ) : (
            <ul className="entity-list visit-list" aria-label={t('visits.listLabel')}>
              {shown.map((visit) => (
                <li key={visit.id} className="visit-row">
                  <Link href={`/${visit.id}`} className="entity-link visit-title">
                    {visit.title || t('visits.untitled')}
                  </Link>
                  <span className="visit-destination">{destination(visit)}</span>
                  <span className="visit-dates">
                    {format.dateRange(visit.startDate, visit.endDate)}
                  </span>
                  <span className={`visit-status status-${visit.status}`}>
                    {t(`visits.statuses.${visit.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
