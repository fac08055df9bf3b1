import { defineMessages } from '../i18n/defineMessages';

/** Strings of the app frame and of the parts every screen shares. */
export const appMessages = defineMessages({
  en: {
    app: {
      name: 'Liaison',
      loading: 'Opening your workspace…',
      storeError: 'Liaison could not open its local store: {{message}}',
      mainNavigation: 'Main navigation',
      language: 'Language',
      undo: 'Undo',
      undoFailed: 'Could not undo: {{message}}',
      deleteFailed:
        'Nothing was deleted: the record changed while deleting and could not be deleted ({{message}}). Try again.',
      dismiss: 'Dismiss',
      cancel: 'Cancel',
      save: 'Save',
      edit: 'Edit',
      delete: 'Delete',
      close: 'Close',
      notFound: 'This item does not exist any more.',
      saveFailed: 'Could not save: {{message}}',
      fixErrors_one: 'Please correct {{count}} field before saving.',
      fixErrors_other: 'Please correct {{count}} fields before saving.',
      required: 'This field is required.',
      sensitive: 'Sensitive (special-category data)',
    },
    nav: {
      today: 'Today',
      visits: 'Visits',
      contacts: 'Contacts',
      organisations: 'Organisations',
      partnerships: 'Partnerships',
      followUps: 'Follow-ups',
      settings: 'Settings',
      search: 'Search',
    },
    settings: {
      title: 'Settings',
      language: 'Language',
      homeTimeZone: 'Home time zone',
      homeTimeZoneHint:
        'Agenda times abroad show your home time beside them, e.g. for calls back to the office.',
      sample: 'Sample data',
      sampleHint:
        'Adds the Birmingham–Leipzig partnership, its people, the June 2025 delegation and the creatives’ trade mission to this workspace. Your own records are left as they are.',
    },
  },
  de: {
    app: {
      name: 'Liaison',
      loading: 'Arbeitsbereich wird geöffnet …',
      storeError: 'Liaison konnte den lokalen Speicher nicht öffnen: {{message}}',
      mainNavigation: 'Hauptnavigation',
      language: 'Sprache',
      undo: 'Rückgängig',
      undoFailed: 'Rückgängig machen fehlgeschlagen: {{message}}',
      deleteFailed:
        'Es wurde nichts gelöscht: Der Eintrag hat sich beim Löschen geändert und konnte nicht gelöscht werden ({{message}}). Bitte versuchen Sie es erneut.',
      dismiss: 'Schließen',
      cancel: 'Abbrechen',
      save: 'Speichern',
      edit: 'Bearbeiten',
      delete: 'Löschen',
      close: 'Schließen',
      notFound: 'Diesen Eintrag gibt es nicht mehr.',
      saveFailed: 'Speichern fehlgeschlagen: {{message}}',
      fixErrors_one: 'Bitte korrigieren Sie {{count}} Feld vor dem Speichern.',
      fixErrors_other: 'Bitte korrigieren Sie {{count}} Felder vor dem Speichern.',
      required: 'Dieses Feld ist erforderlich.',
      sensitive: 'Sensibel (besondere Kategorie personenbezogener Daten)',
    },
    nav: {
      today: 'Heute',
      visits: 'Besuche',
      contacts: 'Kontakte',
      organisations: 'Organisationen',
      partnerships: 'Partnerschaften',
      followUps: 'Nachverfolgung',
      settings: 'Einstellungen',
      search: 'Suche',
    },
    settings: {
      title: 'Einstellungen',
      language: 'Sprache',
      homeTimeZone: 'Heimatzeitzone',
      homeTimeZoneHint:
        'Termine im Ausland zeigen daneben Ihre Heimatzeit, z. B. für Anrufe im Büro.',
      sample: 'Beispieldaten',
      sampleHint:
        'Fügt diesem Arbeitsbereich die Partnerschaft Birmingham–Leipzig, ihre Personen, die Delegation vom Juni 2025 und die Wirtschaftsreise der Kreativen hinzu. Ihre eigenen Einträge bleiben unverändert.',
    },
  },
});
