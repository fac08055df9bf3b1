import { defineMessages } from '../../i18n/defineMessages';

/** Strings of the Today screen. */
export const todayMessages = defineMessages({
  en: {
    title: 'Today',
    date: 'Today is {{date}}.',
    underWay: 'Visits under way',
    upcoming: 'Coming up',
    agenda: "Today's agenda",
    followUps: 'Follow-ups due soon',
    noneUnderWay: 'No visit is under way.',
    noneUpcoming: 'No visits in the next two months.',
    noAgenda: 'Nothing on the agenda today.',
    noFollowUps: 'No follow-ups due in the next two weeks.',
    overdue: 'Overdue',
    due: 'Due {{date}}',
    welcomeTitle: 'Welcome',
    welcome:
      'Welcome to Liaison. Plan visits and delegations, keep your contacts with their protocol details, and follow up afterwards — all of it works offline.',
  },
  de: {
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
  },
});
