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

/**
 * Made on first use: building a collator loads the locale's collation data
 * (30 ms when the app starts), and the first screen may never sort.
 */
let defaultCollator: Intl.Collator | undefined;
const germanCollator = () => (defaultCollator ??= createNameCollator());
const tieBreakers = new Map<string, Intl.Collator>();
/**
 * Each collator's tie-breaker, looked up once per collator: `resolvedOptions()`
 * builds a fresh object on every call, and a sort of 10,000 names compares
 * 130,000 times (it was a tenth of the Contacts screen's load time).
 */
const tieBreakerOf = new WeakMap<Intl.Collator, Intl.Collator>();

function tieBreaker(collator: Intl.Collator): Intl.Collator {
  let strict = tieBreakerOf.get(collator);
  if (strict) return strict;
  const { locale } = collator.resolvedOptions();
  strict = tieBreakers.get(locale);
  if (!strict) {
    strict = new Intl.Collator(locale, { usage: 'sort', sensitivity: 'variant', numeric: true });
    tieBreakers.set(locale, strict);
  }
  tieBreakerOf.set(collator, strict);
  return strict;
}

/**
 * Compares two names: first ignoring case and accents, then (only to break a
 * tie) with them, so "Muller" and "Müller" sit together in a fixed order.
 */
export function compareNames(
  a: string,
  b: string,
  collator: Intl.Collator = germanCollator(),
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
  collator: Intl.Collator = germanCollator(),
): number {
  const [familyA, givenA] = sortKey(a);
  const [familyB, givenB] = sortKey(b);
  return (
    compareNames(familyA, familyB, collator) ||
    compareNames(givenA, givenB, collator) ||
    (a.id ?? '').localeCompare(b.id ?? '')
  );
}

/**
 * Separates the parts of a collation key. It sorts before every character a
 * part can hold, so a name that is a prefix of another sorts first.
 */
const PART = '\u0000';
/** Primary weights of what is not a letter or digit, below digits and letters as in ICU. */
const SPACE_WEIGHT = '\u0001';
const PUNCTUATION_WEIGHT = '\u0002';
/** Starts a run of digits, which then sorts by its numeric value (`numeric: true`). */
const NUMBER_WEIGHT = '\u0003';
/** Below every mark, and every letter: a letter's secondary and tertiary weight when plain. */
const PLAIN = '\u0001';
const UPPER = '\u0002';

/**
 * Letters Unicode does not decompose but the German collator treats as a
 * base letter (or two) at the first level: `ß` is `ss`, `ø` is `o`.
 */
const PRIMARY_EXPANSIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŀ: 'l',
};
/** Expanded letters the collator tells from their base letters by an accent (second level). */
const ACCENTED = new Set(['ß', 'ø', 'ł', 'đ', 'ð', 'ħ', 'ŀ']);
/** That accent's weight: a combining mark, as real accents have. */
const ACCENT = '\u0338';
/** A third-level weight after plain letters: `æ` after `ae`, `ß` after `ss`. */
const VARIANT = '\u0003';
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /[\p{Z}\s]/u;
/** Ignored at every level: controls, format characters, the Arabic tatweel. */
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Cs}\u0640\uFFFE\uFFFF]/u;
const DIGIT_RUN = /^[0-9]+/;

/** How many characters of each level a key keeps; names are at most 200 characters. */
const LEVEL_LIMIT = 400;

/**
 * The three collation levels of one name, each a string that sorts by UTF-16
 * code units as `createNameCollator('de')` with `tieBreaker` orders names:
 * base letters (case and accents ignored, ß as ss, numbers by value), then
 * accents, then case.
 */
function nameLevels(name: string): [primary: string, secondary: string, tertiary: string] {
  const text = name.normalize('NFKD');
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (let at = 0; at < text.length && primary.length < LEVEL_LIMIT;) {
    const digits = DIGIT_RUN.exec(text.slice(at, at + 64))?.[0];
    if (digits) {
      const value = digits.replace(/^0+(?=\d)/, '');
      // A longer number is a larger one: its length, as a character, sorts first.
      primary += NUMBER_WEIGHT + String.fromCharCode(0x20 + value.length) + value;
      secondary += PLAIN;
      tertiary += PLAIN;
      at += digits.length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    at += char.length;
    if (IGNORABLE.test(char)) continue;
    if (MARK.test(char)) {
      // An accent: a second-level difference only ("Muller" before "Müller").
      secondary += char;
      continue;
    }
    secondary += PLAIN;
    if (SPACE.test(char)) {
      primary += SPACE_WEIGHT;
      tertiary += PLAIN;
      continue;
    }
    if (!LETTER_OR_NUMBER.test(char)) {
      primary += PUNCTUATION_WEIGHT;
      tertiary += PLAIN;
      continue;
    }
    const lower = char.toLowerCase();
    const caseWeight = lower === char ? PLAIN : UPPER;
    // Lower-casing may decompose (İ → i + dot above): keep its letters only.
    for (const part of lower.normalize('NFKD')) {
      if (MARK.test(part)) continue;
      const expansion = PRIMARY_EXPANSIONS[part];
      primary += expansion ?? part;
      if (!expansion) continue;
      // The same base letters, then the variant at the level the collator
      // sees it: "Olsen" before "Ølsen" and "STRASSE" before "Straße" by
      // accent, "Aero" before "Aerø" before "Ærø" by case.
      secondary += PLAIN.repeat(expansion.length - 1) + (ACCENTED.has(part) ? ACCENT : '');
      tertiary += caseWeight.repeat(expansion.length - 1) + (ACCENTED.has(part) ? '' : VARIANT);
    }
    tertiary += caseWeight;
  }
  return [primary, secondary.slice(0, LEVEL_LIMIT), tertiary.slice(0, LEVEL_LIMIT)];
}

/**
 * One name's part of a collation key: its three levels. Names equal at all
 * three ("Nummer 10", "Nummer 010") are equal to the collator too, and the
 * next part decides.
 */
function nameKey(name: string): string {
  return nameLevels(name).join(PART);
}

/**
 * A string whose plain code-unit order (IndexedDB's, and `<`'s) is the order
 * of `compareContacts`: family name, then given names, each compared first by
 * base letters, then accents, then case, then as written; the id last. So an
 * index over it lists contacts in German collation order a page at a time,
 * without loading and sorting all of them: "Müller" sorts with "Muller",
 * "Straße" with "Strasse", "Nummer 9" before "Nummer 10".
 *
 * Other scripts sort after Latin and each together, by code point within
 * the script (Greek, Cyrillic, Arabic, Hangul, kana, Chinese in that order,
 * as in the root collation); Arabic vowel marks are ignored, as accents are.
 * Punctuation counts, as for the collator, but all of it as one weight.
 */
export function contactCollationKey(contact: SortableContact): string {
  const [family, given] = sortKey(contact);
  return [nameKey(family), nameKey(given), contact.id ?? ''].join(PART);
}
