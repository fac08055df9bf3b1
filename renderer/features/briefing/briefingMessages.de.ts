import { packMessagesDe } from '../../formats/briefing/packMessages.de';
import type { Translation } from '../../i18n/translation';
import type { briefingMessagesEn } from './briefingMessages.en';

/** `briefingMessagesEn` in German. */
export const briefingMessagesDe: Translation<typeof briefingMessagesEn> = {
  dialog: {
    button: 'Briefingmappe',
    title: 'Briefingmappe erstellen',
    description:
      'Ein PDF dieses Besuchs für unterwegs: Programm, Personen, Organisationen und Logistik.',
    language: 'Sprache der Mappe',
    languages: { en: 'Englisch', de: 'Deutsch' },
    sectionsLegend: 'Abschnitte',
    includeSensitive:
      'Ernährungs- und Barrierefreiheitsbedürfnisse aufnehmen (sensible personenbezogene Daten)',
    sensitiveHint:
      'Die Mappe wird dann als OFFICIAL-SENSITIVE gekennzeichnet: nur an Personen weitergeben, die diese Angaben brauchen.',
    addendum: 'Änderungen seit der letzten Mappe auf diesem Gerät anfügen',
    create: 'Briefingmappe erstellen',
    cancel: 'Abbrechen',
    close: 'Schließen',
    progressLabel: 'Briefingmappe wird erstellt',
    stages: {
      gathering: 'Daten werden gesammelt …',
      layout: 'Seiten werden gesetzt …',
      saving: 'Wird gespeichert …',
    },
    saved: 'Briefingmappe gespeichert: {{path}}',
    cancelled: 'Die Briefingmappe wurde nicht gespeichert: Speichern abgebrochen.',
    failed: 'Die Briefingmappe konnte nicht erstellt werden. {{message}}',
    noSections: 'Wählen Sie mindestens einen Abschnitt.',
    errors: {
      visitNotFound: 'Diesen Besuch gibt es nicht mehr; gehen Sie zurück zur Besuchsliste.',
      fontsUnavailable:
        'Die mitgelieferten Schriften konnten nicht geladen werden ({{detail}}). Starten Sie Liaison neu und versuchen Sie es noch einmal.',
      renderFailed:
        'Das Setzen der Seiten ist fehlgeschlagen ({{detail}}). Prüfen Sie Texte und Fotos des Besuchs und versuchen Sie es noch einmal.',
      saveFailed:
        'Speichern ist fehlgeschlagen ({{detail}}). Wählen Sie einen anderen Ordner und versuchen Sie es noch einmal.',
      toolsUnavailable:
        'Die Werkzeuge für Briefingmappen sind noch nicht auf diesem Gerät. Verbinden Sie sich einmal mit dem Netz und öffnen Sie Liaison, dann versuchen Sie es noch einmal.',
    },
  },
  pack: packMessagesDe,
};
