import type { Translation } from '../../i18n/translation';
import type { searchMessagesEn } from './searchMessages.en';

/** `searchMessagesEn` in German. */
export const searchMessagesDe: Translation<typeof searchMessagesEn> = {
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
};
