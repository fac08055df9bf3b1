import type { Translation } from '../../i18n/translation';
import type { todayMessagesEn } from './todayMessages.en';

/** `todayMessagesEn` in German. */
export const todayMessagesDe: Translation<typeof todayMessagesEn> = {
  title: 'Heute',
  date: 'Heute ist {{date}}.',
  underWay: 'Laufende Besuche',
  upcoming: 'Demnächst',
  agenda: 'Programm heute',
  followUps: 'Bald fällige Nachverfolgungen',
  noneUnderWay: 'Zurzeit läuft kein Besuch.',
  noneUpcoming: 'Keine Besuche in den nächsten zwei Monaten.',
  noAgenda: 'Heute steht nichts auf dem Programm.',
  noFollowUps: 'In den nächsten zwei Wochen ist nichts fällig.',
  overdue: 'Überfällig',
  due: 'Fällig am {{date}}',
  welcomeTitle: 'Willkommen',
  welcome:
    'Willkommen bei Liaison. Planen Sie Besuche und Delegationen, pflegen Sie Kontakte mit allen Protokollangaben und fassen Sie danach nach – alles funktioniert auch offline.',
};
