import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { Link } from 'wouter';
import { VISIT_MEMBER_ROLES, type Visit, type VisitMemberRole } from '../../../shared/domain/visit';
import { LOCAL_AUTHOR } from '../../data/writes';
import { patchEntity } from './patchEntity';
import type { VisitLookups } from './useVisitLookups';

export interface DelegationMembersProps {
  document: RxDocument<Visit>;
  lookups: VisitLookups;
}

/** The people in (or hosting) the delegation with their roles; add and remove them here. */
export function DelegationMembers({ document, lookups }: DelegationMembersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [contactId, setContactId] = useState('');
  const [role, setRole] = useState<VisitMemberRole>('delegate');
  const [problem, setProblem] = useState<string | null>(null);
  const members = document.members;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!contactId) {
      setProblem(t('visits.issues.required'));
      return;
    }
    if (members.some((member) => member.contactId === contactId)) {
      setProblem(t('visits.detail.alreadyMember'));
      return;
    }
    setProblem(null);
    await patchEntity(
      document,
      (current) => ({ members: [...current.members, { contactId, role }] }),
      LOCAL_AUTHOR,
    );
    setContactId('');
  };

  const remove = (removed: string) =>
    patchEntity(
      document,
      (current) => ({ members: current.members.filter((member) => member.contactId !== removed) }),
      LOCAL_AUTHOR,
    );

  return (
    <section className="visit-members" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('visits.detail.members')}</h2>
      {members.length === 0 ? (
        <p className="empty-state">{t('visits.detail.membersEmpty')}</p>
      ) : (
        <ul className="chip-list" aria-labelledby={`${id}-heading`}>
          {members.map((member) => {
            const name = lookups.contactName(member.contactId);
            return (
              <li key={member.contactId}>
                <Link href={`~/contacts/${member.contactId}`}>{name}</Link>
                <span className="member-role">{t(`visits.roles.${member.role}`)}</span>
                <button
                  type="button"
                  className="button quiet"
                  onClick={() => void remove(member.contactId)}
                >
                  {t('visits.detail.removeMember')} <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => void add(event)}
        aria-label={t('visits.detail.addMember')}
      >
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t('visits.detail.member')}</label>
          <select
            id={`${id}-contact`}
            value={contactId}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setContactId(event.target.value);
              setProblem(null);
            }}
          >
            <option value="">{t('visits.detail.choose')}</option>
            {lookups.contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('visits.detail.role')}</label>
          <select
            id={`${id}-role`}
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
        <button type="submit" className="button">
          {t('visits.detail.addMember')}
        </button>
        {problem && (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
