/**
 * The date and time formatters the app's screens (useFormat) and the briefing
 * pack (packFormat) share, so that a date reads the same on screen and on
 * paper. Plain functions over `Intl`: no React, usable in the PDF's worker.
 */

/** The locale dates are written in for an app language ('de' or 'en'). */
export function formatLocale(language: string): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}

/**
 * A date ('YYYY-MM-DD') or wall-clock time ('YYYY-MM-DDTHH:mm', anything
 * after the minutes ignored) as a Date read in UTC: dates and wall-clock
 * times are formatted as if in UTC so that no zone shifts them.
 */
export const asUtc = (value: string): Date =>
  new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value.slice(0, 16)}:00Z`);

/** `make()` on first call, its result after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Dates and times formatted for a locale and a home zone. */
export interface DateFormatters {
  /** 'YYYY-MM-DD' → "11 Jun 2025" / "11.06.2025". */
  date: (isoDate: string) => string;
  /** 'YYYY-MM-DD' → "Wednesday, 11 June 2025" / "Mittwoch, 11. Juni 2025". */
  longDate: (isoDate: string) => string;
  /** Two dates as one range: "10–13 Jun 2025" / "10.–13.06.2025". */
  dateRange: (startDate: string, endDate: string) => string;
  /** A wall-clock 'YYYY-MM-DDTHH:mm' → "09:30" (24-hour clock). */
  time: (localDateTime: string) => string;
  /** An ISO instant in the home zone → "11 Jun 2025, 10:30". */
  instant: (iso: string) => string;
}

/**
 * Each `Intl.DateTimeFormat` is made, and the home zone read, when first
 * used: the first one a page makes loads the language's date data, and
 * reading the system's zone loads the zone data (together some 50 ms as the
 * app starts), which a screen that shows no date (Contacts) need not wait for.
 */
export function createDateFormatters(locale: string, homeTimeZone: () => string): DateFormatters {
  const utcFormat = (options: Intl.DateTimeFormatOptions) =>
    once(() => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  const dateFormat = utcFormat({ dateStyle: 'medium' });
  const longDateFormat = utcFormat({ dateStyle: 'full' });
  const timeFormat = utcFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const instantFormat = once(
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: homeTimeZone(),
      }),
  );
  return {
    date: (isoDate) => dateFormat().format(asUtc(isoDate)),
    longDate: (isoDate) => longDateFormat().format(asUtc(isoDate)),
    dateRange: (startDate, endDate) => dateFormat().formatRange(asUtc(startDate), asUtc(endDate)),
    time: (localDateTime) => timeFormat().format(asUtc(localDateTime)),
    instant: (iso) => instantFormat().format(new Date(iso)),
  };
}
