import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, PullResponse } from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  startServer,
  testConfig,
  type TestServer,
} from './harness';
import { StreamClient } from './sseClient';

const HEARTBEAT_MS = 150;
const DAY = 86_400_000;

describe.each(ENGINES)('live stream over HTTP on $name', (engine) => {
  let server: TestServer;
  let base: string;
  /** Added to the server's clock: sessions expire when it moves past their lifetime. */
  let clockOffset = 0;
  let first: Awaited<ReturnType<typeof seedWorkspace>>;
  let second: Awaited<ReturnType<typeof seedWorkspace>>;
  const streams: StreamClient[] = [];

  beforeAll(async () => {
    server = await startServer(await engine.open(), {
      now: () => new Date(Date.now() + clockOffset),
      heartbeatMs: HEARTBEAT_MS,
    });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    first = await seedWorkspace(server, 'Birmingham International');
    second = await seedWorkspace(server, 'Leipzig Referat Internationales');
  });
  afterEach(() => {
    clockOffset = 0;
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(async () => {
    await server?.close();
    await server?.db.close();
  });

  const streamUrl = (workspaceId: string) => `${base}/v1/workspaces/${workspaceId}/stream`;
  const connect = async (workspaceId: string, token: string, headers = {}) => {
    const stream = await StreamClient.connect(streamUrl(workspaceId), {
      ...bearer(token),
      ...headers,
    });
    streams.push(stream);
    return stream;
  };
  const push = async (workspaceId: string, token: string, documents: object[]) => {
    const response = await fetch(`${base}/v1/workspaces/${workspaceId}/collections/contacts/push`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify(documents.map((document) => ({ newDocumentState: document }))),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  };
  const pull = async (workspaceId: string, token: string, checkpoint: number) => {
    const response = await fetch(
      `${base}/v1/workspaces/${workspaceId}/collections/contacts/pull?checkpoint=${checkpoint}&limit=1000`,
      { headers: bearer(token) },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as PullResponse;
  };
  /** A second session for a member, to be signed out or expired without touching the first. */
  const freshToken = async (userId: string) =>
    (await server.accounts.startSession({ id: userId, email: '', name: '' })).token;

  it('sends ready, then the documents another member pushes, with the checkpoint a pull gives', async () => {
    const viewer = first.members.viewer.token;
    const stream = await connect(first.workspaceId, viewer);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toContain('no-cache');
    expect(await stream.next()).toEqual({
      event: 'ready',
      data: { workspaceId: first.workspaceId },
    });

    const before = (await pull(first.workspaceId, viewer, 0)).checkpoint.seq;
    const documents = [
      contactDocument(randomUUID(), {
        familyName: 'Müller',
        office: { title: 'Bürgermeisterin' },
        updatedBy: first.members.editor.userId,
      }),
      contactDocument(randomUUID(), { familyName: 'Ōta', updatedBy: first.members.editor.userId }),
      contactDocument(randomUUID(), { _deleted: true, updatedBy: first.members.editor.userId }),
    ];
    await push(first.workspaceId, first.members.editor.token, documents);

    const change = (await stream.nextOf('change')).data as ChangeEvent;
    const page = await pull(first.workspaceId, viewer, before);
    expect(change).toEqual({
      collection: 'contacts',
      documents,
      checkpoint: { seq: before + documents.length },
    });
    expect(page.documents).toEqual(documents);
    expect(change.checkpoint).toEqual(page.checkpoint);

    // A push that changes nothing (the same states again) announces nothing; the next real one does.
    await push(first.workspaceId, first.members.editor.token, documents);
    const edited = { ...documents[1], givenNames: 'Hiroshi' };
    const response = await fetch(
      `${base}/v1/workspaces/${first.workspaceId}/collections/contacts/push`,
      {
        method: 'POST',
        headers: { ...bearer(first.members.admin.token), 'content-type': 'application/json' },
        body: JSON.stringify([{ assumedMasterState: documents[1], newDocumentState: edited }]),
      },
    );
    expect(response.status).toBe(200);
    expect(await stream.nextOf('change')).toEqual({
      event: 'change',
      data: {
        collection: 'contacts',
        documents: [edited],
        checkpoint: { seq: before + documents.length + 1 },
      },
    });
  });

  it('sends heartbeats while nothing changes', async () => {
    const stream = await connect(first.workspaceId, first.members.editor.token);
    expect((await stream.next()).event).toBe('ready');
    const started = Date.now();
    const beats = [await stream.nextOf('heartbeat'), await stream.nextOf('heartbeat')];
    for (const beat of beats) {
      expect(beat.data).toEqual({ at: expect.any(String) });
      expect(Number.isNaN(Date.parse((beat.data as { at: string }).at))).toBe(false);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(HEARTBEAT_MS);
    expect(stream.isDone).toBe(false);
  });

  it('ends with an error event once its session is signed out', async () => {
    const token = await freshToken(first.members.viewer.userId);
    const stream = await connect(first.workspaceId, token);
    expect((await stream.next()).event).toBe('ready');

    const logout = await fetch(`${base}/v1/auth/logout`, {
      method: 'POST',
      headers: bearer(token),
    });
    expect(logout.status).toBe(204);

    expect(await stream.nextOf('error')).toEqual({
      event: 'error',
      data: { code: 'unauthorized', message: expect.any(String) },
    });
    await stream.ended;
    expect(stream.events).toEqual([]);
    // The member's other session still streams.
    const other = await connect(first.workspaceId, first.members.viewer.token);
    expect((await other.next()).event).toBe('ready');
    expect((await other.nextOf('heartbeat')).event).toBe('heartbeat');
  });

  it('ends with an error event once its session expires', async () => {
    const stream = await connect(first.workspaceId, await freshToken(first.members.editor.userId));
    expect((await stream.next()).event).toBe('ready');
    expect((await stream.nextOf('heartbeat')).event).toBe('heartbeat');

    clockOffset = (testConfig.sessionTtlDays + 1) * DAY;
    expect((await stream.nextOf('error')).data).toMatchObject({ code: 'unauthorized' });
    await stream.ended;
  });

  it('drops a change announced after the stream ended but before it was unsubscribed', async () => {
    // The route's listener, as the feed holds it until the stream's 'close'.
    const listeners: ((eventJson: string) => void)[] = [];
    const subscribe = server.feed.subscribe.bind(server.feed);
    server.feed.subscribe = (workspaceId, listener) => {
      listeners.push(listener);
      return subscribe(workspaceId, listener);
    };
    // A change announced the moment the server ends the stream (a session
    // found ended at a heartbeat, or shutdown), before its socket is gone.
    const change = '{"collection":"contacts","documents":[],"checkpoint":{"seq":1}}';
    const onRequest = (request: IncomingMessage, response: ServerResponse) => {
      if (!request.url?.endsWith('/stream')) return;
      const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
      response.end = ((...args: unknown[]) => {
        const ended = end(...args);
        for (const listener of listeners) listener(change);
        return ended;
      }) as typeof response.end;
    };
    server.app.server.prependListener('request', onRequest);
    // Written to the ended response, it would be an error nobody listens for,
    // which ends the process.
    const uncaught: unknown[] = [];
    const catchUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', catchUncaught);
    try {
      const stream = await connect(
        first.workspaceId,
        await freshToken(first.members.editor.userId),
      );
      expect((await stream.next()).event).toBe('ready');
      clockOffset = (testConfig.sessionTtlDays + 1) * DAY;
      expect((await stream.nextOf('error')).data).toMatchObject({ code: 'unauthorized' });
      await stream.ended;
      expect(stream.events).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      server.feed.subscribe = subscribe;
      server.app.server.off('request', onRequest);
      process.off('uncaughtException', catchUncaught);
    }
    expect(listeners).toHaveLength(1);
    expect(uncaught).toEqual([]);
  });

  it('ends once the member is removed from the workspace', async () => {
    const user = await server.accounts.createUser({
      email: `leaver-${randomUUID()}@birmingham.example`,
      name: 'Leaver',
      password: first.password,
    });
    await server.accounts.addMember(first.workspaceId, user.id, 'viewer');
    const stream = await connect(first.workspaceId, await freshToken(user.id));
    expect((await stream.next()).event).toBe('ready');

    await server.db.query('delete from memberships where workspace_id = $1 and user_id = $2', [
      first.workspaceId,
      user.id,
    ]);
    expect((await stream.nextOf('error')).data).toMatchObject({ code: 'unauthorized' });
    await stream.ended;
  });

  it('carries the CORS headers for an allowed origin, and none for another', async () => {
    for (const origin of ['http://localhost:5173', 'app://liaison']) {
      const stream = await connect(first.workspaceId, first.members.viewer.token, { origin });
      expect(stream.response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(stream.response.headers.get('vary')).toMatch(/origin/i);
      expect((await stream.next()).event).toBe('ready');
    }

    const foreign = await connect(first.workspaceId, first.members.viewer.token, {
      origin: 'https://evil.example',
    });
    expect(foreign.response.headers.get('access-control-allow-origin')).toBeNull();

    // The browser's preflight for a fetch with the Authorization header.
    const preflight = await fetch(streamUrl(first.workspaceId), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,x-liaison-protocol',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  it("keeps each workspace's changes to its own streams", async () => {
    const mine = await connect(first.workspaceId, first.members.viewer.token);
    const theirs = await connect(second.workspaceId, second.members.viewer.token);
    expect((await mine.next()).event).toBe('ready');
    expect((await theirs.next()).event).toBe('ready');

    const secret = contactDocument(randomUUID(), {
      familyName: 'Vertraulich',
      updatedBy: first.members.editor.userId,
    });
    await push(first.workspaceId, first.members.editor.token, [secret]);
    expect(((await mine.nextOf('change')).data as ChangeEvent).documents).toEqual([secret]);

    // The other workspace's next change is its own: the first one never reached it.
    const marker = contactDocument(randomUUID(), {
      familyName: 'Marker',
      updatedBy: second.members.editor.userId,
    });
    await push(second.workspaceId, second.members.editor.token, [marker]);
    expect((await theirs.nextOf('change')).data).toEqual({
      collection: 'contacts',
      documents: [marker],
      checkpoint: { seq: 1 },
    });
    expect(theirs.events.filter((event) => event.event === 'change')).toEqual([]);
  });

  it('refuses a stream without a valid session, or of a foreign workspace, with a JSON error', async () => {
    const anonymous = await StreamClient.open(streamUrl(first.workspaceId), {});
    expect(anonymous.client).toBeNull();
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.response.headers.get('content-type')).toMatch(/application\/json/);

    const foreign = await StreamClient.open(
      streamUrl(second.workspaceId),
      bearer(first.members.admin.token),
    );
    expect(foreign.client).toBeNull();
    expect(foreign.response.status).toBe(403);
  });
});
