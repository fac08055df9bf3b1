import { useTranslation } from 'react-i18next';
import { compareByDueDate } from '../../../shared/domain/followUpList';
import { useLiveQuery } from '../../data/useLiveQuery';
import type { FollowUpLinks } from './followUpFormModel';
import { FollowUpList } from './FollowUpList';

export interface EntityFollowUpListProps {
  /**
   * Which link to match, and the record's id. Give the component a new `key`
   * for another record: RxDB's query hook keeps `loading` true after a change
   * of query.
   */
  field: keyof FollowUpLinks;
  id: string;
}

/** The follow-ups linked to one record, earliest due first, whatever their status. */
export function EntityFollowUpList({ field, id }: EntityFollowUpListProps) {
  const { t } = useTranslation();
  const { documents, loading } = useLiveQuery('followUps', { selector: { [field]: id } });
  if (loading) return null;
  if (documents.length === 0) return <p className="empty-state">{t('followUps.entityEmpty')}</p>;
  return <FollowUpList followUps={[...documents].sort(compareByDueDate)} exclude={[id]} />;
}
