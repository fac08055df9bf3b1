import type { SyncedCollectionName } from './collectionNames';

/** Whether the user has dealt with a conflict yet. */
export const CONFLICT_STATUSES = ['open', 'resolved'] as const;

/** One of `CONFLICT_STATUSES`. */
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/** The user's choice: keep the local value or the server's (already applied). */
export const CONFLICT_RESOLUTIONS = ['kept-local', 'kept-server'] as const;

/** One of `CONFLICT_RESOLUTIONS`. */
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number];

/**
 * A field edited on two devices to different values. The merge took the
 * server's value; this record keeps the losing local value so nothing is lost
 * silently, until the user picks a side. Local-only: it is never synced, so it
 * does not carry the synced documents' `BaseDocument` fields.
 */
export interface Conflict {
  /** UUID. */
  id: string;
  collectionName: SyncedCollectionName;
  /** Id of the document in `collectionName`. */
  documentId: string;
  /** Dotted path of the field, e.g. `office.spokenForm` or `emails`. */
  fieldPath: string;
  /** The local value that lost (any JSON); absent if the field was removed locally. */
  localValue?: unknown;
  /** The server's value that won (any JSON); absent if the server removed the field. */
  serverValue?: unknown;
  /** ISO instant. */
  detectedAt: string;
  status: ConflictStatus;
  resolution?: ConflictResolution;
  /** ISO instant. */
  resolvedAt?: string;
}
