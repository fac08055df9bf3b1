import { defineMessages } from '../../i18n/defineMessages';

/** Strings of contact exchange: vCard and CSV export and import. */
export const exchangeMessages = defineMessages({
  en: {
    todo: '',
  },
  de: {
    todo: '',
  },
});
