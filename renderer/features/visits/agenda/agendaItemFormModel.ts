import type { AgendaItemIssue } from '../../../../shared/domain/agendaItemValidation';
import type {
  AgendaItem,
  AgendaItemKind,
  AgendaItemStatus,
} from '../../../../shared/domain/agendaItem';
import { deriveAgendaUtc } from '../../../../shared/domain/agenda';
import type { EntityFields } from '../../../data/writes';
import { optionalText, withoutUndefined } from '../../../components/form/formValues';

/** What the agenda item form edits; date and time apart, as people enter them. */
export interface AgendaItemFormValues {
  title: string;
  kind: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  hostOrganisationId: string;
  chairContactId: string;
  purpose: string;
  briefingNotes: string;
  dressCode: string;
  transport: string;
  status: string;
}

export type AgendaItemFormField = keyof AgendaItemFormValues;

/** A new item on `date` in the venue's zone, 09:00–10:00 as a starting point. */
export function emptyAgendaItemForm(date: string, timeZone: string): AgendaItemFormValues {
  return {
    title: '',
    kind: 'meeting',
    startDate: date,
    startTime: '09:00',
    endDate: date,
    endTime: '10:00',
    timeZone,
    venueName: '',
    venueAddress: '',
    hostOrganisationId: '',
    chairContactId: '',
    purpose: '',
    briefingNotes: '',
    dressCode: '',
    transport: '',
    status: 'planned',
  };
}

export function agendaItemToForm(item: AgendaItem): AgendaItemFormValues {
  return {
    title: item.title,
    kind: item.kind,
    startDate: item.start.slice(0, 10),
    startTime: item.start.slice(11),
    endDate: item.end.slice(0, 10),
    endTime: item.end.slice(11),
    timeZone: item.timeZone,
    venueName: item.venueName ?? '',
    venueAddress: item.venueAddress ?? '',
    hostOrganisationId: item.hostOrganisationId ?? '',
    chairContactId: item.chairContactId ?? '',
    purpose: item.purpose ?? '',
    briefingNotes: item.briefingNotes ?? '',
    dressCode: item.dressCode ?? '',
    transport: item.transport ?? '',
    status: item.status,
  };
}

/** The fields validation reads: the form's values joined into local date-times. */
export function formToAgendaInput(
  values: AgendaItemFormValues,
  visitId: string,
  attendeeIds: string[],
) {
  return withoutUndefined({
    visitId,
    tags: [] as string[],
    title: values.title.trim(),
    kind: values.kind as AgendaItemKind,
    start: values.startDate && values.startTime ? `${values.startDate}T${values.startTime}` : '',
    end: values.endDate && values.endTime ? `${values.endDate}T${values.endTime}` : '',
    timeZone: values.timeZone,
    venueName: optionalText(values.venueName),
    venueAddress: optionalText(values.venueAddress),
    hostOrganisationId: optionalText(values.hostOrganisationId),
    chairContactId: optionalText(values.chairContactId),
    attendeeIds,
    purpose: optionalText(values.purpose),
    briefingNotes: optionalText(values.briefingNotes),
    dressCode: optionalText(values.dressCode),
    transport: optionalText(values.transport),
    status: values.status as AgendaItemStatus,
  });
}

/** The stored fields of a valid form, UTC instants derived; tags are kept from `base`. */
export function formToAgendaItemFields(
  values: AgendaItemFormValues,
  visitId: string,
  attendeeIds: string[],
  base?: AgendaItem,
): EntityFields<AgendaItem> {
  const input = formToAgendaInput(values, visitId, attendeeIds);
  return { ...input, tags: base?.tags ?? [], ...deriveAgendaUtc(input) };
}

/** Which form field shows an issue: `start` and `end` problems sit on the time fields. */
export function agendaFieldForIssue(issue: AgendaItemIssue): AgendaItemFormField {
  if (issue.field === 'start') return 'startTime';
  if (issue.field === 'end') return 'endTime';
  return issue.field in emptyAgendaItemForm('', '')
    ? (issue.field as AgendaItemFormField)
    : 'title';
}
