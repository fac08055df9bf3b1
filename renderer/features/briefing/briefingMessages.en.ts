import { packMessagesEn } from '../../formats/briefing/packMessages.en';

/**
 * Strings of the briefing pack: `dialog` is the UI (shown in the app's
 * language); `pack` is the PDF itself, read in the language chosen for the
 * pack whatever the app's language is (renderer/formats/briefing/packStrings.ts),
 * which keeps those strings beside it.
 */
export const briefingMessagesEn = {
  dialog: {
    button: 'Briefing pack',
    title: 'Create briefing pack',
    description:
      'A PDF of this visit to read on the way: programme, people, organisations and logistics.',
    language: 'Language of the pack',
    languages: { en: 'English', de: 'German' },
    sectionsLegend: 'Sections',
    includeSensitive: 'Include dietary and access needs (sensitive personal data)',
    sensitiveHint:
      'The pack is then marked OFFICIAL-SENSITIVE: share it only with people who need these details.',
    addendum: 'Add the changes since the last pack made on this device',
    create: 'Create briefing pack',
    cancel: 'Cancel',
    close: 'Close',
    progressLabel: 'Building the briefing pack',
    stages: {
      gathering: 'Gathering data…',
      layout: 'Laying out pages…',
      saving: 'Saving…',
    },
    saved: 'Briefing pack saved: {{path}}',
    cancelled: 'The briefing pack was not saved: saving was cancelled.',
    failed: 'The briefing pack could not be created. {{message}}',
    noSections: 'Choose at least one section.',
    errors: {
      visitNotFound: 'This visit no longer exists; go back to the list of visits.',
      fontsUnavailable:
        'The bundled fonts could not be loaded ({{detail}}). Restart Liaison and try again.',
      renderFailed:
        'Laying out the pages failed ({{detail}}). Check the visit’s texts and photos, then try again.',
      saveFailed: 'Saving failed ({{detail}}). Choose another folder and try again.',
      toolsUnavailable:
        'The briefing-pack tools are not on this device yet. Connect once and open Liaison, then try again.',
    },
  },
  pack: packMessagesEn,
};
