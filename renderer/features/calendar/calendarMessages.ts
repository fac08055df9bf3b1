import { defineMessages } from '../../i18n/defineMessages';

/** Strings of the calendar (iCalendar) export and import. */
export const calendarMessages = defineMessages({
  en: {
    todo: '',
  },
  de: {
    todo: '',
  },
});
