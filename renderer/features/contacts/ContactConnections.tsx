import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Contact } from '../../../shared/domain/contact';
import type { Visit } from '../../../shared/domain/visit';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useFormat } from '../../format/useFormat';

export interface ContactConnectionsProps {
  contact: Contact;
}

/** The organisations a person works for and the visits they took part in. */
export function ContactConnections({ contact }: ContactConnectionsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisationIds = contact.affiliations.map((affiliation) => affiliation.organisationId);
  const organisations = useLiveQuery('organisations', {
    selector: { id: { $in: organisationIds } },
  });
  const asMember = useLiveQuery('visits', {
    selector: { members: { $elemMatch: { contactId: contact.id } } },
  });
  const asAttendee = useLiveQuery('agendaItems', {
    selector: {
      $or: [{ attendeeIds: { $elemMatch: { $eq: contact.id } } }, { chairContactId: contact.id }],
    },
  });
  const attendedVisitIds = [...new Set(asAttendee.documents.map((item) => item.visitId))];
  const attendedVisits = useLiveQuery('visits', { selector: { id: { $in: attendedVisitIds } } });

  const visits = useMemo(() => {
    const byId = new Map<string, Visit>();
    for (const visit of [...asMember.documents, ...attendedVisits.documents]) {
      byId.set(visit.id, visit.toJSON() as Visit);
    }
    return [...byId.values()].sort((a, b) => b.startDate.localeCompare(a.startDate));
  }, [asMember.documents, attendedVisits.documents]);

  const nameOf = new Map(
    organisations.documents.map((organisation) => [organisation.id, organisation.name]),
  );
  return (
    <>
      <section aria-labelledby={`${contact.id}-organisations`} className="detail-section">
        <h3 id={`${contact.id}-organisations`}>{t('contacts.detail.organisations')}</h3>
        {contact.affiliations.length === 0 ? (
          <p className="empty-state">{t('contacts.detail.noOrganisations')}</p>
        ) : (
          <ul>
            {contact.affiliations.map((affiliation, index) => (
              <li key={`${affiliation.organisationId}-${index}`}>
                <Link href={`~/organisations/${affiliation.organisationId}`}>
                  {nameOf.get(affiliation.organisationId) ??
                    t('contacts.detail.unknownOrganisation')}
                </Link>
                {affiliation.role && ` · ${affiliation.role}`}
                {(affiliation.from || affiliation.to) && (
                  <span className="muted">
                    {' '}
                    ({affiliation.from ? format.date(affiliation.from) : '…'}–
                    {affiliation.to ? format.date(affiliation.to) : ''})
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${contact.id}-visits`} className="detail-section">
        <h3 id={`${contact.id}-visits`}>{t('contacts.detail.visits')}</h3>
        {visits.length === 0 ? (
          <p className="empty-state">{t('contacts.detail.noVisits')}</p>
        ) : (
          <ul>
            {visits.map((visit) => {
              const role = visit.members.find((member) => member.contactId === contact.id)?.role;
              return (
                <li key={visit.id}>
                  <Link href={`~/visits/${visit.id}`}>{visit.title}</Link>{' '}
                  <span className="muted">
                    {format.dateRange(visit.startDate, visit.endDate)}
                    {role && ` · ${t(`visits.roles.${role}`)}`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
