import { useTranslation } from 'react-i18next';
import { languageNames, supportedLanguages, type Language } from '../i18n/i18n';
import { useSettings } from '../services/settings/SettingsProvider';

/** Switches the UI language; the choice is kept on this device. */
export function LanguageSelect() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSettings();
  return (
    <label className="language-select">
      <span>{t('app.language')}</span>
      <select
        value={settings.language}
        onChange={(event) => updateSettings({ language: event.target.value as Language })}
      >
        {supportedLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
