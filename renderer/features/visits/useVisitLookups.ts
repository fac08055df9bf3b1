import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { Visit } from '../../../shared/domain/visit';
import { compareNames } from '../../../shared/text/collation';
import { useContactChoices } from '../../data/useContactChoices';
import { useLiveQuery } from '../../data/useLiveQuery';

/** One choice in a select: an id and the name people know it by. */
export interface NamedChoice {
  id: string;
  name: string;
}

/** The people, organisations and partnerships a visit refers to, by id and as sorted choices. */
export interface VisitLookups {
  /** Choices for selects; empty until they are read (see `requestChoices`). */
  contacts: NamedChoice[];
  organisations: NamedChoice[];
  partnerships: NamedChoice[];
  /** True until the choices have been read. */
  choicesLoading: boolean;
  /** Reads the choices now, if they are not read yet: a form or picker is about to be used. */
  requestChoices: () => void;
  contactName: (id: string) => string;
  organisationName: (id: string) => string;
  partnershipName: (id: string) => string;
}

/** The records a page names: only these are read for `contactName` and friends. */
export interface LookupRefs {
  contactIds: readonly string[];
  organisationIds: readonly string[];
  partnershipIds: readonly string[];
}

/** Everything a visit page names: its people and partners, and its agenda's hosts, chairs and attendees. */
export function visitRefs(
  visit: Visit | null,
  items: readonly Pick<AgendaItem, 'hostOrganisationId' | 'chairContactId' | 'attendeeIds'>[],
): LookupRefs {
  const contacts = new Set<string>();
  const organisations = new Set<string>();
  const partnerships = new Set<string>();
  if (visit) {
    if (visit.leadContactId) contacts.add(visit.leadContactId);
    if (visit.partnershipId) partnerships.add(visit.partnershipId);
    visit.members.forEach((member) => contacts.add(member.contactId));
    visit.partnerOrganisationIds.forEach((id) => organisations.add(id));
  }
  for (const item of items) {
    if (item.chairContactId) contacts.add(item.chairContactId);
    if (item.hostOrganisationId) organisations.add(item.hostOrganisationId);
    item.attendeeIds.forEach((id) => contacts.add(id));
  }
  const sorted = (ids: Set<string>) => [...ids].sort();
  return {
    contactIds: sorted(contacts),
    organisationIds: sorted(organisations),
    partnershipIds: sorted(partnerships),
  };
}

/** When a page's select choices are read: with the page, or once it has been shown. */
export type ChoicesWhen = 'now' | 'after-first-screen';

/** How long a page may wait for an idle moment before its choices are read anyway. */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Whether to read choices yet: at once, or when the window is first idle
 * after the page has shown, or when someone is about to use a picker.
 */
function useChoicesWanted(when: ChoicesWhen): [boolean, () => void] {
  const [wanted, setWanted] = useState(when === 'now');
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(want, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(want, 200);
    return () => clearTimeout(timer);
  }, [wanted]);
  return [wanted, useCallback(() => setWanted(true), [])];
}

/** `value`, or while `loading` the value it last had when it was not loading. */
function useLastSettled<T>(value: T, loading: boolean): T {
  const [settled, setSettled] = useState(value);
  if (!loading && settled !== value) setSettled(value);
  return loading ? settled : value;
}

/** Matches nothing, through the primary key: a query that reads no document. */
const NOTHING = { selector: { id: { $in: [] as string[] } } };

/**
 * Live names for the ids a page holds and, for its selects, every contact,
 * organisation and partnership as sorted choices.
 *
 * Names are read for `refs` only (by primary key), so a visit with 40 agenda
 * items reads its few dozen people, not the workspace's 10,000. The choices
 * are the whole lists: a form reads them at once (`'now'`); a page whose
 * pickers are below its first screen reads them once it has shown
 * (`'after-first-screen'`), or as soon as `requestChoices` says one is about
 * to be used. Contacts come in list order from the Contacts list order.
 */
export function useVisitLookups(
  refs: LookupRefs = { contactIds: [], organisationIds: [], partnershipIds: [] },
  when: ChoicesWhen = 'now',
): VisitLookups {
  const { t } = useTranslation();
  const [choicesWanted, requestChoices] = useChoicesWanted(when);
  const named = {
    contacts: useLiveQuery('contacts', { selector: { id: { $in: [...refs.contactIds] } } }),
    organisations: useLiveQuery('organisations', {
      selector: { id: { $in: [...refs.organisationIds] } },
    }),
    partnerships: useLiveQuery('partnerships', {
      selector: { id: { $in: [...refs.partnershipIds] } },
    }),
  };
  const contactChoices = useContactChoices(choicesWanted);
  const organisationChoices = useLiveQuery('organisations', choicesWanted ? {} : NOTHING);
  const partnershipChoices = useLiveQuery('partnerships', choicesWanted ? {} : NOTHING);
  // While a query for a changed set of ids runs (a member just added), the
  // names already read stay: every name must not blank for a moment.
  const contactsNamed = useLastSettled(named.contacts.documents, named.contacts.loading);
  const organisationsNamed = useLastSettled(
    named.organisations.documents,
    named.organisations.loading,
  );
  const partnershipsNamed = useLastSettled(
    named.partnerships.documents,
    named.partnerships.loading,
  );

  return useMemo(() => {
    const partnershipTitle = (parties: { name: string }[]) =>
      parties.map((party) => party.name).join(' – ');
    const byName = (a: NamedChoice, b: NamedChoice) => compareNames(a.name, b.name);
    // While the names are read, nothing is shown rather than "unknown".
    const lookup = (
      entries: { id: string; name: string }[],
      loading: boolean,
      fallback: string,
      known: readonly NamedChoice[] = [],
    ): ((id: string) => string) => {
      const names = new Map(entries.map((entry) => [entry.id, entry.name]));
      // A name the choices hold serves while the names are read (a member just picked).
      const chosen = new Map(known.map((choice) => [choice.id, choice.name]));
      return (id) => names.get(id) ?? chosen.get(id) ?? (loading ? '' : fallback);
    };
    const contacts = contactChoices.choices.map(({ id, name }) => ({
      id,
      name: name || t('visits.untitled'),
    }));
    return {
      contacts,
      organisations: organisationChoices.documents
        .map((organisation) => ({ id: organisation.id, name: organisation.name }))
        .sort(byName),
      partnerships: partnershipChoices.documents
        .map((partnership) => ({ id: partnership.id, name: partnershipTitle(partnership.parties) }))
        .sort(byName),
      choicesLoading:
        contactChoices.loading || organisationChoices.loading || partnershipChoices.loading,
      requestChoices,
      contactName: lookup(
        contactsNamed.map((contact) => ({
          id: contact.id,
          name: titledName(contact) || t('visits.untitled'),
        })),
        named.contacts.loading,
        t('visits.unknownPerson'),
        contacts,
      ),
      organisationName: lookup(
        organisationsNamed.map(({ id, name }) => ({ id, name })),
        named.organisations.loading,
        t('visits.unknownOrganisation'),
      ),
      partnershipName: lookup(
        partnershipsNamed.map((partnership) => ({
          id: partnership.id,
          name: partnershipTitle(partnership.parties),
        })),
        named.partnerships.loading,
        t('visits.untitled'),
      ),
    };
  }, [
    contactChoices.choices,
    contactChoices.loading,
    organisationChoices.documents,
    organisationChoices.loading,
    partnershipChoices.documents,
    partnershipChoices.loading,
    requestChoices,
    contactsNamed,
    named.contacts.loading,
    organisationsNamed,
    named.organisations.loading,
    partnershipsNamed,
    named.partnerships.loading,
    t,
  ]);
}
