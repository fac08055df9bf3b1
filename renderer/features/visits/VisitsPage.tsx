import { useState } from 'react';
import { Route, Switch } from 'wouter';
import type { VisitFilter } from '../../../shared/domain/visitFilters';
import { VisitDetail } from './VisitDetail';
import { VisitEditor } from './VisitEditor';
import { VisitList } from './VisitList';
import './visits.css';

/**
 * Visits: the filtered list, one visit with its agenda, or the form. The
 * detail takes the whole width (a day-by-day agenda needs it), so the list
 * and the detail are separate screens; the filters live here so that they
 * survive a look at one visit and the way back.
 */
export function VisitsPage() {
  const [filter, setFilter] = useState<VisitFilter>({});
  return (
    <section className="page visits-page" aria-labelledby="page-title">
      <Switch>
        <Route path="/new">
          <VisitEditor />
        </Route>
        <Route path="/:id/edit">{(params) => <VisitEditor visitId={params.id} />}</Route>
        <Route path="/:id">{(params) => <VisitDetail visitId={params.id} />}</Route>
        <Route>
          <VisitList filter={filter} onFilterChange={setFilter} />
        </Route>
      </Switch>
    </section>
  );
}
