import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { FollowUp } from '../../../shared/domain/followUp';
import { useLinkedNames } from '../notes';
import { FollowUpItem } from './FollowUpItem';
import { useToday } from './useToday';
import './followUps.css';

export interface FollowUpListProps {
  /** Already filtered and in the order to show. */
  followUps: readonly RxDocument<FollowUp>[];
  /** The record whose page this is: not repeated in each item's links. */
  exclude?: readonly string[];
}

/** Follow-ups as a list, overdue ones marked in words as well as colour. */
export function FollowUpList({ followUps, exclude }: FollowUpListProps) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const ids = (pick: (followUp: FollowUp) => string | undefined) =>
    followUps.map(pick).filter((id): id is string => id !== undefined);
  const names = useLinkedNames({
    visitIds: ids((followUp) => followUp.visitId),
    contactIds: ids((followUp) => followUp.contactId),
    organisationIds: ids((followUp) => followUp.organisationId),
  });
  return (
    <ul className="follow-up-list" aria-label={t('followUps.listLabel')} lang={i18n.language}>
      {followUps.map((followUp) => (
        <FollowUpItem
          key={followUp.id}
          followUp={followUp}
          today={today}
          names={names}
          exclude={exclude}
        />
      ))}
    </ul>
  );
}
