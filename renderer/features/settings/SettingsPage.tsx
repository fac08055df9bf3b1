import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/settings/SettingsProvider';
import { FormField } from '../../components/FormField';
import { LanguageSelect } from '../../app/LanguageSelect';
import { LoadSampleButton } from '../sample/LoadSampleButton';

/** This device's preferences: language (also in the header) and home time zone. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSettings();
  const id = useId();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      <div className="settings-form">
        <LanguageSelect />
        <FormField
          id={`${id}-zone`}
          label={t('settings.homeTimeZone')}
          hint={t('settings.homeTimeZoneHint')}
        >
          {(aria) => (
            <select
              {...aria}
              value={settings.homeTimeZone}
              onChange={(event) => updateSettings({ homeTimeZone: event.target.value })}
            >
              {(zones.includes(settings.homeTimeZone)
                ? zones
                : [settings.homeTimeZone, ...zones]
              ).map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <section className="settings-section" aria-labelledby={`${id}-sample`}>
        <h2 id={`${id}-sample`}>{t('settings.sample')}</h2>
        <p className="hint">{t('settings.sampleHint')}</p>
        <LoadSampleButton />
      </section>
    </section>
  );
}
