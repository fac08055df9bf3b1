import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { partnershipTitle } from '../../../shared/domain/partnershipValidation';
import { DeleteButton } from '../../components/DeleteButton';
import { DetailList } from '../../components/DetailList';
import { useLiveDocument, useLiveQuery } from '../../data/useLiveQuery';
import { useFormat } from '../../format/useFormat';
import { EntityNotes } from '../notes';
import '../../styles/linkedRecords.css';

export interface PartnershipDetailProps {
  partnershipId: string;
}

/** One partnership: who, since when, on what themes, and the visits made under it. */
export function PartnershipDetail({ partnershipId }: PartnershipDetailProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('partnerships', partnershipId);
  const visits = useLiveQuery('visits', {
    selector: { partnershipId },
    sort: [{ startDate: 'desc' }],
  });
  if (loading) return null;
  if (!document) return <p className="empty-state">{t('partnerships.notFound')}</p>;

  const partnership = document.toJSON();
  const name = partnershipTitle(partnership) || t('partnerships.unnamed');
  const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const rows: [string, string | undefined][] = [
    [t('partnerships.fields.status'), t(`partnerships.statuses.${partnership.status}`)],
    [t('partnerships.fields.since'), partnership.since?.toString()],
    [t('partnerships.fields.themes'), partnership.themes.join(', ')],
    [t('partnerships.fields.agreement'), partnership.agreement],
    [t('partnerships.fields.historyNotes'), partnership.historyNotes],
  ];
  const organisationIds = partnership.parties.flatMap((party) =>
    party.organisationId ? [party.organisationId] : [],
  );
  const visitIds = visits.documents.map((visit) => visit.id);

  return (
    <article className="entity-detail" aria-labelledby="partnership-name">
      <div className="page-heading">
        <h2 id="partnership-name">{name}</h2>
        <div className="detail-actions">
          <Link href={`/${partnership.id}/edit`} className="button">
            {t('partnerships.edit')}
          </Link>
          <DeleteButton
            label={t('partnerships.delete')}
            confirmTitle={t('partnerships.deleteTitle', { name })}
            confirmMessage={t('partnerships.deleteMessage')}
            deletedMessage={t('partnerships.deleted', { name })}
            collect={() => [document]}
            onDeleted={() => navigate('/')}
          />
        </div>
      </div>
      <section className="linked-section" aria-labelledby="partnership-parties">
        <h3 id="partnership-parties">{t('partnerships.fields.parties')}</h3>
        <ul className="linked-list">
          {partnership.parties.map((party, index) => (
            <li key={index}>
              {party.organisationId ? (
                <Link href={`~/organisations/${party.organisationId}`}>{party.name}</Link>
              ) : (
                party.name
              )}
              <span className="linked-meta">
                {[
                  t(`partnerships.partyKinds.${party.kind}`),
                  party.country && (regionNames.of(party.country) ?? party.country),
                ]
                  .filter(Boolean)
                  .join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <DetailList rows={rows} />
      <section className="linked-section" aria-labelledby="partnership-visits">
        <h3 id="partnership-visits">{t('partnerships.visits')}</h3>
        {visits.documents.length === 0 ? (
          <p className="empty-state">{t('partnerships.visitsEmpty')}</p>
        ) : (
          <ul className="linked-list">
            {visits.documents.map((visit) => (
              <li key={visit.id}>
                <Link href={`~/visits/${visit.id}`}>{visit.title}</Link>
                <span className="linked-meta">
                  {format.dateRange(visit.startDate, visit.endDate)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Notes have no partnership link (shared/domain/note.ts): show those of its
          visits and partner organisations, and capture onto the organisations. */}
      <EntityNotes alsoLinks={{ organisationIds, visitIds }} captureLinks={{ organisationIds }} />
    </article>
  );
}
