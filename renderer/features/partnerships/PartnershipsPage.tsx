import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { PartnershipDetail } from './PartnershipDetail';
import { PartnershipEditor } from './PartnershipEditor';
import { PartnershipList } from './PartnershipList';

/** Partnerships: the list beside the selected partnership, its editor or a new one. */
export function PartnershipsPage() {
  const { t } = useTranslation();
  return (
    <section className="page split-page" aria-labelledby="page-title">
      <div className="split-list">
        <div className="page-heading">
          <h1 id="page-title">{t('partnerships.title')}</h1>
          <Link href="/new" className="button primary">
            {t('partnerships.new')}
          </Link>
        </div>
        <PartnershipList />
      </div>
      <div className="split-detail">
        <Switch>
          <Route path="/new">
            <PartnershipEditor />
          </Route>
          <Route path="/:id/edit">
            {(params) => <PartnershipEditor partnershipId={params.id} />}
          </Route>
          <Route path="/:id">{(params) => <PartnershipDetail partnershipId={params.id} />}</Route>
          <Route>
            <p className="empty-state">{t('partnerships.select')}</p>
          </Route>
        </Switch>
      </div>
    </section>
  );
}
