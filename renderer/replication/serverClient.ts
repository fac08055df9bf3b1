import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  WRITTEN_HEADER,
  parseWrittenRange,
  type PullResponse,
  type PushResponse,
  type PushRow,
  type SessionResponse,
  type StatsResponse,
  type UserSummary,
  type WorkspaceSummary,
} from '../../shared/sync/protocol';
import { SyncError, syncErrorFromResponse } from './syncError';

export interface ServerClientOptions {
  /** e.g. `https://liaison.birmingham.gov.uk` */
  serverUrl: string;
  token?: string;
  fetch?: typeof fetch;
  /** Ends every request of this client (a replication that stops). */
  signal?: AbortSignal;
}

/** The server's HTTP API, typed; every failure is a SyncError. */
export class ServerClient {
  readonly serverUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ServerClientOptions) {
    this.serverUrl = normaliseServerUrl(options.serverUrl);
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  get token(): string | undefined {
    return this.options.token;
  }

  withToken(token: string): ServerClient {
    return new ServerClient({ ...this.options, token });
  }

  /** The same client, its requests ended when `signal` aborts. */
  withSignal(signal: AbortSignal): ServerClient {
    return new ServerClient({ ...this.options, signal });
  }

  /** A request with the protocol header and the bearer token; resolves to the raw response. */
  async send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
    if (this.options.token) headers.set('authorization', `Bearer ${this.options.token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const signal = eitherSignal(init.signal ?? undefined, this.options.signal);
    let response: Response;
    try {
      response = await this.fetch(`${this.serverUrl}${path}`, { ...init, headers, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new SyncError('unreachable', `The server at ${this.serverUrl} cannot be reached.`);
    }
    if (!response.ok) throw await syncErrorFromResponse(response);
    return response;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.send(path, init);
    return (await response.json()) as T;
  }

  login(email: string, password: string): Promise<SessionResponse> {
    return this.json('/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
  }

  async logout(): Promise<void> {
    await this.send('/v1/auth/logout', { method: 'POST' });
  }

  me(): Promise<{ user: UserSummary; workspaces: WorkspaceSummary[] }> {
    return this.json('/v1/me');
  }

  pull(
    workspaceId: string,
    collection: SyncedCollectionName,
    checkpoint: number,
    limit: number,
    signal?: AbortSignal,
  ): Promise<PullResponse> {
    return this.json(
      `/v1/workspaces/${workspaceId}/collections/${collection}/pull?checkpoint=${checkpoint}&limit=${limit}`,
      { signal },
    );
  }

  /** How many documents of each collection changed after `since`: a first pull's total. */
  stats(workspaceId: string, since: number, signal?: AbortSignal): Promise<StatsResponse> {
    return this.json(`/v1/workspaces/${workspaceId}/stats?since=${since}`, { signal });
  }

  /** The rows' conflicts, and the sequence numbers the server stored them under (when it says). */
  async push(
    workspaceId: string,
    collection: SyncedCollectionName,
    rows: readonly PushRow[],
  ): Promise<PushAnswer> {
    const response = await this.send(
      `/v1/workspaces/${workspaceId}/collections/${collection}/push`,
      { method: 'POST', body: JSON.stringify(rows) },
    );
    const conflicts = (await response.json()) as PushResponse;
    return { conflicts, written: parseWrittenRange(response.headers.get(WRITTEN_HEADER)) };
  }

  /** The workspace's live stream; read its body with an SSE parser. */
  openStream(workspaceId: string, signal: AbortSignal): Promise<Response> {
    return this.send(`/v1/workspaces/${workspaceId}/stream`, {
      signal,
      headers: { accept: 'text/event-stream' },
    });
  }
}

/** What a push brought back. */
export interface PushAnswer {
  conflicts: PushResponse;
  /** The sequence numbers of the rows it stored (see `WRITTEN_HEADER`). */
  written?: { fromSeq: number; toSeq: number };
}

/** A signal that aborts when either does. */
function eitherSignal(a?: AbortSignal, b?: AbortSignal): AbortSignal | undefined {
  if (!a || !b) return a ?? b;
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (a.aborted || b.aborted) abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return controller.signal;
}

/** `liaison.example.org/` → `https://liaison.example.org`; refuses what is not an http(s) address. */
export function normaliseServerUrl(input: string): string {
  const trimmed = input.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new SyncError('unreachable', `“${input}” is not a server address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SyncError('unreachable', `“${input}” is not an http or https address.`);
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
