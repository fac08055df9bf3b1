import { isValidTimeZone } from '../../../shared/time/zonedTime';
import type { Language } from '../../i18n/i18n';

/** Per-device preferences. They never sync: two laptops may sit in different zones. */
export interface Settings {
  language: Language;
  /** IANA zone the user lives in; agenda times show it beside the venue's. */
  homeTimeZone: string;
}

const storageKey = 'liaison.settings';

/** The zone this computer is set to, or London if it cannot say. */
export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'Europe/London';
}

/** Stored settings, each one falling back to a sensible default when missing or damaged. */
export function readSettings(
  storage: Pick<Storage, 'getItem'>,
  fallbackLanguage: Language,
): Settings {
  let stored: Partial<Settings> = {};
  try {
    stored = JSON.parse(storage.getItem(storageKey) ?? '{}') as Partial<Settings>;
  } catch {
    // A damaged entry is replaced by defaults on the next write.
  }
  let homeTimeZone: string | undefined;
  return {
    language:
      stored.language === 'de' || stored.language === 'en' ? stored.language : fallbackLanguage,
    // Worked out when first read: the first time-zone question to Intl loads
    // its zone data (about 45 ms), which screens showing no time (Contacts)
    // need not wait for as the app starts.
    get homeTimeZone() {
      homeTimeZone ??=
        typeof stored.homeTimeZone === 'string' && isValidTimeZone(stored.homeTimeZone)
          ? stored.homeTimeZone
          : systemTimeZone();
      return homeTimeZone;
    },
  };
}

export function writeSettings(storage: Pick<Storage, 'setItem'>, settings: Settings): void {
  storage.setItem(storageKey, JSON.stringify(settings));
}
