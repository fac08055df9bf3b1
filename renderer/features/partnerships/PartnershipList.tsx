import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnershipTitle } from '../../../shared/domain/partnershipValidation';
import { compareNames } from '../../../shared/text/collation';
import { EntityList } from '../../components/EntityList';
import { useLiveQuery } from '../../data/useLiveQuery';

/** Every partnership, by its parties' names in German collation order. */
export function PartnershipList() {
  const { t } = useTranslation();
  const { documents, loading } = useLiveQuery('partnerships', {});
  const sorted = useMemo(
    () =>
      documents
        .map((partnership) => ({ id: partnership.id, title: partnershipTitle(partnership) }))
        .sort((a, b) => compareNames(a.title, b.title) || a.id.localeCompare(b.id)),
    [documents],
  );

  return (
    <EntityList
      entries={sorted.map(({ id, title }) => ({ id, name: title || t('partnerships.unnamed') }))}
      loading={loading}
      label={t('partnerships.listLabel')}
      countText={t('partnerships.count', { count: sorted.length })}
      emptyText={t('partnerships.empty')}
    />
  );
}
