import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';

/** Every organisation of the workspace, sorted the German way (Ä with A). */
export function OrganisationList() {
  const { t, i18n } = useTranslation();
  const { documents, loading } = useLiveQuery('organisations', {});
  const [, params] = useRoute('/:id/*?');
  const sorted = useMemo(
    () => [...documents].sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id)),
    [documents],
  );

  if (loading) return null;
  if (sorted.length === 0) return <p className="empty-state">{t('organisations.empty')}</p>;
  return (
    <>
      <p className="list-count">{t('organisations.count', { count: sorted.length })}</p>
      <ul className="entity-list" aria-label={t('organisations.listLabel')} lang={i18n.language}>
        {sorted.map((organisation) => (
          <li key={organisation.id}>
            <Link
              href={`/${organisation.id}`}
              className="entity-link"
              aria-current={params?.id === organisation.id ? 'page' : undefined}
            >
              {organisation.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
