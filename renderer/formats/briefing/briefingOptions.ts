import type { Language } from '../../i18n/i18n';
import type { BriefingSnapshot } from './briefingSnapshot';

/** Languages a briefing pack can be written in (the app's), whatever the UI's language. */
export type BriefingLanguage = Language;

/**
 * The sections a user can choose, in the order the pack prints them. The
 * cover always comes first; the dietary and access notes come only with
 * `includeSensitive`, and the addendum only with `addendum`.
 */
export const BRIEFING_SECTIONS = [
  'purpose',
  'messages',
  'programme',
  'venues',
  'people',
  'organisations',
  'partnership',
  'followUps',
  'logistics',
] as const;

/** One of `BRIEFING_SECTIONS`. */
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

/** What the user chose in the dialog. */
export interface BriefingOptions {
  language: BriefingLanguage;
  /** Special-category data (dietary and access needs): off unless chosen. */
  includeSensitive: boolean;
  /** The sections to print; the pack keeps `BRIEFING_SECTIONS` order whatever this order is. */
  sections: readonly BriefingSection[];
  /** Whether to add the list of changes since the last pack made on this device. */
  addendum: boolean;
  /** What the last pack contained; absent when none was made on this device. */
  previousSnapshot?: BriefingSnapshot;
}

/** The dialog's starting point: every section, nothing sensitive, no addendum. */
export function defaultBriefingOptions(language: BriefingLanguage): BriefingOptions {
  return { language, includeSensitive: false, sections: [...BRIEFING_SECTIONS], addendum: false };
}
