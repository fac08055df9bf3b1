import { titledName } from '../../../shared/domain/formsOfAddress';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { compareContacts } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';

/** Every contact of the workspace, sorted the German way (Ä with A, ß as ss). */
export function ContactList() {
  const { t, i18n } = useTranslation();
  const { documents, loading } = useLiveQuery('contacts', {});
  const [, params] = useRoute('/:id/*?');
  const sorted = useMemo(() => [...documents].sort((a, b) => compareContacts(a, b)), [documents]);

  if (loading) return null;
  if (sorted.length === 0) return <p className="empty-state">{t('contacts.empty')}</p>;
  return (
    <>
      <p className="list-count">{t('contacts.count', { count: sorted.length })}</p>
      <ul className="entity-list" aria-label={t('contacts.listLabel')} lang={i18n.language}>
        {sorted.map((contact) => (
          <li key={contact.id}>
            <Link
              href={`/${contact.id}`}
              className="entity-link"
              aria-current={params?.id === contact.id ? 'page' : undefined}
            >
              {titledName(contact) || t('contacts.unnamed')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
