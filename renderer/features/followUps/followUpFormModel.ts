import type { FollowUp, FollowUpKind, FollowUpStatus } from '../../../shared/domain/followUp';
import type { FollowUpIssue } from '../../../shared/domain/followUpValidation';
import { shiftIsoDate } from '../../../shared/time/isoDate';
import type { EntityFields } from '../../data/writes';
import { optionalText, withoutUndefined } from '../../components/form/formValues';

/** What a follow-up can be created from: the record to link it to. */
export interface FollowUpLinks {
  visitId?: string;
  contactId?: string;
  organisationId?: string;
}

/** What the follow-up form edits; '' stands for "no link". */
export interface FollowUpFormValues {
  title: string;
  kind: FollowUpKind;
  owner: string;
  dueDate: string;
  status: FollowUpStatus;
  visitId: string;
  contactId: string;
  organisationId: string;
  notes: string;
}

export type FollowUpFields = EntityFields<FollowUp>;

/** A new follow-up, due in a week (a usual pace for thank-you letters and invitations). */
export function emptyFollowUpForm(today: string, links: FollowUpLinks = {}): FollowUpFormValues {
  return {
    title: '',
    kind: 'other',
    owner: '',
    dueDate: shiftIsoDate(today, 7),
    status: 'open',
    visitId: links.visitId ?? '',
    contactId: links.contactId ?? '',
    organisationId: links.organisationId ?? '',
    notes: '',
  };
}

export function followUpToForm(followUp: FollowUp): FollowUpFormValues {
  return {
    title: followUp.title,
    kind: followUp.kind,
    owner: followUp.owner,
    dueDate: followUp.dueDate,
    status: followUp.status,
    visitId: followUp.visitId ?? '',
    contactId: followUp.contactId ?? '',
    organisationId: followUp.organisationId ?? '',
    notes: followUp.notes ?? '',
  };
}

/** The stored fields for the form's values; tags are kept from `base`. */
export function formToFollowUpFields(values: FollowUpFormValues, base?: FollowUp): FollowUpFields {
  return withoutUndefined({
    tags: base?.tags ?? [],
    title: values.title.trim(),
    kind: values.kind,
    owner: values.owner.trim(),
    dueDate: values.dueDate.trim(),
    status: values.status,
    visitId: optionalText(values.visitId),
    contactId: optionalText(values.contactId),
    organisationId: optionalText(values.organisationId),
    notes: optionalText(values.notes),
  });
}

/** Which form field shows a validation issue. */
export function formFieldForIssue(issue: FollowUpIssue): keyof FollowUpFormValues {
  return issue.field as keyof FollowUpFormValues;
}
