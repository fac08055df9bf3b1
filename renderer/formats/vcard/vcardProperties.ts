/**
 * Liaison's own vCard extensions (RFC 6350 §6.10 x-names). They carry what
 * vCard has no property for, so that a card we write and read back loses
 * nothing; other programs ignore them.
 */
export const LIAISON_X = {
  honorific: 'x-liaison-honorific',
  nameOrder: 'x-liaison-name-order',
  office: 'x-liaison-office',
  officeStyle: 'x-liaison-office-style',
  officeSpoken: 'x-liaison-office-spoken',
  salutation: 'x-liaison-salutation',
  pronunciation: 'x-liaison-pronunciation',
  lawfulBasis: 'x-liaison-lawful-basis',
  consentNote: 'x-liaison-consent-note',
  reviewDate: 'x-liaison-review-date',
  dietaryNeeds: 'x-liaison-dietary-needs',
  accessibilityNeeds: 'x-liaison-accessibility-needs',
  /** A past affiliation's organisation; current ones are written as ORG. */
  pastOrganisation: 'x-liaison-past-org',
  /** A past affiliation's role; current ones are written as TITLE. */
  pastRole: 'x-liaison-past-title',
  affiliationFrom: 'x-liaison-from',
  affiliationTo: 'x-liaison-to',
} as const;

/** Parameter holding an e-mail's or phone's own label when TYPE cannot say it. */
export const LABEL_PARAMETER = 'x-liaison-label';

/** Contact-point labels that a standard TYPE value says, and back. */
export const TYPE_FOR_LABEL: Readonly<Record<string, string>> = {
  work: 'work',
  home: 'home',
  mobile: 'cell',
  fax: 'fax',
};

/** The label for a TYPE value written by other programs (Apple, Outlook, Google). */
export const LABEL_FOR_TYPE: Readonly<Record<string, string>> = {
  work: 'work',
  home: 'home',
  cell: 'mobile',
  mobile: 'mobile',
  iphone: 'mobile',
  fax: 'fax',
};

/** The label given when a card says nothing about an address or number. */
export const DEFAULT_CONTACT_POINT_LABEL = 'other';
