// Just what the PouchDB comparison (pouchBench.ts, pouchClient.ts) uses of
// packages that ship no types.

declare module 'pouchdb-core' {
  interface PouchDatabase {
    info(): Promise<{ doc_count: number; update_seq: number | string; adapter: string }>;
    bulkDocs(
      documents: Record<string, unknown>[],
    ): Promise<{ ok?: boolean; id?: string; error?: string; reason?: string }[]>;
    destroy(): Promise<unknown>;
  }
  interface PouchDBConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    plugin(plugin: unknown): PouchDBConstructor;
    defaults(options: Record<string, unknown>): PouchDBConstructor;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  /** A PouchDB plugin: the `memory` adapter (MemDOWN). */
  const memoryAdapter: unknown;
  export default memoryAdapter;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** An Express app answering the CouchDB HTTP API from the given PouchDB. */
  function expressPouchDB(
    PouchDB: unknown,
    options?: { mode?: 'minimumForPouchDB' | 'fullCouchDB'; [option: string]: unknown },
  ): (request: IncomingMessage, response: ServerResponse) => void;
  export default expressPouchDB;
}

declare module 'pouchdb-browser' {
  interface PouchDatabase {
    readonly adapter: string;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
  }
  interface ReplicationResult {
    ok: boolean;
    status: string;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  interface PouchDBConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    /** A one-shot replication: an event emitter that is also a promise of its result. */
    replicate(
      source: PouchDatabase | string,
      target: PouchDatabase | string,
      options?: { batch_size?: number; batches_limit?: number },
    ): PromiseLike<ReplicationResult>;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}
