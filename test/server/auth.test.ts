import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../server/db/sql';
import type { ErrorBody, SessionResponse, UserSummary } from '../../shared/sync/protocol';
import {
  bearer,
  ENGINES,
  seedWorkspace,
  startServer,
  testConfig,
  type TestServer,
} from './harness';

const DAY = 86_400_000;
const START = new Date('2030-03-01T09:00:00.000Z');

function expectError(response: LightMyRequestResponse, status: number, code: string): ErrorBody {
  expect(response.statusCode).toBe(status);
  const body = response.json<ErrorBody>();
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(10);
  return body;
}

describe.each(ENGINES)('accounts and sessions on $name', (engine) => {
  let db: SqlDatabase;
  let server: TestServer;
  let workspace: Awaited<ReturnType<typeof seedWorkspace>>;
  /** The server's clock: tests move it to expire sessions and invites. */
  let clock: Date;

  // One database and workspace per file.
  // A server per test, because the login throttle, the per-address rate limit
  // and the clock live in the server and must not carry over. No test changes
  // the seeded members: those that sign out or register use sessions and
  // accounts of their own.
  beforeAll(async () => {
    clock = START;
    db = await engine.open();
    const seeding = await startServer(db, { now: () => clock });
    workspace = await seedWorkspace(seeding);
    await seeding.close();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    clock = START;
    server = await startServer(db, { now: () => clock });
  });
  afterEach(async () => {
    await server.close();
  });

  const emailOf = async (userId: string) =>
    (await db.query<{ email: string }>('select email from users where id = $1', [userId]))[0]
      ?.email ?? '';
  const login = (email: string, password: string, remoteAddress?: string) =>
    server.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email, password },
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const me = (token: string) => server.app.inject({ url: '/v1/me', headers: bearer(token) });
  const invite = (body?: object, token = workspace.members.admin.token) =>
    server.app.inject({
      method: 'POST',
      url: `/v1/workspaces/${workspace.workspaceId}/invites`,
      headers: bearer(token),
      ...(body ? { payload: body } : {}),
    });
  const register = (body: { code: string; email: string; password: string; name: string }) =>
    server.app.inject({ method: 'POST', url: '/v1/auth/register', payload: body });
  const newcomer = (code: string, overrides: Partial<Parameters<typeof register>[0]> = {}) => ({
    code,
    email: `newcomer-${Math.random().toString(36).slice(2)}@leipzig.example`,
    password: 'a long enough password',
    name: 'Nora Newcomer',
    ...overrides,
  });

  describe('POST /v1/auth/login', () => {
    it('returns a token, its expiry, the user and their workspaces with roles', async () => {
      const email = await emailOf(workspace.members.editor.userId);
      const response = await login(email, workspace.password);

      expect(response.statusCode).toBe(200);
      const session = response.json<SessionResponse>();
      expect(session).toEqual({
        token: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
        expiresAt: new Date(START.getTime() + 30 * DAY).toISOString(),
        user: { id: workspace.members.editor.userId, email, name: 'editor' },
        workspaces: [
          { id: workspace.workspaceId, name: 'Birmingham International', role: 'editor' },
        ],
      });
      expect((await me(session.token)).statusCode).toBe(200);
    });

    it('finds the account whatever the case of the email', async () => {
      const email = await emailOf(workspace.members.viewer.userId);
      const response = await login(email.toUpperCase(), workspace.password);
      expect(response.statusCode).toBe(200);
      expect(response.json<SessionResponse>().user.id).toBe(workspace.members.viewer.userId);
    });

    it('answers 401 with an error body to a wrong password', async () => {
      const email = await emailOf(workspace.members.admin.userId);
      expectError(await login(email, 'not the password'), 401, 'unauthorized');
    });

    it('answers an unknown email exactly as a wrong password, so accounts cannot be probed', async () => {
      const email = await emailOf(workspace.members.admin.userId);
      const wrongPassword = expectError(
        await login(email, 'not the password'),
        401,
        'unauthorized',
      );
      const unknown = expectError(
        await login('nobody@birmingham.example', workspace.password),
        401,
        'unauthorized',
      );
      expect(unknown).toEqual(wrongPassword);
    });

    it('refuses an account with 429 after five failures, even with the right password, while another account still signs in', async () => {
      const email = await emailOf(workspace.members.admin.userId);
      for (let attempt = 1; attempt <= 5; attempt++) {
        expectError(await login(email, `guess ${attempt}`), 401, 'unauthorized');
      }
      const refused = expectError(await login(email, workspace.password), 429, 'too_many_attempts');
      expect(refused.error.message).toMatch(/try again in \d+ minutes/i);
      // Another case of the same address is the same account.
      expectError(await login(email.toUpperCase(), workspace.password), 429, 'too_many_attempts');

      const other = await login(await emailOf(workspace.members.viewer.userId), workspace.password);
      expect(other.statusCode).toBe(200);
    });

    it('refuses a 31st sign-in request within a minute from one address, not from another', async () => {
      const email = await emailOf(workspace.members.viewer.userId);
      // Bodies that fail validation still count: the limit runs before anything else.
      for (let request = 1; request <= 30; request++) {
        const response = await server.app.inject({
          method: 'POST',
          url: '/v1/auth/login',
          payload: {},
          remoteAddress: '203.0.113.7',
        });
        expect(response.statusCode).toBe(400);
      }
      expectError(await login(email, workspace.password, '203.0.113.7'), 429, 'too_many_requests');
      expect((await login(email, workspace.password, '203.0.113.8')).statusCode).toBe(200);
    });
  });

  describe('POST /v1/auth/logout', () => {
    it('answers 204 and the token no longer works, while other sessions of the user do', async () => {
      const email = await emailOf(workspace.members.editor.userId);
      const token = (await login(email, workspace.password)).json<SessionResponse>().token;
      const other = (await login(email, workspace.password)).json<SessionResponse>().token;

      const response = await server.app.inject({
        method: 'POST',
        url: '/v1/auth/logout',
        headers: bearer(token),
      });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');

      expectError(await me(token), 401, 'unauthorized');
      expect((await me(other)).statusCode).toBe(200);
    });

    it('answers 401 without a session', async () => {
      expectError(
        await server.app.inject({ method: 'POST', url: '/v1/auth/logout' }),
        401,
        'unauthorized',
      );
    });
  });

  describe('GET /v1/me', () => {
    it('returns the signed-in user and their workspaces', async () => {
      const response = await me(workspace.members.admin.token);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        user: {
          id: workspace.members.admin.userId,
          email: await emailOf(workspace.members.admin.userId),
          name: 'Ann Admin',
        },
        workspaces: [
          { id: workspace.workspaceId, name: 'Birmingham International', role: 'admin' },
        ],
      });
    });

    it.each([
      ['no Authorization header', {}],
      ['a token that was never issued', bearer('A'.repeat(43))],
      ['a malformed header', { authorization: 'Bearer short' }],
      ['another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ])('answers 401 to %s', async (_label, headers) => {
      expectError(await server.app.inject({ url: '/v1/me', headers }), 401, 'unauthorized');
    });
  });

  describe('session expiry', () => {
    it('accepts a session until it expires and answers 401 after', async () => {
      const token = workspace.members.viewer.token;
      clock = new Date(START.getTime() + 30 * DAY - 1000);
      expect((await me(token)).statusCode).toBe(200);

      clock = new Date(START.getTime() + 30 * DAY + 1000);
      expectError(await me(token), 401, 'unauthorized');
      expectError(
        await server.app.inject({
          url: `/v1/workspaces/${workspace.workspaceId}/collections/contacts/pull`,
          headers: bearer(token),
        }),
        401,
        'unauthorized',
      );
    });
  });

  describe('invites and registration', () => {
    it('lets an admin invite someone who registers, signed in and a member with the invite’s role', async () => {
      const created = await invite({ role: 'viewer' });
      expect(created.statusCode).toBe(201);
      const { code } = created.json<{ code: string }>();
      expect(code).toMatch(/^[A-Za-z0-9_-]{40,}$/);

      const body = newcomer(code);
      const response = await register(body);
      expect(response.statusCode).toBe(201);
      const session = response.json<SessionResponse>();
      expect(session).toEqual({
        token: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
        expiresAt: new Date(START.getTime() + 30 * DAY).toISOString(),
        user: { id: expect.any(String), email: body.email, name: 'Nora Newcomer' },
        workspaces: [
          { id: workspace.workspaceId, name: 'Birmingham International', role: 'viewer' },
        ],
      });
      expect((await me(session.token)).json<{ user: UserSummary }>().user.email).toBe(body.email);
      expect((await login(body.email, body.password)).statusCode).toBe(200);
    });

    it('makes an invite without a role one for an editor', async () => {
      const { code } = (await invite()).json<{ code: string }>();
      const session = (await register(newcomer(code))).json<SessionResponse>();
      expect(session.workspaces).toEqual([
        { id: workspace.workspaceId, name: 'Birmingham International', role: 'editor' },
      ]);
    });

    it('refuses a code the second time with 400 invalid_invite', async () => {
      const { code } = (await invite()).json<{ code: string }>();
      expect((await register(newcomer(code))).statusCode).toBe(201);
      expectError(await register(newcomer(code)), 400, 'invalid_invite');
    });

    it('refuses an expired code with 400 invalid_invite', async () => {
      const { code } = (await invite()).json<{ code: string }>();
      clock = new Date(START.getTime() + 14 * DAY + 60_000);
      expectError(await register(newcomer(code)), 400, 'invalid_invite');
    });

    it('refuses a code that was never issued with 400 invalid_invite', async () => {
      expectError(await register(newcomer('B'.repeat(43))), 400, 'invalid_invite');
    });

    it('refuses a weak password with 400 and leaves the invite usable', async () => {
      const { code } = (await invite()).json<{ code: string }>();
      const weak = expectError(
        await register(newcomer(code, { password: 'short' })),
        400,
        'weak_password',
      );
      expect(weak.error.message).toMatch(/10 characters/);
      expect((await register(newcomer(code))).statusCode).toBe(201);
    });

    it('refuses an email that already has an account with 409, whatever its case, and leaves the invite usable', async () => {
      const { code } = (await invite()).json<{ code: string }>();
      const taken = (await emailOf(workspace.members.viewer.userId)).toUpperCase();
      expectError(await register(newcomer(code, { email: taken })), 409, 'email_taken');
      const users = await db.query('select 1 from users where lower(email) = lower($1)', [taken]);
      expect(users).toHaveLength(1);
      expect((await register(newcomer(code))).statusCode).toBe(201);
    });
  });

  describe('secrets at rest', () => {
    it('stores passwords as salted scrypt hashes, never in plain', async () => {
      const ids = Object.values(workspace.members).map((member) => member.userId);
      const rows = await db.query<{ password_hash: string }>(
        'select password_hash from users where id = any($1::uuid[])',
        [ids],
      );
      expect(rows).toHaveLength(3);
      for (const { password_hash: hash } of rows) {
        // The tests' cost (passwords.test.ts checks the production one, N=2^15).
        const { N, r, p } = testConfig.passwordCost;
        expect(hash).toMatch(
          new RegExp(`^scrypt\\$${N}\\$${r}\\$${p}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{86}$`),
        );
        expect(hash).not.toContain(workspace.password);
      }
      // The three members share a password; salts make their hashes differ.
      expect(new Set(rows.map((row) => row.password_hash)).size).toBe(3);
      const anywhere = JSON.stringify(await db.query('select * from users'));
      expect(anywhere).not.toContain(workspace.password);
    });

    it('stores session tokens and invite codes only as hashes', async () => {
      const { code } = (await invite()).json<{ code: string }>();
      const tokens = Object.values(workspace.members).map((member) => member.token);
      const sessions = await db.query('select * from sessions');
      expect(sessions.length).toBeGreaterThanOrEqual(tokens.length);
      const stored = JSON.stringify([sessions, await db.query('select * from invites')]);
      for (const secret of [...tokens, code]) expect(stored).not.toContain(secret);
    });
  });
});
