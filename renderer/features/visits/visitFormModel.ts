import type { Visit, VisitDirection, VisitKind, VisitStatus } from '../../../shared/domain/visit';
import type { VisitIssue } from '../../../shared/domain/visitValidation';
import { optionalText, withoutUndefined } from '../../components/form/formValues';
import type { EntityFields } from '../../data/writes';

/** What the visit form edits: every field as the text the user typed or chose. */
export interface VisitFormValues {
  title: string;
  kind: string;
  direction: string;
  destinationCity: string;
  destinationCountry: string;
  venueTimeZone: string;
  startDate: string;
  endDate: string;
  status: string;
  leadContactId: string;
  partnershipId: string;
  objectives: string;
  keyMessages: string;
  linesToTake: string;
  travel: string;
  hotel: string;
  transport: string;
  risks: string;
}

export type VisitFormField = keyof VisitFormValues;

/** The stored fields of a visit, without the document metadata. */
export type VisitFields = EntityFields<Visit>;

/** A blank form; the venue zone starts as the user's home zone, the usual case for inbound visits. */
export function emptyVisitForm(homeTimeZone: string): VisitFormValues {
  return {
    title: '',
    kind: 'civic-delegation',
    direction: 'inbound',
    destinationCity: '',
    destinationCountry: '',
    venueTimeZone: homeTimeZone,
    startDate: '',
    endDate: '',
    status: 'planned',
    leadContactId: '',
    partnershipId: '',
    objectives: '',
    keyMessages: '',
    linesToTake: '',
    travel: '',
    hotel: '',
    transport: '',
    risks: '',
  };
}

export function visitToForm(visit: Visit): VisitFormValues {
  return {
    title: visit.title,
    kind: visit.kind,
    direction: visit.direction,
    destinationCity: visit.destinationCity ?? '',
    destinationCountry: visit.destinationCountry ?? '',
    venueTimeZone: visit.venueTimeZone,
    startDate: visit.startDate,
    endDate: visit.endDate,
    status: visit.status,
    leadContactId: visit.leadContactId ?? '',
    partnershipId: visit.partnershipId ?? '',
    objectives: visit.objectives ?? '',
    keyMessages: visit.keyMessages ?? '',
    linesToTake: visit.linesToTake ?? '',
    travel: visit.logistics?.travel ?? '',
    hotel: visit.logistics?.hotel ?? '',
    transport: visit.logistics?.transport ?? '',
    risks: visit.risks ?? '',
  };
}

/**
 * The stored fields for the form's values. Members, partner organisations and
 * tags are edited elsewhere and kept from `base`.
 */
export function formToVisitFields(values: VisitFormValues, base?: Visit): VisitFields {
  const logistics = withoutUndefined({
    travel: optionalText(values.travel),
    hotel: optionalText(values.hotel),
    transport: optionalText(values.transport),
  });
  return withoutUndefined({
    tags: base?.tags ?? [],
    members: base?.members ?? [],
    partnerOrganisationIds: base?.partnerOrganisationIds ?? [],
    title: values.title.trim(),
    kind: values.kind as VisitKind,
    direction: values.direction as VisitDirection,
    destinationCity: optionalText(values.destinationCity),
    // People type "de"; the code is stored upper case as ISO 3166 writes it.
    destinationCountry: optionalText(values.destinationCountry)?.toUpperCase(),
    venueTimeZone: values.venueTimeZone,
    startDate: values.startDate,
    endDate: values.endDate,
    status: values.status as VisitStatus,
    leadContactId: optionalText(values.leadContactId),
    partnershipId: optionalText(values.partnershipId),
    objectives: optionalText(values.objectives),
    keyMessages: optionalText(values.keyMessages),
    linesToTake: optionalText(values.linesToTake),
    logistics: Object.keys(logistics).length > 0 ? logistics : undefined,
    risks: optionalText(values.risks),
  });
}

/** Which form field shows a validation issue about a stored field path ('logistics.hotel'). */
export function formFieldForIssue(issue: VisitIssue): VisitFormField {
  const [head = '', second = ''] = issue.field.split('.');
  if (head === 'logistics') return second as VisitFormField;
  return head in emptyVisitForm('UTC') ? (head as VisitFormField) : 'title';
}
