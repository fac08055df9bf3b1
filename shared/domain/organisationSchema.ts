import type { RxJsonSchema } from 'rxdb';
import { baseRequired, baseSchemaProperties } from './common';
import { ORGANISATION_KINDS, type Organisation } from './organisation';
import {
  LIMITS,
  countryCode,
  enumOf,
  idRef,
  longText,
  shortText,
  stringArray,
} from './schemaParts';

/** RxDB schema of the `organisations` collection. */
export const organisationSchema: RxJsonSchema<Organisation> = {
  title: 'organisation',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...baseSchemaProperties,
    name: shortText(),
    kind: enumOf(ORGANISATION_KINDS),
    city: shortText(),
    country: countryCode(),
    address: shortText(LIMITS.mediumText),
    website: shortText(LIMITS.mediumText),
    sectors: stringArray(LIMITS.shortText),
    description: longText(),
    parentOrganisationId: idRef(),
  },
  required: [...baseRequired, 'name', 'kind', 'sectors'],
  indexes: ['name'],
};
