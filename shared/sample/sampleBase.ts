import type { BaseDocument } from '../domain/common';

/** `updatedBy` of every sample document, so edits by a real user stand out. */
export const SAMPLE_AUTHOR = 'liaison-sample';

/** Tag on every sample document, so a user can find (and remove) the sample. */
export const SAMPLE_TAG = 'sample';

/**
 * The base fields of a sample document. `now` stamps both times: the sample is
 * "created" when it is loaded, whatever dates its content is about.
 */
export function sampleBase(id: string, now: string, tags: readonly string[] = []): BaseDocument {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    updatedBy: SAMPLE_AUTHOR,
    tags: [SAMPLE_TAG, ...tags],
  };
}
