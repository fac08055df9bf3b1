/**
 * Helpers the form validations in shared/domain have in common. Issues carry
 * codes only: the UI owns the wording and translates each code, so shared/
 * carries no English.
 */

import { textIssue } from '../text/safeText';
import { isMultiLineLimit } from './schemaParts';

/**
 * The codes every validation may give about text: too long, or holding a
 * character no stored text may hold (shared/text/safeText.ts, the rule the
 * sync server applies too).
 */
export type TextIssueCode = 'tooLong' | 'controlCharacter' | 'unpairedSurrogate';

/** One problem with a form, at a dotted field path like `parties.0.name`. */
export interface FieldIssue<Code extends string> {
  field: string;
  code: Code;
  /** For `tooLong`: the maximum number of characters (a visit's `dateRange`: days). */
  max?: number;
}

/** Whether a text is missing or only white space. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** An issue list with the two additions every validation makes. */
export function collectIssues<Code extends string>() {
  const issues: FieldIssue<Code | TextIssueCode>[] = [];
  const add = (field: string, code: Code | TextIssueCode, max?: number) =>
    issues.push(max === undefined ? { field, code } : { field, code, max });
  /**
   * Text of a field of at most `max` characters: its length, and its
   * characters as the sync server checks them (line breaks and tabs only in
   * multi-line fields, which the limit says).
   */
  const checkLength = (field: string, value: string | undefined, max: number) => {
    if (value === undefined) return;
    if (value.length > max) return add(field, 'tooLong', max);
    const text = textIssue(value, isMultiLineLimit(max));
    if (text === 'control_character') add(field, 'controlCharacter');
    else if (text === 'unpaired_surrogate') add(field, 'unpairedSurrogate');
  };
  return { issues, add, checkLength };
}

const COUNTRY_CODE = /^[A-Z]{2}$/;
/**
 * Made on first use: building it loads the platform's region names (20 ms
 * while the app starts, before any form is open).
 */
let regionNames: Intl.DisplayNames | undefined;

/**
 * Whether `value` is an ISO 3166-1 alpha-2 code, upper case, of a region the
 * platform knows (`GB`, `DE`); `ZZ` ("unknown region") is refused.
 */
export function isCountryCode(value: string): boolean {
  if (!COUNTRY_CODE.test(value) || value === 'ZZ') return false;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return regionNames.of(value) !== undefined;
  } catch {
    return false;
  }
}

// A host with at least one dot (IDN hosts such as müller.de included), an
// optional port, then anything without spaces. Plain http is refused: the
// link opens in the system browser and should not leak where staff look.
const HTTPS_URL = /^https:\/\/[^\s/?#@:.]+(?:\.[^\s/?#@:.]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** Whether `value` is an absolute `https://` address with a real-looking host. */
export function isHttpsUrl(value: string): boolean {
  return HTTPS_URL.test(value);
}
