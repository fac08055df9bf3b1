import type { SearchedCollection } from '../../../shared/search/searchEntries';
import { defineMessages } from '../../i18n/defineMessages';

/** Strings of global search (Ctrl/Cmd+K). */
export const searchMessages = defineMessages({
  en: {
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
  },
  de: {
    open: 'Suche',
    shortcut: 'Strg+K',
    title: 'Arbeitsbereich durchsuchen',
    label: 'Suche',
    placeholder: 'Namen, Organisationen, Besuche, Programm, Notizen …',
    results: 'Suchergebnisse',
    preparing: 'Suche wird vorbereitet …',
    noResults: 'Nichts passt zu „{{query}}“.',
    hint: 'Tippen Sie zum Suchen. Pfeiltasten wählen, Eingabe öffnet, Escape schließt.',
    kinds: {
      contacts: 'Kontakt',
      organisations: 'Organisation',
      visits: 'Besuch',
      agendaItems: 'Programmpunkt',
      notes: 'Notiz',
      followUps: 'Nachverfolgung',
    },
  },
});
