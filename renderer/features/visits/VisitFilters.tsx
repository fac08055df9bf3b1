import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS, VISIT_STATUSES } from '../../../shared/domain/visit';
import type { VisitFilter } from '../../../shared/domain/visitFilters';

export interface VisitFiltersProps {
  filter: VisitFilter;
  /** Years some visit touches, latest first. */
  years: readonly number[];
  onChange: (filter: VisitFilter) => void;
}

/** Status, direction and year selects above the visit list. */
export function VisitFilters({ filter, years, onChange }: VisitFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const any = t('visits.filters.any');
  // Keep a chosen year selectable even if no visit touches it any more.
  const yearChoices = filter.year && !years.includes(filter.year) ? [filter.year, ...years] : years;

  return (
    <form
      className="visit-filters"
      role="search"
      aria-label={t('visits.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={`${id}-status`}>{t('visits.filters.status')}</label>
      <select
        id={`${id}-status`}
        value={filter.status ?? ''}
        onChange={(event) =>
          onChange({
            ...filter,
            status: (event.target.value || undefined) as VisitFilter['status'],
          })
        }
      >
        <option value="">{any}</option>
        {VISIT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`visits.statuses.${status}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-direction`}>{t('visits.filters.direction')}</label>
      <select
        id={`${id}-direction`}
        value={filter.direction ?? ''}
        onChange={(event) =>
          onChange({
            ...filter,
            direction: (event.target.value || undefined) as VisitFilter['direction'],
          })
        }
      >
        <option value="">{any}</option>
        {VISIT_DIRECTIONS.map((direction) => (
          <option key={direction} value={direction}>
            {t(`visits.directions.${direction}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-year`}>{t('visits.filters.year')}</label>
      <select
        id={`${id}-year`}
        value={filter.year ?? ''}
        onChange={(event) =>
          onChange({ ...filter, year: event.target.value ? Number(event.target.value) : undefined })
        }
      >
        <option value="">{any}</option>
        {yearChoices.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </form>
  );
}
