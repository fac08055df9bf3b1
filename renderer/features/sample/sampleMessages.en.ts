/** Strings of the "load the sample workspace" action. */
export const sampleMessagesEn = {
  load: 'Load the Birmingham–Leipzig sample',
  hint: 'Adds the twinning of Birmingham and Leipzig with its people, organisations, the June 2025 delegation, the creatives’ trade mission, follow-ups and notes. Loading it again restores the sample without copying it.',
  loading: 'Loading the sample…',
  loaded:
    'Sample loaded: {{organisations}} organisations, {{contacts}} contacts, {{visits}} visits with {{agendaItems}} agenda items, {{followUps}} follow-ups and {{notes}} notes.',
  failed: 'The sample could not be loaded: {{message}} Your own data is unchanged; try again.',
};
