import type { RxJsonSchema } from 'rxdb';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES, type AgendaItem } from './agendaItem';
import { baseRequired, baseSchemaProperties } from './common';
import {
  LIMITS,
  enumOf,
  idArray,
  idRef,
  isoInstant,
  localDateTime,
  longText,
  shortText,
} from './schemaParts';

/** RxDB schema of the `agendaItems` collection. */
export const agendaItemSchema: RxJsonSchema<AgendaItem> = {
  title: 'agenda item',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...baseSchemaProperties,
    visitId: idRef(),
    start: localDateTime(),
    end: localDateTime(),
    timeZone: shortText(LIMITS.timeZone),
    startUtc: isoInstant(),
    endUtc: isoInstant(),
    title: shortText(),
    kind: enumOf(AGENDA_ITEM_KINDS),
    venueName: shortText(),
    venueAddress: shortText(LIMITS.mediumText),
    hostOrganisationId: idRef(),
    chairContactId: idRef(),
    attendeeIds: idArray(),
    purpose: longText(),
    briefingNotes: longText(),
    dressCode: shortText(),
    transport: longText(),
    status: enumOf(AGENDA_ITEM_STATUSES),
  },
  required: [
    ...baseRequired,
    'visitId',
    'start',
    'end',
    'timeZone',
    'startUtc',
    'endUtc',
    'title',
    'kind',
    'attendeeIds',
    'status',
  ],
  indexes: ['startUtc', ['visitId', 'startUtc']],
};
