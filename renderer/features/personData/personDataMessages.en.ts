/** Strings of a person's data: export everything held about one contact, and erasure. */
export const personDataMessagesEn = {
  open: 'Personal data…',
  title: 'Personal data of {{name}}',
  description:
    'For a request under data-protection law: export everything this workspace holds about the person, or erase them everywhere.',
  accessHeading: 'Right of access',
  accessHint:
    'The export holds the full record, sensitive fields included, with every visit, agenda item, follow-up and note that names this person. Read it before sending: notes may name other people too.',
  saveJson: 'Save as JSON',
  saveVCard: 'Save as vCard',
  saved: 'Saved {{path}}.',
  cancelled: 'Not saved.',
  saveFailed: 'The file could not be saved: {{message}}',
  erasureHeading: 'Erasure',
  erasureHint:
    'Erasing removes the person from this workspace and, once synced, from the server and every other device. Notes keep their text without the link. This cannot be undone.',
  erase: 'Erase {{name}}…',
  confirmTitle: 'Erase {{name}} everywhere?',
  confirmMessage:
    'Their record is erased, and they are taken out of every record that links them — visits: {{visits}}, agenda items: {{agendaItems}}, follow-ups: {{followUps}}, notes: {{notes}} (the notes keep their text). The erasure syncs to the server and every device. It cannot be undone.',
  confirm: 'Erase for good',
  erased:
    '{{name}} was erased and taken out of every record that linked them — visits: {{visits}}, agenda items: {{agendaItems}}, follow-ups: {{followUps}}, notes: {{notes}}.',
  eraseFailed: 'The erasure did not finish: {{message}}',
};
