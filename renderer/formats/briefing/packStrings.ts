import { domainLabelsDe } from '../../i18n/domainLabels.de';
import { domainLabelsEn } from '../../i18n/domainLabels.en';
import type { Translation } from '../../i18n/translation';
import type { BriefingLanguage } from './briefingOptions';
import { packMessagesDe } from './packMessages.de';
import { packMessagesEn } from './packMessages.en';

const packMessages: Record<BriefingLanguage, Translation<typeof packMessagesEn>> = {
  en: packMessagesEn,
  de: packMessagesDe,
};

const domainLabels: Record<BriefingLanguage, Translation<typeof domainLabelsEn>> = {
  en: domainLabelsEn,
  de: domainLabelsDe,
};

/**
 * Everything the pack prints in one language: its own strings and the app's
 * words for kinds, roles and statuses. Plain objects rather than an i18next
 * `t`, so the pack is a pure function that also runs in a Web Worker (which
 * has no i18next instance) and is written in the chosen language whatever
 * the app's language is.
 */
export function packStrings(language: BriefingLanguage) {
  const labels = domainLabels[language];
  return {
    ...packMessages[language],
    visitKinds: labels.visitKinds,
    directions: labels.visitDirections,
    visitStatuses: labels.visitStatuses,
    roles: labels.visitMemberRoles,
    itemKinds: labels.agendaItemKinds,
    itemStatuses: labels.agendaItemStatuses,
    unknownPerson: labels.unknownPerson,
    unknownOrganisation: labels.unknownOrganisation,
    untitled: labels.untitled,
    followUpKinds: labels.followUpKinds,
    followUpStatuses: labels.followUpStatuses,
    organisationKinds: labels.organisationKinds,
    partnershipStatuses: labels.partnershipStatuses,
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
