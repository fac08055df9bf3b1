import type { BaseDocument } from './common';
import {
  collectIssues,
  isBlank,
  isCountryCode,
  type FieldIssue,
  type TextIssueCode,
} from './fieldIssue';
import {
  PARTNERSHIP_PARTY_KINDS,
  PARTNERSHIP_STATUSES,
  type Partnership,
  type PartnershipParty,
} from './partnership';
import { LIMITS } from './schemaParts';

/** Why a partnership field is not acceptable; the UI translates each code. */
export type PartnershipIssueCode =
  | 'required'
  | TextIssueCode
  | 'invalidOption'
  | 'countryCode'
  | 'tooFewParties'
  | 'duplicate'
  | 'year';

/** One problem with the partnership form. */
export type PartnershipIssue = FieldIssue<PartnershipIssueCode>;

/** What the create/edit form holds: a partnership without its bookkeeping fields. */
export type PartnershipInput = Partial<Omit<Partnership, Exclude<keyof BaseDocument, 'tags'>>>;

/** A partnership joins at least two parties, or it is not one. */
export const MIN_PARTIES = 2;

/** Every problem that stops the partnership from being saved, in form order. */
export function validatePartnership(input: PartnershipInput): PartnershipIssue[] {
  const { issues, add, checkLength } = collectIssues<PartnershipIssueCode>();
  const parties = input.parties ?? [];
  if (parties.length < MIN_PARTIES) add('parties', 'tooFewParties');
  const seen = new Set<string>();
  parties.forEach((party, i) => {
    const at = `parties.${i}`;
    if (!PARTNERSHIP_PARTY_KINDS.includes(party.kind)) add(`${at}.kind`, 'invalidOption');
    if (party.kind === 'organisation' && isBlank(party.organisationId)) {
      add(`${at}.organisationId`, 'required');
    } else if (isBlank(party.name)) add(`${at}.name`, 'required');
    checkLength(`${at}.name`, party.name, LIMITS.shortText);
    if (party.country !== undefined && !isCountryCode(party.country)) {
      add(`${at}.country`, 'countryCode');
    }
    // The same party twice is a typing slip, not a partnership with itself.
    const key = partyKey(party);
    if (key !== '' && seen.has(key)) {
      add(party.kind === 'organisation' ? `${at}.organisationId` : `${at}.name`, 'duplicate');
    }
    seen.add(key);
  });
  if (input.since !== undefined) {
    if (!Number.isInteger(input.since) || input.since < 1000 || input.since > 9999) {
      add('since', 'year');
    }
  }
  checkLength('agreement', input.agreement, LIMITS.mediumText);
  (input.themes ?? []).forEach((theme, i) => checkLength(`themes.${i}`, theme, LIMITS.shortText));
  if (input.status === undefined) add('status', 'required');
  else if (!PARTNERSHIP_STATUSES.includes(input.status)) add('status', 'invalidOption');
  checkLength('historyNotes', input.historyNotes, LIMITS.longText);
  return issues;
}

function partyKey(party: PartnershipParty): string {
  if (party.kind === 'organisation') return party.organisationId ? `o:${party.organisationId}` : '';
  const name = party.name.trim().toLocaleLowerCase('de');
  return name ? `c:${name}` : '';
}

/** How a partnership is named in lists: its parties, "Birmingham – Leipzig". */
export function partnershipTitle(partnership: {
  parties: readonly Pick<PartnershipParty, 'name'>[];
}): string {
  return partnership.parties
    .map((party) => party.name.trim())
    .filter(Boolean)
    .join(' – ');
}
