import { defineMessages } from '../../i18n/defineMessages';

/** Strings of the "load the sample workspace" action. */
export const sampleMessages = defineMessages({
  en: {
    load: 'Load the Birmingham–Leipzig sample',
    hint: 'Adds the twinning of Birmingham and Leipzig with its people, organisations, the June 2025 delegation, the creatives’ trade mission, follow-ups and notes. Loading it again restores the sample without copying it.',
    loading: 'Loading the sample…',
    loaded:
      'Sample loaded: {{organisations}} organisations, {{contacts}} contacts, {{visits}} visits with {{agendaItems}} agenda items, {{followUps}} follow-ups and {{notes}} notes.',
    failed: 'The sample could not be loaded: {{message}} Your own data is unchanged; try again.',
  },
  de: {
    load: 'Beispiel Birmingham–Leipzig laden',
    hint: 'Fügt die Städtepartnerschaft Birmingham–Leipzig mit ihren Personen und Organisationen, der Delegation vom Juni 2025, der Handelsmission der Kreativen, Nachverfolgungen und Notizen hinzu. Erneutes Laden stellt das Beispiel wieder her, ohne es zu verdoppeln.',
    loading: 'Beispiel wird geladen …',
    loaded:
      'Beispiel geladen: {{organisations}} Organisationen, {{contacts}} Kontakte, {{visits}} Besuche mit {{agendaItems}} Programmpunkten, {{followUps}} Nachverfolgungen und {{notes}} Notizen.',
    failed:
      'Das Beispiel konnte nicht geladen werden: {{message}} Ihre eigenen Daten sind unverändert; bitte versuchen Sie es erneut.',
  },
});
