import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localToUtc, utcToLocal } from '../../shared/time/zonedTime';
import { useSettings } from '../app/settings/SettingsProvider';

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

export function createFormatters(locale: string, homeTimeZone: string): Formatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const longDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
  const instantFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: homeTimeZone,
  });
  const zoneLabel = (timeZone: string) =>
    (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  return {
    date: (isoDate) => dateFormat.format(asUtc(isoDate)),
    longDate: (isoDate) => longDateFormat.format(asUtc(isoDate)),
    dateRange: (startDate, endDate) => dateFormat.formatRange(asUtc(startDate), asUtc(endDate)),
    time: (localDateTime) => timeFormat.format(asUtc(localDateTime)),
    instant: (iso) => instantFormat.format(new Date(iso)),
    homeTime: (localDateTime, timeZone) => {
      if (timeZone === homeTimeZone) return undefined;
      const home = utcToLocal(localToUtc(localDateTime, timeZone), homeTimeZone);
      if (home.slice(11) === localDateTime.slice(11)) return undefined;
      return `${timeFormat.format(asUtc(home))} ${zoneLabel(homeTimeZone)}`;
    },
    zoneLabel,
  };
}

/**
 * One set of formatters per language and home zone, shared by every
 * component: making an `Intl.DateTimeFormat` costs about a millisecond, and
 * a visit's agenda of 40 rows made four each (a tenth of opening the visit).
 */
const formattersByLocaleAndZone = new Map<string, Formatters>();

function sharedFormatters(locale: string, homeTimeZone: string): Formatters {
  const key = `${locale} ${homeTimeZone}`;
  let formatters = formattersByLocaleAndZone.get(key);
  if (!formatters) {
    formatters = createFormatters(locale, homeTimeZone);
    formattersByLocaleAndZone.set(key, formatters);
  }
  return formatters;
}

/** Formatters for the current language and home zone. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  return useMemo(
    () => sharedFormatters(i18n.language === 'de' ? 'de-DE' : 'en-GB', settings.homeTimeZone),
    [i18n.language, settings.homeTimeZone],
  );
}
