import { domainLabelsDe } from '../../i18n/domainLabels.de';
import type { Translation } from '../../i18n/translation';
import type { organisationMessagesEn } from './organisationMessages.en';

/** `organisationMessagesEn` in German. */
export const organisationMessagesDe: Translation<typeof organisationMessagesEn> = {
  title: 'Organisationen',
  new: 'Neue Organisation',
  edit: 'Bearbeiten',
  empty:
    'Noch keine Organisationen. Erfassen Sie die Verwaltungen, Hochschulen, Unternehmen und Orte, mit denen Sie arbeiten.',
  listLabel: 'Organisationen',
  count_one: '{{count, number}} Organisation',
  count_other: '{{count, number}} Organisationen',
  formTitleNew: 'Neue Organisation',
  formTitleEdit: '{{name}} bearbeiten',
  save: 'Organisation speichern',
  cancel: 'Abbrechen',
  select: 'Wählen Sie eine Organisation aus oder legen Sie eine neue an.',
  notFound: 'Diese Organisation gibt es nicht mehr.',
  delete: 'Organisation löschen',
  deleteTitle: '{{name}} löschen?',
  deleteMessage:
    'Die Organisation wird gelöscht. Verknüpfte Kontakte, Besuche, Nachverfolgungen und Notizen bleiben erhalten, verlieren aber die Verknüpfung.',
  deleted: '{{name}} gelöscht.',
  fields: {
    name: 'Name der Organisation',
    kind: 'Art',
    city: 'Stadt',
    country: 'Ländercode',
    countryHint: 'Zwei Buchstaben, z. B. GB oder DE',
    address: 'Anschrift',
    website: 'Webseite',
    websiteHint: 'Beginnt mit https://',
    sectors: 'Branchen',
    sectorsHint: 'Durch Kommas getrennt, z. B. Kreativwirtschaft, Hochschulbildung',
    description: 'Beschreibung',
    parent: 'Gehört zu',
    parentNone: '(keine)',
    country_display: 'Land',
  },
  kinds: domainLabelsDe.organisationKinds,
  links: {
    contacts: 'Personen',
    contactsEmpty: 'Mit dieser Organisation ist kein Kontakt verbunden.',
    visits: 'Besuche',
    visitsEmpty: 'Keine Besuche mit dieser Organisation als Partner oder Gastgeber.',
    asPartner: 'Partnerin',
    asHost_one: 'richtet {{count}} Programmpunkt aus',
    asHost_other: 'richtet {{count}} Programmpunkte aus',
    children: 'Zugehörige Organisationen',
    untitledVisit: '(Besuch ohne Titel)',
  },
  errors: {
    required: 'Geben Sie den Namen der Organisation ein.',
    tooLong: 'Dieser Wert ist zu lang: höchstens {{max}} Zeichen.',
    controlCharacter:
      'Dieser Text enthält ein Steuerzeichen, das nicht gespeichert werden kann (oft aus Kopieren und Einfügen). Geben Sie den Text neu ein.',
    unpairedSurrogate:
      'Dieser Text enthält ein beschädigtes Zeichen (ein halbes Emoji oder Symbol, oft aus Kopieren und Einfügen). Löschen Sie es und geben Sie das Zeichen neu ein.',
    invalidOption: 'Wählen Sie eine der Möglichkeiten.',
    countryCode: 'Geben Sie einen Ländercode aus zwei Großbuchstaben ein, z. B. GB oder DE.',
    httpsUrl: 'Geben Sie eine vollständige Adresse mit https:// ein, z. B. https://www.leipzig.de.',
    parentSelf: 'Eine Organisation kann nicht zu sich selbst gehören.',
    parentCycle: 'Diese Organisation steht bereits darüber: Wählen Sie eine andere.',
  },
};
