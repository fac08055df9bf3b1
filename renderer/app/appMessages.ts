import { defineMessages } from '../i18n/defineMessages';

/** Strings of the app frame: header, navigation, sections without a screen yet. */
export const appMessages = defineMessages({
  en: {
    app: {
      name: 'Liaison',
      loading: 'Opening your workspace…',
      storeError: 'Liaison could not open its local store: {{message}}',
      mainNavigation: 'Main navigation',
      localWorkspace: 'Local workspace (not synced)',
      language: 'Language',
    },
    nav: {
      visits: 'Visits',
      contacts: 'Contacts',
      organisations: 'Organisations',
      partnerships: 'Partnerships',
      followUps: 'Follow-ups',
    },
    empty: {
      visits: 'No visits yet. Delegations and trade missions you plan will appear here.',
      organisations:
        'No organisations yet. Councils, universities and companies you work with will appear here.',
      partnerships:
        'No partnerships yet. Twinning agreements and city partnerships will appear here.',
      followUps:
        'No follow-ups yet. Invitations, thank-you letters and opportunities will appear here.',
    },
  },
  de: {
    app: {
      name: 'Liaison',
      loading: 'Arbeitsbereich wird geöffnet …',
      storeError: 'Liaison konnte den lokalen Speicher nicht öffnen: {{message}}',
      mainNavigation: 'Hauptnavigation',
      localWorkspace: 'Lokaler Arbeitsbereich (nicht synchronisiert)',
      language: 'Sprache',
    },
    nav: {
      visits: 'Besuche',
      contacts: 'Kontakte',
      organisations: 'Organisationen',
      partnerships: 'Partnerschaften',
      followUps: 'Nachverfolgung',
    },
    empty: {
      visits: 'Noch keine Besuche. Geplante Delegationen und Wirtschaftsreisen erscheinen hier.',
      organisations:
        'Noch keine Organisationen. Stadtverwaltungen, Hochschulen und Unternehmen, mit denen Sie arbeiten, erscheinen hier.',
      partnerships:
        'Noch keine Partnerschaften. Städtepartnerschaften und Abkommen erscheinen hier.',
      followUps:
        'Noch keine Nachverfolgungen. Einladungen, Dankschreiben und Gelegenheiten erscheinen hier.',
    },
  },
});
