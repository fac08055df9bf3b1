import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { SYNCED_COLLECTION_NAMES } from './collectionNames';
import {
  CONFLICT_KEPT_SIDES,
  CONFLICT_RESOLUTIONS,
  CONFLICT_STATUSES,
  type Conflict,
} from './conflict';
import { LIMITS, enumOf, idRef, isoInstant, shortText } from './schemaParts';

/** RxDB schema of the local-only `conflicts` collection. */
export const conflictSchema: RxJsonSchema<Conflict> = {
  title: 'conflict',
  version: 1,
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
    kept: enumOf(CONFLICT_KEPT_SIDES),
    serverUpdatedBy: shortText(),
    serverUpdatedAt: isoInstant(),
    detectedAt: isoInstant(),
    status: enumOf(CONFLICT_STATUSES),
    resolution: enumOf(CONFLICT_RESOLUTIONS),
    resolvedAt: isoInstant(),
  },
  required: ['id', 'collectionName', 'documentId', 'fieldPath', 'detectedAt', 'status'],
  indexes: [['status', 'detectedAt'], 'documentId'],
};

/**
 * Version 1 adds the optional `kept`, `serverUpdatedBy` and `serverUpdatedAt`:
 * a stored version-0 conflict is a sync merge's (the server's value kept) and
 * is valid as it is.
 */
export const conflictMigrationStrategies: MigrationStrategies = {
  1: (oldDoc: Conflict) => oldDoc,
};
