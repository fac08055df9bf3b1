import { SYNCED_COLLECTION_NAMES, type SyncedCollectionName } from '../../shared/domain/schemas';
import { buildSampleWorkspace } from '../../shared/sample/birminghamLeipzig';
import type { LiaisonDatabase } from './database';

/** How many documents of each collection the sample wrote. */
export type SampleCounts = Record<SyncedCollectionName, number>;

/** The sample could not be written; `collection` says where it stopped. */
export class SampleLoadError extends Error {
  readonly code = 'sampleLoadFailed';
  readonly collection: SyncedCollectionName;

  constructor(collection: SyncedCollectionName, detail: string) {
    super(`The sample's ${collection} could not be saved (${detail}).`);
    this.name = 'SampleLoadError';
    this.collection = collection;
  }
}

/** `bulkUpsert` of any collection; each collection's own type differs only in its documents. */
type BulkUpsert = (documents: unknown[]) => Promise<{ error: WriteError[] }>;

/** The parts of RxDB's write error that tell a user what went wrong. */
interface WriteError {
  status: number;
  documentId: string;
  validationErrors?: { message?: string }[];
}

function describeWriteError(error: WriteError): string {
  const validation = error.validationErrors?.[0]?.message;
  if (validation) return `document ${error.documentId} is invalid: ${validation}`;
  return `document ${error.documentId}, status ${error.status}`;
}

/**
 * Writes the Birmingham–Leipzig sample into a workspace. Upserts by the
 * sample's fixed ids, so loading it again restores the sample documents
 * (overwriting edits made to them) and never duplicates them; the user's own
 * documents are untouched. Collections are written in dependency order
 * (organisations before the contacts that name them, visits before agenda
 * items), so a live view never shows a link to a document not yet written.
 *
 * @param now ISO instant stamped as the documents' created and updated time.
 * @param author the signed-in user, when there is one: the server takes a
 *   change only from the user it names, so the sample is stamped as theirs.
 * @throws {SampleLoadError} when a collection refuses a document.
 */
export async function loadSampleWorkspace(
  database: LiaisonDatabase,
  now: string = new Date().toISOString(),
  author?: string,
): Promise<SampleCounts> {
  const workspace = buildSampleWorkspace(now);
  const counts = {} as SampleCounts;
  for (const name of SYNCED_COLLECTION_NAMES) {
    const documents = author
      ? workspace[name].map((document) => ({ ...document, updatedBy: author }))
      : workspace[name];
    const collection = database[name] as unknown as { bulkUpsert: BulkUpsert };
    const { error } = await collection.bulkUpsert(documents);
    const first = error[0];
    if (first) throw new SampleLoadError(name, describeWriteError(first));
    counts[name] = documents.length;
  }
  return counts;
}
