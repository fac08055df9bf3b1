import type { SyncedCollectionName } from '../domain/collectionNames';
import type { RefusedRow } from './documentIssue';

/**
 * The sync protocol between the app and the team's server (docs/architecture.md,
 * "Sync protocol"). Bump `PROTOCOL_VERSION` on any change a client must know
 * about; the server answers 426 to clients older than its minimum.
 */
export const PROTOCOL_VERSION = 1;

/** The oldest client protocol this server still serves. */
export const MIN_PROTOCOL_VERSION = 1;

/** Header carrying the client's protocol version. */
export const PROTOCOL_HEADER = 'x-liaison-protocol';

/** Where a client stands in a collection: the workspace sequence it has seen. */
export interface SyncCheckpoint {
  seq: number;
}

/** A document as replicated: its stored fields plus the tombstone flag. */
export type ReplicatedDocument = Record<string, unknown> & { id: string; _deleted: boolean };

/** `GET …/collections/:collection/pull?checkpoint=<seq>&limit=<n>` */
export interface PullResponse {
  documents: ReplicatedDocument[];
  checkpoint: SyncCheckpoint;
}

/**
 * `GET /v1/workspaces/:ws/stats?since=<seq>`: how many documents of each synced
 * collection changed after `since` (tombstones included, as a pull brings
 * them), and the workspace's sequence now. A client about to pull much asks
 * once, to show "12,400 of 31,000".
 */
export interface StatsResponse {
  /** The workspace's sequence when counted. */
  seq: number;
  /** Every synced collection, 0 where nothing changed. */
  collections: Record<SyncedCollectionName, number>;
}

/** One row of `POST …/collections/:collection/push`. */
export interface PushRow {
  /** The server state the client based its change on; absent for a new document. */
  assumedMasterState?: ReplicatedDocument;
  newDocumentState: ReplicatedDocument;
}

/** The push answer: the server's current state of every row that conflicted. */
export type PushResponse = ReplicatedDocument[];

/**
 * Header of a push answer that wrote something: the sequence numbers its
 * rows were stored under, `<from>-<to>`, every one of them a row of that push
 * as sent. A client whose pull checkpoint is `from - 1` has every document
 * up to `to` already and may move its checkpoint there without pulling its
 * own changes back. (Servers before it sent no such header; clients that do
 * not know it ignore it.)
 */
export const WRITTEN_HEADER = 'x-liaison-written';

/** The range of a `WRITTEN_HEADER`, or undefined when absent or malformed. */
export function parseWrittenRange(
  value: string | null | undefined,
): { fromSeq: number; toSeq: number } | undefined {
  const match = /^(\d{1,15})-(\d{1,15})$/.exec(value ?? '');
  if (!match) return undefined;
  const fromSeq = Number(match[1]);
  const toSeq = Number(match[2]);
  return fromSeq >= 1 && toSeq >= fromSeq ? { fromSeq, toSeq } : undefined;
}

/** A `change` event on `GET /v1/workspaces/:ws/stream`. */
export interface ChangeEvent {
  collection: SyncedCollectionName;
  documents: ReplicatedDocument[];
  checkpoint: SyncCheckpoint;
}

/** Roles in a workspace, weakest first. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A workspace as the user sees it. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
}

/** Answer to login and register. */
export interface SessionResponse {
  token: string;
  /** ISO instant. */
  expiresAt: string;
  user: UserSummary;
  workspaces: WorkspaceSummary[];
}

/**
 * Every error the server sends. `code` is stable; `message` is for people.
 * A push refused with `invalid_document` lists every refused row in `details`
 * (see `DOCUMENT_ISSUE_REASONS`); the whole push was refused.
 */
export interface ErrorBody {
  error: { code: string; message: string; details?: RefusedRow[] };
}

/** Page size limits for pull. */
export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PULL_LIMIT = 5000;
/** Most rows one push may carry. */
export const MAX_PUSH_ROWS = 500;
