import type { Translation } from '../../i18n/translation';
import type { personDataMessagesEn } from './personDataMessages.en';

/** `personDataMessagesEn` in German. */
export const personDataMessagesDe: Translation<typeof personDataMessagesEn> = {
  open: 'Personenbezogene Daten …',
  title: 'Personenbezogene Daten von {{name}}',
  description:
    'Für eine Anfrage nach Datenschutzrecht: alles exportieren, was dieser Arbeitsbereich über die Person speichert, oder sie überall löschen.',
  accessHeading: 'Auskunftsrecht',
  accessHint:
    'Der Export enthält den vollständigen Datensatz einschließlich sensibler Felder sowie jeden Besuch, Programmpunkt, jede Nachverfolgung und Notiz, die diese Person nennt. Vor dem Versand lesen: Notizen können auch andere Personen nennen.',
  saveJson: 'Als JSON speichern',
  saveVCard: 'Als vCard speichern',
  saved: '{{path}} gespeichert.',
  cancelled: 'Nicht gespeichert.',
  saveFailed: 'Die Datei konnte nicht gespeichert werden: {{message}}',
  erasureHeading: 'Löschung',
  erasureHint:
    'Die Löschung entfernt die Person aus diesem Arbeitsbereich und nach der Synchronisierung vom Server und von allen anderen Geräten. Notizen behalten ihren Text ohne die Verknüpfung. Das lässt sich nicht rückgängig machen.',
  erase: '{{name}} löschen …',
  confirmTitle: '{{name}} überall löschen?',
  confirmMessage:
    'Der Datensatz wird gelöscht und die Person aus allen Einträgen entfernt, die sie verknüpfen — Besuche: {{visits}}, Programmpunkte: {{agendaItems}}, Nachverfolgungen: {{followUps}}, Notizen: {{notes}} (die Notizen behalten ihren Text). Die Löschung wird mit dem Server und allen Geräten synchronisiert. Sie lässt sich nicht rückgängig machen.',
  confirm: 'Endgültig löschen',
  erased:
    '{{name}} wurde gelöscht und aus allen Einträgen entfernt, die sie verknüpften — Besuche: {{visits}}, Programmpunkte: {{agendaItems}}, Nachverfolgungen: {{followUps}}, Notizen: {{notes}}.',
  eraseFailed: 'Die Löschung wurde nicht abgeschlossen: {{message}}',
};
