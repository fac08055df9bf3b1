import type { Translation } from '../../../i18n/translation';
import type { syncProblemMessagesEn } from './syncProblemMessages.en';

/** `syncProblemMessagesEn` in German. */
export const syncProblemMessagesDe: Translation<typeof syncProblemMessagesEn> = {
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
};
