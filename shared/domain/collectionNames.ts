/**
 * The RxDB collections of a workspace. Twelve or fewer matter: the open-source
 * RxDB allows at most 13 open collections per JavaScript context.
 */
export const COLLECTION_NAMES = [
  'organisations',
  'contacts',
  'partnerships',
  'visits',
  'agendaItems',
  'followUps',
  'notes',
  'conflicts',
] as const;

/** Name of one RxDB collection. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** The collections that replicate to the server; `conflicts` stays on the device. */
export const SYNCED_COLLECTION_NAMES = [
  'organisations',
  'contacts',
  'partnerships',
  'visits',
  'agendaItems',
  'followUps',
  'notes',
] as const satisfies readonly CollectionName[];

/** Name of a collection that replicates. */
export type SyncedCollectionName = (typeof SYNCED_COLLECTION_NAMES)[number];
