/**
 * Which characters stored text may hold, checked the same way by the server
 * (before anything reaches PostgreSQL, whose jsonb refuses NUL and unpaired
 * surrogates) and by the app (forms and importers clean what they take in, so
 * a device never holds a document the server refuses).
 *
 * One-line text holds no C0 control character at all. Multi-line text (notes,
 * objectives, addresses…) may hold tab and line feed, never carriage return:
 * line breaks are stored as LF only, as a browser's textarea gives them.
 */

/** Why a text is refused: a stable code, the same one `documentIssues` reports. */
export type TextIssue = 'control_character' | 'unpaired_surrogate';

// C0 controls (U+0000–U+001F), NUL included; tab and LF are allowed in multi-line text.
/* eslint-disable no-control-regex -- finding control characters is what these are for */
const CONTROL_ONE_LINE = /[\u0000-\u001F]/g;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F]/g;
/* eslint-enable no-control-regex */
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether `pattern` (global, so stateful) occurs in `value`. */
function occurs(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(value);
}

/** What is wrong with `value` as stored text, or undefined when nothing is. */
export function textIssue(value: string, multiline: boolean): TextIssue | undefined {
  if (occurs(multiline ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE, value)) return 'control_character';
  if (occurs(UNPAIRED_SURROGATE, value)) return 'unpaired_surrogate';
  return undefined;
}

/**
 * `value` with what a form can fix without asking: CRLF and CR become LF in
 * multi-line text; in one-line text every line break or tab becomes a space
 * (a pasted address line); other C0 controls, invisible and meaningless in
 * text, are dropped. Unpaired surrogates stay: what was meant cannot be known,
 * so a form refuses them and the user retypes the character.
 */
export function cleanControlCharacters(value: string, multiline: boolean): string {
  const control = multiline ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE;
  if (!occurs(control, value)) return value;
  const lines = value.replace(/\r\n?/g, '\n');
  const spaced = multiline ? lines : lines.replace(/[\n\t]+/g, ' ');
  return spaced.replace(control, '');
}

/**
 * `value` made storable: `cleanControlCharacters`, and an unpaired surrogate
 * becomes U+FFFD, as a UTF-8 decoder would show it. Text that is already
 * clean comes back unchanged.
 */
export function cleanText(value: string, multiline: boolean): string {
  if (textIssue(value, multiline) === undefined) return value;
  return cleanControlCharacters(value, multiline).replace(UNPAIRED_SURROGATE, '\uFFFD');
}
