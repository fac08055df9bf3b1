import { utcToLocal } from '../../../shared/time/zonedTime';
import {
  asUtc,
  createDateFormatters,
  formatLocale,
  type DateFormatters,
} from '../../format/dateFormat';
import type { BriefingLanguage } from './briefingOptions';

/**
 * Dates, times and names of languages and countries, written in the pack's
 * language; dates and times as the app's screens write them (dateFormat.ts).
 */
export interface PackFormat extends DateFormatters {
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
  const locale = formatLocale(language);
  const dates = createDateFormatters(locale, () => homeTimeZone);
  const shortDateFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const { time } = dates;
  return {
    ...dates,
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
