import type { Messages } from '../../i18n/messages';

/**
 * A field's problem as the visit and agenda forms hold it: a code of
 * shared/domain validation, worded (`visits.issues.<code>`) only as the form
 * renders, so a change of language rewords the messages on show.
 */
export interface FieldIssue {
  code: keyof Messages['visits']['issues'];
  max?: number;
}
