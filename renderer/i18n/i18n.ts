import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './messages';

export const supportedLanguages = ['en', 'de'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Each language in its own words, as the language menu lists it. */
export const languageNames: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch' };

const isLanguage = (tag: string): tag is Language =>
  (supportedLanguages as readonly string[]).includes(tag);

/** The first of the system's languages that Liaison speaks, else English. */
export function systemLanguage(systemLanguages: readonly string[]): Language {
  const found = systemLanguages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return found ?? 'en';
}

/**
 * A fresh i18next instance for the app (or a test), bound to React, speaking
 * `language` from `resources` (the app gathers them: renderer/app/i18nResources.ts).
 */
export async function createI18n(
  resources: Readonly<Record<Language, Messages>>,
  language: Language,
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(
      Object.entries(resources).map(([tag, messages]) => [tag, { translation: messages }]),
    ),
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
