import type { Language } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { messagesDe } from './messages.de';
import { messagesEn } from './messages.en';

/**
 * Every language's strings, for `createI18n`. A feature keeps its strings in
 * one file per language (`xMessages.en.ts`, `xMessages.de.ts`); each
 * language's files are gathered in `messages.<language>.ts`, and here.
 */
export const resources: Readonly<Record<Language, Messages>> = {
  en: messagesEn,
  de: messagesDe,
};
