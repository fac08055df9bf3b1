import type { Translation } from '../../i18n/translation';
import type { noteMessagesEn } from './noteMessages.en';

/** `noteMessagesEn` in German. */
export const noteMessagesDe: Translation<typeof noteMessagesEn> = {
  title: 'Notizen',
  listLabel: 'Notizen, neueste zuerst',
  empty: 'Noch keine Notizen.',
  captureTitle: 'Notiz hinzufügen',
  body: 'Notiz',
  bodyHint: 'Was besprochen oder vereinbart wurde, und mit wem.',
  date: 'Datum und Uhrzeit',
  add: 'Notiz hinzufügen',
  save: 'Notiz speichern',
  cancel: 'Abbrechen',
  edit: 'Notiz bearbeiten',
  editTitle: 'Notiz bearbeiten',
  delete: 'Notiz löschen',
  deleteTitle: 'Diese Notiz löschen?',
  deleteMessage: 'Die Notiz vom {{date}} wird gelöscht.',
  deleted: 'Notiz vom {{date}} gelöscht.',
  added: 'Notiz hinzugefügt.',
  byAuthor: 'von {{author}}',
  localAuthor: 'Ihnen',
  alsoAbout: 'Betrifft auch',
  noCaptureHint:
    'Hier stehen die Notizen der Partnerorganisationen und Besuche. Neue Notizen bitte dort erfassen.',
  required: 'Schreiben Sie die Notiz, bevor Sie speichern.',
  dateRequired: 'Geben Sie Datum und Uhrzeit des Gesprächs ein.',
  saveFailed: 'Die Notiz konnte nicht gespeichert werden: {{message}}',
  unknownLink: '(gelöscht)',
};
