import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { Visit } from '../../../shared/domain/visit';
import { patchEntity } from '../../data/writes';
import { PickAndAddList } from './PickAndAddList';
import type { VisitLookups } from './useVisitLookups';
import { useAuthor } from '../../data/author';

export interface PartnerOrganisationsProps {
  document: RxDocument<Visit>;
  lookups: VisitLookups;
}

/** The organisations the visit is run with; add and remove them here. */
export function PartnerOrganisations({ document, lookups }: PartnerOrganisationsProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  return (
    <PickAndAddList
      className="visit-partners"
      heading={t('visits.detail.partners')}
      emptyText={t('visits.detail.partnersEmpty')}
      entries={document.partnerOrganisationIds.map((partner) => ({
        id: partner,
        name: lookups.organisationName(partner),
        href: `~/organisations/${partner}`,
      }))}
      choices={lookups.organisations}
      pickLabel={t('visits.detail.organisation')}
      addLabel={t('visits.detail.addPartner')}
      removeLabel={t('visits.detail.removePartner')}
      alreadyAdded={t('visits.issues.duplicate')}
      onIntent={lookups.requestChoices}
      onAdd={(organisationId) =>
        patchEntity(
          document,
          (current) => ({
            partnerOrganisationIds: [...current.partnerOrganisationIds, organisationId],
          }),
          author,
        )
      }
      onRemove={(removed) =>
        patchEntity(
          document,
          (current) => ({
            partnerOrganisationIds: current.partnerOrganisationIds.filter(
              (other) => other !== removed,
            ),
          }),
          author,
        )
      }
    />
  );
}
