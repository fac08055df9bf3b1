/**
 * Why a synced document was refused: stable codes, shared by the server's
 * `invalid_document` answers and the app, which explains each one to the user
 * (English and German) and checks documents with them before pushing. Add a
 * code only with its wording in the app; never rename one.
 *
 * - `schema`: a field is missing, unknown, of the wrong type, or not one of
 *   its allowed values or forms (dates, times, enums).
 * - `id`: an id (the document's own or a link to another document) is not of
 *   the form the app makes (a UUID), or a pushed row's assumed state is of
 *   another document.
 * - `control_character`: text holds a control character (NUL, bell, escape,
 *   carriage return…); tab and line feed only in multi-line text.
 * - `unpaired_surrogate`: text holds half of a UTF-16 surrogate pair, which is
 *   no character at all (a broken copy-and-paste or file).
 * - `url_scheme`: a website is not an `https://` address.
 * - `photo`: a photo is not a PNG, JPEG, WebP or GIF image as a data URL.
 * - `too_long`: text longer than its field allows.
 * - `too_many`: a list longer than its field allows.
 * - `rule`: the document breaks a rule of its record that its form also
 *   checks (a name is required, an end before its start, a duplicate member…).
 * - `author`: `updatedBy` names someone other than the user who pushed it.
 * - `duplicate_id`: the same document twice in one push.
 */
export const DOCUMENT_ISSUE_REASONS = [
  'schema',
  'id',
  'control_character',
  'unpaired_surrogate',
  'url_scheme',
  'photo',
  'too_long',
  'too_many',
  'rule',
  'author',
  'duplicate_id',
] as const;

/** One of `DOCUMENT_ISSUE_REASONS`. */
export type DocumentIssueReason = (typeof DOCUMENT_ISSUE_REASONS)[number];

/** One problem with a document: the dotted field path (`emails.0.address`) and why. */
export interface DocumentIssue {
  field: string;
  reason: DocumentIssueReason;
}

/**
 * One refused row of a push, as the server lists it in
 * `{ error: { code: 'invalid_document', message, details } }`. `field` is
 * prefixed with `assumedMasterState.` when the problem is in the row's
 * assumed state rather than its new state.
 */
export interface RefusedRow extends DocumentIssue {
  id: string;
}
