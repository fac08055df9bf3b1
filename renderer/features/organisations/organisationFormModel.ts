import type { BaseDocument } from '../../../shared/domain/common';
import type { Organisation, OrganisationKind } from '../../../shared/domain/organisation';
import type { OrganisationIssue } from '../../../shared/domain/organisationValidation';
import type { EntityFields } from '../../data/writes';

/** What the organisation form edits: every field as the text the user typed. */
export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind;
  city: string;
  country: string;
  address: string;
  website: string;
  /** Comma-separated. */
  sectors: string;
  description: string;
  /** '' for none. */
  parentOrganisationId: string;
}

export type OrganisationFields = EntityFields<Organisation>;

export function emptyOrganisationForm(): OrganisationFormValues {
  return {
    name: '',
    kind: 'company',
    city: '',
    country: '',
    address: '',
    website: '',
    sectors: '',
    description: '',
    parentOrganisationId: '',
  };
}

export function organisationToForm(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    city: organisation.city ?? '',
    country: organisation.country ?? '',
    address: organisation.address ?? '',
    website: organisation.website ?? '',
    sectors: organisation.sectors.join(', '),
    description: organisation.description ?? '',
    parentOrganisationId: organisation.parentOrganisationId ?? '',
  };
}

/** Trimmed text, or undefined so that empty fields are not stored at all. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A comma-separated list as its trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Drops undefined fields: RxDB stores documents as given, and '' fails some patterns. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The stored fields for the form's values; tags are kept from `base`. The
 * country code is upper-cased, as people type "gb" as often as "GB".
 */
export function formToOrganisationFields(
  values: OrganisationFormValues,
  base?: Organisation,
): OrganisationFields {
  return withoutUndefined({
    tags: base?.tags ?? [],
    name: values.name.trim(),
    kind: values.kind,
    city: optionalText(values.city),
    country: optionalText(values.country)?.toUpperCase(),
    address: optionalText(values.address),
    website: optionalText(values.website),
    sectors: splitList(values.sectors),
    description: optionalText(values.description),
    parentOrganisationId: optionalText(values.parentOrganisationId),
  });
}

/** Which form field shows an issue about a stored field path (`sectors.2`). */
export function formFieldForIssue(issue: OrganisationIssue): keyof OrganisationFormValues {
  const head = issue.field.split('.')[0] ?? '';
  return head in emptyOrganisationForm() ? (head as keyof OrganisationFormValues) : 'name';
}

/** A document's stored fields without the metadata every document carries, for a change to some of them. */
export function withoutMetadata<T extends BaseDocument>(document: T): EntityFields<T> {
  const copy: Partial<T> = { ...document };
  for (const key of ['id', 'createdAt', 'updatedAt', 'updatedBy'] as const) delete copy[key];
  return copy as EntityFields<T>;
}
