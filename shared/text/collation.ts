/** The name fields a contact is sorted by. */
export interface SortableName {
  givenNames: string;
  familyName: string;
}

/** What `compareContacts` needs: a name and, to break ties, an id. */
export type SortableContact = SortableName & { id?: string };

/**
 * A collator for people's names. German by default, as the team's lists mix
 * German and English names and German collation handles both (`ä` sorts with
 * `a`). Case and accents are ignored at the first level; `compareNames`
 * breaks those ties so the order is stable.
 */
export function createNameCollator(locale: string = 'de'): Intl.Collator {
  return new Intl.Collator(locale, {
    usage: 'sort',
    sensitivity: 'base',
    ignorePunctuation: false,
    numeric: true,
  });
}

const defaultCollator = createNameCollator();
const tieBreakers = new Map<string, Intl.Collator>();

function tieBreaker(collator: Intl.Collator): Intl.Collator {
  const { locale } = collator.resolvedOptions();
  let strict = tieBreakers.get(locale);
  if (!strict) {
    strict = new Intl.Collator(locale, { usage: 'sort', sensitivity: 'variant', numeric: true });
    tieBreakers.set(locale, strict);
  }
  return strict;
}

/**
 * Compares two names: first ignoring case and accents, then (only to break a
 * tie) with them, so "Muller" and "Müller" sit together in a fixed order.
 */
export function compareNames(
  a: string,
  b: string,
  collator: Intl.Collator = defaultCollator,
): number {
  return collator.compare(a, b) || tieBreaker(collator).compare(a, b);
}

/**
 * The sort key of a contact: family name, then given names. Someone known by
 * one name only (stored as given names) sorts by it. A tuple, not one joined
 * string, because collators ignore the control characters one might join with.
 */
export function sortKey(contact: SortableName): readonly [string, string] {
  const family = contact.familyName.trim();
  const given = contact.givenNames.trim();
  return family ? [family, given] : [given, ''];
}

/** Orders contacts by `sortKey`, then id, for `Array#sort`. */
export function compareContacts(
  a: SortableContact,
  b: SortableContact,
  collator: Intl.Collator = defaultCollator,
): number {
  const [familyA, givenA] = sortKey(a);
  const [familyB, givenB] = sortKey(b);
  return (
    compareNames(familyA, familyB, collator) ||
    compareNames(givenA, givenB, collator) ||
    (a.id ?? '').localeCompare(b.id ?? '')
  );
}
