import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/settings/SettingsProvider';
import { SelectControl } from '../../components/form/SelectControl';
import { timeZoneChoices } from '../../components/form/timeZoneChoices';
import { LanguageSelect } from '../../app/LanguageSelect';
import { LoadSampleButton } from '../sample/LoadSampleButton';
import { SyncServerSection } from '../sync/signIn/SyncServerSection';

/** This device's preferences: language (also in the header) and home time zone. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSettings();
  const id = useId();
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
    </section>
  );
}
