import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DeleteButton } from '../../components/DeleteButton';
import { DetailList } from '../../components/DetailList';
import { useDatabase, useLiveDocument, useLiveQuery } from '../../data/useLiveQuery';
import { useFormat } from '../../format/useFormat';
import { AgendaByDay } from './agenda/AgendaByDay';
import { DelegationMembers } from './DelegationMembers';
import { DuplicateVisitButton } from './DuplicateVisitButton';
import { PartnerOrganisations } from './PartnerOrganisations';
import { useDestination } from './useDestination';
import { useVisitLookups, visitRefs } from './useVisitLookups';
import { VisitOverview } from './VisitOverview';
import { EntityFollowUps } from '../followUps';
import { EntityNotes } from '../notes';
import { BriefingPackButton } from '../briefing';
import { VisitCalendarActions } from '../calendar';

export interface VisitDetailProps {
  visitId: string;
}

/** One visit: its facts, briefing text, people, partners and the day-by-day agenda. */
export function VisitDetail({ visitId }: VisitDetailProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const destination = useDestination();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('visits', visitId);
  const agenda = useLiveQuery('agendaItems', {
    selector: { visitId },
    sort: [{ startUtc: 'asc' }],
  });
  // Names of the people and organisations on the page only; the pickers'
  // whole lists are read once the page has shown.
  const lookups = useVisitLookups(visitRefs(document, agenda.documents), 'after-first-screen');

  if (loading) return null;
  if (!document) {
    return (
      <>
        <h1 id="page-title">{t('visits.title')}</h1>
        <p className="empty-state">{t('visits.notFound')}</p>
        <Link href="/">{t('visits.back')}</Link>
      </>
    );
  }
  const visit = document.toMutableJSON();
  const title = visit.title || t('visits.untitled');
  const itemCount = agenda.documents.length;

  return (
    <article className="visit-detail">
      <Link href="/" className="back-link">
        {t('visits.back')}
      </Link>
      <div className="page-heading">
        <h1 id="page-title">{title}</h1>
        <div className="visit-actions">
          <Link href={`/${visit.id}/edit`} className="button">
            {t('visits.detail.edit')}
          </Link>
          <BriefingPackButton visit={visit} />
          <VisitCalendarActions visit={visit} agenda={agenda.documents} lookups={lookups} />
          <DuplicateVisitButton visit={visit} items={agenda.documents} />
          <DeleteButton
            label={t('visits.delete.label')}
            confirmTitle={t('visits.delete.confirmTitle', { title })}
            confirmMessage={t('visits.delete.confirmMessage', { count: itemCount })}
            deletedMessage={t('visits.delete.deleted', { title, count: itemCount })}
            // Gathered afresh on confirm: items added since the page rendered go too.
            collect={async () => {
              const items = await database.agendaItems.find({ selector: { visitId } }).exec();
              return [document, ...items];
            }}
            onDeleted={() => navigate('/')}
          />
        </div>
      </div>
      <DetailList
        rows={[
          [t('visits.fields.kind'), t(`visits.kinds.${visit.kind}`)],
          [t('visits.fields.direction'), t(`visits.directions.${visit.direction}`)],
          [t('visits.detail.destination'), destination(visit)],
          [t('visits.detail.dates'), format.dateRange(visit.startDate, visit.endDate)],
          [t('visits.fields.venueTimeZone'), visit.venueTimeZone],
          [t('visits.fields.status'), t(`visits.statuses.${visit.status}`)],
          [
            t('visits.fields.leadContact'),
            visit.leadContactId && lookups.contactName(visit.leadContactId),
          ],
          [
            t('visits.fields.partnership'),
            visit.partnershipId && lookups.partnershipName(visit.partnershipId),
          ],
        ]}
      />
      <VisitOverview visit={visit} />
      <DelegationMembers document={document} lookups={lookups} />
      <PartnerOrganisations document={document} lookups={lookups} />
      <AgendaByDay
        visit={visit}
        items={agenda.documents}
        itemsLoading={agenda.loading}
        lookups={lookups}
      />
      <EntityFollowUps visitId={visit.id} />
      <EntityNotes visitId={visit.id} />
    </article>
  );
}
