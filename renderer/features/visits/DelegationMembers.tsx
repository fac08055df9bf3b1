import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { VISIT_MEMBER_ROLES, type Visit, type VisitMemberRole } from '../../../shared/domain/visit';
import { patchEntity } from '../../data/writes';
import { PickAndAddList } from './PickAndAddList';
import type { VisitLookups } from './useVisitLookups';
import { useAuthor } from '../../data/author';

export interface DelegationMembersProps {
  document: RxDocument<Visit>;
  lookups: VisitLookups;
}

/** The people in (or hosting) the delegation with their roles; add and remove them here. */
export function DelegationMembers({ document, lookups }: DelegationMembersProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const roleId = useId();
  const [role, setRole] = useState<VisitMemberRole>('delegate');

  return (
    <PickAndAddList
      className="visit-members"
      heading={t('visits.detail.members')}
      emptyText={t('visits.detail.membersEmpty')}
      entries={document.members.map((member) => ({
        id: member.contactId,
        name: lookups.contactName(member.contactId),
        href: `~/contacts/${member.contactId}`,
        detail: <span className="member-role">{t(`visits.roles.${member.role}`)}</span>,
      }))}
      choices={lookups.contacts}
      pickLabel={t('visits.detail.member')}
      addLabel={t('visits.detail.addMember')}
      removeLabel={t('visits.detail.removeMember')}
      alreadyAdded={t('visits.detail.alreadyMember')}
      extraFields={
        <div className="field">
          <label htmlFor={roleId}>{t('visits.detail.role')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => setRole(event.target.value as VisitMemberRole)}
          >
            {VISIT_MEMBER_ROLES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`visits.roles.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      }
      onIntent={lookups.requestChoices}
      onAdd={(contactId) =>
        patchEntity(
          document,
          (current) => ({ members: [...current.members, { contactId, role }] }),
          author,
        )
      }
      onRemove={(removed) =>
        patchEntity(
          document,
          (current) => ({
            members: current.members.filter((member) => member.contactId !== removed),
          }),
          author,
        )
      }
    />
  );
}
