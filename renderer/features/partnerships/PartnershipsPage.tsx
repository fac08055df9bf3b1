import { useTranslation } from 'react-i18next';
import { SplitPage } from '../../components/SplitPage';
import { PartnershipDetail } from './PartnershipDetail';
import { PartnershipEditor } from './PartnershipEditor';
import { PartnershipList } from './PartnershipList';

/** Partnerships: the list beside the selected partnership, its editor or a new one. */
export function PartnershipsPage() {
  const { t } = useTranslation();
  return (
    <SplitPage
      title={t('partnerships.title')}
      newLabel={t('partnerships.new')}
      list={<PartnershipList />}
      editor={(id) => <PartnershipEditor partnershipId={id} />}
      detail={(id) => <PartnershipDetail partnershipId={id} />}
      selectText={t('partnerships.select')}
    />
  );
}
