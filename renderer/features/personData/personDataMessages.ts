import { defineMessages } from '../../i18n/defineMessages';

/** Strings of a person's data: export everything held about one contact, and erasure. */
export const personDataMessages = defineMessages({
  en: {
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
  },
  de: {
    open: 'Personenbezogene Daten …',
    title: 'Personenbezogene Daten von {{name}}',
    description:
      'Für eine Anfrage nach Datenschutzrecht: alles exportieren, was dieser Arbeitsbereich über die Person speichert, oder sie überall löschen.',
    accessHeading: 'Auskunftsrecht',
    accessHint:
      'Der Export enthält den vollständigen Datensatz einschließlich sensibler Felder sowie jeden Besuch, Programmpunkt, jede Nachverfolgung und Notiz, die diese Person nennt. Vor dem Versand lesen: Notizen können auch andere Personen nennen.',
    saveJson: 'Als JSON speichern',
    saveVCard: 'Als vCard speichern',
    saved: '{{path}} gespeichert.',
    cancelled: 'Nicht gespeichert.',
    saveFailed: 'Die Datei konnte nicht gespeichert werden: {{message}}',
    erasureHeading: 'Löschung',
    erasureHint:
      'Die Löschung entfernt die Person aus diesem Arbeitsbereich und nach der Synchronisierung vom Server und von allen anderen Geräten. Notizen behalten ihren Text ohne die Verknüpfung. Das lässt sich nicht rückgängig machen.',
    erase: '{{name}} löschen …',
    confirmTitle: '{{name}} überall löschen?',
    confirmMessage:
      'Der Datensatz wird gelöscht und die Person aus allen Einträgen entfernt, die sie verknüpfen — Besuche: {{visits}}, Programmpunkte: {{agendaItems}}, Nachverfolgungen: {{followUps}}, Notizen: {{notes}} (die Notizen behalten ihren Text). Die Löschung wird mit dem Server und allen Geräten synchronisiert. Sie lässt sich nicht rückgängig machen.',
    confirm: 'Endgültig löschen',
    erased:
      '{{name}} wurde gelöscht und aus allen Einträgen entfernt, die sie verknüpften — Besuche: {{visits}}, Programmpunkte: {{agendaItems}}, Nachverfolgungen: {{followUps}}, Notizen: {{notes}}.',
    eraseFailed: 'Die Löschung wurde nicht abgeschlossen: {{message}}',
  },
});
