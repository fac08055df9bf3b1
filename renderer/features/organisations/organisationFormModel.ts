import type { Organisation, OrganisationKind } from '../../../shared/domain/organisation';
import type { OrganisationIssue } from '../../../shared/domain/organisationValidation';
import { optionalText, splitList, withoutUndefined } from '../../components/form/formValues';
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
