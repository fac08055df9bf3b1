import { vi } from 'vitest';
import { buildServer } from '../../../server/app';
import type { SyncedCollectionName } from '../../../shared/domain/collectionNames';
import { testConfig, type TestServer } from '../../server/harness';
import { openMigratedPglite } from '../../server/pgliteTemplate';

/**
 * The real sync server for the renderer's tests: Fastify on an in-memory
 * PGlite, listening on a free port of 127.0.0.1.
 *
 * Under Vitest's jsdom environment `fetch` is Node's, which sends no Origin
 * header and enforces no CORS, so a CORS mistake would pass unnoticed. The
 * fetch installed here behaves like a browser on the jsdom page
 * (`http://localhost:3000`): it sends that Origin and fails, as a browser
 * does, when the answer does not allow it. The server is configured like a
 * deployment that serves the web build from that origin (CORS_ORIGINS).
 */
export async function startLiveServer() {
  const db = await openMigratedPglite();
  const origin = window.location.origin;
  const built = await buildServer({
    db,
    config: { ...testConfig, corsOrigins: [...testConfig.corsOrigins, origin] },
    heartbeatMs: 500,
  });
  const url = await built.app.listen({ port: 0, host: '127.0.0.1' });
  const server: TestServer = { ...built, db, close: () => built.app.close() };

  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    const response = await nodeFetch(input, { ...init, headers });
    if (response.headers.get('access-control-allow-origin') !== origin) {
      throw new TypeError(`Failed to fetch: CORS refused ${origin}`);
    }
    return response;
  });

  return {
    server,
    url,
    /** Every document of a collection the server holds for the workspace. */
    async documents(workspaceId: string, collection: SyncedCollectionName) {
      return (await server.documents.pull(workspaceId, collection, 0, 1000)).documents;
    },
    async close() {
      vi.unstubAllGlobals();
      await built.app.close();
      await db.close();
    },
  };
}

export type LiveServer = Awaited<ReturnType<typeof startLiveServer>>;
