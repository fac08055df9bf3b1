import { useTranslation } from 'react-i18next';
import { SplitPage } from '../../components/SplitPage';
import { OrganisationDetail } from './OrganisationDetail';
import { OrganisationEditor } from './OrganisationEditor';
import { OrganisationList } from './OrganisationList';

/** Organisations: the list beside the selected organisation, its editor or a new one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <SplitPage
      title={t('organisations.title')}
      newLabel={t('organisations.new')}
      list={<OrganisationList />}
      editor={(id) => <OrganisationEditor organisationId={id} />}
      detail={(id) => <OrganisationDetail organisationId={id} />}
      selectText={t('organisations.select')}
    />
  );
}
