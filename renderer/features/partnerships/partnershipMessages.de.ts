import { domainLabelsDe } from '../../i18n/domainLabels.de';
import type { Translation } from '../../i18n/translation';
import type { partnershipMessagesEn } from './partnershipMessages.en';

/** `partnershipMessagesEn` in German. */
export const partnershipMessagesDe: Translation<typeof partnershipMessagesEn> = {
  title: 'Partnerschaften',
  new: 'Neue Partnerschaft',
  edit: 'Bearbeiten',
  empty:
    'Noch keine Partnerschaften. Erfassen Sie eine Städtepartnerschaft oder eine andere feste Partnerschaft.',
  listLabel: 'Partnerschaften',
  count_one: '{{count, number}} Partnerschaft',
  count_other: '{{count, number}} Partnerschaften',
  formTitleNew: 'Neue Partnerschaft',
  formTitleEdit: '{{name}} bearbeiten',
  save: 'Partnerschaft speichern',
  cancel: 'Abbrechen',
  select: 'Wählen Sie eine Partnerschaft aus oder legen Sie eine neue an.',
  notFound: 'Diese Partnerschaft gibt es nicht mehr.',
  unnamed: '(ohne Beteiligte)',
  delete: 'Partnerschaft löschen',
  deleteTitle: '{{name}} löschen?',
  deleteMessage:
    'Die Partnerschaft wird gelöscht. Ihre Besuche bleiben erhalten, verlieren aber die Verknüpfung.',
  deleted: '{{name}} gelöscht.',
  sinceYear: 'seit {{year}}',
  fields: {
    parties: 'Beteiligte',
    party: 'Beteiligte Seite {{number}}',
    partyKind: 'Art der Seite',
    partyName: 'Stadt',
    partyOrganisation: 'Organisation der Seite',
    partyOrganisationNone: '(auswählen)',
    partyCountry: 'Ländercode',
    partyCountryHint: 'Zwei Buchstaben, z. B. GB oder DE',
    addParty: 'Seite hinzufügen',
    removeParty: 'Seite {{number}} entfernen',
    since: 'Seit (Jahr)',
    agreement: 'Vereinbarung',
    agreementHint: 'Bezeichnung, Datum und wo das unterzeichnete Exemplar liegt',
    themes: 'Themen',
    themesHint: 'Durch Kommas getrennt, z. B. Kultur, Bildung, Wirtschaft',
    status: 'Stand',
    historyNotes: 'Geschichte',
  },
  partyKinds: {
    city: 'Stadt',
    organisation: 'Einrichtung',
  },
  statuses: domainLabelsDe.partnershipStatuses,
  visits: 'Besuche',
  visitsEmpty: 'Mit dieser Partnerschaft ist noch kein Besuch verknüpft.',
  errors: {
    required: 'Füllen Sie dieses Feld aus.',
    tooLong: 'Dieser Wert ist zu lang: höchstens {{max}} Zeichen.',
    controlCharacter:
      'Dieser Text enthält ein Steuerzeichen, das nicht gespeichert werden kann (oft aus Kopieren und Einfügen). Geben Sie den Text neu ein.',
    unpairedSurrogate:
      'Dieser Text enthält ein beschädigtes Zeichen (ein halbes Emoji oder Symbol, oft aus Kopieren und Einfügen). Löschen Sie es und geben Sie das Zeichen neu ein.',
    invalidOption: 'Wählen Sie eine der Möglichkeiten.',
    countryCode: 'Geben Sie einen Ländercode aus zwei Großbuchstaben ein, z. B. GB oder DE.',
    tooFewParties: 'Eine Partnerschaft braucht mindestens zwei Seiten.',
    duplicate: 'Diese Seite gehört schon zur Partnerschaft.',
    year: 'Geben Sie eine vierstellige Jahreszahl ein, z. B. 1992.',
  },
};
