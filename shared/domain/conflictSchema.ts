import type { RxJsonSchema } from 'rxdb';
import { SYNCED_COLLECTION_NAMES } from './collectionNames';
import { CONFLICT_RESOLUTIONS, CONFLICT_STATUSES, type Conflict } from './conflict';
import { LIMITS, enumOf, idRef, isoInstant, shortText } from './schemaParts';

/** RxDB schema of the local-only `conflicts` collection. */
export const conflictSchema: RxJsonSchema<Conflict> = {
  title: 'conflict',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: LIMITS.id },
    collectionName: enumOf(SYNCED_COLLECTION_NAMES),
    documentId: idRef(),
    fieldPath: shortText(),
    // Any JSON: the value of whichever field conflicted.
    localValue: {},
    serverValue: {},
    detectedAt: isoInstant(),
    status: enumOf(CONFLICT_STATUSES),
    resolution: enumOf(CONFLICT_RESOLUTIONS),
    resolvedAt: isoInstant(),
  },
  required: ['id', 'collectionName', 'documentId', 'fieldPath', 'detectedAt', 'status'],
  indexes: [['status', 'detectedAt'], 'documentId'],
};
