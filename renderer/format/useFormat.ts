import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localToUtc, utcToLocal } from '../../shared/time/zonedTime';
import type { Settings } from '../services/settings/settings';
import { useSettings } from '../services/settings/SettingsProvider';
import { createDateFormatters, formatLocale, type DateFormatters } from './dateFormat';

/** Dates and times formatted for the chosen language and this device's home zone. */
export interface Formatters extends DateFormatters {
  /**
   * The same moment in the home zone when it shows a different clock time
   * ("10:30 Berlin"), else undefined.
   */
  homeTime: (localDateTime: string, timeZone: string) => string | undefined;
  /** The short city part of a zone: 'Europe/Berlin' → "Berlin". */
  zoneLabel: (timeZone: string) => string;
}

/** The app's formatters: the shared date formatters (dateFormat.ts) and the screens' own. */
export function createFormatters(locale: string, homeTimeZone: () => string): Formatters {
  const dates = createDateFormatters(locale, homeTimeZone);
  const zoneLabel = (timeZone: string) =>
    (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  return {
    ...dates,
    homeTime: (localDateTime, timeZone) => {
      const homeZone = homeTimeZone();
      if (timeZone === homeZone) return undefined;
      const home = utcToLocal(localToUtc(localDateTime, timeZone), homeZone);
      if (home.slice(11) === localDateTime.slice(11)) return undefined;
      return `${dates.time(home)} ${zoneLabel(homeZone)}`;
    },
    zoneLabel,
  };
}

/**
 * One set of formatters per language and settings, shared by every
 * component: making an `Intl.DateTimeFormat` costs about a millisecond, and
 * a visit's agenda of 40 rows made four each (a tenth of opening the visit).
 * Keyed by the settings object, whose home zone is worked out when first
 * read (settings.ts), so that making the formatters does not read it.
 */
const formattersBySettings = new WeakMap<Settings, Map<string, Formatters>>();

function sharedFormatters(locale: string, settings: Settings): Formatters {
  let byLocale = formattersBySettings.get(settings);
  if (!byLocale) {
    byLocale = new Map();
    formattersBySettings.set(settings, byLocale);
  }
  let formatters = byLocale.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale, () => settings.homeTimeZone);
    byLocale.set(locale, formatters);
  }
  return formatters;
}

/** Formatters for the current language and home zone. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  return useMemo(
    () => sharedFormatters(formatLocale(i18n.language), settings),
    [i18n.language, settings],
  );
}
