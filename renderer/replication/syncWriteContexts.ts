import { FIRST_PULL_CONTEXT } from '../data/pulledBase';

/** Contexts of the replication's own writes to the store: never local edits to send. */
export const SYNC_WRITE_CONTEXTS = {
  pull: 'liaison-sync-pull',
  /** A first pull's pages, written unread; what they insert is its own master (pulledBase.ts). */
  firstPull: FIRST_PULL_CONTEXT,
  merge: 'liaison-sync-merge',
  discard: 'liaison-sync-discard',
} as const;

const OWN_CONTEXTS: ReadonlySet<string> = new Set(Object.values(SYNC_WRITE_CONTEXTS));

/** Whether a write with this context was made by the replication itself. */
export const isSyncWrite = (context: string) => OWN_CONTEXTS.has(context);

/** Whether a write with this context stored pulled states (and nothing merged with them). */
export const isPullWrite = (context: string) =>
  context === SYNC_WRITE_CONTEXTS.pull || context === SYNC_WRITE_CONTEXTS.firstPull;
