import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { partnershipTitle } from '../../../shared/domain/partnershipValidation';
import { compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';

/** Every partnership, by its parties' names in German collation order. */
export function PartnershipList() {
  const { t, i18n } = useTranslation();
  const { documents, loading } = useLiveQuery('partnerships', {});
  const [, params] = useRoute('/:id/*?');
  const sorted = useMemo(
    () =>
      documents
        .map((partnership) => ({ partnership, title: partnershipTitle(partnership) }))
        .sort(
          (a, b) =>
            compareNames(a.title, b.title) || a.partnership.id.localeCompare(b.partnership.id),
        ),
    [documents],
  );

  if (loading) return null;
  if (sorted.length === 0) return <p className="empty-state">{t('partnerships.empty')}</p>;
  return (
    <>
      <p className="list-count">{t('partnerships.count', { count: sorted.length })}</p>
      <ul className="entity-list" aria-label={t('partnerships.listLabel')} lang={i18n.language}>
        {sorted.map(({ partnership, title }) => (
          <li key={partnership.id}>
            <Link
              href={`/${partnership.id}`}
              className="entity-link"
              aria-current={params?.id === partnership.id ? 'page' : undefined}
            >
              {title || t('partnerships.unnamed')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
