/**
 * Strings of the sync problems on the Conflicts screen: changes the server
 * refused, with each reason code of shared/sync/documentIssue.ts in words.
 */
export const syncProblemMessagesEn = {
  title: 'Changes the server refused',
  intro:
    'These changes stay on this device and were not sent. Open the record to fix it (saving sends it again), or discard your change to take the server’s version.',
  listLabel: 'Changes the server refused',
  open: 'Open the record',
  discard: 'Discard my change',
  discardFailed: 'Could not discard the change: {{message}}',
  refusedAt: 'Refused {{time}}',
  field: 'Field “{{field}}”: {{reason}}',
  untitled: '(untitled)',
  reasons: {
    schema: 'a value is missing or not of the form it must have',
    id: 'a link to another record is broken',
    control_character: 'the text holds invisible control characters',
    unpaired_surrogate: 'the text holds a broken character',
    url_scheme: 'a website must start with https://',
    photo: 'the photo is not a PNG, JPEG, WebP or GIF image',
    too_long: 'the text is too long',
    too_many: 'the list is too long',
    rule: 'the record breaks one of its rules (a required field, an end before its start…)',
    author: 'the change names another person as its author',
    duplicate_id: 'the record was sent twice at once',
    too_large: 'the record is too large for the server',
    refused: 'the server refused it',
  },
};
