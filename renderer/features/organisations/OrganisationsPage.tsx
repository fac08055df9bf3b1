import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { OrganisationDetail } from './OrganisationDetail';
import { OrganisationEditor } from './OrganisationEditor';
import { OrganisationList } from './OrganisationList';

/** Organisations: the list beside the selected organisation, its editor or a new one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <section className="page split-page" aria-labelledby="page-title">
      <div className="split-list">
        <div className="page-heading">
          <h1 id="page-title">{t('organisations.title')}</h1>
          <Link href="/new" className="button primary">
            {t('organisations.new')}
          </Link>
        </div>
        <OrganisationList />
      </div>
      <div className="split-detail">
        <Switch>
          <Route path="/new">
            <OrganisationEditor />
          </Route>
          <Route path="/:id/edit">
            {(params) => <OrganisationEditor organisationId={params.id} />}
          </Route>
          <Route path="/:id">{(params) => <OrganisationDetail organisationId={params.id} />}</Route>
          <Route>
            <p className="empty-state">{t('organisations.select')}</p>
          </Route>
        </Switch>
      </div>
    </section>
  );
}
