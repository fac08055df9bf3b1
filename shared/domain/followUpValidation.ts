import { isValidIsoDate } from '../time/isoDate';
import type { BaseDocument } from './common';
import { collectIssues, isBlank, type FieldIssue, type TextIssueCode } from './fieldIssue';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, type FollowUp } from './followUp';
import { LIMITS } from './schemaParts';

/** Why a follow-up field is not acceptable; the UI translates each code. */
export type FollowUpIssueCode = 'required' | TextIssueCode | 'invalidOption' | 'date';

/** One problem with the follow-up form. */
export type FollowUpIssue = FieldIssue<FollowUpIssueCode>;

/** What the create/edit form holds: a follow-up without its bookkeeping fields. */
export type FollowUpInput = Partial<Omit<FollowUp, Exclude<keyof BaseDocument, 'tags'>>>;

/** Every problem that stops the follow-up from being saved, in form order. */
export function validateFollowUp(input: FollowUpInput): FollowUpIssue[] {
  const { issues, add, checkLength } = collectIssues<FollowUpIssueCode>();
  if (isBlank(input.title)) add('title', 'required');
  checkLength('title', input.title, LIMITS.shortText);
  if (input.kind === undefined) add('kind', 'required');
  else if (!FOLLOW_UP_KINDS.includes(input.kind)) add('kind', 'invalidOption');
  if (isBlank(input.owner)) add('owner', 'required');
  checkLength('owner', input.owner, LIMITS.shortText);
  if (isBlank(input.dueDate)) add('dueDate', 'required');
  else if (!isValidIsoDate(input.dueDate ?? '')) add('dueDate', 'date');
  if (input.status === undefined) add('status', 'required');
  else if (!FOLLOW_UP_STATUSES.includes(input.status)) add('status', 'invalidOption');
  checkLength('notes', input.notes, LIMITS.longText);
  return issues;
}
