import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareNames } from '../../../shared/text/collation';
import { EntityList } from '../../components/EntityList';
import { useLiveQuery } from '../../data/useLiveQuery';

/** Every organisation of the workspace, sorted the German way (Ä with A). */
export function OrganisationList() {
  const { t } = useTranslation();
  const { documents, loading } = useLiveQuery('organisations', {});
  const sorted = useMemo(
    () => [...documents].sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id)),
    [documents],
  );

  return (
    <EntityList
      entries={sorted}
      loading={loading}
      label={t('organisations.listLabel')}
      countText={t('organisations.count', { count: sorted.length })}
      emptyText={t('organisations.empty')}
    />
  );
}
