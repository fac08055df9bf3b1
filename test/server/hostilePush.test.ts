import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../../server/db/queryError';
import type { RefusedRow } from '../../shared/sync/documentIssue';
import type { ErrorBody } from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  startServer,
  type TestServer,
} from './harness';

/**
 * Pushes and requests the app never makes, as the issue lists them: each is
 * answered 4xx with a body that says why, nothing is stored, the server stays
 * healthy, and its log (captured at the most verbose level) never holds a
 * document's content or a password hash.
 */

/** In every pushed document's text: it must never reach the log. */
const MARKER = `MARKER-${randomUUID()}`;
const json = { 'content-type': 'application/json' };

describe.each(ENGINES)('hostile pushes on $name', (engine) => {
  let server: TestServer;
  let workspace: Awaited<ReturnType<typeof seedWorkspace>>;
  const log: string[] = [];

  beforeAll(async () => {
    server = await startServer(await engine.open(), {
      logger: { level: 'trace', stream: { write: (line: string) => log.push(line) } },
    });
    workspace = await seedWorkspace(server);
  });
  afterAll(async () => {
    await server.close();
    await server.db.close();
  });
  afterEach(async () => {
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const text = log.join('');
    expect(text).not.toContain(MARKER);
    const hashes = await server.db.query<{ password_hash: string }>(
      'select password_hash from users',
    );
    for (const { password_hash: hash } of hashes) expect(text).not.toContain(hash);
    expect(text).not.toMatch(/"statusCode":5\d\d/);
  });

  const editor = () => workspace.members.editor;
  /** A contact of the editor's, carrying the marker. */
  const mine = (overrides: Record<string, unknown> = {}) =>
    contactDocument(randomUUID(), { updatedBy: editor().userId, notes: MARKER, ...overrides });
  const push = (payload: unknown, collection = 'contacts'): InjectOptions => ({
    method: 'POST',
    url: `/v1/workspaces/${workspace.workspaceId}/collections/${collection}/push`,
    headers: { ...bearer(editor().token), ...json },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const stored = async () =>
    (
      await server.db.query<{ n: number }>(
        'select count(*)::int as n from documents where workspace_id = $1',
        [workspace.workspaceId],
      )
    )[0]?.n;

  /** Sends `options`, expects a 400 `code`, and that nothing was stored. */
  async function refused(options: InjectOptions, code = 'invalid_document') {
    const before = await stored();
    const response = await server.app.inject(options);
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await stored()).toBe(before);
    return body;
  }

  const details = async (rows: unknown, collection?: string): Promise<RefusedRow[]> =>
    (await refused(push(rows, collection))).error.details ?? [];

  it.each(['', ' ', '../../etc/passwd', '<img src=x onerror=alert(1)>'])(
    'refuses the id %j',
    async (id) => {
      expect(await details([{ newDocumentState: mine({ id }) }])).toEqual([
        { id, field: 'id', reason: 'id' },
      ]);
    },
  );

  it('refuses a javascript: website', async () => {
    const organisation = {
      id: randomUUID(),
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-01T09:00:00.000Z',
      updatedBy: editor().userId,
      tags: [],
      name: MARKER,
      kind: 'company',
      sectors: [],
      website: 'javascript:alert(1)',
      _deleted: false,
    };
    expect(await details([{ newDocumentState: organisation }], 'organisations')).toEqual([
      { id: organisation.id, field: 'website', reason: 'url_scheme' },
    ]);
  });

  it.each([
    ['a newline', `Jung\n${MARKER}`, 'control_character'],
    ['a bell', `Jung\u0007${MARKER}`, 'control_character'],
    ['a NUL', `Jung\u0000${MARKER}`, 'control_character'],
    ['an unpaired surrogate', `Jung\uD800${MARKER}`, 'unpaired_surrogate'],
  ])('refuses a name with %s, naming the field', async (_label, familyName, reason) => {
    const document = mine({ familyName });
    expect(await details([{ newDocumentState: document }])).toEqual([
      { id: document.id, field: 'familyName', reason },
    ]);
  });

  it('refuses NUL and unpaired surrogates anywhere in a row, keys included', async () => {
    const document = mine();
    const body = JSON.stringify([
      { newDocumentState: document, assumedMasterState: document },
    ]).replaceAll(
      `"notes":"${MARKER}"`,
      `"notes":"\\u0000${MARKER}","x\\u0000":"\\udc00${MARKER}"`,
    );
    const found = await details(body);
    expect(found).toContainEqual({ id: document.id, field: 'notes', reason: 'control_character' });
    expect(found).toContainEqual({ id: document.id, field: 'x\uFFFD', reason: 'schema' });
    expect(found).toContainEqual({
      id: document.id,
      field: 'assumedMasterState.notes',
      reason: 'control_character',
    });
  });

  it('refuses updatedBy naming another user, but keeps a stored stamp that is unchanged', async () => {
    const theirs = mine({ updatedBy: workspace.members.admin.userId });
    expect(await details([{ newDocumentState: theirs }])).toEqual([
      { id: theirs.id, field: 'updatedBy', reason: 'author' },
    ]);
    // The admin writes it; the editor may then delete it without restamping it.
    const asAdmin = await server.app.inject({
      ...push([{ newDocumentState: theirs }]),
      headers: { ...bearer(workspace.members.admin.token), ...json },
    });
    expect(asAdmin.statusCode).toBe(200);
    const deleted = { ...theirs, _deleted: true };
    const response = await server.app.inject(
      push([{ assumedMasterState: theirs, newDocumentState: deleted }]),
    );
    expect(response.statusCode, response.body).toBe(200);
    // …but may not put a third person's name on it.
    const forged = { ...deleted, _deleted: false, updatedBy: workspace.members.viewer.userId };
    expect(await details([{ assumedMasterState: deleted, newDocumentState: forged }])).toEqual([
      { id: theirs.id, field: 'updatedBy', reason: 'author' },
    ]);
  });

  it('lists every refused row, and refuses the same id twice with duplicate_id', async () => {
    const good = mine();
    const bad = mine({ website: 'https://example.org' });
    const twice = mine();
    expect(
      await details([
        { newDocumentState: good },
        { newDocumentState: bad },
        { newDocumentState: twice },
        { newDocumentState: twice },
      ]),
    ).toEqual([
      { id: bad.id, field: 'website', reason: 'schema' },
      { id: twice.id, field: 'id', reason: 'duplicate_id' },
    ]);
  });

  it('refuses deeply nested states without overflowing the stack', async () => {
    const document = mine();
    const deep = `${'['.repeat(50_000)}"${MARKER}"${']'.repeat(50_000)}`;
    const body = `[{"assumedMasterState":${JSON.stringify(document).replace(`"${MARKER}"`, deep)},"newDocumentState":${JSON.stringify(document)}}]`;
    expect(await details(body)).toEqual([
      { id: document.id, field: 'assumedMasterState.notes', reason: 'schema' },
    ]);
    const login = `{"email":${deep},"password":"x"}`;
    await refused(
      { method: 'POST', url: '/v1/auth/login', headers: json, payload: login },
      'invalid_body',
    );
  });

  it('refuses huge numbers in documents and queries', async () => {
    const document = mine();
    const huge = JSON.stringify([{ newDocumentState: document }]).replace(
      '"tags":[]',
      '"tags":[1e999]',
    );
    expect(await details(huge)).toEqual([{ id: document.id, field: 'tags.0', reason: 'schema' }]);
    const response = await server.app.inject({
      url: `/v1/workspaces/${workspace.workspaceId}/collections/contacts/pull?checkpoint=1e999`,
      headers: bearer(editor().token),
    });
    expect(response.statusCode).toBe(400);
  });

  it('answers 400 to NUL and broken characters in the path, the query and other bodies', async () => {
    const ws = workspace.workspaceId;
    const auth = bearer(editor().token);
    for (const url of [
      `/v1/workspaces/${ws}/collections/contacts/pull?checkpoint=%00`,
      `/v1/workspaces/${ws}/collections/contacts%00/pull`,
      `/v1/workspaces/${ws}/stats?since=1&x=%ED%A0%80`,
      `/v1/workspaces/%00/stream`,
    ]) {
      const response = await server.app.inject({ url, headers: auth });
      // A broken character in a parameter no route reads is harmless; NUL never is.
      if (url.includes('%00')) expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
    }
    for (const [url, payload] of [
      ['/v1/auth/login', `{"email":"a\\u0000@b.example","password":"${MARKER}"}`],
      ['/v1/auth/login', `{"email":"a\\ud800@b.example","password":"${MARKER}"}`],
      [
        '/v1/auth/register',
        `{"code":"0123456789ab","email":"n@b.example","password":"${MARKER}","name":"N\\u0000"}`,
      ],
    ] as const) {
      await refused({ method: 'POST', url, headers: json, payload }, 'invalid_text');
    }
  });

  it('logs a failed query with its SQL and code only, never its parameters', async () => {
    const failure = await server.db
      .query('select $1::jsonb', [`{"notes":"\\u0000${MARKER}"}`])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryError);
    expect((failure as QueryError).code).toMatch(/^[0-9A-Z]{5}$/);
    expect(JSON.stringify(failure)).not.toContain(MARKER);
    expect((failure as Error).message).not.toContain(MARKER);
  });
});
