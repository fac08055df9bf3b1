import type { SearchedCollection } from '../../../shared/search/searchEntries';

/** Strings of global search (Ctrl/Cmd+K). */
export const searchMessagesEn = {
  open: 'Search',
  shortcut: 'Ctrl+K',
  title: 'Search the workspace',
  label: 'Search',
  placeholder: 'Names, organisations, visits, agenda, notes…',
  results: 'Search results',
  preparing: 'Preparing search…',
  noResults: 'Nothing matches “{{query}}”.',
  hint: 'Type to search. Arrow keys move, Enter opens, Escape closes.',
  kinds: {
    contacts: 'Contact',
    organisations: 'Organisation',
    visits: 'Visit',
    agendaItems: 'Agenda item',
    notes: 'Note',
    followUps: 'Follow-up',
  } satisfies Record<SearchedCollection, string>,
};
