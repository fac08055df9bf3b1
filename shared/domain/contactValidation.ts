import { compareIsoDates, isValidIsoDate } from '../time/isoDate';
import type { BaseDocument } from './common';
import { LAWFUL_BASES, NAME_ORDERS, type Contact } from './contact';
import { collectIssues, isBlank, type FieldIssue, type TextIssueCode } from './fieldIssue';
import { LIMITS } from './schemaParts';

/**
 * Why a field is not acceptable. Codes only: the UI owns the wording and
 * translates each code (so shared/ carries no English).
 */
export type ContactIssueCode =
  | 'required'
  | 'email'
  | 'phone'
  | TextIssueCode
  | 'date'
  | 'dateOrder'
  | 'languageCode'
  | 'duplicate'
  | 'imageDataUrl'
  | 'invalidOption';

/** One problem with the contact form, at a dotted field path like `emails.0.address`. */
export type ContactIssue = FieldIssue<ContactIssueCode>;

/**
 * What the create/edit form holds: a contact without its bookkeeping fields,
 * any part of it possibly still missing.
 */
export type ContactInput = Partial<Omit<Contact, Exclude<keyof BaseDocument, 'tags'>>>;

// Deliberately loose: one @, no spaces, a dot in the domain. Real checking is
// sending mail; a stricter pattern only rejects real addresses (ümlaut domains).
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
// Digits and the separators people write; "ext." or "x" before an extension.
const PHONE = /^\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x)\s*\d+)?$/i;
// No SVG: it can carry script, and photos end up in PDFs and other people's screens.
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/;

/** Whether `value` is a PNG, JPEG, WebP or GIF image as a base64 data URL (never SVG). */
export function isImageDataUrl(value: string): boolean {
  return IMAGE_DATA_URL.test(value);
}

const TEXT_LIMITS: Partial<Record<keyof ContactInput, number>> = {
  givenNames: LIMITS.shortText,
  familyName: LIMITS.shortText,
  titlesBefore: LIMITS.shortText,
  titlesAfter: LIMITS.shortText,
  honorific: LIMITS.shortText,
  salutation: LIMITS.shortText,
  pronunciation: LIMITS.shortText,
  dietaryNeeds: LIMITS.mediumText,
  accessibilityNeeds: LIMITS.mediumText,
  notes: LIMITS.longText,
  consentNote: LIMITS.mediumText,
};

/** `canonicalLanguageTag`'s answers so far, at most `MAX_REMEMBERED_TAGS` of them. */
const canonicalTags = new Map<string, string | undefined>();
const MAX_REMEMBERED_TAGS = 1000;

/** The canonical form of a BCP-47 language tag, or `undefined` if it is not one. */
export function canonicalLanguageTag(tag: string): string | undefined {
  // Intl accepts bare region or script subtags as "locales"; a language comes first.
  if (!/^[A-Za-z]{2,3}(?:-|$)/.test(tag)) return undefined;
  // Remembered: Intl is slow to ask, and the sync server checks every
  // language of every pushed contact, nearly always the same few tags.
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  // Bounded, whatever is pushed: forgotten wholesale once full.
  if (canonicalTags.size >= MAX_REMEMBERED_TAGS) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}

/**
 * Checks a contact for the create/edit form. Returns every issue found (empty
 * when the contact can be saved), in form order.
 */
export function validateContact(input: ContactInput): ContactIssue[] {
  const { issues, add, checkLength } = collectIssues<ContactIssueCode>();

  if (isBlank(input.givenNames) && isBlank(input.familyName)) add('familyName', 'required');
  if (input.nameOrder !== undefined && !NAME_ORDERS.includes(input.nameOrder)) {
    add('nameOrder', 'invalidOption');
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const value = input[field as keyof ContactInput];
    if (typeof value === 'string') checkLength(field, value, max);
  }

  if (input.office) {
    const { title, formalStyle, spokenForm } = input.office;
    if (isBlank(title)) add('office.title', 'required');
    checkLength('office.title', title, LIMITS.shortText);
    checkLength('office.formalStyle', formalStyle, LIMITS.mediumText);
    checkLength('office.spokenForm', spokenForm, LIMITS.shortText);
  }

  const seenLanguages = new Set<string>();
  (input.languages ?? []).forEach((tag, i) => {
    const canonical = canonicalLanguageTag(tag.trim());
    if (!canonical || tag.length > LIMITS.languageTag) add(`languages.${i}`, 'languageCode');
    else if (seenLanguages.has(canonical.toLowerCase())) add(`languages.${i}`, 'duplicate');
    else seenLanguages.add(canonical.toLowerCase());
  });

  (input.affiliations ?? []).forEach((affiliation, i) => {
    const at = `affiliations.${i}`;
    if (isBlank(affiliation.organisationId)) add(`${at}.organisationId`, 'required');
    checkLength(`${at}.role`, affiliation.role, LIMITS.shortText);
    const fromOk = affiliation.from === undefined || isValidIsoDate(affiliation.from);
    const toOk = affiliation.to === undefined || isValidIsoDate(affiliation.to);
    if (!fromOk) add(`${at}.from`, 'date');
    if (!toOk) add(`${at}.to`, 'date');
    if (fromOk && toOk && affiliation.from && affiliation.to) {
      if (compareIsoDates(affiliation.to, affiliation.from) < 0) add(`${at}.to`, 'dateOrder');
    }
  });

  (input.emails ?? []).forEach((email, i) => {
    const address = email.address.trim();
    if (address === '') add(`emails.${i}.address`, 'required');
    else if (!EMAIL.test(address)) add(`emails.${i}.address`, 'email');
    checkLength(`emails.${i}.address`, email.address, LIMITS.shortText);
    checkLength(`emails.${i}.label`, email.label, LIMITS.tag);
  });

  (input.phones ?? []).forEach((phone, i) => {
    const number = phone.number.trim();
    const digits = number.replace(/\D/g, '').length;
    if (number === '') add(`phones.${i}.number`, 'required');
    else if (!PHONE.test(number) || digits < 3) add(`phones.${i}.number`, 'phone');
    checkLength(`phones.${i}.number`, phone.number, LIMITS.tag);
    checkLength(`phones.${i}.label`, phone.label, LIMITS.tag);
  });

  if (input.photo !== undefined && input.photo !== '') {
    if (input.photo.length > LIMITS.photo) add('photo', 'tooLong', LIMITS.photo);
    else if (!isImageDataUrl(input.photo)) add('photo', 'imageDataUrl');
  }

  if (input.lawfulBasis === undefined) add('lawfulBasis', 'required');
  else if (!LAWFUL_BASES.includes(input.lawfulBasis)) add('lawfulBasis', 'invalidOption');
  // Consent must be demonstrable (GDPR Art. 7(1)): say what was agreed and when.
  if (input.lawfulBasis === 'consent' && isBlank(input.consentNote)) {
    add('consentNote', 'required');
  }
  if (input.reviewDate !== undefined && input.reviewDate !== '') {
    if (!isValidIsoDate(input.reviewDate)) add('reviewDate', 'date');
  }
  return issues;
}
