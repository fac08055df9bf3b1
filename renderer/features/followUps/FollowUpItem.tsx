import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import {
  FOLLOW_UP_STATUSES,
  type FollowUp,
  type FollowUpStatus,
} from '../../../shared/domain/followUp';
import { isOverdue } from '../../../shared/domain/followUpList';
import { DeleteButton } from '../../components/DeleteButton';
import { patchEntity } from '../../data/writes';
import { useFormat } from '../../format/useFormat';
import { LinkedEntities, type LinkedNames } from '../notes';
import { FollowUpDialog } from './FollowUpDialog';
import { useAuthor } from '../../data/author';

export interface FollowUpItemProps {
  followUp: RxDocument<FollowUp>;
  /** ISO date of today in the home zone, for marking overdue follow-ups. */
  today: string;
  names: LinkedNames;
  /** The record whose page this is: not repeated under "About". */
  exclude?: readonly string[];
}

/** One follow-up with its due date, owner and links; status changes in one step. */
export function FollowUpItem({ followUp, today, names, exclude }: FollowUpItemProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const format = useFormat();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const overdue = isOverdue(followUp, today);

  const changeStatus = async (status: FollowUpStatus) => {
    await patchEntity(followUp, () => ({ status }), author);
  };

  return (
    <li className={overdue ? 'follow-up-item overdue' : 'follow-up-item'} aria-labelledby={titleId}>
      <div className="follow-up-main">
        <span className="follow-up-title" id={titleId}>
          {followUp.title}
        </span>
        <span className="follow-up-kind">{t(`followUps.kinds.${followUp.kind}`)}</span>
        <p className="follow-up-meta">
          <span className="follow-up-due">
            {t('followUps.due', { date: format.date(followUp.dueDate) })}
          </span>
          {overdue && <strong className="overdue-badge">{t('followUps.overdue')}</strong>}
          <span>{t('followUps.owner', { owner: followUp.owner })}</span>
        </p>
        <LinkedEntities
          links={{
            visitIds: followUp.visitId ? [followUp.visitId] : [],
            contactIds: followUp.contactId ? [followUp.contactId] : [],
            organisationIds: followUp.organisationId ? [followUp.organisationId] : [],
          }}
          names={names}
          exclude={exclude}
          label={t('followUps.linkedTo')}
        />
        {followUp.notes && <p className="follow-up-notes">{followUp.notes}</p>}
      </div>
      <div className="follow-up-actions">
        <select
          aria-label={t('followUps.statusOf', { title: followUp.title })}
          value={followUp.status}
          onChange={(event) => void changeStatus(event.target.value as FollowUpStatus)}
        >
          {FOLLOW_UP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`followUps.statuses.${status}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          aria-label={t('followUps.editNamed', { title: followUp.title })}
          onClick={() => setEditing(true)}
        >
          {t('followUps.edit')}
        </button>
        <DeleteButton
          label={t('followUps.delete')}
          confirmTitle={t('followUps.deleteTitle', { title: followUp.title })}
          confirmMessage={t('followUps.deleteMessage')}
          deletedMessage={t('followUps.deleted', { title: followUp.title })}
          collect={() => [followUp]}
        />
      </div>
      <FollowUpDialog open={editing} onOpenChange={setEditing} followUp={followUp} />
    </li>
  );
}
