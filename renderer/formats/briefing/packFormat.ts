import { utcToLocal } from '../../../shared/time/zonedTime';
import type { BriefingLanguage } from './briefingOptions';

/** Dates, times and names of languages and countries, written in the pack's language. */
export interface PackFormat {
  /** 'YYYY-MM-DD' → "11 Jun 2025" / "11.06.2025". */
  date: (isoDate: string) => string;
  /** 'YYYY-MM-DD' → "Wednesday, 11 June 2025" / "Mittwoch, 11. Juni 2025". */
  longDate: (isoDate: string) => string;
  /** Two dates as one range: "10–13 Jun 2025". */
  dateRange: (startDate: string, endDate: string) => string;
  /** A wall-clock 'YYYY-MM-DDTHH:mm' → "14:00". */
  time: (localDateTime: string) => string;
  /** An ISO instant in the home zone → "11 Jun 2025, 10:30". */
  instant: (iso: string) => string;
  /** The same slot in the home zone ("15:00–16:30"), or undefined when the clocks agree. */
  homeTimes: (item: HomeTimeable) => string | undefined;
  /** 'de' → "German" / "Deutsch"; the tag itself if unknown. */
  languageName: (tag: string) => string;
  /** 'GB' → "United Kingdom" / "Vereinigtes Königreich"; the code itself if unknown. */
  countryName: (code: string) => string;
}

/** The agenda fields `homeTimes` reads. */
export interface HomeTimeable {
  start: string;
  end: string;
  timeZone: string;
  startUtc: string;
  endUtc: string;
}

// Dates and wall-clock times are formatted as if in UTC so that no zone shifts them.
const asUtc = (value: string) =>
  new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value.slice(0, 16)}:00Z`);

function displayName(locale: string, type: 'language' | 'region') {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
  } catch {
    names = undefined;
  }
  return (code: string) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      // A malformed tag is shown as stored rather than failing the whole pack.
      return code;
    }
  };
}

/** Formatters for a pack in `language`, for a reader living in `homeTimeZone`. */
export function packFormat(language: BriefingLanguage, homeTimeZone: string): PackFormat {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const longDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const shortDateFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const instantFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: homeTimeZone,
  });
  const time = (local: string) => timeFormat.format(asUtc(local));
  return {
    date: (isoDate) => dateFormat.format(asUtc(isoDate)),
    longDate: (isoDate) => longDateFormat.format(asUtc(isoDate)),
    dateRange: (startDate, endDate) => dateFormat.formatRange(asUtc(startDate), asUtc(endDate)),
    time,
    instant: (iso) => instantFormat.format(new Date(iso)),
    homeTimes: (item) => {
      if (item.timeZone === homeTimeZone) return undefined;
      const start = utcToLocal(item.startUtc, homeTimeZone);
      const end = utcToLocal(item.endUtc, homeTimeZone);
      if (start === item.start && end === item.end) return undefined;
      // Crossing midnight (a Berlin reader of a New York evening) needs the day too.
      const day =
        start.slice(0, 10) === item.start.slice(0, 10)
          ? ''
          : `${shortDateFormat.format(asUtc(start.slice(0, 10)))} `;
      return `${day}${time(start)}–${time(end)}`;
    },
    languageName: displayName(locale, 'language'),
    countryName: displayName(locale, 'region'),
  };
}
