import { ensurePgliteTemplate } from '../server/pgliteTemplate';

/**
 * Vitest global setup: builds the migrated PGlite template once, before any
 * test file starts, so no file's beforeAll waits for initdb (or races another
 * worker building the same template).
 */
export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
}
