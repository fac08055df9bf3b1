import type { FollowUpDueFilter } from '../../../shared/domain/followUpList';
import type { FollowUpIssueCode } from '../../../shared/domain/followUpValidation';
import { domainLabelsEn } from '../../i18n/domainLabels.en';

/** Strings of the follow-ups screen and of follow-ups shown on other pages. */
export const followUpMessagesEn = {
  title: 'Follow-ups',
  new: 'New follow-up',
  formTitleNew: 'New follow-up',
  formTitleEdit: 'Edit follow-up',
  save: 'Save follow-up',
  cancel: 'Cancel',
  listLabel: 'Follow-ups',
  empty: 'No follow-ups yet. Add what needs doing after a visit or meeting.',
  emptyFiltered: 'No follow-ups match these filters.',
  entityEmpty: 'Nothing to follow up here.',
  count_one: '{{count, number}} follow-up',
  count_other: '{{count, number}} follow-ups',
  overdue: 'Overdue',
  due: 'Due {{date}}',
  owner: 'Owner: {{owner}}',
  statusOf: 'Status of “{{title}}”',
  edit: 'Edit',
  editNamed: 'Edit “{{title}}”',
  delete: 'Delete follow-up',
  deleteTitle: 'Delete “{{title}}”?',
  deleteMessage: 'The follow-up is deleted.',
  deleted: 'Deleted “{{title}}”.',
  linkedTo: 'About',
  filters: {
    label: 'Filter follow-ups',
    status: 'Status',
    statusActive: 'Open or in progress',
    statusAll: 'All statuses',
    owner: 'Owner',
    ownerAll: 'Everyone',
    due: 'Due',
  },
  dueFilters: {
    any: 'Any time',
    overdue: 'Overdue',
    week: 'Within a week',
  } satisfies Record<FollowUpDueFilter, string>,
  fields: {
    title: 'What needs doing',
    kind: 'Kind',
    owner: 'Owner',
    ownerHint: 'Who takes care of it',
    dueDate: 'Due date',
    status: 'Status',
    visitId: 'Linked visit',
    contactId: 'Linked contact',
    organisationId: 'Linked organisation',
    none: '(none)',
    notes: 'Notes',
  },
  kinds: domainLabelsEn.followUpKinds,
  statuses: domainLabelsEn.followUpStatuses,
  errors: {
    required: 'Fill in this field.',
    tooLong: 'This is too long: at most {{max}} characters.',
    controlCharacter:
      'This holds a control character that cannot be stored (often from copy and paste). Type the text again.',
    unpairedSurrogate:
      'This holds a broken character (half of an emoji or symbol, often from copy and paste). Delete it and type the character again.',
    invalidOption: 'Choose one of the options.',
    date: 'Enter a real date.',
  } satisfies Record<FollowUpIssueCode, string>,
};
