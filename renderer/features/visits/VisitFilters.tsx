import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS, VISIT_STATUSES } from '../../../shared/domain/visit';
import type { VisitFilter } from '../../../shared/domain/visitFilters';
import { SelectControl, type SelectOptions } from '../../components/form/SelectControl';

export interface VisitFiltersProps {
  filter: VisitFilter;
  /** Years some visit touches, latest first. */
  years: readonly number[];
  onChange: (filter: VisitFilter) => void;
}

/** Status, direction and year selects above the visit list. */
export function VisitFilters({ filter, years, onChange }: VisitFiltersProps) {
  const { t } = useTranslation();
  const any = t('visits.filters.any');
  const statuses = useMemo<SelectOptions>(
    () => [
      ['', any],
      ...VISIT_STATUSES.map((status) => [status, t(`visits.statuses.${status}`)] as const),
    ],
    [t, any],
  );
  const directions = useMemo<SelectOptions>(
    () => [
      ['', any],
      ...VISIT_DIRECTIONS.map(
        (direction) => [direction, t(`visits.directions.${direction}`)] as const,
      ),
    ],
    [t, any],
  );
  // Keep a chosen year selectable even if no visit touches it any more.
  const yearChoices = useMemo<SelectOptions>(
    () => [
      ['', any],
      ...(filter.year && !years.includes(filter.year) ? [filter.year, ...years] : years).map(
        (year) => [String(year), String(year)] as const,
      ),
    ],
    [any, filter.year, years],
  );

  return (
    <form
      className="visit-filters"
      role="search"
      aria-label={t('visits.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectControl
        label={t('visits.filters.status')}
        value={filter.status ?? ''}
        options={statuses}
        onChange={(value) =>
          onChange({ ...filter, status: (value || undefined) as VisitFilter['status'] })
        }
      />
      <SelectControl
        label={t('visits.filters.direction')}
        value={filter.direction ?? ''}
        options={directions}
        onChange={(value) =>
          onChange({ ...filter, direction: (value || undefined) as VisitFilter['direction'] })
        }
      />
      <SelectControl
        label={t('visits.filters.year')}
        value={filter.year ? String(filter.year) : ''}
        options={yearChoices}
        onChange={(value) => onChange({ ...filter, year: value ? Number(value) : undefined })}
      />
    </form>
  );
}
