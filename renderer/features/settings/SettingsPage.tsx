import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../services/settings/SettingsProvider';
import { SelectControl } from '../../components/form/SelectControl';
import { timeZoneChoices } from '../../components/form/timeZoneChoices';
import { LanguageSelect } from '../../components/LanguageSelect';
import { usePlatform } from '../../platform';
import { LoadSampleButton } from '../sample';
import { SyncServerSection } from '../sync';

/** This device's preferences: language (also in the header) and home time zone. */
export function SettingsPage() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { settings, updateSettings } = useSettings();
  const id = useId();
  const [version, setVersion] = useState<string>();
  useEffect(() => {
    let live = true;
    void platform.getAppVersion().then((found) => live && setVersion(found));
    return () => {
      live = false;
    };
  }, [platform]);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      <div className="settings-form">
        <LanguageSelect />
        <SelectControl
          label={t('settings.homeTimeZone')}
          hint={t('settings.homeTimeZoneHint')}
          value={settings.homeTimeZone}
          options={timeZoneChoices(settings.homeTimeZone)}
          onChange={(homeTimeZone) => updateSettings({ homeTimeZone })}
        />
      </div>
      <SyncServerSection />
      <section className="settings-section" aria-labelledby={`${id}-sample`}>
        <h2 id={`${id}-sample`}>{t('settings.sample')}</h2>
        <p className="hint">{t('settings.sampleHint')}</p>
        <LoadSampleButton />
      </section>
      <section className="settings-section" aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`}>{t('settings.about')}</h2>
        {version && <p>{t('settings.version', { version })}</p>}
      </section>
    </section>
  );
}
