import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  sessionToken,
  startServer,
  type TestServer,
} from './harness';

type Caller = 'admin' | 'editor' | 'viewer' | 'outsider' | 'anonymous';
type Route = 'pull' | 'push' | 'stream' | 'invite' | 'me';
/** The workspace in the path: the caller's own, another team's, or none (`/v1/me`). */
type Target = 'own' | 'foreign' | 'none';

const CALLERS: Caller[] = ['admin', 'editor', 'viewer', 'outsider', 'anonymous'];

/**
 * Who may do what. Members of the own workspace by role; `outsider` is signed
 * in but a member of no workspace; `anonymous` sends no token. A workspace
 * the caller does not belong to is 403 for everyone signed in.
 */
type Row = [
  route: Route,
  target: Target,
  admin: number,
  editor: number,
  viewer: number,
  outsider: number,
  anonymous: number,
];

// prettier-ignore
const EXPECTED: Row[] = [
  // route    target     admin editor viewer outsider anonymous
  ['pull',   'own',     200,  200,   200,   403,     401],
  ['pull',   'foreign', 403,  403,   403,   403,     401],
  ['push',   'own',     200,  200,   403,   403,     401],
  ['push',   'foreign', 403,  403,   403,   403,     401],
  ['stream', 'own',     200,  200,   200,   403,     401],
  ['stream', 'foreign', 403,  403,   403,   403,     401],
  ['invite', 'own',     201,  403,   403,   403,     401],
  ['invite', 'foreign', 403,  403,   403,   403,     401],
  ['me',     'none',    200,  200,   200,   200,     401],
];

const PLACES: Record<Target, string> = {
  own: 'in their own workspace',
  foreign: 'in another team’s workspace',
  none: 'with no workspace',
};

const CELLS = EXPECTED.flatMap(([route, target, ...statuses]) =>
  CALLERS.map((caller, index) => ({
    route,
    target,
    place: PLACES[target],
    caller,
    status: statuses[index] as number,
  })),
);

const ERROR_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'unknown_workspace',
};

describe.each(ENGINES)('authorisation on $name', (engine) => {
  let server: TestServer;
  let baseUrl: string;
  let own: Awaited<ReturnType<typeof seedWorkspace>>;
  let foreign: Awaited<ReturnType<typeof seedWorkspace>>;
  let tokens: Record<Exclude<Caller, 'anonymous'>, string>;
  let userIds: Record<Exclude<Caller, 'anonymous'>, string>;

  // One database, server and pair of workspaces for the whole matrix: every
  // cell only reads, or writes a new document of its own.
  beforeAll(async () => {
    server = await startServer(await engine.open());
    baseUrl = await server.app.listen({ host: '127.0.0.1', port: 0 });
    own = await seedWorkspace(server, 'Birmingham International');
    foreign = await seedWorkspace(server, 'Leipzig Partnerschaften');
    const outsider = await server.accounts.createUser({
      email: `outsider-${randomUUID()}@elsewhere.example`,
      name: 'Otto Outsider',
      password: own.password,
    });
    userIds = {
      admin: own.members.admin.userId,
      editor: own.members.editor.userId,
      viewer: own.members.viewer.userId,
      outsider: outsider.id,
    };
    tokens = {
      admin: own.members.admin.token,
      editor: own.members.editor.token,
      viewer: own.members.viewer.token,
      outsider: await sessionToken(server.app, outsider.email, own.password),
    };
  });
  afterAll(async () => {
    await server.close();
    await server.db.close();
  });

  const headersOf = (caller: Caller): Record<string, string> =>
    caller === 'anonymous' ? {} : bearer(tokens[caller]);

  /** Opens the stream over real HTTP, reads the status and hangs up (the test's timeout bounds it). */
  async function streamStatus(workspaceId: string, caller: Caller) {
    const abort = new AbortController();
    try {
      const response = await fetch(`${baseUrl}/v1/workspaces/${workspaceId}/stream`, {
        headers: headersOf(caller),
        signal: abort.signal,
      });
      const body =
        response.status === 200
          ? { contentType: response.headers.get('content-type') }
          : await response.json();
      return { status: response.status, body };
    } finally {
      abort.abort();
    }
  }

  async function request(route: Route, workspaceId: string, caller: Caller) {
    const headers = headersOf(caller);
    const base = `/v1/workspaces/${workspaceId}`;
    if (route === 'stream') return streamStatus(workspaceId, caller);
    const response = await server.app.inject(
      route === 'pull'
        ? { url: `${base}/collections/contacts/pull`, headers }
        : route === 'push'
          ? {
              method: 'POST',
              url: `${base}/collections/contacts/push`,
              headers,
              payload: [
                {
                  newDocumentState: contactDocument(randomUUID(), {
                    updatedBy: caller === 'anonymous' ? 'nobody' : userIds[caller],
                  }),
                },
              ],
            }
          : route === 'invite'
            ? { method: 'POST', url: `${base}/invites`, headers, payload: { role: 'viewer' } }
            : { url: '/v1/me', headers },
    );
    return { status: response.statusCode, body: response.json() as unknown };
  }

  const workspaceOf = (target: Target) =>
    target === 'foreign' ? foreign.workspaceId : own.workspaceId;
  const seqOf = async (workspaceId: string) =>
    (
      await server.db.query<{ seq: number }>('select seq from workspaces where id = $1', [
        workspaceId,
      ])
    )[0]?.seq;

  describe('the role × route × workspace matrix', () => {
    it.each(CELLS)(
      'answers $status to $caller on $route $place',
      async ({ route, target, caller, status }) => {
        const workspaceId = workspaceOf(target);
        const seqBefore = await seqOf(workspaceId);
        const response = await request(route, workspaceId, caller);

        expect(response.status).toBe(status);
        if (status >= 400) {
          expect(response.body).toEqual({
            error: { code: ERROR_CODES[status], message: expect.any(String) },
          });
          // A refused push writes nothing.
          expect(await seqOf(workspaceId)).toBe(seqBefore);
        } else if (route === 'stream') {
          expect(response.body).toEqual({
            contentType: expect.stringMatching(/^text\/event-stream/),
          });
        } else if (route === 'push') {
          expect(response.body).toEqual([]);
          expect(await seqOf(workspaceId)).toBe((seqBefore ?? 0) + 1);
        } else if (route === 'invite') {
          expect(response.body).toEqual({
            code: expect.any(String),
            expiresAt: expect.any(String),
          });
        }
      },
    );
  });

  describe('workspaces and collections that do not exist', () => {
    const ROUTES: Route[] = ['pull', 'push', 'stream', 'invite'];

    it.each(ROUTES)('answers 404 to an admin on %s in an unknown workspace', async (route) => {
      const response = await request(route, randomUUID(), 'admin');
      expect(response.status).toBe(404);
      expect((response.body as ErrorBody).error.code).toBe('unknown_workspace');
    });

    it.each(ROUTES)(
      'answers 404 to an admin on %s with a malformed workspace id',
      async (route) => {
        for (const id of ['not-a-uuid', '1', encodeURIComponent("' or '1'='1")]) {
          const response = await request(route, id, 'admin');
          expect(response.status, id).toBe(404);
          expect((response.body as ErrorBody).error.code).toBe('unknown_workspace');
        }
      },
    );

    it.each(['nope', 'conflicts', '__proto__', 'constructor', 'hasOwnProperty'])(
      'answers 404 to pull and push of the collection "%s"',
      async (collection) => {
        const base = `/v1/workspaces/${own.workspaceId}/collections/${collection}`;
        const headers = bearer(tokens.admin);
        const pulled = await server.app.inject({ url: `${base}/pull`, headers });
        const pushed = await server.app.inject({
          method: 'POST',
          url: `${base}/push`,
          headers,
          payload: [{ newDocumentState: contactDocument(randomUUID()) }],
        });
        for (const response of [pulled, pushed]) {
          expect(response.statusCode).toBe(404);
          expect(response.json<ErrorBody>().error.code).toBe('unknown_collection');
        }
      },
    );

    it('answers 403, not 404, to a non-member asking for an unknown collection', async () => {
      const response = await server.app.inject({
        url: `/v1/workspaces/${foreign.workspaceId}/collections/nope/pull`,
        headers: bearer(tokens.admin),
      });
      expect(response.statusCode).toBe(403);
    });
  });
});
