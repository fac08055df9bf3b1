import type { Translation } from '../../i18n/translation';
import type { sampleMessagesEn } from './sampleMessages.en';

/** `sampleMessagesEn` in German. */
export const sampleMessagesDe: Translation<typeof sampleMessagesEn> = {
  load: 'Beispiel Birmingham–Leipzig laden',
  hint: 'Fügt die Städtepartnerschaft Birmingham–Leipzig mit ihren Personen und Organisationen, der Delegation vom Juni 2025, der Handelsmission der Kreativen, Nachverfolgungen und Notizen hinzu. Erneutes Laden stellt das Beispiel wieder her, ohne es zu verdoppeln.',
  loading: 'Beispiel wird geladen …',
  loaded:
    'Beispiel geladen: {{organisations}} Organisationen, {{contacts}} Kontakte, {{visits}} Besuche mit {{agendaItems}} Programmpunkten, {{followUps}} Nachverfolgungen und {{notes}} Notizen.',
  failed:
    'Das Beispiel konnte nicht geladen werden: {{message}} Ihre eigenen Daten sind unverändert; bitte versuchen Sie es erneut.',
};
