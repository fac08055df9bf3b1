import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { titledName } from '../../../shared/domain/formsOfAddress';
import { compareContacts, compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useFormat } from '../../format/useFormat';

export interface OrganisationLinksProps {
  organisationId: string;
}

/**
 * The people, visits and member organisations tied to an organisation.
 * Visits count whether the organisation is a partner of the visit or only
 * hosts one of its programme items: both are "visits we did with them".
 */
export function OrganisationLinks({ organisationId }: OrganisationLinksProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const contacts = useLiveQuery('contacts', {
    selector: { affiliations: { $elemMatch: { organisationId } } },
  });
  const partnerVisits = useLiveQuery('visits', {
    selector: { partnerOrganisationIds: { $in: [organisationId] } },
  });
  const hostedItems = useLiveQuery('agendaItems', {
    selector: { hostOrganisationId: organisationId },
  });
  const hostedCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of hostedItems.documents) {
      counts.set(item.visitId, (counts.get(item.visitId) ?? 0) + 1);
    }
    return counts;
  }, [hostedItems.documents]);
  const hostVisits = useLiveQuery('visits', {
    selector: { id: { $in: [...hostedCount.keys()].sort() } },
  });
  const children = useLiveQuery('organisations', {
    selector: { parentOrganisationId: organisationId },
  });

  const people = [...contacts.documents].sort((a, b) => compareContacts(a, b));
  const visits = [
    ...new Map(
      [...partnerVisits.documents, ...hostVisits.documents].map((visit) => [visit.id, visit]),
    ).values(),
  ].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const members = [...children.documents].sort((a, b) => compareNames(a.name, b.name));

  return (
    <>
      <section className="linked-section" aria-labelledby="organisation-contacts">
        <h3 id="organisation-contacts">{t('organisations.links.contacts')}</h3>
        {people.length === 0 ? (
          <p className="empty-state">{t('organisations.links.contactsEmpty')}</p>
        ) : (
          <ul className="linked-list">
            {people.map((contact) => {
              const role = contact.affiliations.find(
                (a) => a.organisationId === organisationId,
              )?.role;
              return (
                <li key={contact.id}>
                  <Link href={`~/contacts/${contact.id}`}>{titledName(contact)}</Link>
                  {role && <span className="linked-meta">{role}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="linked-section" aria-labelledby="organisation-visits">
        <h3 id="organisation-visits">{t('organisations.links.visits')}</h3>
        {visits.length === 0 ? (
          <p className="empty-state">{t('organisations.links.visitsEmpty')}</p>
        ) : (
          <ul className="linked-list">
            {visits.map((visit) => {
              const hosted = hostedCount.get(visit.id) ?? 0;
              const roles = [
                visit.partnerOrganisationIds.includes(organisationId)
                  ? t('organisations.links.asPartner')
                  : undefined,
                hosted > 0 ? t('organisations.links.asHost', { count: hosted }) : undefined,
              ].filter(Boolean);
              return (
                <li key={visit.id}>
                  <Link href={`~/visits/${visit.id}`}>
                    {visit.title || t('organisations.links.untitledVisit')}
                  </Link>
                  <span className="linked-meta">
                    {format.dateRange(visit.startDate, visit.endDate)} · {roles.join(', ')}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {members.length > 0 && (
        <section className="linked-section" aria-labelledby="organisation-children">
          <h3 id="organisation-children">{t('organisations.links.children')}</h3>
          <ul className="linked-list">
            {members.map((member) => (
              <li key={member.id}>
                <Link href={`/${member.id}`}>{member.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
