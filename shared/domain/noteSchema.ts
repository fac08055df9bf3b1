import type { RxJsonSchema } from 'rxdb';
import { baseRequired, baseSchemaProperties } from './common';
import type { Note } from './note';
import { idArray, isoInstant, longText, shortText } from './schemaParts';

/** RxDB schema of the `notes` collection. */
export const noteSchema: RxJsonSchema<Note> = {
  title: 'note',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...baseSchemaProperties,
    date: isoInstant(),
    author: shortText(),
    body: longText(),
    links: {
      type: 'object',
      additionalProperties: false,
      properties: {
        contactIds: idArray(),
        organisationIds: idArray(),
        visitIds: idArray(),
        agendaItemIds: idArray(),
      },
      required: ['contactIds', 'organisationIds', 'visitIds', 'agendaItemIds'],
    },
  },
  required: [...baseRequired, 'date', 'author', 'body', 'links'],
  indexes: ['date'],
};
