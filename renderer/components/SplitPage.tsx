import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { PageHeading } from './PageHeading';

export interface SplitPageProps {
  title: string;
  newLabel: string;
  list: ReactNode;
  /** The form for a new record (no id) or for the record with this id. */
  editor: (id?: string) => ReactNode;
  detail: (id: string) => ReactNode;
  /** Said beside the list while nothing is selected. */
  selectText: string;
}

/**
 * A section whose list stays beside the selected record, its editor or a new
 * one (contacts, organisations, partnerships), routed within the section.
 */
export function SplitPage({ title, newLabel, list, editor, detail, selectText }: SplitPageProps) {
  return (
    <section className="page split-page" aria-labelledby="page-title">
      <div className="split-list">
        <PageHeading title={title} newLabel={newLabel} />
        {list}
      </div>
      <div className="split-detail">
        <Switch>
          <Route path="/new">{editor()}</Route>
          <Route path="/:id/edit">{(params) => editor(params.id)}</Route>
          <Route path="/:id">{(params) => detail(params.id)}</Route>
          <Route>
            <p className="empty-state">{selectText}</p>
          </Route>
        </Switch>
      </div>
    </section>
  );
}
