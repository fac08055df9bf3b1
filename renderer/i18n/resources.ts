import { appMessages } from '../app/appMessages';
import { contactMessages, validationMessages } from '../features/contacts/contactMessages';

/**
 * Every feature's strings, gathered per language. A feature keeps its strings
 * in its own `defineMessages` module and adds it here under one key.
 */
export const en = {
  ...appMessages.en,
  contacts: contactMessages.en,
  validation: validationMessages.en,
};

export const de: typeof en = {
  ...appMessages.de,
  contacts: contactMessages.de,
  validation: validationMessages.de,
};

/** The shape every translation has; typed `t()` keys come from it. */
export type Messages = typeof en;
