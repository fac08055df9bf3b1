import { followErasures } from '../../renderer/erasure/eraseContact';
import type { Socket } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type LiaisonDatabase } from '../../renderer/data/database';
import { ServerClient } from '../../renderer/replication/serverClient';
import type { SyncStatus } from '../../renderer/replication/syncStatus';
import { ManualConnectivity as FakeNetwork } from '../doubles/manualConnectivity';
import { WorkspaceReplication } from '../../renderer/replication/workspaceReplication';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { UserSummary } from '../../shared/sync/protocol';
import { Accounts } from '../../server/services/accounts';
import type { SqlDatabase } from '../../server/db/sql';
import { startServer, testConfig, type Engine } from '../server/harness';
import { replicatedData as sharedReplicatedData } from '../../shared/sync/mergeDocuments';

/** A real sync server listening on 127.0.0.1: a free port, or `port` to come back where one was. */
export async function listeningServer(
  db: SqlDatabase,
  options: Parameters<typeof startServer>[1] & { port?: number } = {},
) {
  const { port = 0, ...serverOptions } = options;
  const server = await startServer(db, { heartbeatMs: 500, ...serverOptions });
  // Connections that never carried a request. Node's server.close() waits for
  // them (they are not "idle" to it), and undici opens one right after a
  // streaming fetch is aborted, so each test's shutdown used to hang until
  // undici's 4 s keep-alive timeout ended it.
  const unused = new Set<Socket>();
  server.app.server.on('connection', (socket: Socket) => {
    unused.add(socket);
    socket.once('close', () => unused.delete(socket));
  });
  server.app.server.on('request', (request: { socket: Socket }) => unused.delete(request.socket));
  const url = await server.app.listen({ port, host: '127.0.0.1' });
  let stopped: Promise<void> | undefined;
  return {
    server,
    url,
    port: Number(new URL(url).port),
    /**
     * Stops the server as `npm run server` does on SIGTERM: no new requests,
     * requests in flight finish. The database stays open.
     */
    stop(): Promise<void> {
      if (!stopped) {
        stopped = server.app.close();
        for (const socket of unused) socket.destroy();
      }
      return stopped;
    },
  };
}

export type ListeningServer = Awaited<ReturnType<typeof listeningServer>>;

let clientCounter = 0;

export interface ClientOptions {
  url: string;
  token: string;
  workspaceId: string;
  collections?: SyncedCollectionName[];
  /** The device's clock (its replication's `lastSyncedAt`). */
  now?: () => Date;
  /** The fetch the device's ServerClient uses (to watch or break requests). */
  fetch?: typeof fetch;
  pullBatchSize?: number;
  pushBatchSize?: number;
  /** Starts offline. */
  offline?: boolean;
  /** The signed-in user's id, which the device stamps on its edits (the server checks it). */
  author?: string;
}

/** One device: its own IndexedDB and database, signed in, replicating. */
export async function startClient(options: ClientOptions) {
  const network = new FakeNetwork();
  if (options.offline) network.set(false);
  const database: LiaisonDatabase = await createDatabase(
    `${options.workspaceId}-client${++clientCounter}`,
    {
      dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
      devMode: false,
      collections: options.collections ?? ['contacts', 'visits', 'agendaItems'],
    },
  );
  // As the app's ErasureProvider does where the workspace is assembled.
  const erasures = database.collections.contacts
    ? followErasures(database, { author: options.author })
    : undefined;
  const replicationFor = (token: string) =>
    new WorkspaceReplication(database, {
      client: new ServerClient({ serverUrl: options.url, token, fetch: options.fetch }),
      workspaceId: options.workspaceId,
      connectivity: network,
      retryTime: 200,
      now: options.now,
      pullBatchSize: options.pullBatchSize,
      pushBatchSize: options.pushBatchSize,
    });
  const client = {
    database,
    author: options.author ?? 'local-user',
    replication: replicationFor(options.token),
    network,
    /**
     * Signs in again as the app does (SyncProvider): the replication of the
     * old session stops and one with the new token starts on the same store.
     */
    async signIn(token: string) {
      await client.replication.stop();
      client.replication = replicationFor(token);
      await client.replication.start();
    },
    /** Every status the replication reported from now on. */
    recordStatus() {
      const seen: SyncStatus[] = [];
      const subscription = client.replication.status$.subscribe((status) => seen.push(status));
      return { seen, stop: () => subscription.unsubscribe() };
    },
    async close() {
      erasures?.unsubscribe();
      await client.replication.stop();
      await database.close();
    },
  };
  await client.replication.start();
  return client;
}

export type Client = Awaited<ReturnType<typeof startClient>>;

/** A workspace of its own for one test, with an editor and an admin signed in. */
export interface TestWorkspace {
  workspaceId: string;
  editor: { user: UserSummary; token: string };
  admin: { user: UserSummary; token: string };
}

/**
 * The world of one test file on one engine: a database opened once (a copy
 * of a migrated template, see test/server/pgliteTemplate.ts), two users made
 * once, and for each test its own workspace,
 * servers and devices, which `cleanUp` ends.
 */
export class SyncLab {
  private readonly servers: ListeningServer[] = [];
  private readonly clients: Client[] = [];

  private constructor(
    readonly db: SqlDatabase,
    private readonly users: { editor: UserSummary; admin: UserSummary },
  ) {}

  static async open(engine: Engine): Promise<SyncLab> {
    const db = await engine.open();
    const accounts = new Accounts(db, {
      sessionTtlDays: testConfig.sessionTtlDays,
      passwordCost: testConfig.passwordCost,
    });
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const [editor, admin] = await Promise.all(
      (['editor', 'admin'] as const).map((role) =>
        accounts.createUser({
          email: `${role}-${suffix}@birmingham.example`,
          name: role,
          password: 'correct horse battery',
        }),
      ),
    );
    return new SyncLab(db, { editor: editor!, admin: admin! });
  }

  /** A server on the lab's database; `port` brings one back where a stopped one was. */
  async server(options: Parameters<typeof listeningServer>[1] = {}): Promise<ListeningServer> {
    const server = await listeningServer(this.db, options);
    this.servers.push(server);
    return server;
  }

  /** A new workspace with both users, signed in through `server` (and so its clock). */
  async workspace(server: ListeningServer): Promise<TestWorkspace> {
    const { accounts } = server.server;
    const workspace = await accounts.createWorkspace('Birmingham International');
    await accounts.addMember(workspace.id, this.users.editor.id, 'editor');
    await accounts.addMember(workspace.id, this.users.admin.id, 'admin');
    return {
      workspaceId: workspace.id,
      editor: { user: this.users.editor, token: await this.token(server, 'editor') },
      admin: { user: this.users.admin, token: await this.token(server, 'admin') },
    };
  }

  /** A new session for the user, by the server's clock. */
  async token(server: ListeningServer, who: 'editor' | 'admin'): Promise<string> {
    return (await server.server.accounts.startSession(this.users[who])).token;
  }

  /** A device signed in as `who`, replicating the workspace through `server`. */
  async client(
    server: ListeningServer,
    workspace: TestWorkspace,
    who: 'editor' | 'admin',
    options: Partial<ClientOptions> = {},
  ): Promise<Client> {
    const client = await startClient({
      url: server.url,
      token: workspace[who].token,
      workspaceId: workspace.workspaceId,
      author: workspace[who].user.id,
      ...options,
    });
    this.clients.push(client);
    return client;
  }

  /** Every row the server stores for the workspace (all collections). */
  async rows(workspaceId: string, collection?: SyncedCollectionName) {
    return this.db.query<{
      collection: string;
      id: string;
      seq: number;
      deleted: boolean;
      data: Record<string, unknown>;
    }>(
      `select collection, id, seq::int as seq, deleted, data from documents
       where workspace_id = $1 and ($2::text is null or collection = $2) order by seq`,
      [workspaceId, collection ?? null],
    );
  }

  /** The workspace's sequence counter: how many writes the server made. */
  async sequence(workspaceId: string): Promise<number> {
    const [row] = await this.db.query<{ seq: number }>(
      'select seq::int as seq from workspaces where id = $1',
      [workspaceId],
    );
    return row?.seq ?? 0;
  }

  /** Ends the test's devices, then its servers. */
  async cleanUp(): Promise<void> {
    await Promise.all(this.clients.splice(0).map((client) => client.close()));
    await Promise.all(this.servers.splice(0).map((server) => server.stop()));
  }

  async close(): Promise<void> {
    await this.cleanUp();
    await this.db.close();
  }
}

/** A document's data as the server holds it: RxDB's bookkeeping (`_meta`, `_rev`…) left out. */
export function replicatedData(document: Record<string, unknown>): Record<string, unknown> {
  return sharedReplicatedData(document) as Record<string, unknown>;
}
