import { briefingMessages } from '../../features/briefing/briefingMessages';
import { followUpMessages } from '../../features/followUps/followUpMessages';
import { organisationMessages } from '../../features/organisations/organisationMessages';
import { partnershipMessages } from '../../features/partnerships/partnershipMessages';
import { visitMessages } from '../../features/visits/visitMessages';
import type { BriefingLanguage } from './briefingOptions';

/**
 * Everything the pack prints in one language: its own strings and the app's
 * words for kinds, roles and statuses. Plain objects rather than an i18next
 * `t`, so the pack is a pure function that also runs in a Web Worker (which
 * has no i18next instance) and is written in the chosen language whatever
 * the app's language is.
 */
export function packStrings(language: BriefingLanguage) {
  const visits = visitMessages[language];
  return {
    ...briefingMessages[language].pack,
    visitKinds: visits.kinds,
    directions: visits.directions,
    visitStatuses: visits.statuses,
    roles: visits.roles,
    itemKinds: visits.agenda.kinds,
    itemStatuses: visits.agenda.statuses,
    unknownPerson: visits.unknownPerson,
    unknownOrganisation: visits.unknownOrganisation,
    untitled: visits.untitled,
    followUpKinds: followUpMessages[language].kinds,
    followUpStatuses: followUpMessages[language].statuses,
    organisationKinds: organisationMessages[language].kinds,
    partnershipStatuses: partnershipMessages[language].statuses,
  };
}

/** The strings of one pack. */
export type PackStrings = ReturnType<typeof packStrings>;

/** Puts `values` into a template's `{{name}}` slots; unknown slots stay as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
