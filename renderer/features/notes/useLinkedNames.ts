import { useMemo } from 'react';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { NoteLinks } from '../../../shared/domain/note';
import { useLiveQuery } from '../../data/useLiveQuery';

/** What a link to another record shows, and where it goes. */
export interface LinkedName {
  label: string;
  /** An absolute route (`~/contacts/<id>`), for use inside any nested page. */
  href: string;
}

/** Display names of linked records by id, one map per kind of record. */
export interface LinkedNames {
  contacts: Map<string, LinkedName>;
  organisations: Map<string, LinkedName>;
  visits: Map<string, LinkedName>;
  agendaItems: Map<string, LinkedName>;
}

const unique = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])].sort();

/**
 * Names for every id in `links`, live. Called once per list (not per row) so a
 * long list costs four queries, not four per item.
 */
export function useLinkedNames(links: Partial<NoteLinks>): LinkedNames {
  const contacts = useLiveQuery('contacts', {
    selector: { id: { $in: unique(links.contactIds) } },
  });
  const organisations = useLiveQuery('organisations', {
    selector: { id: { $in: unique(links.organisationIds) } },
  });
  const visits = useLiveQuery('visits', { selector: { id: { $in: unique(links.visitIds) } } });
  const agendaItems = useLiveQuery('agendaItems', {
    selector: { id: { $in: unique(links.agendaItemIds) } },
  });
  return useMemo(
    () => ({
      contacts: new Map(
        contacts.documents.map((c) => [c.id, { label: titledName(c), href: `~/contacts/${c.id}` }]),
      ),
      organisations: new Map(
        organisations.documents.map((o) => [
          o.id,
          { label: o.name, href: `~/organisations/${o.id}` },
        ]),
      ),
      visits: new Map(
        visits.documents.map((v) => [v.id, { label: v.title, href: `~/visits/${v.id}` }]),
      ),
      // An agenda item has no page of its own: its visit's page shows it.
      agendaItems: new Map(
        agendaItems.documents.map((a) => [a.id, { label: a.title, href: `~/visits/${a.visitId}` }]),
      ),
    }),
    [contacts.documents, organisations.documents, visits.documents, agendaItems.documents],
  );
}

/** All the ids of several link sets together. */
export function mergeLinks(all: readonly Partial<NoteLinks>[]): NoteLinks {
  return {
    contactIds: all.flatMap((links) => links.contactIds ?? []),
    organisationIds: all.flatMap((links) => links.organisationIds ?? []),
    visitIds: all.flatMap((links) => links.visitIds ?? []),
    agendaItemIds: all.flatMap((links) => links.agendaItemIds ?? []),
  };
}
