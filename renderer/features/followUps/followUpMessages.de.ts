import { domainLabelsDe } from '../../i18n/domainLabels.de';
import type { Translation } from '../../i18n/translation';
import type { followUpMessagesEn } from './followUpMessages.en';

/** `followUpMessagesEn` in German. */
export const followUpMessagesDe: Translation<typeof followUpMessagesEn> = {
  title: 'Nachverfolgung',
  new: 'Neue Nachverfolgung',
  formTitleNew: 'Neue Nachverfolgung',
  formTitleEdit: 'Nachverfolgung bearbeiten',
  save: 'Nachverfolgung speichern',
  cancel: 'Abbrechen',
  listLabel: 'Nachverfolgungen',
  empty:
    'Noch keine Nachverfolgungen. Erfassen Sie, was nach einem Besuch oder Treffen zu tun ist.',
  emptyFiltered: 'Keine Nachverfolgung passt zu diesen Filtern.',
  entityEmpty: 'Hier ist nichts nachzuverfolgen.',
  count_one: '{{count, number}} Nachverfolgung',
  count_other: '{{count, number}} Nachverfolgungen',
  overdue: 'Überfällig',
  due: 'Fällig am {{date}}',
  owner: 'Zuständig: {{owner}}',
  statusOf: 'Stand von „{{title}}“',
  edit: 'Bearbeiten',
  editNamed: '„{{title}}“ bearbeiten',
  delete: 'Nachverfolgung löschen',
  deleteTitle: '„{{title}}“ löschen?',
  deleteMessage: 'Die Nachverfolgung wird gelöscht.',
  deleted: '„{{title}}“ gelöscht.',
  linkedTo: 'Betrifft',
  filters: {
    label: 'Nachverfolgungen filtern',
    status: 'Stand',
    statusActive: 'Offen oder in Arbeit',
    statusAll: 'Jeder Stand',
    owner: 'Zuständig',
    ownerAll: 'Alle',
    due: 'Fälligkeit',
  },
  dueFilters: {
    any: 'Jederzeit',
    overdue: 'Überfällig',
    week: 'Innerhalb einer Woche',
  },
  fields: {
    title: 'Was zu tun ist',
    kind: 'Art',
    owner: 'Zuständig',
    ownerHint: 'Wer sich darum kümmert',
    dueDate: 'Fällig am',
    status: 'Stand',
    visitId: 'Verknüpfter Besuch',
    contactId: 'Verknüpfter Kontakt',
    organisationId: 'Verknüpfte Organisation',
    none: '(keine)',
    notes: 'Notizen',
  },
  kinds: domainLabelsDe.followUpKinds,
  statuses: domainLabelsDe.followUpStatuses,
  errors: {
    required: 'Füllen Sie dieses Feld aus.',
    tooLong: 'Dieser Wert ist zu lang: höchstens {{max}} Zeichen.',
    controlCharacter:
      'Dieser Text enthält ein Steuerzeichen, das nicht gespeichert werden kann (oft aus Kopieren und Einfügen). Geben Sie den Text neu ein.',
    unpairedSurrogate:
      'Dieser Text enthält ein beschädigtes Zeichen (ein halbes Emoji oder Symbol, oft aus Kopieren und Einfügen). Löschen Sie es und geben Sie das Zeichen neu ein.',
    invalidOption: 'Wählen Sie eine der Möglichkeiten.',
    date: 'Geben Sie ein gültiges Datum ein.',
  },
};
