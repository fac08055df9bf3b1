import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DeleteButton } from '../../components/DeleteButton';
import { DetailList } from '../../components/DetailList';
import { useLiveDocument } from '../../data/useLiveQuery';
import { EntityFollowUps } from '../followUps';
import { EntityNotes } from '../notes';
import { OrganisationLinks } from './OrganisationLinks';
import '../../styles/linkedRecords.css';

export interface OrganisationDetailProps {
  organisationId: string;
}

/** One organisation: what it is, who works there, the visits it took part in, what is due. */
export function OrganisationDetail({ organisationId }: OrganisationDetailProps) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('organisations', organisationId);
  const parent = useLiveDocument('organisations', document?.parentOrganisationId);
  if (loading) return null;
  if (!document) return <p className="empty-state">{t('organisations.notFound')}</p>;

  const organisation = document.toJSON();
  const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const country = organisation.country && regionNames.of(organisation.country);
  const rows: [string, string | undefined][] = [
    [t('organisations.fields.kind'), t(`organisations.kinds.${organisation.kind}`)],
    [t('organisations.fields.city'), organisation.city],
    [
      t('organisations.fields.country_display'),
      country && country !== organisation.country
        ? `${country} (${organisation.country})`
        : country,
    ],
    [t('organisations.fields.address'), organisation.address],
    [t('organisations.fields.sectors'), organisation.sectors.join(', ')],
    [t('organisations.fields.description'), organisation.description],
  ];

  return (
    <article className="entity-detail" aria-labelledby="organisation-name">
      <div className="page-heading">
        <h2 id="organisation-name">{organisation.name}</h2>
        <div className="detail-actions">
          <Link href={`/${organisation.id}/edit`} className="button">
            {t('organisations.edit')}
          </Link>
          <DeleteButton
            label={t('organisations.delete')}
            confirmTitle={t('organisations.deleteTitle', { name: organisation.name })}
            confirmMessage={t('organisations.deleteMessage')}
            deletedMessage={t('organisations.deleted', { name: organisation.name })}
            collect={() => [document]}
            onDeleted={() => navigate('/')}
          />
        </div>
      </div>
      <DetailList rows={rows} />
      {(organisation.website || parent.document) && (
        <dl className="detail-list">
          {organisation.website && (
            <div>
              <dt>{t('organisations.fields.website')}</dt>
              <dd>
                <a href={organisation.website} target="_blank" rel="noreferrer noopener">
                  {organisation.website}
                </a>
              </dd>
            </div>
          )}
          {parent.document && (
            <div>
              <dt>{t('organisations.fields.parent')}</dt>
              <dd>
                <Link href={`/${parent.document.id}`}>{parent.document.name}</Link>
              </dd>
            </div>
          )}
        </dl>
      )}
      <OrganisationLinks organisationId={organisation.id} />
      <EntityFollowUps organisationId={organisation.id} />
      <EntityNotes organisationId={organisation.id} />
    </article>
  );
}
