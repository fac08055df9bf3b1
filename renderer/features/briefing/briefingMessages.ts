import { defineMessages } from '../../i18n/defineMessages';

/** Strings of the briefing pack: its dialog, and the pack itself in English and German. */
export const briefingMessages = defineMessages({
  en: {
    todo: '',
  },
  de: {
    todo: '',
  },
});
