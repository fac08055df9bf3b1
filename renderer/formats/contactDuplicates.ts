import type { Contact } from '../../shared/domain/contact';
import type { Organisation } from '../../shared/domain/organisation';
import { foldForSearch } from '../../shared/text/searchFold';

/** What makes two contacts look like the same person. */
export type DuplicateReason = 'sameId' | 'sameEmail' | 'sameNameAndOrganisation';

/** A person as the duplicate check sees them: names, addresses, organisation names. */
export interface DuplicateCandidate {
  id?: string;
  givenNames: string;
  familyName: string;
  emails: readonly { address: string }[];
  organisationNames: readonly string[];
}

/** Why an imported contact is probably someone already there. */
export interface LikelyDuplicate {
  reason: DuplicateReason;
  /** The stored contact it matches, if it matches one. */
  existingId?: string;
  /** Otherwise the earlier contact of the same file it matches (its index). */
  earlierIndex?: number;
}

interface Keys {
  id?: string;
  emails: Set<string>;
  name: string;
  organisations: Set<string>;
}

function keysOf(candidate: DuplicateCandidate): Keys {
  const given = foldForSearch(candidate.givenNames);
  const family = foldForSearch(candidate.familyName);
  return {
    ...(candidate.id && { id: candidate.id }),
    emails: new Set(
      candidate.emails.map((email) => email.address.trim().toLowerCase()).filter(Boolean),
    ),
    name: given || family ? `${given}|${family}` : '',
    organisations: new Set(candidate.organisationNames.map(foldForSearch).filter(Boolean)),
  };
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

/**
 * Why `a` looks like `b`, or undefined. Same name (folded, so Müller =
 * Mueller) counts with a shared organisation, or when neither names one —
 * two people of one name at different organisations are told apart.
 */
function matchReason(a: Keys, b: Keys): DuplicateReason | undefined {
  if (a.id && a.id === b.id) return 'sameId';
  if (shares(a.emails, b.emails)) return 'sameEmail';
  if (a.name === '' || a.name !== b.name) return undefined;
  const neither = a.organisations.size === 0 && b.organisations.size === 0;
  return neither || shares(a.organisations, b.organisations)
    ? 'sameNameAndOrganisation'
    : undefined;
}

/**
 * For each incoming contact, whether it is likely a duplicate: of a stored
 * contact first, else of an earlier contact in the same file (the first of a
 * pair is kept, the later one flagged). Same id, same e-mail (any case), or
 * same folded name and organisation.
 */
export function findLikelyDuplicates(
  incoming: readonly DuplicateCandidate[],
  existing: readonly (DuplicateCandidate & { id: string })[],
): (LikelyDuplicate | undefined)[] {
  const stored = existing.map((candidate) => ({ id: candidate.id, keys: keysOf(candidate) }));
  const earlier: Keys[] = [];
  return incoming.map((candidate) => {
    const keys = keysOf(candidate);
    let found: LikelyDuplicate | undefined;
    for (const entry of stored) {
      const reason = matchReason(keys, entry.keys);
      if (reason) {
        found = { reason, existingId: entry.id };
        break;
      }
    }
    if (!found) {
      const index = earlier.findIndex((other) => matchReason(keys, other) !== undefined);
      const reason = index >= 0 ? matchReason(keys, earlier[index] as Keys) : undefined;
      if (reason) found = { reason, earlierIndex: index };
    }
    earlier.push(keys);
    return found;
  });
}

/** A stored contact as a duplicate candidate, its organisations by name. */
export function storedCandidate(
  contact: Contact,
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
): DuplicateCandidate & { id: string } {
  const names = new Map(organisations.map((entry) => [entry.id, entry.name]));
  return {
    id: contact.id,
    givenNames: contact.givenNames,
    familyName: contact.familyName,
    emails: contact.emails,
    organisationNames: contact.affiliations
      .map((affiliation) => names.get(affiliation.organisationId))
      .filter((name): name is string => name !== undefined),
  };
}
