import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { titledName } from '../../../shared/domain/formsOfAddress';
import { compareContacts, compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';

/** One choice in a select: an id and the name people know it by. */
export interface NamedChoice {
  id: string;
  name: string;
}

/** The people, organisations and partnerships a visit refers to, by id and as sorted choices. */
export interface VisitLookups {
  contacts: NamedChoice[];
  organisations: NamedChoice[];
  partnerships: NamedChoice[];
  contactName: (id: string) => string;
  organisationName: (id: string) => string;
  partnershipName: (id: string) => string;
}

/**
 * Live names for the ids a visit and its agenda hold. The whole contact and
 * organisation lists are small (hundreds), so one query each serves every
 * select and every name on the page.
 */
export function useVisitLookups(): VisitLookups {
  const { t } = useTranslation();
  const contacts = useLiveQuery('contacts', {});
  const organisations = useLiveQuery('organisations', {});
  const partnerships = useLiveQuery('partnerships', {});

  return useMemo(() => {
    const people = [...contacts.documents]
      .sort((a, b) => compareContacts(a, b))
      .map((contact) => ({ id: contact.id, name: titledName(contact) || t('visits.untitled') }));
    const byName = (a: NamedChoice, b: NamedChoice) => compareNames(a.name, b.name);
    const orgs = organisations.documents
      .map((organisation) => ({ id: organisation.id, name: organisation.name }))
      .sort(byName);
    const links = partnerships.documents
      .map((partnership) => ({
        id: partnership.id,
        name: partnership.parties.map((party) => party.name).join(' – '),
      }))
      .sort(byName);
    const lookup = (choices: NamedChoice[], fallback: string) => {
      const names = new Map(choices.map((choice) => [choice.id, choice.name]));
      return (id: string) => names.get(id) ?? fallback;
    };
    return {
      contacts: people,
      organisations: orgs,
      partnerships: links,
      contactName: lookup(people, t('visits.unknownPerson')),
      organisationName: lookup(orgs, t('visits.unknownOrganisation')),
      partnershipName: lookup(links, t('visits.untitled')),
    };
  }, [contacts.documents, organisations.documents, partnerships.documents, t]);
}
