import { defineMessages } from '../../i18n/defineMessages';

/** Strings of a person's data: export everything held about one contact, and erasure. */
export const personDataMessages = defineMessages({
  en: {
    todo: '',
  },
  de: {
    todo: '',
  },
});
