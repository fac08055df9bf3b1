import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES } from '../../../shared/domain/followUp';
import {
  FOLLOW_UP_DUE_FILTERS,
  type FollowUpDueFilter,
  type FollowUpFilter,
  type FollowUpStatusFilter,
} from '../../../shared/domain/followUpList';
import { SelectControl } from '../../components/form/SelectControl';

export interface FollowUpFiltersProps {
  filter: FollowUpFilter;
  /** Everyone who owns a follow-up, in display order. */
  owners: readonly string[];
  onChange: (filter: FollowUpFilter) => void;
}

// The select's value for "everyone": not a name anyone can have (names are trimmed).
const EVERYONE = ' ';

/** Status, owner and due-date filters of the follow-ups list. */
export function FollowUpFilters({ filter, owners, onChange }: FollowUpFiltersProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="follow-up-filters">
      <legend className="visually-hidden">{t('followUps.filters.label')}</legend>
      <SelectControl
        name="status"
        label={t('followUps.filters.status')}
        value={filter.status}
        options={[
          ['active', t('followUps.filters.statusActive')],
          ['all', t('followUps.filters.statusAll')],
          ...FOLLOW_UP_STATUSES.map(
            (status) => [status, t(`followUps.statuses.${status}`)] as const,
          ),
        ]}
        onChange={(value) => onChange({ ...filter, status: value as FollowUpStatusFilter })}
      />
      <SelectControl
        name="owner"
        label={t('followUps.filters.owner')}
        value={filter.owner ?? EVERYONE}
        options={[
          [EVERYONE, t('followUps.filters.ownerAll')],
          ...owners.map((owner) => [owner, owner] as const),
        ]}
        onChange={(value) => onChange({ ...filter, owner: value === EVERYONE ? undefined : value })}
      />
      <SelectControl
        name="due"
        label={t('followUps.filters.due')}
        value={filter.due}
        options={FOLLOW_UP_DUE_FILTERS.map((due) => [due, t(`followUps.dueFilters.${due}`)])}
        onChange={(value) => onChange({ ...filter, due: value as FollowUpDueFilter })}
      />
    </fieldset>
  );
}
