import type { RxJsonSchema } from 'rxdb';
import { baseRequired, baseSchemaProperties } from './common';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, type FollowUp } from './followUp';
import { enumOf, idRef, isoDate, longText, shortText } from './schemaParts';

/** RxDB schema of the `followUps` collection. */
export const followUpSchema: RxJsonSchema<FollowUp> = {
  title: 'follow-up',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...baseSchemaProperties,
    kind: enumOf(FOLLOW_UP_KINDS),
    title: shortText(),
    visitId: idRef(),
    contactId: idRef(),
    organisationId: idRef(),
    owner: shortText(),
    dueDate: isoDate(),
    status: enumOf(FOLLOW_UP_STATUSES),
    notes: longText(),
  },
  required: [...baseRequired, 'kind', 'title', 'owner', 'dueDate', 'status'],
  indexes: ['dueDate', ['status', 'dueDate']],
};
