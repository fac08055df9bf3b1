import { defineMessages } from '../../../i18n/defineMessages';

/**
 * Strings of the sync problems on the Conflicts screen: changes the server
 * refused, with each reason code of shared/sync/documentIssue.ts in words.
 */
export const syncProblemMessages = defineMessages({
  en: {
    title: 'Changes the server refused',
    intro:
      'These changes stay on this device and were not sent. Open the record to fix it (saving sends it again), or discard your change to take the server’s version.',
    listLabel: 'Changes the server refused',
    open: 'Open the record',
    discard: 'Discard my change',
    discardFailed: 'Could not discard the change: {{message}}',
    refusedAt: 'Refused {{time}}',
    field: 'Field “{{field}}”: {{reason}}',
    untitled: '(untitled)',
    reasons: {
      schema: 'a value is missing or not of the form it must have',
      id: 'a link to another record is broken',
      control_character: 'the text holds invisible control characters',
      unpaired_surrogate: 'the text holds a broken character',
      url_scheme: 'a website must start with https://',
      photo: 'the photo is not a PNG, JPEG, WebP or GIF image',
      too_long: 'the text is too long',
      too_many: 'the list is too long',
      rule: 'the record breaks one of its rules (a required field, an end before its start…)',
      author: 'the change names another person as its author',
      duplicate_id: 'the record was sent twice at once',
      too_large: 'the record is too large for the server',
      refused: 'the server refused it',
    },
  },
  de: {
    title: 'Vom Server abgelehnte Änderungen',
    intro:
      'Diese Änderungen bleiben auf diesem Gerät und wurden nicht übertragen. Öffnen Sie den Eintrag, um sie zu korrigieren (beim Speichern wird erneut gesendet), oder verwerfen Sie Ihre Änderung, um die Fassung des Servers zu übernehmen.',
    listLabel: 'Vom Server abgelehnte Änderungen',
    open: 'Eintrag öffnen',
    discard: 'Meine Änderung verwerfen',
    discardFailed: 'Die Änderung konnte nicht verworfen werden: {{message}}',
    refusedAt: 'Abgelehnt {{time}}',
    field: 'Feld „{{field}}“: {{reason}}',
    untitled: '(ohne Titel)',
    reasons: {
      schema: 'ein Wert fehlt oder hat nicht die vorgeschriebene Form',
      id: 'eine Verknüpfung zu einem anderen Eintrag ist fehlerhaft',
      control_character: 'der Text enthält unsichtbare Steuerzeichen',
      unpaired_surrogate: 'der Text enthält ein beschädigtes Zeichen',
      url_scheme: 'eine Website muss mit https:// beginnen',
      photo: 'das Foto ist kein PNG-, JPEG-, WebP- oder GIF-Bild',
      too_long: 'der Text ist zu lang',
      too_many: 'die Liste ist zu lang',
      rule: 'der Eintrag verletzt eine seiner Regeln (ein Pflichtfeld, ein Ende vor dem Beginn …)',
      author: 'die Änderung nennt eine andere Person als Urheber',
      duplicate_id: 'der Eintrag wurde zweimal gleichzeitig gesendet',
      too_large: 'der Eintrag ist zu groß für den Server',
      refused: 'der Server hat ihn abgelehnt',
    },
  },
});
