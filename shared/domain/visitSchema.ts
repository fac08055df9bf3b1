import type { RxJsonSchema } from 'rxdb';
import { baseRequired, baseSchemaProperties } from './common';
import {
  LIMITS,
  countryCode,
  enumOf,
  idArray,
  idRef,
  isoDate,
  longText,
  shortText,
} from './schemaParts';
import {
  VISIT_DIRECTIONS,
  VISIT_KINDS,
  VISIT_MEMBER_ROLES,
  VISIT_STATUSES,
  type Visit,
} from './visit';

/** RxDB schema of the `visits` collection. */
export const visitSchema: RxJsonSchema<Visit> = {
  title: 'visit',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...baseSchemaProperties,
    title: shortText(),
    kind: enumOf(VISIT_KINDS),
    direction: enumOf(VISIT_DIRECTIONS),
    destinationCity: shortText(),
    destinationCountry: countryCode(),
    venueTimeZone: shortText(LIMITS.timeZone),
    startDate: isoDate(),
    endDate: isoDate(),
    status: enumOf(VISIT_STATUSES),
    partnershipId: idRef(),
    leadContactId: idRef(),
    members: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { contactId: idRef(), role: enumOf(VISIT_MEMBER_ROLES) },
        required: ['contactId', 'role'],
      },
    },
    partnerOrganisationIds: idArray(),
    objectives: longText(),
    keyMessages: longText(),
    linesToTake: longText(),
    logistics: {
      type: 'object',
      additionalProperties: false,
      properties: { travel: longText(), hotel: longText(), transport: longText() },
    },
    risks: longText(),
  },
  required: [
    ...baseRequired,
    'title',
    'kind',
    'direction',
    'venueTimeZone',
    'startDate',
    'endDate',
    'status',
    'members',
    'partnerOrganisationIds',
  ],
  indexes: ['startDate'],
};
