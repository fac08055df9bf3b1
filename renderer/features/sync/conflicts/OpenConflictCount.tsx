import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../data/useLiveQuery';
import './conflicts.css';

/** The number of open conflicts, beside "Conflicts" in the navigation; nothing when there are none. */
export function OpenConflictCount() {
  const { t } = useTranslation();
  const { documents } = useLiveQuery('conflicts', { selector: { status: 'open' } });
  const count = documents.length;
  if (count === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden"> ({t('conflicts.navCount', { count })})</span>
    </>
  );
}
