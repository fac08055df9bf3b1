import type { TFunction } from 'i18next';
import type { SelectOptions } from '../../components/form/SelectControl';

/**
 * Labels the form offers for addresses and numbers. They are stored as these
 * English words (vCard export maps them to TYPE values) and shown translated.
 */
export const COMMON_CONTACT_POINT_LABELS = [
  'work',
  'mobile',
  'home',
  'assistant',
  'other',
] as const;

/** One of `COMMON_CONTACT_POINT_LABELS`. */
export type CommonContactPointLabel = (typeof COMMON_CONTACT_POINT_LABELS)[number];

/** Which kind of contact point a row edits. */
export type ContactPointKind = 'email' | 'phone';

/** The label a new row starts with: most addresses and numbers the team keeps are work ones. */
export const DEFAULT_CONTACT_POINT_LABEL: CommonContactPointLabel = 'work';

// A mobile e-mail address is not a thing people mean, so e-mail rows do not offer it.
const OFFERED: Record<ContactPointKind, readonly CommonContactPointLabel[]> = {
  email: ['work', 'home', 'assistant', 'other'],
  phone: COMMON_CONTACT_POINT_LABELS,
};

function isCommonLabel(label: string): label is CommonContactPointLabel {
  return (COMMON_CONTACT_POINT_LABELS as readonly string[]).includes(label);
}

/** A stored label as the user reads it: translated when common, else as typed elsewhere (vCard, CSV). */
export function contactPointLabelText(t: TFunction, label: string): string {
  return isCommonLabel(label) ? t(`contacts.contactPointLabels.${label}`) : label;
}

/**
 * The choices for one row's label. A label the contact already has (imported
 * "fax", "Sekretariat") stays among them, so editing never loses it.
 */
export function contactPointLabelOptions(
  t: TFunction,
  kind: ContactPointKind,
  current: string,
): SelectOptions {
  const offered: readonly string[] = OFFERED[kind];
  const labels = offered.includes(current) ? offered : [...offered, current];
  return labels.map((label) => [label, contactPointLabelText(t, label)] as const);
}
