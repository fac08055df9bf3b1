import { useTranslation } from 'react-i18next';
import { rememberLanguage, supportedLanguages, type Language } from '../i18n/i18n';

const languageNames: Record<Language, string> = { en: 'English', de: 'Deutsch' };

/** Switches the UI language and remembers the choice on this device. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const change = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    rememberLanguage(window.localStorage, language);
  };
  return (
    <label className="language-select">
      <span>{t('app.language')}</span>
      <select value={i18n.language} onChange={(event) => change(event.target.value as Language)}>
        {supportedLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
