import type { RxJsonSchema } from 'rxdb';
import { baseRequired, baseSchemaProperties } from './common';
import { PARTNERSHIP_PARTY_KINDS, PARTNERSHIP_STATUSES, type Partnership } from './partnership';
import {
  LIMITS,
  countryCode,
  enumOf,
  idRef,
  longText,
  shortText,
  stringArray,
} from './schemaParts';

/** RxDB schema of the `partnerships` collection. */
export const partnershipSchema: RxJsonSchema<Partnership> = {
  title: 'partnership',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...baseSchemaProperties,
    parties: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: enumOf(PARTNERSHIP_PARTY_KINDS),
          name: shortText(),
          organisationId: idRef(),
          country: countryCode(),
        },
        required: ['kind', 'name'],
      },
    },
    since: { type: 'integer', minimum: 1000, maximum: 9999 },
    agreement: shortText(LIMITS.mediumText),
    themes: stringArray(LIMITS.shortText),
    status: enumOf(PARTNERSHIP_STATUSES),
    historyNotes: longText(),
  },
  required: [...baseRequired, 'parties', 'themes', 'status'],
};
