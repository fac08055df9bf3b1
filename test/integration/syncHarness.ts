import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type LiaisonDatabase } from '../../renderer/data/database';
import { ServerClient } from '../../renderer/sync/serverClient';
import { WorkspaceReplication, type Connectivity } from '../../renderer/sync/workspaceReplication';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { SqlDatabase } from '../../server/db/sql';
import { seedWorkspace, startServer, type TestServer } from '../server/harness';

/** A real sync server listening on a free port of 127.0.0.1. */
export async function listeningServer(
  db: SqlDatabase,
  options: Parameters<typeof startServer>[1] = {},
) {
  const server = await startServer(db, { heartbeatMs: 500, ...options });
  const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return { server, url: address };
}

/** A switch standing in for the device's network state. */
export class FakeNetwork implements Connectivity {
  private online = true;
  private readonly listeners = new Set<(online: boolean) => void>();
  isOnline = () => this.online;
  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean) {
    this.online = online;
    for (const listener of this.listeners) listener(online);
  }
}

let clientCounter = 0;

/** One device: its own IndexedDB and database, signed in, replicating. */
export async function startClient(options: {
  url: string;
  token: string;
  workspaceId: string;
  collections?: SyncedCollectionName[];
  now?: () => Date;
}) {
  const network = new FakeNetwork();
  const database: LiaisonDatabase = await createDatabase(
    `${options.workspaceId}-client${++clientCounter}`,
    {
      dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
      devMode: false,
      collections: options.collections ?? ['contacts', 'visits', 'agendaItems'],
    },
  );
  const replication = new WorkspaceReplication(database, {
    client: new ServerClient({ serverUrl: options.url, token: options.token }),
    workspaceId: options.workspaceId,
    connectivity: network,
    retryTime: 200,
    now: options.now,
  });
  await replication.start();
  return {
    database,
    replication,
    network,
    async close() {
      await replication.stop();
      await database.close();
    },
  };
}

export { seedWorkspace, type TestServer };
