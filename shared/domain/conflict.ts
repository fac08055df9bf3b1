import type { SyncedCollectionName } from './collectionNames';

/** Whether the user has dealt with a conflict yet. */
export const CONFLICT_STATUSES = ['open', 'resolved'] as const;

/** One of `CONFLICT_STATUSES`. */
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/** The user's choice: keep the local value or the server's (already applied). */
export const CONFLICT_RESOLUTIONS = ['kept-local', 'kept-server'] as const;

/** One of `CONFLICT_RESOLUTIONS`. */
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number];

/** Which of the two values the record holds now. */
export const CONFLICT_KEPT_SIDES = ['local', 'server'] as const;

/** One of `CONFLICT_KEPT_SIDES`. */
export type ConflictKeptSide = (typeof CONFLICT_KEPT_SIDES)[number];

/**
 * A field changed in two places to different values, kept so nothing is lost
 * silently until the user picks a side. Two kinds: a sync merge took the
 * server's value over this device's (`kept` absent or `server`), or a form
 * saved on this device kept the user's value over a change that arrived
 * while the form was open (`kept: 'local'`). `localValue` is always this
 * device's user's value, `serverValue` always the other one. Local-only: it
 * is never synced, so it does not carry the synced documents' `BaseDocument`
 * fields.
 */
export interface Conflict {
  /** UUID. */
  id: string;
  collectionName: SyncedCollectionName;
  /** Id of the document in `collectionName`. */
  documentId: string;
  /** Dotted path of the field, e.g. `office.spokenForm` or `emails`. */
  fieldPath: string;
  /** This device's user's value (any JSON); absent if they removed the field. */
  localValue?: unknown;
  /**
   * The other value (any JSON): the server's in a sync merge, or what the
   * stored record held when a form saved over it; absent if removed there.
   */
  serverValue?: unknown;
  /** Which value the record holds: `server` when absent (sync merges before this field). */
  kept?: ConflictKeptSide;
  /** Who wrote `serverValue`: the `updatedBy` of the other side's document, when known. */
  serverUpdatedBy?: string;
  /** When the other side's document was written: its `updatedAt` (client time, informative). */
  serverUpdatedAt?: string;
  /** ISO instant. */
  detectedAt: string;
  status: ConflictStatus;
  resolution?: ConflictResolution;
  /** ISO instant. */
  resolvedAt?: string;
}
