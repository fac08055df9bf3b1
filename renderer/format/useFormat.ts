import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localToUtc, utcToLocal } from '../../shared/time/zonedTime';
import type { Settings } from '../services/settings/settings';
import { useSettings } from '../services/settings/SettingsProvider';

/** Dates and times formatted for the chosen language and this device's home zone. */
export interface Formatters {
  /** 'YYYY-MM-DD' → "11 Jun 2025" / "11.06.2025". */
  date: (isoDate: string) => string;
  /** 'YYYY-MM-DD' → "Wednesday, 11 June 2025". */
  longDate: (isoDate: string) => string;
  /** Two dates as one range: "10–13 Jun 2025". */
  dateRange: (startDate: string, endDate: string) => string;
  /** A wall-clock 'YYYY-MM-DDTHH:mm' → "09:30". */
  time: (localDateTime: string) => string;
  /** An ISO instant in the user's home zone → "11 Jun 2025, 10:30". */
  instant: (iso: string) => string;
  /**
   * The same moment in the home zone when it shows a different clock time
   * ("10:30 Berlin"), else undefined.
   */
  homeTime: (localDateTime: string, timeZone: string) => string | undefined;
  /** The short city part of a zone: 'Europe/Berlin' → "Berlin". */
  zoneLabel: (timeZone: string) => string;
}

// Dates and wall-clock times are formatted as if in UTC so that no zone shifts them.
const asUtc = (value: string) =>
  new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}:00Z`);

/** `make()` on first call, its result after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Each `Intl.DateTimeFormat` is made, and the home zone read, when first
 * used: the first one a page makes loads the language's date data, and
 * reading the system's zone loads the zone data (together some 50 ms as the
 * app starts), which a screen that shows no date (Contacts) need not wait for.
 */
export function createFormatters(locale: string, homeTimeZone: () => string): Formatters {
  const utcFormat = (options: Intl.DateTimeFormatOptions) =>
    once(() => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  const dateFormat = utcFormat({ dateStyle: 'medium' });
  const longDateFormat = utcFormat({ dateStyle: 'full' });
  const timeFormat = utcFormat({ timeStyle: 'short' });
  const instantFormat = once(
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: homeTimeZone(),
      }),
  );
  const zoneLabel = (timeZone: string) =>
    (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  return {
    date: (isoDate) => dateFormat().format(asUtc(isoDate)),
    longDate: (isoDate) => longDateFormat().format(asUtc(isoDate)),
    dateRange: (startDate, endDate) => dateFormat().formatRange(asUtc(startDate), asUtc(endDate)),
    time: (localDateTime) => timeFormat().format(asUtc(localDateTime)),
    instant: (iso) => instantFormat().format(new Date(iso)),
    homeTime: (localDateTime, timeZone) => {
      const homeZone = homeTimeZone();
      if (timeZone === homeZone) return undefined;
      const home = utcToLocal(localToUtc(localDateTime, timeZone), homeZone);
      if (home.slice(11) === localDateTime.slice(11)) return undefined;
      return `${timeFormat().format(asUtc(home))} ${zoneLabel(homeZone)}`;
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
    () => sharedFormatters(i18n.language === 'de' ? 'de-DE' : 'en-GB', settings),
    [i18n.language, settings],
  );
}
