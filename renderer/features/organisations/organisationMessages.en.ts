import type { OrganisationIssueCode } from '../../../shared/domain/organisationValidation';
import { domainLabelsEn } from '../../i18n/domainLabels.en';

/** Strings of the organisation screens. */
export const organisationMessagesEn = {
  title: 'Organisations',
  new: 'New organisation',
  edit: 'Edit',
  empty:
    'No organisations yet. Add the councils, universities, companies and venues you work with.',
  listLabel: 'Organisations',
  count_one: '{{count, number}} organisation',
  count_other: '{{count, number}} organisations',
  formTitleNew: 'New organisation',
  formTitleEdit: 'Edit {{name}}',
  save: 'Save organisation',
  cancel: 'Cancel',
  select: 'Select an organisation to see its details and links, or add a new one.',
  notFound: 'This organisation does not exist any more.',
  delete: 'Delete organisation',
  deleteTitle: 'Delete {{name}}?',
  deleteMessage:
    'The organisation is deleted. Contacts, visits, follow-ups and notes linked to it are kept but lose the link.',
  deleted: 'Deleted {{name}}.',
  fields: {
    name: 'Name of the organisation',
    kind: 'Kind',
    city: 'City',
    country: 'Country code',
    countryHint: 'Two letters, e.g. GB or DE',
    address: 'Address',
    website: 'Website',
    websiteHint: 'Starting with https://',
    sectors: 'Sectors',
    sectorsHint: 'Separated by commas, e.g. creative industries, higher education',
    description: 'Description',
    parent: 'Part of',
    parentNone: '(none)',
    country_display: 'Country',
  },
  kinds: domainLabelsEn.organisationKinds,
  links: {
    contacts: 'People',
    contactsEmpty: 'No contacts are affiliated with this organisation.',
    visits: 'Visits',
    visitsEmpty: 'No visits with this organisation as partner or host.',
    asPartner: 'partner',
    asHost_one: 'hosts {{count}} programme item',
    asHost_other: 'hosts {{count}} programme items',
    children: 'Member organisations',
    untitledVisit: '(untitled visit)',
  },
  errors: {
    required: 'Enter the name of the organisation.',
    tooLong: 'This is too long: at most {{max}} characters.',
    controlCharacter:
      'This holds a control character that cannot be stored (often from copy and paste). Type the text again.',
    unpairedSurrogate:
      'This holds a broken character (half of an emoji or symbol, often from copy and paste). Delete it and type the character again.',
    invalidOption: 'Choose one of the options.',
    countryCode: 'Enter a two-letter country code in capitals, such as GB or DE.',
    httpsUrl: 'Enter a full address starting with https://, such as https://www.leipzig.de.',
    parentSelf: 'An organisation cannot be part of itself.',
    parentCycle: 'This organisation is already above it: choose another.',
  } satisfies Record<OrganisationIssueCode, string>,
};
